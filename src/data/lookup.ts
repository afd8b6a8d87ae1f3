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

const registries = new WeakMap<object, Map<string, unknown>>();

/**
 * A feed's unit or service registry by code / id, built once per feed: a board of 100 000
 * services looked each name up in a list of 100 000 (issue 22.4). The first entry wins, as
 * `find` did.
 */
export function registry<T>(
  list: readonly T[] | undefined,
  key: (item: T) => string,
): Map<string, T> {
  if (!list) return new Map();
  let map = registries.get(list) as Map<string, T> | undefined;
  if (!map) {
    map = new Map();
    for (const item of list) if (!map.has(key(item))) map.set(key(item), item);
    registries.set(list, map);
  }
  return map;
}

/** A unit's display name from the feed's registry, else its code. */
export function unitName(feed: IndicatorFeed, code: string, locale: Locale): string {
  const unit = registry(feed.units, (candidate) => candidate.code).get(code);
  if (unit) return localize(unit.name, locale);
  // The publisher is an organisation ("Tổ công tác Đề án 06 tỉnh …"): its name only stands in
  // for its unit when the registry does not name the unit itself.
  return code === feed.publisher.unitCode ? localize(feed.publisher.name, locale) : code;
}

/** A service's display name from the feed's registry, else its id. */
export function serviceName(feed: IndicatorFeed, id: string, locale: Locale): string {
  const service = registry(feed.services, (candidate) => candidate.id).get(id);
  return service ? localize(service.name, locale) : id;
}
