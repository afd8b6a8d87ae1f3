/**
 * The map's data table — every unit with rank, rate, counts and class, the same figures as the
 * map, and the consistency warnings about them — built when the reader opens it ("Xem bảng số liệu"), not on every render: at 10 000
 * communes a hidden table was 60 000 elements to create, style and lay out before the map could
 * paint. Until then a screen-reader user reaches every unit on the map itself (arrow keys; the
 * live region says name, value, rank, counts and class). Sortable by rank, name and rate.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Classification } from "../../data/figures/classify.js";
import { collator } from "../../data/format.js";
import type { MapUnit } from "./boundaries.js";
import { SHARED_MESSAGES } from "../shared/messages.js";
import { warningList } from "../shared/warning-list.js";
import { classLabel } from "./map-text.js";
import type { MapWords, UnitLine } from "./map-text.js";

export type TableSortKey = "rank" | "unit" | "rate";
export interface TableSort {
  key: TableSortKey;
  descending: boolean;
}
/** Best rank first, as the map ranks (units without a rate last, then by name). */
export const DEFAULT_SORT: TableSort = { key: "rank", descending: false };

export interface DataTableView {
  title: string;
  units: readonly MapUnit[];
  classes: Classification | null;
  describe: (index: number) => UnitLine;
  /** Index of the selected unit, `-1` for none. */
  selected: number;
  open: boolean;
  onToggle: () => void;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  words: MapWords;
}

/** The order of the rows: unit indexes sorted by `sort`; units without a rate always last. */
export function tableOrder(lines: readonly UnitLine[], sort: TableSort, words: MapWords): number[] {
  const collate = collator(words.locale);
  const byName = (a: number, b: number) => collate.compare(lines[a]!.name, lines[b]!.name);
  const sign = sort.descending ? -1 : 1;
  const missing = (value: number | null) => (value == null ? 1 : 0);
  const compare =
    sort.key === "unit"
      ? (a: number, b: number) => sign * byName(a, b)
      : (a: number, b: number) => {
          const [x, y] =
            sort.key === "rank"
              ? [lines[a]!.rankNumber, lines[b]!.rankNumber]
              : [lines[a]!.rate, lines[b]!.rate];
          return (
            missing(x) - missing(y) || (x != null && y != null ? sign * (x - y) : 0) || byName(a, b)
          );
        };
  return lines.map((_, index) => index).sort(compare);
}

/** The toggle, and the table when open. */
export function dataTable(view: DataTableView): TemplateResult {
  const { m } = view.words;
  return html`<button
      type="button"
      class="table-toggle"
      aria-expanded=${view.open ? "true" : "false"}
      aria-controls=${view.open ? "data-table" : nothing}
      @click=${view.onToggle}
    >
      ${view.open ? m.hideTable : m.showTable}
    </button>
    ${view.open ? renderTable(view) : nothing}`;
}

function renderTable(view: DataTableView): TemplateResult {
  const { m, noRate } = view.words;
  const lines = view.units.map((_, index) => view.describe(index));
  const rows = tableOrder(lines, view.sort, view.words);
  // The units' consistency warnings get a column when there are any (shared/warning-list.ts).
  const checked = lines.some((line) => line.warnings.length);
  const sortable = (key: TableSortKey, label: string, numeric: boolean) => {
    const active = view.sort.key === key;
    const next = { key, descending: active && !view.sort.descending };
    return html`<th
      scope="col"
      class=${numeric ? "num" : ""}
      aria-sort=${active ? (view.sort.descending ? "descending" : "ascending") : "none"}
    >
      <button
        type="button"
        class="sort"
        title=${m.sortBy(label, next.descending)}
        @click=${() => view.onSort(next)}
      >
        ${label}<span class="arrow" aria-hidden="true"
          >${active ? (view.sort.descending ? "▼" : "▲") : "↕"}</span
        >
      </button>
    </th>`;
  };
  return html`<div
    id="data-table"
    class="table-wrap open"
    tabindex="0"
    role="region"
    aria-label=${m.tableCaption(view.title)}
  >
    <table part="table">
      <caption>
        ${m.tableCaption(view.title)}
      </caption>
      <thead>
        <tr>
          ${sortable("rank", m.columns.rank, true)} ${sortable("unit", m.columns.unit, false)}
          ${sortable("rate", m.columns.rate, true)}
          <th scope="col" class="num">${m.columns.counts}</th>
          <th scope="col">${m.columns.class}</th>
          ${checked ? html`<th scope="col">${SHARED_MESSAGES[view.words.locale].checks}</th>` : nothing}
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
            <td>${bin == null ? noRate["no-data"] : classLabel(view.classes, bin, view.words)}</td>
            ${
              checked
                ? html`<td>
                    <ul>
                      ${warningList(line.warnings, view.words.locale)}
                    </ul>
                  </td>`
                : nothing
            }
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
