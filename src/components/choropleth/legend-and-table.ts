/**
 * The map's text equivalents: the legend (each colour class with its range and how many units
 * fall in it) and the data table (every unit with rank, rate, counts and class — the same
 * figures as the map, for screen readers and for people who want numbers).
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Classification } from "../../data/figures/classify.js";
import { collator, formatCount } from "../../data/format.js";
import { styleProps } from "../shared/style-props.js";
import type { MapUnit } from "./boundaries.js";
import { classLabel } from "./map-text.js";
import type { MapWords, UnitLine } from "./map-text.js";

/** The legend: one entry per class in its colour, then units without data (hatched). */
export function mapLegend(
  classes: Classification | null,
  colors: readonly string[],
  words: MapWords,
): TemplateResult {
  const counts = new Map<number | null, number>();
  for (const bin of classes?.bins ?? []) counts.set(bin, (counts.get(bin) ?? 0) + 1);
  const noData = counts.get(null) ?? 0;
  const entry = (bin: number | "none", swatch: TemplateResult, label: string, count: number) =>
    html`<li data-bin=${bin}>
      ${swatch}
      <span>${label}</span>
      <span class="count">(${formatCount(count, words.locale)})</span>
    </li>`;
  return html`<ul class="legend" part="legend" aria-label=${words.m.legend}>
    ${(classes?.classes ?? []).map((_, bin) =>
      entry(
        bin,
        html`<span
          class="swatch"
          style=${styleProps({ background: colors[bin] ?? null })}
          aria-hidden="true"
        ></span>`,
        classLabel(classes, bin, words),
        counts.get(bin) ?? 0,
      ),
    )}
    ${
      noData
        ? entry(
            "none",
            html`<span class="swatch no-data" aria-hidden="true"></span>`,
            words.noRate["no-data"],
            noData,
          )
        : nothing
    }
  </ul>`;
}

export interface DataTableView {
  title: string;
  units: readonly MapUnit[];
  classes: Classification | null;
  describe: (index: number) => UnitLine;
  /** Index of the selected unit, `-1` for none. */
  selected: number;
  open: boolean;
  onToggle: () => void;
  words: MapWords;
}

/**
 * The toggle and the table, ranked (units without a rate last), then by name in the order of
 * the page's language. Closed, the table stays readable by screen readers (visually hidden).
 */
export function dataTable(view: DataTableView): TemplateResult {
  const { m, noRate, locale } = view.words;
  const lines = view.units.map((_, index) => view.describe(index));
  const collate = collator(locale);
  const rows = lines
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (lines[a]!.rankNumber ?? Infinity) - (lines[b]!.rankNumber ?? Infinity) ||
        collate.compare(lines[a]!.name, lines[b]!.name),
    );
  return html`<button
      type="button"
      class="table-toggle"
      aria-expanded=${view.open ? "true" : "false"}
      @click=${view.onToggle}
    >
      ${view.open ? m.hideTable : m.showTable}
    </button>
    <div
      class=${view.open ? "table-wrap open" : "table-wrap visually-hidden"}
      tabindex=${view.open ? "0" : "-1"}
      role="region"
      aria-label=${m.tableCaption(view.title)}
    >
      <table part="table">
        <caption>
          ${m.tableCaption(view.title)}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">${m.columns.rank}</th>
            <th scope="col">${m.columns.unit}</th>
            <th scope="col" class="num">${m.columns.rate}</th>
            <th scope="col" class="num">${m.columns.counts}</th>
            <th scope="col">${m.columns.class}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((index) => {
            const line = lines[index]!;
            const bin = view.classes?.bins[index];
            return html`<tr
              data-code=${view.units[index]?.code ?? ""}
              class=${index === view.selected ? "selected" : ""}
            >
              <td class="num">${line.rankNumber ?? "–"}</td>
              <th scope="row">${line.name}</th>
              <td class="num">${line.value}</td>
              <td class="num">${line.counts}</td>
              <td>
                ${bin == null ? noRate["no-data"] : classLabel(view.classes, bin, view.words)}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}
