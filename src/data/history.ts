/**
 * History: a feed whose observations cover many periods (feed format 1.1). A line's series over
 * time for the trend — periods in order, gaps where a period was not reported (never zeros), restatements with
 * the figures they replaced, and the change from the previous period and from a year earlier.
 * Pure functions, no DOM.
 */
import type {
  Accumulation,
  Cadence,
  IndicatorFeed,
  Period,
  ProgressIndicator,
  RatioIndicator,
} from "./schema.js";
import { newerFirst, observationAccumulation, observationPeriod, unitOf } from "./periods.js";
import type { DatedObservation } from "./periods.js";
import { ratioFigure } from "./figures/ratio.js";
import { progressFigure } from "./figures/progress.js";
import type { RatioState } from "./figures/ratio.js";
import { warningsWithin } from "./warnings.js";
import type { ConsistencyWarning } from "./warnings.js";

/** A figure's earlier publication that a later one replaced. */
export interface Revision {
  publishedOn: string | null;
  value: number | null;
}

/** One period of a series. */
export interface TrendPoint {
  period: Period;
  /** Not reported: drawn as a gap, never as zero. */
  gap: boolean;
  state: RatioState | "gap";
  /** Percent (ratio, progress); `null` for a gap or a figure without a rate. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  publishedOn: string | null;
  /** Earlier publications of this period, newest first. */
  revisions: Revision[];
  /** The unit list of this figure; differs from the previous point's at a reform. */
  vintage: string;
  /** True on the first point of a new unit vintage (the 1 July 2025 reform). */
  vintageChange: boolean;
  /** The consistency warnings about the period's figure, most serious first. */
  warnings: readonly ConsistencyWarning[];
}

export interface TrendSeries {
  unit: string;
  service: string | null;
  accumulation: Accumulation;
  cadence: Cadence | null;
  points: TrendPoint[];
}

/** Months one cadence step spans. */
const CADENCE_MONTHS: Record<Cadence, number> = {
  month: 1,
  quarter: 3,
  "half-year": 6,
  // Nine-month figures ("9 tháng đầu năm") come once a year.
  "nine-months": 12,
  year: 12,
};

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** The indicator's cadence, else one guessed from the typical length of its periods. */
export function seriesCadence(
  indicator: { cadence?: Cadence | undefined },
  periods: readonly Period[],
): Cadence | null {
  if (indicator.cadence) return indicator.cadence;
  if (periods.length < 2) return null;
  const lengths = periods
    .map((p) => dayNumber(p.end) - dayNumber(p.start) + 1)
    .sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length / 2)] ?? 0;
  if (typical >= 26 && typical <= 35) return "month";
  if (typical >= 85 && typical <= 95) return "quarter";
  if (typical >= 178 && typical <= 187) return "half-year";
  if (typical >= 360 && typical <= 370) return "year";
  return null;
}

/** What one observation of a ratio or progress indicator amounts to. */
function pointFigures(indicator: RatioIndicator | ProgressIndicator, observation: object) {
  if (indicator.kind === "ratio") {
    const figure = ratioFigure(
      indicator,
      observation as RatioIndicator["observations"][number],
      [],
    );
    return { ...figure, value: figure.rate };
  }
  const figure = progressFigure(
    indicator,
    observation as ProgressIndicator["observations"][number],
  );
  return {
    state: figure.state as RatioState,
    value: figure.rate,
    numerator: figure.done,
    denominator: figure.total,
    target: figure.target,
  };
}

/**
 * One line's series: every period it was reported in, oldest first, with a gap point for each
 * cadence step that has no figure between the first and the last.
 */
export function trendSeries(
  feed: IndicatorFeed,
  indicator: RatioIndicator | ProgressIndicator,
  options: {
    unit?: string | null;
    service?: string | null;
    /** The feed's consistency warnings (`checkConsistency(feed)`), for each point's own. */
    warnings?: readonly ConsistencyWarning[];
  } = {},
): TrendSeries {
  const unit = options.unit || feed.publisher.unitCode;
  const service = options.service || null;
  const line = (indicator.observations as readonly DatedObservation[]).filter(
    (o) => unitOf(feed, o) === unit && (o.service ?? null) === service,
  );
  const byPeriod = new Map<string, DatedObservation[]>();
  for (const observation of line) {
    const period = observationPeriod(feed, observation);
    const key = `${period.start}/${period.end}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), observation]);
  }
  const reported = [...byPeriod.values()]
    .map((versions) => versions.sort((a, b) => newerFirst(feed, a, b)))
    .sort((a, b) => -newerFirst(feed, a[0]!, b[0]!));
  const points = reported.map((versions) => {
    const [latest, ...earlier] = versions as [DatedObservation, ...DatedObservation[]];
    const figures = pointFigures(indicator, latest);
    return {
      period: observationPeriod(feed, latest),
      gap: false,
      state: figures.state,
      value: figures.value,
      numerator: figures.numerator,
      denominator: figures.denominator,
      target: figures.target,
      publishedOn: latest.publishedOn ?? null,
      revisions: earlier.map((o) => ({
        publishedOn: o.publishedOn ?? null,
        value: pointFigures(indicator, o).value,
      })),
      vintage: latest.unitVintage ?? feed.unitVintage,
      vintageChange: false,
      warnings: warningsWithin(options.warnings ?? [], latest),
    } satisfies TrendPoint;
  });
  const cadence = seriesCadence(
    indicator,
    points.map((p) => p.period),
  );
  const filled = cadence ? withGaps(points, CADENCE_MONTHS[cadence]) : points;
  filled.forEach((point, i) => {
    const before = filled
      .slice(0, i)
      .reverse()
      .find((p) => !p.gap);
    point.vintageChange = !point.gap && before != null && before.vintage !== point.vintage;
  });
  return {
    unit,
    service,
    accumulation: line[0]
      ? observationAccumulation(indicator, line[0])
      : (indicator.accumulation ?? "in-period"),
    cadence,
    points: filled,
  };
}

function withGaps(points: TrendPoint[], stepMonths: number): TrendPoint[] {
  const filled: TrendPoint[] = [];
  for (const point of points) {
    const previous = filled[filled.length - 1];
    if (previous) {
      let start = addMonths(previous.period.start, stepMonths);
      // Bounded: a series spans at most a few hundred steps; a wild period cannot loop forever.
      for (let guard = 0; start < point.period.start && guard < 600; guard++) {
        const next = addMonths(start, stepMonths);
        filled.push(
          gapPoint(
            { start, end: dayBefore(next), ...gapLabel(start, stepMonths) },
            previous.vintage,
          ),
        );
        start = next;
      }
    }
    filled.push(point);
  }
  return filled;
}

/** A label for a period nobody printed: "Tháng 08/2024", "Quý 3/2024", else none. */
function gapLabel(start: string, stepMonths: number): { label?: { vi: string; en: string } } {
  const [year, month] = start.split("-");
  if (stepMonths === 1) return { label: { vi: `Tháng ${month}/${year}`, en: `${month}/${year}` } };
  if (stepMonths === 3) {
    const quarter = Math.ceil(Number(month) / 3);
    return { label: { vi: `Quý ${quarter}/${year}`, en: `Q${quarter} ${year}` } };
  }
  return {};
}

function dayBefore(day: string): string {
  return new Date((dayNumber(day) - 1) * 86_400_000).toISOString().slice(0, 10);
}

function gapPoint(period: Period, vintage: string): TrendPoint {
  return {
    period,
    gap: true,
    state: "gap",
    value: null,
    numerator: null,
    denominator: null,
    target: null,
    publishedOn: null,
    revisions: [],
    vintage,
    vintageChange: false,
    warnings: [],
  };
}

/** Changes of the latest point, in percentage points, computed from the history. */
export interface TrendChange {
  latest: TrendPoint | null;
  /** vs the period just before; `null` when that period is a gap or has no value. */
  previousPoints: number | null;
  previous: TrendPoint | null;
  /** vs the same period a year earlier; `null` without one. */
  yearAgoPoints: number | null;
  yearAgo: TrendPoint | null;
}

export function trendChange(series: TrendSeries): TrendChange {
  const points = series.points;
  let latestIndex = points.length - 1;
  while (latestIndex >= 0 && (points[latestIndex]!.gap || points[latestIndex]!.value == null))
    latestIndex--;
  const latest = latestIndex >= 0 ? points[latestIndex]! : null;
  const previous = latestIndex > 0 ? points[latestIndex - 1]! : null;
  const yearAgoStart = latest ? addMonths(latest.period.start, -12) : null;
  const yearAgo = points.find((p) => p.period.start === yearAgoStart && !p.gap) ?? null;
  const delta = (other: TrendPoint | null) =>
    latest?.value != null && other?.value != null ? latest.value - other.value : null;
  return {
    latest,
    previous,
    previousPoints: delta(previous),
    yearAgo,
    yearAgoPoints: delta(yearAgo),
  };
}

/** How the latest periods moved: "up 3 periods in a row". */
export interface TrendStreak {
  direction: "up" | "down" | "flat";
  /** Consecutive reported steps in that direction ending at the latest point (0 without two). */
  length: number;
}

/** Consecutive rises (or falls) up to the latest reported period; a gap ends the streak. */
export function trendStreak(series: TrendSeries): TrendStreak {
  const points = series.points;
  let i = points.length - 1;
  while (i >= 0 && (points[i]!.gap || points[i]!.value == null)) i--;
  let direction: TrendStreak["direction"] = "flat";
  let length = 0;
  for (; i > 0; i--) {
    const now = points[i]!.value;
    const before = points[i - 1]!.value;
    if (now == null || before == null || points[i - 1]!.gap) break;
    const step = now > before ? "up" : now < before ? "down" : "flat";
    if (length === 0) direction = step;
    else if (step !== direction) break;
    length++;
  }
  return { direction, length };
}

/** A line's history when the feed holds more than one period of it; `null` otherwise. */
export function lineHistory(
  feed: IndicatorFeed,
  indicator: RatioIndicator | ProgressIndicator,
  options: { unit?: string | null; service?: string | null },
): TrendSeries | null {
  const series = trendSeries(feed, indicator, options);
  return series.points.length > 1 ? series : null;
}

/**
 * A figure whose change since the previous period comes from the history when the feed has one
 * (a printed `previous` stays for feeds that have only that).
 */
export function withHistoryChange<F extends { deltaPoints: number | null }>(
  figure: F,
  series: TrendSeries | null,
): F {
  if (figure.deltaPoints != null || !series) return figure;
  const points = trendChange(series).previousPoints;
  return points == null ? figure : { ...figure, deltaPoints: points };
}

/**
 * The units with figures for this indicator (and service), in the order the observations first
 * name them (a publisher lists them in its own order): what `units="*"` shows.
 */
export function reportingUnits(
  feed: IndicatorFeed,
  indicator: RatioIndicator | ProgressIndicator,
  service: string | null = null,
): string[] {
  const units = (indicator.observations as readonly DatedObservation[])
    .filter((o) => (o.service ?? null) === service)
    .map((o) => unitOf(feed, o));
  return [...new Set(units)];
}

/**
 * Many units' series on shared periods (small multiples): every period any of them reported, in
 * order, and a gap wherever one unit has no figure for it — before its first report too.
 */
export function alignedSeries(
  feed: IndicatorFeed,
  indicator: RatioIndicator | ProgressIndicator,
  units: readonly string[],
  service: string | null = null,
): TrendSeries[] {
  const all = units.map((unit) => trendSeries(feed, indicator, { unit, service }));
  const periods = new Map<string, Period>();
  for (const series of all)
    for (const point of series.points)
      if (!periods.has(point.period.start) || !point.gap)
        periods.set(point.period.start, point.period);
  const starts = [...periods.keys()].sort();
  return all.map((series) => {
    const byStart = new Map(series.points.map((p) => [p.period.start, p]));
    return {
      ...series,
      points: starts.map(
        (start) => byStart.get(start) ?? gapPoint(periods.get(start)!, feed.unitVintage),
      ),
    };
  });
}
