/**
 * Progress figures (records cleaned, kiosks installed…): done of total, as a rate. The same rules
 * as ratios — counts first, a printed rate only when there are no counts, zero total in words.
 * Pure, no DOM.
 */
import type { ProgressIndicator, ProgressObservation } from "../schema.js";
import type { RatioState } from "./ratio.js";
import { rateOf } from "./rate.js";

export interface ProgressFigure {
  /** Never `not-applicable`: a progress indicator applies wherever it is reported. */
  state: Exclude<RatioState, "not-applicable">;
  /** Percent done; `null` unless `state` is `ok`. */
  rate: number | null;
  done: number | null;
  total: number | null;
  target: number | null;
}

export function progressFigure(
  indicator: ProgressIndicator,
  observation: ProgressObservation,
): ProgressFigure {
  const done = observation.done ?? null;
  const total = observation.total ?? null;
  const target = observation.target ?? indicator.target ?? null;
  const base = { done, total, target, rate: null };
  if (observation.noData) return { ...base, state: "no-data" };
  if (total === 0) return { ...base, state: "no-dossiers" };
  const rate = rateOf(done, total) ?? observation.statedRate ?? null;
  return rate == null ? { ...base, state: "no-data" } : { ...base, rate, state: "ok" };
}
