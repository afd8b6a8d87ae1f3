/**
 * A history across the 1 July 2025 reform for one merged 2025 province: before the reform the
 * figures of its predecessor provinces (2023 list) are added up period by period through the
 * crosswalk table, after it the province's own figures are taken as published. The result is one
 * line a trend can draw, with the reform marked and every period saying how its figure was made.
 * Pure, no DOM; part of `chiso/crosswalk`, never of the single-file bundle.
 */
import type { BilingualText } from "../parse.js";
import type {
  Annotation,
  FunnelObservation,
  Indicator,
  IndicatorFeed,
  Period,
  ProgressObservation,
  RatioObservation,
  Observation,
} from "../schema.js";
import { observationAccumulation, observationPeriod, unitOf } from "../periods.js";
import { isAfter } from "./directions.js";
import { label, list, text } from "./messages.js";
import type { NamedUnit } from "./messages.js";
import { figuresOf, sumFunnel, sumProgress, sumRatio } from "./sum.js";
import type { Source, Sum } from "./sum.js";
import { Crosswalk } from "./table.js";
import type { CrosswalkDocument } from "./table.js";
import type { CountIndicator, Reason } from "./types.js";

/** The day the 2025 unit list took effect (Nghị quyết 202/2025/QH15). */
export const REFORM_DATE = "2025-07-01";

export interface SeriesAcrossReformOptions {
  /** Id of a ratio, progress or funnel indicator of the feed. */
  indicator: string;
  /** Code of the 2025 province, e.g. `"24"` (Bắc Ninh, which took in Bắc Giang). */
  unit: string;
  /** Service id; none (the default) for the all-services figure. */
  service?: string | null;
  /**
   * A period for which some predecessor has no usable figure: `"gap"` (the default) makes it a
   * gap — a `noData` observation whose note names the missing provinces; `"partial"` adds up
   * those that reported and says, in the note and in `periods[].missing`, who is left out.
   */
  missing?: "gap" | "partial";
}

/** How the figure of one period was made. */
export type ReformMethod =
  /** Published for the 2025 province itself (on or after the reform, or restated for its area). */
  | "reported"
  /** Every predecessor reported: their counts added up. */
  | "summed"
  /** The 2025 province has one predecessor (same area): its figure carried whole. */
  | "copied"
  /** Some predecessors reported and `missing: "partial"` was asked: an undercount, said so. */
  | "partial"
  /** No figure can be given (a predecessor missing, no data, a rate without counts). */
  | "gap";

export interface ReformPeriod {
  period: Period;
  method: ReformMethod;
  /** The unit list of the figures used: `2023` for a predecessor sum, `2025` for the province's own. */
  vintage: string;
  /** True on the first period of the 2025 list after periods of the 2023 list. */
  vintageChange: boolean;
  /** The predecessor (or the province's own) figures used, with their counts. */
  sources: { unit: string; name: string; path: string; figures: Record<string, number> }[];
  /** Predecessor provinces without a usable figure for this period. */
  missing: NamedUnit[];
  /** Why a period is a gap or partial, and the cautions of a sum (zero denominators). */
  reasons: Reason[];
  /** Rate of the result from its counts, in percent; null without one. */
  rate: number | null;
}

export interface SeriesAcrossReform {
  /**
   * A valid feed (format 1.1) with the one line: the indicator's observations for the 2025
   * province, one per period, oldest first, and a `reform` annotation on 1 July 2025 when the
   * series crosses it. Empty (no observations) when the unit or the indicator is unknown.
   */
  feed: IndicatorFeed;
  periods: ReformPeriod[];
  /** The 2023 provinces the 2025 province was made of, from the table. */
  predecessors: NamedUnit[];
  /** Set when nothing could be built (unknown indicator or unit); null otherwise. */
  problem: BilingualText | null;
}

const both = (vi: string, en: string): BilingualText => ({ vi, en });

const words = {
  summed: (names: BilingualText) =>
    both(
      `Tổng của các tỉnh trước sắp xếp (danh mục 2023): ${names.vi}`,
      `Sum of the provinces before the reform (2023 list): ${names.en}`,
    ),
  copied: (name: string) =>
    both(
      `Số liệu của ${name} (danh mục 2023), cùng địa giới`,
      `Figure of ${name} (2023 list), the same area`,
    ),
  partial: (present: BilingualText, missing: BilingualText) =>
    both(
      `Một phần, thấp hơn thực tế: chỉ gồm ${present.vi}; ${missing.vi}`,
      `Partial, an undercount: only ${present.en}; ${missing.en}`,
    ),
  gap: (reasons: BilingualText[]) =>
    both(
      `Không cộng được: ${reasons.map((r) => r.vi).join("; ")}`,
      `Cannot be added up: ${reasons.map((r) => r.en).join("; ")}`,
    ),
  reform: (names: BilingualText, name: string) =>
    both(
      `Sắp xếp đơn vị hành chính: ${names.vi} → ${name}`,
      `Administrative reform: ${names.en} → ${name}`,
    ),
  unknownIndicator: (id: string) =>
    both(
      `không có chỉ tiêu "${id}" (tỷ lệ, tiến độ hoặc phễu) trong nguồn dữ liệu`,
      `the feed has no ratio, progress or funnel indicator "${id}"`,
    ),
  unknownUnit: (code: string) =>
    both(
      `bảng chuyển đổi không có tỉnh ${code} của danh mục 2025`,
      `the table has no 2025 province ${code}`,
    ),
};

const periodKey = (p: Period) => `${p.start}/${p.end}`;

/** The feed's text limit (schema: `LocalizedText` of at most 2000 characters). */
const MAX_TEXT = 2000;
const clip = (value: string) =>
  value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;

/**
 * A result note followed by the notes of its sources, so that what a source says of itself
 * ("Dữ liệu minh họa", a restatement) is not lost in the sum: once when every source says the
 * same, else each after its province.
 */
function withSourceNotes(note: BilingualText, sources: Source<Observation>[]): BilingualText {
  const notes = sources
    .map((s) => ({ source: s, note: s.observation.note }))
    .filter((n) => n.note != null)
    .map(({ source, note }) => ({
      source,
      vi: typeof note === "string" ? note : note!.vi,
      en: typeof note === "string" ? note : (note!.en ?? note!.vi),
    }));
  if (!notes.length) return note;
  const same = notes.length === sources.length && notes.every((n) => n.vi === notes[0]!.vi);
  const part = (locale: "vi" | "en") =>
    same ? notes[0]![locale] : notes.map((n) => `${label(n.source)}: ${n[locale]}`).join("; ");
  return { vi: clip(`${note.vi}. ${part("vi")}`), en: clip(`${note.en}. ${part("en")}`) };
}

/**
 * Re-aggregates a history of 2023 provinces into one 2025 province, period by period: for every
 * period before the reform the counts of all its predecessors are added up (numerator and
 * denominator, done and total, stage values; a rate is recomputed, never averaged, and a printed
 * rate is not carried); from the reform on, the province's own figures are used. A period for
 * which a predecessor has no usable figure is never a silent undercount: a gap by default, or a
 * sum labelled partial with `missing: "partial"`. A figure published for the 2025 province for a
 * pre-reform period (a restatement for its new area) wins over the sum.
 *
 * Which list a figure belongs to is its `unitVintage`, else the feed's — codes are reused (`24`
 * is Bắc Giang in 2023 and Bắc Ninh in 2025). Of a figure published several times the latest
 * publication is used.
 *
 * Never throws on a valid feed; a malformed table throws `CrosswalkError`.
 *
 * @example
 * const { feed, periods } = seriesAcrossReform(history, table, { indicator: "dvc-online", unit: "24" });
 * trend.data = feed; // one line: Bắc Giang + Bắc Ninh before 07/2025, Bắc Ninh after
 */
export function seriesAcrossReform(
  feed: IndicatorFeed,
  crosswalk: Crosswalk | CrosswalkDocument,
  options: SeriesAcrossReformOptions,
): SeriesAcrossReform {
  const table = crosswalk instanceof Crosswalk ? crosswalk : Crosswalk.from(crosswalk);
  const { unit } = options;
  const service = options.service || null;
  const newName = table.document.newProvinces[unit]?.name;
  const predecessors = (table.oldProvincesOf.get(unit) ?? [])
    .slice()
    .sort()
    .map((code) => ({ code, name: table.document.provinces[code]!.name }));
  const index = feed.indicators.findIndex((i) => i.id === options.indicator && i.kind !== "status");
  const indicator = feed.indicators[index] as CountIndicator | undefined;
  const shell = (problem: BilingualText | null, observations: Observation[] = []) =>
    resultFeed(feed, indicator, unit, newName ?? unit, observations, problem);
  if (!indicator)
    return {
      feed: shell(words.unknownIndicator(options.indicator)),
      periods: [],
      predecessors,
      problem: words.unknownIndicator(options.indicator),
    };
  if (!newName || !predecessors.length)
    return {
      feed: shell(words.unknownUnit(unit)),
      periods: [],
      predecessors,
      problem: words.unknownUnit(unit),
    };

  // Per period: the province's own figure, and each predecessor's latest publication.
  const newVintage = table.document.to;
  const oldCodes = new Set(predecessors.map((p) => p.code));
  const byPeriod = new Map<
    string,
    { period: Period; own?: Source<Observation>; old: Map<string, Source<Observation>> }
  >();
  indicator.observations.forEach((observation: Observation, j) => {
    if ((("service" in observation && observation.service) || null) !== service) return;
    const code = unitOf(feed, observation);
    const after = isAfter(observation.unitVintage ?? feed.unitVintage, newVintage);
    if (after ? code !== unit : !oldCodes.has(code)) return;
    const period = observationPeriod(feed, observation);
    const key = periodKey(period);
    let entry = byPeriod.get(key);
    if (!entry) byPeriod.set(key, (entry = { period, old: new Map() }));
    const name = after ? newName : table.document.provinces[code]!.name;
    const source = { code, name, path: `indicators[${index}].observations[${j}]`, observation };
    const held = after ? entry.own : entry.old.get(code);
    if (held && (held.observation.publishedOn ?? "") >= (observation.publishedOn ?? "")) return;
    if (after) entry.own = source;
    else entry.old.set(code, source);
  });

  const periods: ReformPeriod[] = [];
  const observations: Observation[] = [];
  const entries = [...byPeriod.values()].sort(
    (a, b) =>
      a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end),
  );
  for (const { period, own, old } of entries) {
    const head = {
      unit,
      ...(service ? { service } : {}),
      period,
      accumulation: observationAccumulation(indicator, (own ?? [...old.values()][0]!).observation),
    };
    if (own) {
      const { unitVintage: _vintage, ...figure } = own.observation;
      observations.push({ ...figure, ...head } as Observation);
      periods.push(entry("reported", newVintage, [own], [], [], own.observation));
      continue;
    }
    const present = predecessors.filter((p) => old.has(p.code)).map((p) => old.get(p.code)!);
    const missing = predecessors.filter((p) => !old.has(p.code));
    const oldVintage = present[0]!.observation.unitVintage ?? feed.unitVintage;
    const sum = sumOf(indicator, present);
    const reasons: Reason[] = sum.ok ? [...sum.cautions] : [...sum.reasons];
    if (missing.length)
      reasons.unshift({
        code: "missing-source",
        units: missing.map((m) => m.code),
        message: text.missing(missing.map(label)),
      });
    const complete = !missing.length && sum.ok;
    if (!sum.ok || (missing.length && options.missing !== "partial")) {
      const note = words.gap(
        reasons.filter((r) => !sum.ok || r.code === "missing-source").map((r) => r.message),
      );
      observations.push({
        ...head,
        noData: true,
        ...(indicator.kind === "funnel" ? { stages: {} } : {}),
        note,
      } as Observation);
      periods.push(entry("gap", oldVintage, present, missing, reasons));
      continue;
    }
    const names = list(present.map(label));
    if (complete && predecessors.length === 1) {
      const { unitVintage: _vintage, note: _note, ...figure } = present[0]!.observation;
      observations.push({
        ...figure,
        ...head,
        note: withSourceNotes(words.copied(label(present[0]!)), present),
      } as Observation);
      periods.push(entry("copied", oldVintage, present, [], reasons, present[0]!.observation));
      continue;
    }
    const note = withSourceNotes(
      complete ? words.summed(names) : words.partial(names, text.missing(missing.map(label))),
      present,
    );
    observations.push({ ...sum.observation, ...head, note } as Observation);
    periods.push({
      ...entry(complete ? "summed" : "partial", oldVintage, present, missing, reasons),
      rate: sum.rate,
    });
  }

  function entry(
    method: ReformMethod,
    vintage: string,
    sources: Source<Observation>[],
    missing: NamedUnit[],
    reasons: Reason[],
    figure?: Observation,
  ): ReformPeriod {
    const period = observations[observations.length - 1]!.period!;
    const previous = periods[periods.length - 1];
    const figures = figure ? figuresOf(figure) : {};
    return {
      period,
      method,
      vintage,
      vintageChange: previous != null && previous.vintage !== vintage,
      sources: sources.map((s) => ({
        unit: s.code,
        name: s.name,
        path: s.path,
        figures: figuresOf(s.observation),
      })),
      missing,
      reasons,
      rate: rateOf(figures),
    };
  }

  const reform: Annotation = {
    start: REFORM_DATE,
    label: words.reform(list(predecessors.map(label)), label({ code: unit, name: newName })),
    kind: "reform",
  };
  const result = resultFeed(feed, indicator, unit, newName, observations, null);
  const target = result.indicators[0] as CountIndicator;
  const marked = (target.annotations ?? []).some((a) => a.kind === "reform");
  // Sums of the 2023 list on a 2025 line: the reform is marked where the trend draws marks.
  if (periods.some((p) => p.vintage !== newVintage) && !marked)
    target.annotations = [...(target.annotations ?? []), reform];
  return { feed: result, periods, predecessors, problem: null };
}

function sumOf(indicator: CountIndicator, sources: Source<Observation>[]): Sum<Observation> {
  if (indicator.kind === "ratio") return sumRatio(sources as Source<RatioObservation>[]);
  if (indicator.kind === "progress") return sumProgress(sources as Source<ProgressObservation>[]);
  return sumFunnel(indicator, sources as Source<FunnelObservation>[]);
}

function rateOf(figures: Record<string, number>): number | null {
  const [part, whole] =
    "numerator" in figures
      ? [figures.numerator, figures.denominator]
      : [figures.done, figures.total];
  return part != null && whole ? (100 * part) / whole : null;
}

/** The one-line feed of the result, in the 2025 list. */
function resultFeed(
  feed: IndicatorFeed,
  indicator: CountIndicator | undefined,
  unit: string,
  name: string,
  observations: Observation[],
  problem: BilingualText | null,
): IndicatorFeed {
  const base = indicator ?? {
    id: "series",
    kind: "ratio" as const,
    label: both("Không có chỉ tiêu", "No indicator"),
    observations: [],
  };
  return {
    ...feed,
    schemaVersion: "1.1",
    id: `${feed.id}.${unit}-2025`.slice(0, 80),
    publisher: { ...feed.publisher, unitCode: unit },
    unitVintage: "2025",
    units: [{ code: unit, name, level: "province", parent: "VN" }],
    indicators: [
      {
        ...base,
        ...(problem ? { note: problem } : {}),
        observations,
      } as Indicator,
    ],
  };
}
