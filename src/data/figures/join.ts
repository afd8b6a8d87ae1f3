/**
 * Joining per-unit figures to the units of a map (or of any list of places): by GSO code, or —
 * only when asked — by normalised name within the same parent. Nothing is dropped silently.
 * The data layer's own minimal unit type keeps this free of geometry: a boundary reader's units
 * carry more, and fit. Pure, no DOM.
 */
import { currentObservations } from "../periods.js";
import { localize } from "../format.js";
import { observationUnit, registry } from "../lookup.js";
import type {
  AdminUnit,
  IndicatorFeed,
  ProgressIndicator,
  ProgressObservation,
  RatioIndicator,
  RatioObservation,
} from "../schema.js";
import { warningsWithin } from "../warnings.js";
import type { ConsistencyWarning } from "../warnings.js";
import { progressFigure } from "./progress.js";
import { competitionRanks } from "./rank.js";
import { ratioFigure } from "./ratio.js";
import type { RatioState } from "./ratio.js";

/** A place figures can be joined to. */
export interface JoinUnit {
  /** GSO code (or the boundary file's own id). */
  code: string;
  /** Full name: "Huyện Việt Yên". */
  name: string;
  /** Name without the unit type: "Việt Yên". */
  shortName: string;
  /** Code of the unit it belongs to (district → province), `null` when unknown. */
  parent: string | null;
}

/** What one unit shows. `rate` is `null` unless `state` is `ok`. */
export interface UnitFigure {
  code: string;
  state: RatioState;
  rate: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  /** 1 = highest rate; ties share a rank. `null` without a rate. */
  rank: number | null;
  /** The consistency warnings about the unit's observation, most serious first. */
  warnings: readonly ConsistencyWarning[];
}

export type MapIndicator = RatioIndicator | ProgressIndicator;

export interface JoinResult {
  indicator: MapIndicator | null;
  /** Aligned with `units`: the figure of each unit, or `null` when the feed has none for it. */
  figures: (UnitFigure | null)[];
  /** Codes of observations that matched no unit, sorted. */
  unmatched: string[];
  /** The publisher's own total (e.g. the whole province), when the units do not include it. */
  total: UnitFigure | null;
  /** Units with a rate, for "hạng 3/10". */
  ranked: number;
}

/** Unit types stripped before comparing names, longest first ("Thành phố" before "Tỉnh"). */
const PREFIXES = [
  "thanh pho",
  "thi tran",
  "thi xa",
  "phuong",
  "huyen",
  "quan",
  "tinh",
  "xa",
  "tp.",
  "tx.",
  "tt.",
  "h.",
  "q.",
  "p.",
];

/**
 * Name key for `join="name"`: NFD, diacritics removed, đ → d, lower case, unit type removed
 * ("H. Việt Yên", "Huyện Việt Yên" and "viet yen" all give `viet yen`). Numbered units keep
 * their type, since "Quận 1" without it would be just "1".
 */
export function normalizeName(name: string): string {
  let text = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐð]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  for (const prefix of PREFIXES) {
    if (text.startsWith(prefix)) {
      const rest = text.slice(prefix.length).trim();
      if (rest && !/^\d+$/.test(rest) && (prefix.endsWith(".") || text[prefix.length] === " ")) {
        text = rest;
        break;
      }
    }
  }
  return text.replace(/[.'’]/g, "").replace(/\s+/g, " ").trim();
}

/**
 * The indicator a map shows: the one with this id, else the first ratio or progress indicator
 * that has figures for more than one unit (a map of one unit says nothing).
 */
export function pickIndicator(feed: IndicatorFeed, id?: string | null): MapIndicator | null {
  const candidates = feed.indicators.filter(
    (indicator): indicator is MapIndicator =>
      indicator.kind === "ratio" || indicator.kind === "progress",
  );
  if (id) return candidates.find((indicator) => indicator.id === id) ?? null;
  const multiUnit = candidates.find(
    (indicator) =>
      new Set(
        (indicator.observations as { unit?: string | undefined }[]).map((observation) =>
          observationUnit(feed, observation),
        ),
      ).size > 1,
  );
  return multiUnit ?? candidates[0] ?? null;
}

function unitFigure(
  code: string,
  indicator: MapIndicator,
  observation: RatioObservation | ProgressObservation,
  warnings: readonly ConsistencyWarning[],
): UnitFigure {
  if (indicator.kind === "ratio") {
    const figure = ratioFigure(indicator, observation as RatioObservation, warnings);
    const { state, rate, numerator, denominator, target } = figure;
    return {
      code,
      state,
      rate,
      numerator,
      denominator,
      target,
      rank: null,
      warnings: figure.warnings,
    };
  }
  const { state, rate, done, total, target } = progressFigure(
    indicator,
    observation as ProgressObservation,
  );
  const about = warningsWithin(warnings, observation);
  return {
    code,
    state,
    rate,
    numerator: done,
    denominator: total,
    target,
    rank: null,
    warnings: about,
  };
}

export interface JoinOptions {
  /** Indicator id; default: see `pickIndicator`. */
  indicator?: string | null;
  /** `code` (default) or `name` (normalised names, same parent). */
  join?: "code" | "name";
  /** The feed's consistency warnings (`checkConsistency(feed)`). */
  warnings: readonly ConsistencyWarning[];
}

/**
 * Joins the indicator's per-unit observations (those without a `service`) to `units`. Every
 * observation that finds no unit is listed in `unmatched`, except the publisher's own total,
 * which is returned as `total`, and those of units the feed registers (`units[]`) at another
 * level than the map's or in a province the map does not cover (a feed for a map that drills
 * from provinces into communes).
 */
export function joinFigures(
  feed: IndicatorFeed,
  units: readonly JoinUnit[],
  options: JoinOptions,
): JoinResult {
  const join = options.join ?? "code";
  const indicator = pickIndicator(feed, options.indicator);
  const figures: (UnitFigure | null)[] = units.map(() => null);
  const result: JoinResult = { indicator, figures, unmatched: [], total: null, ranked: 0 };
  if (!indicator) return result;
  const byCode = new Map(units.map((unit, index) => [unit.code, index]));
  const byName = new Map<string, number[]>();
  if (join === "name")
    units.forEach((unit, index) => {
      for (const key of new Set([normalizeName(unit.name), normalizeName(unit.shortName)])) {
        byName.set(key, [...(byName.get(key) ?? []), index]);
      }
    });
  const unmatched = new Set<string>();
  // A feed may hold more than this map shows (provinces and every commune, for a map that drills
  // down): figures of units it registers at another level than the map's, or in a province the
  // map does not cover, are for another map, not "not on the map".
  const registered = registry(feed.units, (unit) => unit.code);
  const mapLevel = units.map((unit) => registered.get(unit.code)?.level).find(Boolean);
  const mapParents = new Set(units.map((unit) => unit.parent).filter((parent) => parent != null));
  const elsewhere = (code: string) => {
    const unit = registered.get(code);
    if (!unit || !mapLevel) return false;
    const outside = mapParents.size > 0 && unit.parent != null && !mapParents.has(unit.parent);
    return unit.level !== mapLevel || outside;
  };
  // A history feed maps its latest period.
  const observations = currentObservations(feed, indicator) as (
    RatioObservation | ProgressObservation
  )[];
  for (const observation of observations) {
    if ("service" in observation && observation.service) continue;
    const code = observationUnit(feed, observation);
    const index =
      join === "name" ? nameIndex(registered.get(code), units, byName) : byCode.get(code);
    if (index != null)
      figures[index] = unitFigure(
        units[index]?.code ?? code,
        indicator,
        observation,
        options.warnings,
      );
    else if (code === feed.publisher.unitCode)
      result.total = unitFigure(code, indicator, observation, options.warnings);
    else if (!elsewhere(code)) unmatched.add(code);
  }
  result.unmatched = [...unmatched].sort();
  const ranks = competitionRanks(figures.map((figure) => figure?.rate ?? null));
  figures.forEach((figure, i) => {
    if (figure) figure.rank = ranks[i] ?? null;
  });
  result.ranked = ranks.filter((rank) => rank != null).length;
  return result;
}

function nameIndex(
  registered: AdminUnit | undefined,
  units: readonly JoinUnit[],
  byName: Map<string, number[]>,
): number | undefined {
  if (!registered) return undefined;
  const candidates = byName.get(normalizeName(localize(registered.name, "vi"))) ?? [];
  // Short names repeat across provinces (several "Châu Thành", 2025's many "Tân Phú"): when the
  // feed says which province a unit is in, only a unit of that province counts, even a single one.
  const parent = registered.parent;
  const inParent = parent
    ? candidates.filter((index) => (units[index]?.parent ?? parent) === parent)
    : candidates;
  return inParent.length === 1 ? inParent[0] : undefined;
}
