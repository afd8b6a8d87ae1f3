/**
 * The consistency pass: figures that contradict each other. Reports printed by hand contain such
 * contradictions (a rate its own counts do not give, a stage larger than the one before it); the
 * widgets still show the data — computed from the counts — and surface these warnings.
 * Never throws; runs on a feed that already passed `parseFeed`.
 */
import { printedDecimals, rateOf, statedRateDisagrees } from "./figures.js";
import { formatPercent } from "./format.js";
import { childPath } from "./parse.js";
import type { BilingualText } from "./parse.js";
import type {
  FunnelIndicator,
  IndicatorFeed,
  ProgressIndicator,
  RatioIndicator,
  RatioObservation,
  StatusIndicator,
} from "./schema.js";

export type WarningCode =
  | "rate-mismatch"
  | "part-exceeds-total"
  | "parts-sum-mismatch"
  | "zero-denominator"
  | "funnel-growth"
  | "date-in-future"
  | "date-outside-period"
  | "unknown-unit"
  | "unknown-service"
  | "duplicate-observation";

export interface ConsistencyWarning {
  code: WarningCode;
  /** JSON path of the figure, e.g. `indicators[0].observations[3].statedRate`. */
  path: string;
  message: BilingualText;
}

class WarningList {
  readonly items: ConsistencyWarning[] = [];
  add(code: WarningCode, path: string, vi: string, en: string): void {
    this.items.push({ code, path, message: { vi, en } });
  }
}

/** Returns every contradiction found in a valid feed, in document order. */
export function checkConsistency(feed: IndicatorFeed): ConsistencyWarning[] {
  const warnings = new WarningList();
  const context = new FeedContext(feed);
  feed.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}]`;
    if (indicator.kind === "ratio") checkRatio(indicator, path, context, warnings);
    else if (indicator.kind === "funnel") checkFunnel(indicator, path, context, warnings);
    else if (indicator.kind === "progress") checkProgress(indicator, path, context, warnings);
    else checkStatus(indicator, path, context, warnings);
  });
  return warnings.items;
}

/** What the checks need to know about the feed as a whole. */
class FeedContext {
  readonly #units: Set<string> | null;
  readonly #services: Set<string> | null;
  /** Day the feed was generated (`YYYY-MM-DD` in Vietnam), the "today" of the data. */
  readonly generatedDay: string;
  /** Figures may legitimately be counted up to the report's signature date ("tính đến nay"). */
  readonly latestDay: string;

  constructor(readonly feed: IndicatorFeed) {
    this.#units = feed.units
      ? new Set([feed.publisher.unitCode, ...feed.units.map((unit) => unit.code)])
      : null;
    this.#services = feed.services ? new Set(feed.services.map((service) => service.id)) : null;
    this.generatedDay = vietnamDay(feed.generatedAt);
    const sourceDate = feed.source?.date ?? null;
    this.latestDay = sourceDate && sourceDate > feed.period.end ? sourceDate : feed.period.end;
  }

  checkUnit(unit: string | undefined, path: string, warnings: WarningList): void {
    if (unit && this.#units && !this.#units.has(unit))
      warnings.add(
        "unknown-unit",
        `${path}.unit`,
        `đơn vị "${unit}" không có trong danh sách units`,
        `unit "${unit}" is not listed in units`,
      );
  }

  checkService(service: string | undefined, path: string, warnings: WarningList): void {
    if (service && this.#services && !this.#services.has(service))
      warnings.add(
        "unknown-service",
        `${path}.service`,
        `dịch vụ "${service}" không có trong danh sách services`,
        `service "${service}" is not listed in services`,
      );
  }

  checkDate(day: string | undefined, path: string, warnings: WarningList): void {
    if (!day) return;
    if (day > this.generatedDay)
      warnings.add(
        "date-in-future",
        path,
        `ngày ${day} sau thời điểm lập nguồn dữ liệu (${this.generatedDay})`,
        `date ${day} is after the feed was generated (${this.generatedDay})`,
      );
    else if (day < this.feed.period.start || day > this.latestDay)
      warnings.add(
        "date-outside-period",
        path,
        `ngày ${day} nằm ngoài kỳ báo cáo ${this.feed.period.start} – ${this.latestDay}`,
        `date ${day} is outside the reporting period ${this.feed.period.start} – ${this.latestDay}`,
      );
  }
}

/** Calendar day of an instant in Vietnam (UTC+7, no daylight saving). */
function vietnamDay(instant: string): string {
  return new Date(Date.parse(instant) + 7 * 3600_000).toISOString().slice(0, 10);
}

function checkStatedRate(
  stated: number | null | undefined,
  computed: number | null,
  qualifier: RatioObservation["qualifier"],
  path: string,
  of: BilingualText,
  warnings: WarningList,
): void {
  if (stated == null || computed == null || !statedRateDisagrees(stated, computed, qualifier))
    return;
  const decimals = Math.max(2, printedDecimals(stated));
  const printed = (locale: "vi" | "en") => formatPercent(stated, locale, printedDecimals(stated));
  warnings.add(
    "rate-mismatch",
    `${path}.statedRate`,
    `tỷ lệ in trong báo cáo ${printed("vi")} khác với ${of.vi} = ${formatPercent(computed, "vi", decimals)}`,
    `printed rate ${printed("en")} disagrees with ${of.en} = ${formatPercent(computed, "en", decimals)}`,
  );
}

function checkRatio(
  indicator: RatioIndicator,
  path: string,
  context: FeedContext,
  warnings: WarningList,
): void {
  const keys = new Set<string>();
  indicator.observations.forEach((observation, o) => {
    const at = `${path}.observations[${o}]`;
    const key = `${observation.unit ?? context.feed.publisher.unitCode}|${observation.service ?? ""}`;
    if (keys.has(key))
      warnings.add(
        "duplicate-observation",
        at,
        "quan sát trùng đơn vị và dịch vụ với một quan sát trước",
        "another observation has the same unit and service",
      );
    keys.add(key);
    context.checkUnit(observation.unit, at, warnings);
    context.checkService(observation.service, at, warnings);
    context.checkDate(observation.asOf, `${at}.asOf`, warnings);
    const { numerator, denominator } = observation;
    if (denominator === 0) {
      const stated =
        observation.statedRate != null ? ` (báo cáo vẫn ghi ${observation.statedRate} %)` : "";
      const statedEn =
        observation.statedRate != null
          ? ` (the report still prints ${observation.statedRate}%)`
          : "";
      warnings.add(
        "zero-denominator",
        `${at}.denominator`,
        `không có hồ sơ (mẫu số bằng 0)${stated}`,
        `no dossiers (denominator is 0)${statedEn}`,
      );
    } else if (numerator != null && denominator != null && numerator > denominator) {
      warnings.add(
        "part-exceeds-total",
        `${at}.numerator`,
        `tử số ${numerator} lớn hơn mẫu số ${denominator}`,
        `numerator ${numerator} exceeds denominator ${denominator}`,
      );
    }
    checkStatedRate(
      observation.statedRate,
      rateOf(numerator, denominator),
      observation.qualifier,
      at,
      { vi: "tử số / mẫu số", en: "numerator / denominator" },
      warnings,
    );
    checkDetail(observation, at, warnings);
  });
}

function checkDetail(observation: RatioObservation, at: string, warnings: WarningList): void {
  const detail = observation.detail;
  if (!detail) return;
  const path = `${at}.detail`;
  const { onlineCitizens, onlineBusinesses, onTime, overdue } = detail;
  if (onlineCitizens != null && onlineBusinesses != null && observation.numerator != null) {
    const sum = onlineCitizens + onlineBusinesses;
    if (sum !== observation.numerator)
      warnings.add(
        "parts-sum-mismatch",
        path,
        `công dân ${onlineCitizens} + doanh nghiệp ${onlineBusinesses} = ${sum}, khác tử số ${observation.numerator}`,
        `citizens ${onlineCitizens} + businesses ${onlineBusinesses} = ${sum}, not the numerator ${observation.numerator}`,
      );
  }
  const processedTotal =
    detail.onTimeOf === "online"
      ? observation.numerator
      : (detail.resolved ?? observation.denominator);
  if (onTime != null && processedTotal != null) {
    const handled = onTime + (overdue ?? 0);
    if (handled > processedTotal)
      warnings.add(
        "part-exceeds-total",
        path,
        `đúng hạn ${onTime} + quá hạn ${overdue ?? 0} = ${handled} vượt tổng ${processedTotal}`,
        `on time ${onTime} + overdue ${overdue ?? 0} = ${handled} exceeds the total ${processedTotal}`,
      );
  }
  if (
    detail.rejected != null &&
    observation.denominator != null &&
    detail.rejected > observation.denominator
  )
    warnings.add(
      "part-exceeds-total",
      `${path}.rejected`,
      `số hồ sơ bị từ chối ${detail.rejected} vượt tổng ${observation.denominator}`,
      `rejected ${detail.rejected} exceeds the total ${observation.denominator}`,
    );
}

function checkFunnel(
  indicator: FunnelIndicator,
  path: string,
  context: FeedContext,
  warnings: WarningList,
): void {
  const labels = indicator.stages.map((stage) => stage.id);
  indicator.observations.forEach((observation, o) => {
    const at = `${path}.observations[${o}]`;
    context.checkUnit(observation.unit, at, warnings);
    context.checkDate(observation.asOf, `${at}.asOf`, warnings);
    let previous: { id: string; value: number } | null = null;
    indicator.stages.forEach((stage, s) => {
      const value = observation.stages[stage.id];
      if (!value) return;
      const stagePath = childPath(`${at}.stages`, stage.id);
      context.checkDate(value.asOf, `${stagePath}.asOf`, warnings);
      const count = value.noData ? null : (value.value ?? null);
      if (count == null) return;
      if (previous && count > previous.value)
        warnings.add(
          "funnel-growth",
          `${stagePath}.value`,
          `giai đoạn "${stage.id}" (${count}) lớn hơn giai đoạn trước "${previous.id}" (${previous.value})`,
          `stage "${stage.id}" (${count}) is larger than the stage before it, "${previous.id}" (${previous.value})`,
        );
      if (value.levels) {
        const sum = Object.values(value.levels).reduce((total, part) => total + part, 0);
        if (sum !== count)
          warnings.add(
            "parts-sum-mismatch",
            `${stagePath}.levels`,
            `tổng các mức ${sum} khác giá trị giai đoạn ${count}`,
            `levels add up to ${sum}, not the stage value ${count}`,
          );
      }
      const basis =
        value.statedRateOf === "first"
          ? (observation.stages[labels[0]!]?.value ?? null)
          : value.statedRateOf === "previous"
            ? (previous?.value ?? null)
            : (value.target ?? observation.quota ?? null);
      checkStatedRate(
        value.statedRate,
        rateOf(count, basis),
        value.qualifier,
        stagePath,
        { vi: "giá trị / cơ sở", en: "value / basis" },
        warnings,
      );
      previous = { id: indicator.stages[s]!.id, value: count };
    });
  });
}

function checkProgress(
  indicator: ProgressIndicator,
  path: string,
  context: FeedContext,
  warnings: WarningList,
): void {
  indicator.observations.forEach((observation, o) => {
    const at = `${path}.observations[${o}]`;
    context.checkUnit(observation.unit, at, warnings);
    context.checkDate(observation.asOf, `${at}.asOf`, warnings);
    const { done, total } = observation;
    if (total === 0) warnings.add("zero-denominator", `${at}.total`, "tổng bằng 0", "total is 0");
    else if (done != null && total != null && done > total)
      warnings.add(
        "part-exceeds-total",
        `${at}.done`,
        `đã làm ${done} vượt tổng ${total}`,
        `done ${done} exceeds total ${total}`,
      );
    checkStatedRate(
      observation.statedRate,
      rateOf(done, total),
      observation.qualifier,
      at,
      { vi: "đã làm / tổng", en: "done / total" },
      warnings,
    );
  });
}

function checkStatus(
  indicator: StatusIndicator,
  path: string,
  context: FeedContext,
  warnings: WarningList,
): void {
  indicator.subsystems.forEach((subsystem, s) => {
    if (
      subsystem.lastUpdated &&
      Date.parse(subsystem.lastUpdated) > Date.parse(context.feed.generatedAt) + 60_000
    )
      warnings.add(
        "date-in-future",
        `${path}.subsystems[${s}].lastUpdated`,
        `cập nhật lúc ${subsystem.lastUpdated}, sau thời điểm lập nguồn dữ liệu`,
        `last updated ${subsystem.lastUpdated}, after the feed was generated`,
      );
  });
}
