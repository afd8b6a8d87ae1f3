/**
 * Bars of the service rows: a rate's width on a 0–100 % track and its target verdict. The order
 * and the ranks are figure logic (src/data/figures/rank.ts); this adds only what is drawn.
 */
import { formatPercent } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import { rankServiceRows } from "../../data/figures/rank.js";
import { printedDecimals } from "../../data/figures/rate.js";
import type { RankedServiceRow, ServiceRow, SortKey, SortOrder } from "../../data/figures/rank.js";
import { targetVerdict } from "../../data/figures/ratio.js";
import type { RatioFigure } from "../../data/figures/ratio.js";
import type { TrendSeries } from "../../data/history.js";

export interface RankedRow extends RankedServiceRow {
  /** Width of the bar in percent of the cell, 0–100 (a rate above 100 % fills it). */
  fill: number;
  /** Below the target: `null` without a target or a rate. */
  below: boolean | null;
}

/** Sorts and ranks the rows (see `rankServiceRows`) and adds their bars. */
export function rankRows(
  rows: readonly ServiceRow[],
  sort: SortKey,
  order: SortOrder,
  collator: Intl.Collator,
): RankedRow[] {
  return rankServiceRows(rows, sort, order, collator).map((row) => ({
    ...row,
    ...figureBar(row.figure),
  }));
}

/** A percentage on a bar of 0–100 % (a rate of 103,2 % fills it). */
export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** Bar width and target verdict of a figure, for service rows and the totals row alike. */
export function figureBar(figure: RatioFigure): Pick<RankedRow, "fill" | "below"> {
  const verdict = targetVerdict(figure);
  return {
    fill: figure.rate == null ? 0 : clampPercent(figure.rate),
    below: verdict == null ? null : verdict === "below",
  };
}

/** Everything the board shows, derived once per update. */
export interface BoardModel {
  label: string;
  subject: string;
  rows: RankedRow[];
  /** The all-services figure, with its recent history when the board draws sparklines. */
  total: (RatioFigure & { series: TrendSeries | null }) | null;
  /** Whether any row has a history to draw: the sparkline column is shown. */
  trend: boolean;
  target: number | null;
  hasStatus: boolean;
}

/** Computed rates with two decimals; a rate printed alone keeps its printed precision. */
export function rateText(figure: RatioFigure, locale: Locale): string {
  const rate = figure.rate ?? 0;
  return formatPercent(rate, locale, figure.computed ? 2 : Math.min(2, printedDecimals(rate)));
}
