/**
 * The consistency pass: figures that contradict each other. Reports printed by hand contain such
 * contradictions (a rate its own counts do not give, a stage larger than the one before it); the
 * widgets still show the data — computed from the counts — and surface these warnings.
 * Each warning names its rule, its severity, its JSON path and the feed object it is about
 * (see warnings.ts). Never throws; runs on a feed that already passed `parseFeed`.
 */
import { lineKey, observationPeriod } from "./periods.js";
import type { DatedObservation } from "./periods.js";
import { formatPercent } from "./format.js";
import { basisCount, stageCounts, toBasis } from "./figures/funnel.js";
import { printedDecimals, rateOf, statedRateDisagrees } from "./figures/rate.js";
import { bilingual } from "./messages.js";
import type { DataMessages, RateBasisWords } from "./messages.js";
import type { Locale } from "./format.js";
import { childPath } from "./parse.js";
import { checkRelations } from "./relations/index.js";
import type {
  FunnelIndicator,
  Indicator,
  IndicatorFeed,
  ProgressIndicator,
  Qualifier,
  RatioIndicator,
  RatioObservation,
  StatusIndicator,
} from "./schema.js";
import type { ConsistencyWarning, RelationCode, WarningCode, WarningSeverity } from "./warnings.js";

export type {
  ConsistencyWarning,
  WarningCode,
  WarningSeverity,
  WarningSubject,
} from "./warnings.js";
export { warningsAbout, warningsWithin } from "./warnings.js";

/** Where a figure sits: its indicator, the object holding it and that object's observation. */
type Place = Pick<ConsistencyWarning, "indicator" | "subject" | "observation">;

/** The severity of each rule; `zero-denominator` depends on whether a rate was printed. */
const SEVERITY: Record<Exclude<WarningCode, "zero-denominator" | RelationCode>, WarningSeverity> = {
  "part-exceeds-total": "error",
  "duplicate-observation": "error",
  "rate-mismatch": "warning",
  "parts-sum-mismatch": "warning",
  "funnel-growth": "warning",
  "date-in-future": "warning",
  "unknown-unit": "warning",
  "district-code-after-reform": "warning",
  "unknown-service": "warning",
  "date-outside-period": "info",
};

class WarningList {
  readonly items: ConsistencyWarning[] = [];

  add(
    code: WarningCode,
    place: Place,
    path: string,
    say: (messages: DataMessages, locale: Locale) => string,
    severity: WarningSeverity = SEVERITY[code as keyof typeof SEVERITY],
  ): void {
    this.items.push({ code, severity, path, message: bilingual(say), ...place });
  }
}

const checked = new WeakMap<IndicatorFeed, readonly ConsistencyWarning[]>();

/**
 * `checkConsistency(feed)`, once per feed object: for a widget that derives its figures again on
 * every keystroke (the trend) from a feed it did not fetch through the shared feed hub.
 */
export function consistencyOf(feed: IndicatorFeed): readonly ConsistencyWarning[] {
  let warnings = checked.get(feed);
  if (!warnings) checked.set(feed, (warnings = checkConsistency(feed)));
  return warnings;
}

/**
 * Returns every contradiction found in a valid feed: those of each figure in document order, then
 * those between figures the feed relates (relations.ts).
 */
export function checkConsistency(feed: IndicatorFeed): ConsistencyWarning[] {
  const warnings = new WarningList();
  const context = new FeedContext(feed, warnings);
  feed.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}]`;
    if (indicator.kind === "ratio") checkRatio(indicator, path, context);
    else if (indicator.kind === "funnel") checkFunnel(indicator, path, context);
    else if (indicator.kind === "progress") checkProgress(indicator, path, context);
    else checkStatus(indicator, path, context);
  });
  return [...warnings.items, ...checkRelations(feed)];
}

/** What the checks need to know about the feed as a whole, and where they write. */
class FeedContext {
  readonly #units: Set<string> | null;
  readonly #services: Set<string> | null;
  /** Day the feed was generated (`YYYY-MM-DD` in Vietnam), the "today" of the data. */
  readonly generatedDay: string;
  /** Figures may legitimately be counted up to the report's signature date ("tính đến nay"). */
  readonly latestDay: string;

  constructor(
    readonly feed: IndicatorFeed,
    readonly warnings: WarningList,
  ) {
    this.#units = feed.units
      ? new Set([feed.publisher.unitCode, ...feed.units.map((unit) => unit.code)])
      : null;
    this.#services = feed.services ? new Set(feed.services.map((service) => service.id)) : null;
    this.generatedDay = vietnamDay(feed.generatedAt);
    const sourceDate = feed.source?.date ?? null;
    this.latestDay = sourceDate && sourceDate > feed.period.end ? sourceDate : feed.period.end;
  }

  checkUnit(observation: DatedObservation, place: Place, path: string): void {
    const unit = observation.unit;
    if (unit && this.#units && !this.#units.has(unit))
      this.warnings.add("unknown-unit", place, `${path}.unit`, (m) => m.unknownUnit(unit));
    // Since 1 July 2025 there are no districts: a 3-digit code in the 2025 list is a 2023 one.
    const vintage = observation.unitVintage ?? this.feed.unitVintage;
    if (unit && /^\d{3}$/.test(unit) && vintage >= "2025")
      this.warnings.add("district-code-after-reform", place, `${path}.unit`, (m) =>
        m.districtAfterReform(unit, vintage),
      );
  }

  checkService(service: string | undefined, place: Place, path: string): void {
    if (service && this.#services && !this.#services.has(service))
      this.warnings.add("unknown-service", place, `${path}.service`, (m) =>
        m.unknownService(service),
      );
  }

  /**
   * A counting date ("tính đến ngày") against the period it belongs to: the observation's own
   * (a history feed) or the feed's, up to the report's date.
   */
  checkDate(day: string | undefined, place: Place, path: string, own?: DatedObservation): void {
    if (!day) return;
    const period = own?.period ?? this.feed.period;
    const published = own?.publishedOn ?? period.end;
    const latest = own?.period ? (published > period.end ? published : period.end) : this.latestDay;
    if (day > this.generatedDay)
      this.warnings.add("date-in-future", place, path, (m) =>
        m.dateInFuture(day, this.generatedDay),
      );
    else if (day < period.start || day > latest)
      this.warnings.add("date-outside-period", place, path, (m) =>
        m.dateOutsidePeriod(day, period.start, latest),
      );
  }

  /**
   * A part of a whole (numerator of denominator, done of total), the rule ratios and progress
   * share: a zero whole, a part beyond the whole, and the printed rate against `part / whole`.
   */
  checkShare(
    printed: { statedRate?: number | null | undefined; qualifier?: Qualifier | undefined },
    part: number | null | undefined,
    whole: number | null | undefined,
    place: Place,
    at: string,
    words: {
      part: string;
      whole: string;
      basis: RateBasisWords;
      zero: (messages: DataMessages) => string;
      exceeds: (messages: DataMessages, part: number, whole: number) => string;
    },
  ): void {
    if (whole === 0)
      this.warnings.add(
        "zero-denominator",
        place,
        `${at}.${words.whole}`,
        words.zero,
        // "0/0 … đạt 100 %" prints a rate for nothing; without a printed rate, 0 dossiers is a fact.
        printed.statedRate != null ? "warning" : "info",
      );
    else if (part != null && whole != null && part > whole)
      this.warnings.add("part-exceeds-total", place, `${at}.${words.part}`, (m) =>
        words.exceeds(m, part, whole),
      );
    this.checkStatedRate(
      printed.statedRate,
      rateOf(part, whole),
      printed.qualifier,
      place,
      at,
      words.basis,
    );
  }

  /** A printed rate against the rate its counts give (`computed`), with the printed precision. */
  checkStatedRate(
    stated: number | null | undefined,
    computed: number | null,
    qualifier: Qualifier | undefined,
    place: Place,
    path: string,
    of: RateBasisWords,
  ): void {
    if (stated == null || computed == null || !statedRateDisagrees(stated, computed, qualifier))
      return;
    const decimals = Math.max(2, printedDecimals(stated));
    this.warnings.add("rate-mismatch", place, `${path}.statedRate`, (m, locale) =>
      m.rateMismatch(
        formatPercent(stated, locale, printedDecimals(stated)),
        m.rateBasis[of],
        formatPercent(computed, locale, decimals),
      ),
    );
  }
}

/** Calendar day of an instant in Vietnam (UTC+7, no daylight saving). */
function vietnamDay(instant: string): string {
  return new Date(Date.parse(instant) + 7 * 3600_000).toISOString().slice(0, 10);
}

/** An observation's place: the subject of its own warnings. */
function placeOf(
  indicator: Indicator,
  observation: NonNullable<ConsistencyWarning["observation"]>,
): Place {
  return { indicator, subject: observation, observation };
}

function checkRatio(indicator: RatioIndicator, path: string, context: FeedContext): void {
  const { warnings } = context;
  const keys = new Set<string>();
  indicator.observations.forEach((observation, o) => {
    const at = `${path}.observations[${o}]`;
    const place = placeOf(indicator, observation);
    // One figure per line, period and publication: a history feed holds many periods, and a
    // restated period (another `publishedOn`) is a revision, not a duplicate.
    const period = observationPeriod(context.feed, observation);
    const key = `${lineKey(context.feed, observation)}|${period.start}/${period.end}|${observation.publishedOn ?? ""}`;
    if (keys.has(key))
      warnings.add("duplicate-observation", place, at, (m) => m.duplicateObservation);
    keys.add(key);
    context.checkUnit(observation, place, at);
    context.checkService(observation.service, place, at);
    context.checkDate(observation.asOf, place, `${at}.asOf`, observation);
    context.checkShare(observation, observation.numerator, observation.denominator, place, at, {
      part: "numerator",
      whole: "denominator",
      basis: "ratio",
      zero: (m) => m.noDossiers(observation.statedRate ?? null),
      exceeds: (m, part, whole) => m.numeratorExceedsDenominator(part, whole),
    });
    checkDetail(observation, place, at, context);
  });
}

function checkDetail(
  observation: RatioObservation,
  place: Place,
  at: string,
  { warnings }: FeedContext,
): void {
  const detail = observation.detail;
  if (!detail) return;
  const path = `${at}.detail`;
  const { onlineCitizens, onlineBusinesses, onTime, overdue } = detail;
  const { numerator, denominator } = observation;
  if (onlineCitizens != null && onlineBusinesses != null && numerator != null) {
    const sum = onlineCitizens + onlineBusinesses;
    if (sum !== numerator)
      warnings.add("parts-sum-mismatch", place, path, (m) =>
        m.citizensAndBusinessesDiffer(onlineCitizens, onlineBusinesses, sum, numerator),
      );
  }
  const processedTotal =
    detail.onTimeOf === "online" ? numerator : (detail.resolved ?? denominator);
  if (onTime != null && processedTotal != null) {
    const handled = onTime + (overdue ?? 0);
    if (handled > processedTotal)
      warnings.add("part-exceeds-total", place, path, (m) =>
        m.handledExceedsTotal(onTime, overdue ?? 0, handled, processedTotal),
      );
  }
  const rejected = detail.rejected;
  if (rejected != null && denominator != null && rejected > denominator)
    warnings.add("part-exceeds-total", place, `${path}.rejected`, (m) =>
      m.rejectedExceedsTotal(rejected, denominator),
    );
}

function checkFunnel(indicator: FunnelIndicator, path: string, context: FeedContext): void {
  const { warnings } = context;
  indicator.observations.forEach((observation, o) => {
    const at = `${path}.observations[${o}]`;
    const place = placeOf(indicator, observation);
    context.checkUnit(observation, place, at);
    context.checkDate(observation.asOf, place, `${at}.asOf`, observation);
    // The last stage with a count: growth is judged across a missing stage too.
    let previous: { id: string; value: number } | null = null;
    for (const stage of stageCounts(indicator, observation)) {
      const { source, value: count } = stage;
      if (!source) continue;
      const stagePlace: Place = { indicator, subject: source, observation };
      const stagePath = childPath(`${at}.stages`, stage.id);
      context.checkDate(source.asOf, stagePlace, `${stagePath}.asOf`, observation);
      if (count == null) continue;
      const before = previous;
      if (before && count > before.value)
        warnings.add("funnel-growth", stagePlace, `${stagePath}.value`, (m) =>
          m.stageLargerThanPrevious(stage.id, count, before.id, before.value),
        );
      if (source.levels) {
        const sum = Object.values(source.levels).reduce((total, part) => total + part, 0);
        if (sum !== count)
          warnings.add("parts-sum-mismatch", stagePlace, `${stagePath}.levels`, (m) =>
            m.levelsDiffer(sum, count),
          );
      }
      context.checkStatedRate(
        source.statedRate,
        rateOf(count, basisCount(stage, toBasis(source.statedRateOf))),
        source.qualifier,
        stagePlace,
        stagePath,
        "funnel",
      );
      previous = { id: stage.id, value: count };
    }
  });
}

function checkProgress(indicator: ProgressIndicator, path: string, context: FeedContext): void {
  indicator.observations.forEach((observation, o) => {
    const at = `${path}.observations[${o}]`;
    const place = placeOf(indicator, observation);
    context.checkUnit(observation, place, at);
    context.checkDate(observation.asOf, place, `${at}.asOf`, observation);
    context.checkShare(observation, observation.done, observation.total, place, at, {
      part: "done",
      whole: "total",
      basis: "progress",
      zero: (m) => m.totalIsZero,
      exceeds: (m, part, whole) => m.doneExceedsTotal(part, whole),
    });
  });
}

function checkStatus(indicator: StatusIndicator, path: string, context: FeedContext): void {
  const generated = Date.parse(context.feed.generatedAt);
  indicator.subsystems.forEach((subsystem, s) => {
    const lastUpdated = subsystem.lastUpdated;
    // A minute of grace: the subsystem's clock and the feed generator's may differ a little.
    if (lastUpdated && Date.parse(lastUpdated) > generated + 60_000)
      context.warnings.add(
        "date-in-future",
        { indicator, subject: subsystem, observation: null },
        `${path}.subsystems[${s}].lastUpdated`,
        (m) => m.lastUpdatedInFuture(lastUpdated),
      );
  });
}
