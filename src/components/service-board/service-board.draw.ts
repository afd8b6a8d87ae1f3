/**
 * Ranking of the service rows: pure data in, plain data out (no DOM, no Lit).
 *
 * Rows without a rate — no dossiers, no data, not handled at this tier — always go last, whatever
 * the order: ranking a "0/0" service first or last among real rates would rank a non-figure.
 */
import type { RatioFigure, RatioState } from "../../data/figures.js";

export type SortKey = "rate" | "volume" | "name";
export type SortOrder = "asc" | "desc";

export interface BoardRow {
  id: string;
  name: string;
  figure: RatioFigure;
}

export interface RankedRow extends BoardRow {
  /**
   * Rank by rate whatever the current sort (1 = highest; equal rates share a rank, "1, 1, 3"),
   * `null` for rows without a rate.
   */
  rank: number | null;
  /** Width of the bar in percent of the cell, 0–100 (a rate above 100 % fills it). */
  fill: number;
  /** Below the target: `null` without a target or a rate. */
  below: boolean | null;
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

/** Sorts rows, ranks them and derives the bar widths. Stable: ties fall back to the name. */
export function rankRows(
  rows: readonly BoardRow[],
  sort: SortKey,
  order: SortOrder,
  collator: Intl.Collator,
): RankedRow[] {
  const direction = order === "asc" ? 1 : -1;
  const byName = (a: BoardRow, b: BoardRow) => collator.compare(a.name, b.name);
  const key = (row: BoardRow): number | null =>
    sort === "rate" ? row.figure.rate : sort === "volume" ? row.figure.denominator : null;
  const sorted = [...rows].sort((a, b) => {
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
  });
  // Only an ok figure has a rate (ratioFigure()).
  const rates = rows.flatMap(({ figure }) => figure.rate ?? []).sort((a, b) => b - a);
  return sorted.map((row) => {
    const { rate } = row.figure;
    return {
      ...row,
      rank: rate == null ? null : rates.indexOf(rate) + 1,
      ...figureBar(row.figure),
    };
  });
}

/** A percentage on a bar of 0–100 % (a rate of 103,2 % fills it). */
export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** Bar width and target verdict of a figure, for service rows and the totals row alike. */
export function figureBar(figure: RatioFigure): Pick<RankedRow, "fill" | "below"> {
  const { rate, target } = figure;
  return {
    fill: rate == null ? 0 : clampPercent(rate),
    below: rate == null || target == null ? null : rate < target,
  };
}
