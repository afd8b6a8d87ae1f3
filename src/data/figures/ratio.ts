/**
 * Ratio figures (online rates, on-time rates…): from one observation to what a gauge, a board row
 * or a map unit shows. A rate is computed from numerator / denominator whenever both exist; a
 * printed rate is used only when the report printed nothing else. Pure functions, no DOM.
 */
import type { RatioIndicator, RatioObservation, Qualifier } from "../schema.js";
import { warningsWithin } from "../warnings.js";
import type { ConsistencyWarning } from "../warnings.js";
import { rateOf } from "./rate.js";

/** What a ratio figure amounts to on screen. */
export type RatioState =
  /** A rate can be shown. */
  | "ok"
  /** Zero dossiers: the reports' `#DIV/0!` and "0/0 … đạt 100 %". Never shown as 0 % or 100 %. */
  | "no-dossiers"
  /** Not reported. Never shown as zero. */
  | "no-data"
  /** The service is not handled at this tier. */
  | "not-applicable";

export interface RatioFigure {
  state: RatioState;
  /** The rate to show, in percent (may exceed 100); `null` unless `state` is `ok`. */
  rate: number | null;
  /** Whether `rate` comes from the counts (true) or only from a printed rate (false). */
  computed: boolean;
  numerator: number | null;
  denominator: number | null;
  statedRate: number | null;
  /** Printed rate that disagrees with the counts (a `rate-mismatch` warning); else `null`. */
  disagreeingStatedRate: number | null;
  target: number | null;
  /** Change since the previous period, in percentage points; `null` without a previous figure. */
  deltaPoints: number | null;
  qualifier: Qualifier | null;
  /** The consistency warnings about this observation, most serious first. */
  warnings: readonly ConsistencyWarning[];
}

/**
 * Derives everything a gauge or a board row shows from one observation. `warnings` are the
 * feed's consistency warnings (`checkConsistency(feed)`, `snapshot.warnings`): whether the printed
 * rate disagrees is the consistency pass's verdict, not worked out again here.
 */
export function ratioFigure(
  indicator: RatioIndicator,
  observation: RatioObservation,
  warnings: readonly ConsistencyWarning[],
): RatioFigure {
  const numerator = observation.numerator ?? null;
  const denominator = observation.denominator ?? null;
  const statedRate = observation.statedRate ?? null;
  const target = observation.target ?? indicator.target ?? null;
  const about = warningsWithin(warnings, observation);
  const base = {
    numerator,
    denominator,
    statedRate,
    target,
    qualifier: observation.qualifier ?? null,
    disagreeingStatedRate: null,
    deltaPoints: null,
    computed: false,
    rate: null,
    warnings: about,
  };
  if (observation.notApplicable) return { ...base, state: "not-applicable" };
  if (observation.noData) return { ...base, state: "no-data" };
  if (denominator === 0) return { ...base, state: "no-dossiers" };
  const computedRate = rateOf(numerator, denominator);
  const rate = computedRate ?? statedRate;
  if (rate == null) return { ...base, state: "no-data" };
  const disagrees = about.some((warning) => warning.code === "rate-mismatch");
  return {
    ...base,
    state: "ok",
    rate,
    computed: computedRate != null,
    disagreeingStatedRate: disagrees ? statedRate : null,
    deltaPoints: deltaPoints(rate, observation),
  };
}

function deltaPoints(rate: number, observation: RatioObservation): number | null {
  const previous = observation.previous;
  if (!previous) return null;
  const previousRate = rateOf(previous.numerator, previous.denominator) ?? previous.rate ?? null;
  if (previousRate != null) return rate - previousRate;
  return previous.changePoints ?? null;
}

/** A rate against its target: `meets` at or above it, `below` under it, `null` without either. */
export function targetVerdict(figure: {
  rate: number | null;
  target: number | null;
}): "meets" | "below" | null {
  const { rate, target } = figure;
  if (rate == null || target == null) return null;
  return rate >= target ? "meets" : "below";
}
