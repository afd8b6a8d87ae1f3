/**
 * Ranking and ordering of figures: a rank table of services or units is figure logic (a report
 * printed by a CLI ranks exactly as the widget does). Pure, no DOM.
 */
import type { TrendSeries } from "../history.js";
import type { RatioFigure, RatioState } from "./ratio.js";

/**
 * Competition ranks ("1, 2, 2, 4") of `values`, 1 = highest; `null` stays `null` (no rate, no
 * rank). A map of first positions keeps 10 600 communes linear after the sort.
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const sorted = values.filter((value): value is number => value != null).sort((a, b) => b - a);
  const firstPosition = new Map<number, number>();
  sorted.forEach((value, i) => firstPosition.has(value) || firstPosition.set(value, i + 1));
  return values.map((value) => (value == null ? null : (firstPosition.get(value) ?? null)));
}

export type SortKey = "rate" | "volume" | "name";
export type SortOrder = "asc" | "desc";

/** One per-service figure of a ratio indicator, with its display name. */
export interface ServiceRow {
  id: string;
  name: string;
  figure: RatioFigure;
  /** The row's recent history, when the board draws sparklines and the feed has one. */
  series?: TrendSeries | null;
}

export interface RankedServiceRow extends ServiceRow {
  /**
   * Rank by rate whatever the current sort (1 = highest; equal rates share a rank, "1, 1, 3"),
   * `null` for rows without a rate.
   */
  rank: number | null;
}

/** Natural order for a fresh sort: best rates and biggest volumes first, names A→Z. */
export const DEFAULT_ORDER: Record<SortKey, SortOrder> = {
  rate: "desc",
  volume: "desc",
  name: "asc",
};

const STATE_ORDER: Record<RatioState, number> = {
  ok: 0,
  "no-dossiers": 1,
  "no-data": 2,
  "not-applicable": 3,
};

/**
 * Sorts service rows and ranks them. Rows without a rate — no dossiers, no data, not handled at
 * this tier — always go last, whatever the order: ranking a "0/0" service first or last among
 * real rates would rank a non-figure. Stable: ties fall back to the name.
 */
export function rankServiceRows(
  rows: readonly ServiceRow[],
  sort: SortKey,
  order: SortOrder,
  collator: Intl.Collator,
): RankedServiceRow[] {
  const direction = order === "asc" ? 1 : -1;
  const byName = (a: ServiceRow, b: ServiceRow) => collator.compare(a.name, b.name);
  const key = (row: ServiceRow): number | null =>
    sort === "rate" ? row.figure.rate : sort === "volume" ? row.figure.denominator : null;
  const ranks = new Map(
    competitionRanks(rows.map((row) => row.figure.rate)).map((rank, i) => [rows[i]!, rank]),
  );
  return [...rows]
    .sort((a, b) => {
      const state = STATE_ORDER[a.figure.state] - STATE_ORDER[b.figure.state];
      if (state) return state;
      if (a.figure.state !== "ok") return byName(a, b);
      if (sort === "name") return direction * byName(a, b);
      const ka = key(a);
      const kb = key(b);
      // A row with a rate but no volume (report printed only the rate) goes after those with one.
      if (ka == null || kb == null)
        return ka == null && kb == null ? byName(a, b) : ka == null ? 1 : -1;
      return direction * (ka - kb) || byName(a, b);
    })
    .map((row) => ({ ...row, rank: ranks.get(row) ?? null }));
}
