/**
 * The rules every rate obeys, whatever the kind of figure: counts are the truth — a rate is
 * `100 · part / whole` whenever both exist — and a printed rate is judged against them with the
 * precision it was printed with. Pure functions, no DOM.
 */
import type { Qualifier } from "../schema.js";

/** `100 · numerator / denominator`, or `null` when there is nothing to divide by. */
export function rateOf(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
): number | null {
  if (numerator == null || denominator == null || denominator === 0) return null;
  return (100 * numerator) / denominator;
}

/** Number of decimals a printed number shows: `85.29` → 2, `65` → 0. */
export function printedDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * How far a printed rate may sit from the computed one before it counts as a contradiction:
 * half a unit of the last printed digit (rounding), widened to 1 point for hedged figures
 * ("gần 78 %" for 77,78 %) because the report itself says it is approximate.
 */
export function rateTolerance(statedRate: number, qualifier?: Qualifier): number {
  const rounding = 0.5 * 10 ** -printedDecimals(statedRate) + 1e-9;
  return qualifier ? Math.max(1, rounding) : rounding;
}

/**
 * True when a printed rate disagrees with the counts beyond rounding. Only the consistency pass
 * applies it; figures read its verdict from the `rate-mismatch` warning (see `warningsAbout`).
 */
export function statedRateDisagrees(
  statedRate: number,
  computed: number,
  qualifier?: Qualifier,
): boolean {
  if (qualifier === "above" || qualifier === "more-than")
    return computed <= statedRate - rateTolerance(statedRate);
  return Math.abs(statedRate - computed) > rateTolerance(statedRate, qualifier);
}
