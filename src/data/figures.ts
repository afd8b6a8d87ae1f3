/**
 * From observations to the figures widgets show. Counts are the truth: a rate is computed from
 * numerator / denominator whenever both exist, and a printed rate is used only when the report
 * printed nothing else. Pure functions, no DOM.
 */
import { localize } from "./format.js";
import type { Locale } from "./format.js";
import type {
  FunnelIndicator,
  FunnelObservation,
  Indicator,
  IndicatorFeed,
  IndicatorKind,
  Qualifier,
  RatioIndicator,
  RatioObservation,
} from "./schema.js";

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

/** True when a printed rate disagrees with the counts beyond rounding. */
export function statedRateDisagrees(
  statedRate: number,
  computed: number,
  qualifier?: Qualifier,
): boolean {
  if (qualifier === "above" || qualifier === "more-than")
    return computed <= statedRate - rateTolerance(statedRate);
  return Math.abs(statedRate - computed) > rateTolerance(statedRate, qualifier);
}

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
  /** Printed rate that disagrees with the counts; `null` when they agree or one is missing. */
  disagreeingStatedRate: number | null;
  target: number | null;
  /** Change since the previous period, in percentage points; `null` without a previous figure. */
  deltaPoints: number | null;
  qualifier: Qualifier | null;
}

/** Derives everything a gauge or a board row shows from one observation. */
export function ratioFigure(indicator: RatioIndicator, observation: RatioObservation): RatioFigure {
  const numerator = observation.numerator ?? null;
  const denominator = observation.denominator ?? null;
  const statedRate = observation.statedRate ?? null;
  const target = observation.target ?? indicator.target ?? null;
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
  };
  if (observation.notApplicable) return { ...base, state: "not-applicable" };
  if (observation.noData) return { ...base, state: "no-data" };
  if (denominator === 0) return { ...base, state: "no-dossiers" };
  const computedRate = rateOf(numerator, denominator);
  const rate = computedRate ?? statedRate;
  if (rate == null) return { ...base, state: "no-data" };
  const disagrees =
    computedRate != null &&
    statedRate != null &&
    statedRateDisagrees(statedRate, computedRate, observation.qualifier);
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

/** The indicator with this id (or the first of this kind when no id is given). */
export function findIndicator<K extends IndicatorKind>(
  feed: IndicatorFeed,
  kind: K,
  id?: string | null,
): Extract<Indicator, { kind: K }> | undefined {
  return feed.indicators.find(
    (indicator): indicator is Extract<Indicator, { kind: K }> =>
      indicator.kind === kind && (!id || indicator.id === id),
  );
}

/** The unit an observation is about: its own, or the publisher's. */
export function observationUnit(
  feed: IndicatorFeed,
  observation: { unit?: string | undefined },
): string {
  return observation.unit ?? feed.publisher.unitCode;
}

/** The observation of a ratio for one unit and optionally one service (none = all services). */
export function findRatioObservation(
  feed: IndicatorFeed,
  indicator: RatioIndicator,
  unit?: string | null,
  service?: string | null,
): RatioObservation | undefined {
  const wantedUnit = unit || feed.publisher.unitCode;
  return indicator.observations.find(
    (observation) =>
      observationUnit(feed, observation) === wantedUnit &&
      (observation.service ?? null) === (service || null),
  );
}

/** The funnel observation of one unit (default: the publisher's). */
export function findFunnelObservation(
  feed: IndicatorFeed,
  indicator: FunnelIndicator,
  unit?: string | null,
): FunnelObservation | undefined {
  const wantedUnit = unit || feed.publisher.unitCode;
  return indicator.observations.find(
    (observation) => observationUnit(feed, observation) === wantedUnit,
  );
}

/** A unit's display name from the feed's registry, else its code. */
export function unitName(feed: IndicatorFeed, code: string, locale: Locale): string {
  const unit = feed.units?.find((candidate) => candidate.code === code);
  if (unit) return localize(unit.name, locale);
  // The publisher is an organisation ("Tổ công tác Đề án 06 tỉnh …"): its name only stands in
  // for its unit when the registry does not name the unit itself.
  return code === feed.publisher.unitCode ? localize(feed.publisher.name, locale) : code;
}

/** A service's display name from the feed's registry, else its id. */
export function serviceName(feed: IndicatorFeed, id: string, locale: Locale): string {
  const service = feed.services?.find((candidate) => candidate.id === id);
  return service ? localize(service.name, locale) : id;
}
