/**
 * The words of a map: a unit's value, counts and rank, a colour class's range — the same text in
 * the tooltip, the live region, the legend and the data table.
 */
import type { Classification } from "../../data/figures/classify.js";
import type { JoinResult, JoinUnit, UnitFigure } from "../../data/figures/join.js";
import { formatCount, formatPercent, localize } from "../../data/format.js";
import type { LocalizedText } from "../../data/schema.js";
import type { Locale } from "../../data/format.js";
import type { ConsistencyWarning } from "../../data/warnings.js";
import { SHARED_MESSAGES } from "../shared/messages.js";
import type { SharedMessages } from "../shared/messages.js";
import { markedWarnings } from "../shared/warning-list.js";
import type { TextFigures } from "../shared/text-fallback.js";
import type { ChoroplethMessages } from "./messages.js";

export interface MapWords {
  m: ChoroplethMessages;
  /** The shared "no data" / "no dossiers" / "not handled at this tier" words. */
  noRate: SharedMessages["noRate"];
  locale: Locale;
}

/** What the tooltip, the live region and the data table say of one unit. */
export interface UnitLine {
  name: string;
  value: string;
  counts: string;
  /** "hạng 3/10", or "". */
  rank: string;
  /** The rank alone, `null` without a rate. */
  rankNumber: number | null;
  /** The rate in percent, `null` without one. */
  rate: number | null;
  /** The consistency warnings about the unit's figure, most serious first. */
  warnings: readonly ConsistencyWarning[];
}

/** What `unitLine` reads of a map. */
export interface MapFigures {
  units: readonly JoinUnit[];
  names: ReadonlyMap<string, LocalizedText>;
  joined: JoinResult | null;
}

/** The unit's name (the feed's registry first, in the page's language, else the map's). */
export function unitName(map: MapFigures, index: number, locale: Locale): string {
  const unit = map.units[index];
  if (!unit) return "";
  const registered = map.names.get(unit.code);
  return registered ? localize(registered, locale) : unit.name;
}

/** Everything said of unit `index`: name, value, counts and rank. */
export function unitLine(map: MapFigures, index: number, words: MapWords): UnitLine {
  const figure = map.joined?.figures[index] ?? null;
  return {
    name: unitName(map, index, words.locale),
    value: valueText(figure, words),
    counts: countsText(figure, words),
    rank: rankText(figure, map.joined?.ranked ?? 0, words),
    rankNumber: figure?.rank ?? null,
    rate: figure?.rate ?? null,
    warnings: figure?.warnings ?? [],
  };
}

/**
 * What the live region says of the keyboard's unit: name, value, rank, counts and colour class
 * (the map is the screen reader's way to every unit until the data table is opened).
 */
export function announcement(
  map: MapFigures & { classes: Classification | null },
  index: number,
  selectedCode: string | null,
  words: MapWords,
): string {
  const unit = map.units[index];
  if (!unit) return "";
  const { classes } = map;
  const selected = unit.code === selectedCode;
  const line = unitLine(map, index, words);
  const bin = classes?.bins[index];
  const group = bin == null ? "" : words.m.classIs(classLabel(classes, bin, words));
  // "Lỗi số liệu": the text is in the notes above the map and in its table.
  const worst = markedWarnings(line.warnings)[0];
  const checks = worst ? SHARED_MESSAGES[words.locale].severity[worst.severity] : "";
  const parts = [line.name, line.value, line.rank, line.counts, group, checks].filter(Boolean);
  return parts.join(", ") + (selected ? ` (${words.m.selected})` : "");
}

/**
 * The map as text, for pages whose policy stops Lit (shared/trusted-types.ts): the indicator,
 * then each unit's value and counts, best rank first (units without a rate last).
 */
export function mapTextFigures(
  map: MapFigures,
  geo: { boundaries: unknown; error: string | null },
  words: MapWords,
): TextFigures {
  const indicator = map.joined?.indicator;
  if (!geo.boundaries || !indicator)
    return {
      title: "",
      lines: [geo.error !== null ? words.m.mapFailed(geo.error) : words.m.loadingMap],
    };
  const lines = map.units
    .map((_, index) => unitLine(map, index, words))
    .sort((a, b) => (a.rankNumber ?? Infinity) - (b.rankNumber ?? Infinity))
    .map((line) => [`${line.name}: ${line.value}`, line.counts].filter(Boolean).join(" · "));
  return { title: localize(indicator.label, words.locale), lines };
}

/** The rate, or why there is none (the shared `noRate` words, as every widget says them). */
export function valueText(figure: UnitFigure | null, { noRate, locale }: MapWords): string {
  if (figure?.rate != null) return formatPercent(figure.rate, locale);
  return noRate[figure && figure.state !== "ok" ? figure.state : "no-data"];
}

/** Numerator and denominator, or "" unless both are known. */
export function countsText(figure: UnitFigure | null, { m, locale }: MapWords): string {
  return figure?.numerator != null && figure.denominator != null
    ? m.counts(formatCount(figure.numerator, locale), formatCount(figure.denominator, locale))
    : "";
}

/** "hạng 3/10", or "" without a rank. */
export function rankText(figure: UnitFigure | null, ranked: number, { m }: MapWords): string {
  return figure?.rank != null ? m.rank(figure.rank, ranked) : "";
}

/** A class's range in words: "80,0 % – 82,5 %", "< 82 %", "▼ Dưới mục tiêu (< 60 %)". */
export function classLabel(
  classes: Classification | null,
  bin: number,
  { m, noRate, locale }: MapWords,
): string {
  const entry = classes?.classes[bin];
  if (!classes || !entry) return noRate["no-data"];
  const f = (value: number) => formatPercent(value, locale, classes.decimals);
  if (entry.side === "below") return m.below(f(entry.to ?? 0));
  if (entry.side === "at") return m.at(f(entry.from ?? 0), f(entry.to ?? 0));
  if (entry.side === "above") return m.above(f(entry.from ?? 0));
  if (entry.from == null) return m.lessThan(f(entry.to ?? 0));
  if (entry.to == null) return m.atLeast(f(entry.from));
  return `${f(entry.from)} – ${f(entry.to)}`;
}
