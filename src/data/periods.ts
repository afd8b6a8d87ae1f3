/**
 * Periods of a history feed (format 1.1): the period, accumulation and line of an observation,
 * and which observation is "the current one" for the elements that show one period (per line,
 * the latest period's figure in its latest publication). Pure, no DOM.
 */
import type { Accumulation, Indicator, IndicatorFeed, Period } from "./schema.js";

/** What every kind of observation shares for history. */
export interface DatedObservation {
  unit?: string | undefined;
  service?: string | undefined;
  category?: string | undefined;
  period?: Period | undefined;
  accumulation?: Accumulation | undefined;
  publishedOn?: string | undefined;
  unitVintage?: string | undefined;
}

type Observed = Extract<Indicator, { observations: readonly unknown[] }>;

/** The period an observation is about: its own, else the feed's. */
export function observationPeriod(feed: IndicatorFeed, observation: DatedObservation): Period {
  return observation.period ?? feed.period;
}

/** In-period or cumulative: the observation's own, else its indicator's, else in-period. */
export function observationAccumulation(
  indicator: { accumulation?: Accumulation | undefined },
  observation: DatedObservation,
): Accumulation {
  return observation.accumulation ?? indicator.accumulation ?? "in-period";
}

export function unitOf(feed: IndicatorFeed, observation: DatedObservation): string {
  return observation.unit ?? feed.publisher.unitCode;
}

/**
 * One line of a series: the same unit, the same service (none for all services) and the same
 * category (a school level, a tier: format 1.2), when there is one.
 */
export function lineKey(feed: IndicatorFeed, observation: DatedObservation): string {
  const category = observation.category;
  return `${unitOf(feed, observation)}|${observation.service ?? ""}${category ? `|${category}` : ""}`;
}

/** Orders two observations of one line: later period first, then the later publication. */
export function newerFirst(feed: IndicatorFeed, a: DatedObservation, b: DatedObservation): number {
  const pa = observationPeriod(feed, a);
  const pb = observationPeriod(feed, b);
  if (pa.end !== pb.end) return pa.end < pb.end ? 1 : -1;
  if (pa.start !== pb.start) return pa.start < pb.start ? 1 : -1;
  return (b.publishedOn ?? "").localeCompare(a.publishedOn ?? "");
}

const currentCache = new WeakMap<object, readonly unknown[]>();

/**
 * The observations an element showing one period uses: per line, the latest period's figure in
 * its latest publication. A 1.0 feed (one period) gets its observations back unchanged, in order.
 */
export function currentObservations<I extends Observed>(
  feed: IndicatorFeed,
  indicator: I,
): I["observations"] {
  const cached = currentCache.get(indicator);
  if (cached) return cached as I["observations"];
  const observations = indicator.observations as readonly DatedObservation[];
  const best = new Map<string, DatedObservation>();
  for (const observation of observations) {
    const key = lineKey(feed, observation);
    const held = best.get(key);
    if (!held || newerFirst(feed, observation, held) < 0) best.set(key, observation);
  }
  const current = observations.filter(
    (observation) => best.get(lineKey(feed, observation)) === observation,
  );
  currentCache.set(indicator, current);
  return current as I["observations"];
}
