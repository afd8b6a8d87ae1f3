/**
 * Re-aggregating a feed to the other vintage through a crosswalk table.
 */
import type { BilingualText } from "../parse.js";
import type {
  AdminLevel,
  AdminUnit,
  FunnelObservation,
  Indicator,
  IndicatorFeed,
  LocalizedText,
  ProgressObservation,
  RatioObservation,
  Observation,
} from "../schema.js";
import {
  directionFor,
  isAfter,
  publisherUnit,
  resultUnit,
  sourceLevel,
  splitReason,
} from "./directions.js";
import type { Contributor, Direction, TargetUnit } from "./directions.js";
import { label, text } from "./messages.js";
import type { Item } from "./messages.js";
import { figuresOf, sumFunnel, sumProgress, sumRatio } from "./sum.js";
import type { Source, Sum } from "./sum.js";
import { Crosswalk } from "./table.js";
import type { CrosswalkDocument } from "./table.js";
import type {
  CountIndicator,
  ConversionReport,
  ConversionTarget,
  ConvertedUnit,
  DroppedObservation,
  FeedConversion,
  IndicatorConversion,
  Reason,
} from "./types.js";

/** The country is the same unit in both lists. */
const COUNTRY: TargetUnit = {
  code: "VN",
  name: "Việt Nam",
  contributors: [{ code: "VN", name: "Việt Nam", whole: true, elsewhere: [] }],
  blockers: [],
  cautions: [],
};

/** The feed's text limit (schema: `LocalizedText` strings of at most 2000 characters). */
const MAX_TEXT = 2000;

/**
 * Re-aggregates a feed's figures to the other vintage of administrative units: 2023 provinces or
 * districts → 2025 provinces, pre-reform communes → 2025 communes, or 2025 communes → 2023
 * districts. Returns a new, valid feed in the target vintage and a report of what was summed,
 * what was dropped and what was refused, and why.
 *
 * The rules, which make every figure of the result one the table can vouch for:
 * - **Counts are summed** (numerator and denominator, done and total, funnel stage values); a
 *   rate is recomputed from the sums, never averaged. A printed `statedRate` belonged to its own
 *   unit and is not carried, except where a target is exactly one source unit (a renamed or
 *   re-coded unit, same area), whose observation is carried whole.
 * - **A split cannot be apportioned**: a target fed by a part of a source unit (the table gives no
 *   shares) is refused — "không quy đổi được" / "cannot be converted" — with the reason, never
 *   given a made-up number.
 * - **A target is computed only when all its source units are present with counts**; a missing
 *   unit, `noData`, `notApplicable` or a rate without counts refuses it, naming those units. A
 *   missing figure is never zero; a zero denominator is a real count (no dossiers), added and
 *   reported.
 * - Refused targets appear in the feed as `noData` observations whose `note` gives the reason,
 *   and in `report.indicators[].refused`.
 * - Observations at another level are dropped and reported. In particular the publisher's own
 *   total (an observation without `unit`) is converted like any unit of its level: a province
 *   total in a province conversion, dropped when districts are summed (the district sum is the
 *   converted figure; the total may include province-tier dossiers). Country figures (`VN`) are
 *   the same unit in both lists and are carried whole.
 * - Service-level observations are grouped by (target unit, service) and summed the same way.
 * - Status panels (IOC subsystems) belong to the publisher, not to a unit, and are carried
 *   unchanged. The feed's `units` registry is rebuilt from the table's names, `unitVintage` is
 *   the target vintage, the publisher's unit becomes the target unit that contains it, and every
 *   converted indicator's `note` says that it was converted, from what and with which table.
 *
 * Not possible from any table without shares, and reported as `unsupported-direction`: 2025
 * provinces → 2023 provinces, 2025 communes → pre-reform communes, 2023 districts → 2025 communes.
 * Pre-reform communes → 2025 communes uses the table's old list (June 2025): a commune code
 * retired in 2023–2025 cannot be placed, so the 2025 communes its area may have gone into are
 * refused.
 *
 * Never throws on a valid feed (one that passed `parseFeed`). `crosswalk` is a `Crosswalk` made
 * by `parseCrosswalk` / `Crosswalk.from`, or the table's JSON, checked here: a malformed table
 * throws a `CrosswalkError` listing every problem with its path.
 *
 * @example
 * const { feed: feed2025, report } = convertFeed(feed, crosswalk, {
 *   vintage: "2025", level: "province", from: "district" });
 * report.indicators[0].refused[0].reasons[0].message.vi;
 * // "thiếu số liệu của: Tỉnh Bắc Ninh (27) (cả 8 huyện)"
 */
export function convertFeed(
  feed: IndicatorFeed,
  crosswalk: Crosswalk | CrosswalkDocument,
  target: ConversionTarget,
): FeedConversion {
  const table = crosswalk instanceof Crosswalk ? crosswalk : Crosswalk.from(crosswalk);
  const direction = directionFor(table, feed.unitVintage, target);
  if ("code" in direction) return unsupported(feed, table, target, direction);
  return new FeedConverter(feed, table, direction).convert();
}

function unsupported(
  feed: IndicatorFeed,
  table: Crosswalk,
  target: ConversionTarget,
  reason: Reason,
): FeedConversion {
  const report: ConversionReport = {
    from: { vintage: feed.unitVintage, level: sourceLevel(target) },
    to: { vintage: target.vintage, level: target.level },
    unsupported: reason,
    indicators: [],
  };
  // Already in the target list: the feed itself is the answer.
  if (reason.code === "same-vintage") return { feed, report };
  const indicators = feed.indicators.map((indicator) =>
    indicator.kind === "status" ? indicator : { ...indicator, observations: [] },
  ) as Indicator[];
  const after = target.vintage === table.document.to;
  const publisher =
    reason.code === "unknown-vintage" ? "VN" : publisherUnit(table, after, feed.publisher.unitCode);
  return {
    feed: {
      ...feed,
      id: convertedId(feed.id, target),
      publisher: { ...feed.publisher, unitCode: publisher },
      unitVintage: target.vintage,
      units: [],
      indicators,
    },
    report,
  };
}

/** `bac-giang-2023-02` → `bac-giang-2023-02.2025-province` (the id stays a valid slug). */
function convertedId(id: string, target: ConversionTarget): string {
  return `${id}.${target.vintage}-${target.level}`.slice(0, 80);
}

function levelOf(code: string): AdminLevel {
  if (code === "VN") return "country";
  return code.length === 2 ? "province" : code.length === 3 ? "district" : "commune";
}

function clip(value: string): string {
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
}

function bilingual(message: BilingualText): LocalizedText {
  return { vi: clip(message.vi), en: clip(message.en) };
}

/** The source observations of one (indicator, service): by unit, and the retired codes seen. */
interface Group {
  service: string | null;
  sources: Map<string, { path: string; observation: Observation }>;
  retired: string[];
}

class FeedConverter {
  readonly #after: boolean;
  readonly #targets = new Set<string>();

  constructor(
    readonly feed: IndicatorFeed,
    readonly table: Crosswalk,
    readonly direction: Direction,
  ) {
    this.#after = direction.to.vintage === table.document.to;
  }

  convert(): FeedConversion {
    const reports: IndicatorConversion[] = [];
    const indicators = this.feed.indicators.map((indicator, i) => {
      if (indicator.kind === "status") return indicator;
      const { converted, report } = this.#indicator(indicator, i);
      reports.push(report);
      return converted;
    });
    const publisher = publisherUnit(this.table, this.#after, this.feed.publisher.unitCode);
    this.#targets.add(publisher);
    const feed: IndicatorFeed = {
      ...this.feed,
      id: convertedId(this.feed.id, this.direction.to),
      publisher: { ...this.feed.publisher, unitCode: publisher },
      unitVintage: this.direction.to.vintage,
      units: this.#registry(),
      indicators,
    };
    return {
      feed,
      report: {
        from: this.direction.from,
        to: this.direction.to,
        unsupported: null,
        indicators: reports,
      },
    };
  }

  #indicator(
    indicator: CountIndicator,
    index: number,
  ): { converted: Indicator; report: IndicatorConversion } {
    const report: IndicatorConversion = {
      indicator: indicator.id,
      kind: indicator.kind,
      converted: [],
      refused: [],
      dropped: [],
    };
    const observations: Observation[] = [];
    for (const group of this.#group(indicator, index, report.dropped))
      for (const code of this.#targetsOf(group)) {
        this.#targets.add(code);
        observations.push(this.#target(indicator, group, code, report));
      }
    const note = text.indicatorNote(
      this.direction.from,
      this.direction.to,
      this.table.document.attribution,
    );
    const original = indicator.note;
    const withOriginal = (locale: "vi" | "en") => {
      if (!original) return note[locale];
      const before = typeof original === "string" ? original : (original[locale] ?? original.vi);
      return note[locale] + text.originalNote[locale] + before;
    };
    return {
      converted: {
        ...indicator,
        note: bilingual({ vi: withOriginal("vi"), en: withOriginal("en") }),
        observations,
      } as Indicator,
      report,
    };
  }

  /** Sorts the indicator's observations into groups by service, dropping what cannot be used. */
  #group(indicator: CountIndicator, index: number, dropped: DroppedObservation[]): Group[] {
    const groups = new Map<string | null, Group>();
    const { from } = this.direction;
    const sourceAfter = isAfter(from.vintage, this.table.document.to);
    indicator.observations.forEach((observation: Observation, j) => {
      const path = `indicators[${index}].observations[${j}]`;
      const unit = observation.unit ?? this.feed.publisher.unitCode;
      const service = ("service" in observation && observation.service) || null;
      const drop = (code: Reason["code"], message: BilingualText) =>
        dropped.push({ path, unit, service, reason: { code, units: [unit], message } });
      const level = levelOf(unit);
      if (level === "district" && sourceAfter)
        return drop("district-in-2025", text.districtIn2025(unit, from.vintage));
      if (level !== "country" && level !== from.level)
        return drop("other-level", text.otherLevel(level, from.level));
      let group = groups.get(service);
      if (!group) groups.set(service, (group = { service, sources: new Map(), retired: [] }));
      const retired = level === "country" ? null : this.direction.retired(unit);
      if (retired) {
        group.retired.push(unit);
        return drop("retired-unit", text.retiredUnit(retired));
      }
      if (level !== "country" && !this.direction.targetsOf(unit))
        return drop("unknown-unit", text.unknownUnit(unit));
      if (group.sources.has(unit)) return drop("duplicate-observation", text.duplicate());
      group.sources.set(unit, { path, observation });
    });
    return [...groups.values()];
  }

  /** The target units a group's sources go into, by code. */
  #targetsOf(group: Group): string[] {
    const targets = new Set<string>();
    for (const code of group.sources.keys())
      for (const target of code === "VN" ? ["VN"] : this.direction.targetsOf(code)!)
        targets.add(target);
    return [...targets].sort();
  }

  /** The observation of one target unit, and its entry in the report. */
  #target(
    indicator: CountIndicator,
    group: Group,
    code: string,
    report: IndicatorConversion,
  ): Observation {
    const { service } = group;
    const unit = code === "VN" ? COUNTRY : this.direction.target(code);
    const head = { unit: code, ...(service ? { service } : {}) };
    // A target is only touched through one of its contributors, so there is at least one.
    const sources = unit.contributors.map((c): Source<Observation> => ({
      ...c,
      ...group.sources.get(c.code)!,
    }));
    const reasons = this.#reasonsAgainst(unit, group);
    const sum = !reasons.length && sources.length > 1 ? this.#sum(indicator, sources) : null;
    if (sum && !sum.ok) reasons.push(...sum.reasons);
    if (reasons.length) {
      report.refused.push({ unit: code, name: unit.name, service, reasons });
      const messages = reasons.map((r) => r.message);
      const note = bilingual(text.refusedNote(this.direction.to.vintage, messages));
      return {
        ...head,
        noData: true,
        ...(indicator.kind === "funnel" ? { stages: {} } : {}),
        note,
      };
    }

    const entry: ConvertedUnit = {
      unit: code,
      name: unit.name,
      service,
      method: sum ? "summed" : "copied",
      sources: sources.map((s) => ({
        unit: s.code,
        name: s.name,
        path: s.path,
        figures: figuresOf(s.observation),
      })),
      figures: sum?.ok ? sum.figures : figuresOf(sources[0].observation),
      rate: null,
      notCarried: sum?.ok ? sum.notCarried : [],
      cautions: [...unit.cautions, ...(sum?.ok ? sum.cautions : [])],
    };
    entry.rate = sum?.ok ? sum.rate : rateOf(entry.figures);
    report.converted.push(entry);
    // One source, wholly the target: the same area under its new code, carried whole.
    if (!sum?.ok) return { ...sources[0].observation, ...head };
    const items = sources.map(label);
    const note = bilingual(text.summedNote(sources.length, this.direction.from.vintage, items));
    return { ...head, ...sum.observation, note };
  }

  /** What stands against computing a target: the table, splits, missing and retired sources. */
  #reasonsAgainst(unit: TargetUnit, group: Group): Reason[] {
    const reasons = [...unit.blockers];
    const parts = unit.contributors.filter((c) => !c.whole);
    if (parts.length) reasons.push(splitReason(this.direction, unit, parts));
    const missing = unit.contributors.filter((c) => c.whole && !group.sources.has(c.code));
    if (missing.length) reasons.push(missingReason(missing));
    const retired = group.retired.filter((r) => this.direction.mayHoldRetired(unit.code, r));
    if (retired.length)
      reasons.push({
        code: "unplaced-retired-source",
        units: retired,
        message: text.unplacedRetired(retired.map((r) => label(this.direction.retired(r)!))),
      });
    return reasons;
  }

  #sum(indicator: CountIndicator, sources: Source<Observation>[]): Sum<Observation> {
    if (indicator.kind === "ratio") return sumRatio(sources as Source<RatioObservation>[]);
    if (indicator.kind === "progress") return sumProgress(sources as Source<ProgressObservation>[]);
    return sumFunnel(indicator, sources as Source<FunnelObservation>[]);
  }

  /** Every unit the result names, with the provinces above its districts and communes. */
  #registry(): AdminUnit[] {
    const units = new Map<string, AdminUnit>();
    const add = (code: string) => {
      const unit = units.has(code) ? null : resultUnit(this.table, this.#after, code);
      if (!unit) return;
      units.set(code, unit);
      if (unit.parent && unit.parent !== "VN") add(unit.parent);
    };
    for (const code of this.#targets) add(code);
    const rank = (unit: AdminUnit) => ["province", "district", "commune"].indexOf(unit.level);
    return [...units.values()].sort(
      (a, b) => rank(a) - rank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  }
}

function rateOf(figures: Record<string, number>): number | null {
  const [part, whole] =
    "numerator" in figures
      ? [figures.numerator, figures.denominator]
      : [figures.done, figures.total];
  return part != null && whole ? (100 * part) / whole : null;
}

/** Missing sources; a whole old province missing is named once, not district by district. */
function missingReason(missing: Contributor[]): Reason {
  const items: Item[] = [];
  const named = new Set<string>();
  for (const contributor of missing) {
    const group = contributor.group;
    if (group && missing.filter((m) => m.group?.code === group.code).length === group.size) {
      if (!named.has(group.code)) items.push(text.wholeGroup(group, group.size));
      named.add(group.code);
    } else items.push(label(contributor));
  }
  return {
    code: "missing-source",
    units: missing.map((c) => c.code),
    message: text.missing(items),
  };
}
