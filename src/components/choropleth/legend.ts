/**
 * The map's legend: each colour class with its range and how many units fall in it (the data
 * table, with every unit, is data-table.ts).
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Classification } from "../../data/figures/classify.js";
import { formatCount } from "../../data/format.js";
import { styleProps } from "../shared/style-props.js";
import { classLabel } from "./map-text.js";
import type { MapWords } from "./map-text.js";

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
