/**
 * Finding things in a feed: an indicator by id or kind, an observation by unit and service, the
 * display name of a unit or a service. Pure functions, no DOM.
 */
import { localize } from "./format.js";
import { currentObservations } from "./periods.js";
import type { Locale } from "./format.js";
import type {
  FunnelIndicator,
  FunnelObservation,
  Indicator,
  IndicatorFeed,
  IndicatorKind,
  RatioIndicator,
  RatioObservation,
} from "./schema.js";

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
  return currentObservations(feed, indicator).find(
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
  return currentObservations(feed, indicator).find(
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
