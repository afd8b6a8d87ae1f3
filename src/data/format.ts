/**
 * Locale-aware formatting. Vietnamese first (`42.328`, `85,29 %`, `15/02/2023`), English second
 * (`42,328`, `85.29%`, `15 Feb 2023`).
 *
 * `Intl.NumberFormat` and `Intl.DateTimeFormat` cost tens of microseconds to build; a wall with
 * 500 tiles re-rendering every second would rebuild thousands of them. They are memoised per
 * (locale, options) here, so every call after the first is a map lookup.
 */
import type { LocalizedText } from "./schema.js";

/** The two languages chiso ships. Anything else falls back to Vietnamese. */
export type Locale = "vi" | "en";

/** Picks the chiso locale from a BCP 47 tag such as `en-GB`, `vi-VN` or `""`. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? "en" : "vi";
}

const INTL_TAG: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Intl objects are costly to build and formatting runs on every render: one per locale and options. */
const intlCache = new Map<string, unknown>();
function cached<T>(kind: string, locale: Locale, options: object, make: (tag: string) => T): T {
  const key = kind + locale + JSON.stringify(options);
  let value = intlCache.get(key) as T | undefined;
  if (value === undefined) {
    value = make(INTL_TAG[locale]);
    intlCache.set(key, value);
  }
  return value;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached("number", locale, options, (tag) => new Intl.NumberFormat(tag, options));
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached("date", locale, options, (tag) => new Intl.DateTimeFormat(tag, options));
}

/** A collator for sorting names in the locale's order (Vietnamese: a ă â … đ …). */
export function collator(locale: Locale, options: Intl.CollatorOptions = {}): Intl.Collator {
  return cached("collator", locale, options, (tag) => new Intl.Collator(tag, options));
}

/** Text in the requested language, falling back to Vietnamese (feeds are Vietnamese first). */
export function localize(text: LocalizedText | undefined | null, locale: Locale): string {
  if (text == null) return "";
  if (typeof text === "string") return text;
  return (locale === "en" && text.en) || text.vi;
}

/** `42328` → `42.328` (vi) / `42,328` (en). Whole numbers only unless `maxDecimals` says so. */
export function formatCount(value: number, locale: Locale, maxDecimals = 0): string {
  return numberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
}

/**
 * `85.2906` → `85,29 %` (vi) / `85.29%` (en). The Vietnamese style puts a space before the sign,
 * as the seed reports and the Government's own portals print it.
 */
export function formatPercent(value: number, locale: Locale, decimals = 2): string {
  const number = numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  return locale === "vi" ? `${number} %` : `${number}%`;
}

/**
 * A change in percentage points with sign and arrow: `▲ 1,86 điểm %` / `▲ 1.86 pts`.
 * Percentage points, never a relative percent of a percent.
 */
export function formatPointsDelta(points: number, locale: Locale, decimals = 2): string {
  const rounded = Number(points.toFixed(decimals));
  const magnitude = numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Math.abs(rounded));
  const arrow = rounded > 0 ? "▲" : rounded < 0 ? "▼" : "■";
  const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "±";
  return locale === "vi"
    ? `${arrow} ${sign}${magnitude} điểm %`
    : `${arrow} ${sign}${magnitude} pts`;
}

/** Parses a `YYYY-MM-DD` date as a calendar day (no time-zone shift). */
function calendarDay(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** `2023-02-15` → `15/02/2023` (vi) / `15 Feb 2023` (en). */
export function formatDate(iso: string, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === "vi"
      ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  return dateFormat(locale, options).format(calendarDay(iso));
}

/** A date range: `16/01/2023 – 15/02/2023`. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** Date and time of an instant, in Vietnam's time zone (feeds are Vietnamese). */
export function formatDateTime(instant: number | string | Date, locale: Locale): string {
  return dateFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(instant));
}

/** Time of day of an instant, in Vietnam's time zone: `10:02:15`. */
export function formatTime(instant: number | string | Date, locale: Locale): string {
  return dateFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(instant));
}

/**
 * How long ago, in words: `vừa xong`, `3 phút trước`, `2 giờ trước`, `5 ngày trước` (vi) /
 * `just now`, `3 min ago`, `2 h ago`, `5 days ago` (en). Coarse on purpose: an operator reads the
 * order of magnitude, and a label that changes every second would distract.
 */
export function formatAge(ageMs: number, locale: Locale): string {
  const seconds = Math.max(0, Math.floor(ageMs / 1000));
  if (seconds < 45) return locale === "vi" ? "vừa xong" : "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return locale === "vi" ? `${minutes} phút trước` : `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return locale === "vi" ? `${hours} giờ trước` : `${hours} h ago`;
  const days = Math.round(hours / 24);
  // Two days at least by now, so English needs no singular.
  return locale === "vi"
    ? `${formatCount(days, locale)} ngày trước`
    : `${formatCount(days, locale)} days ago`;
}

/** A wait ahead, in words, for "next try in …": `5 giây`, `2 phút`, `1 giờ` / `5 s`, `2 min`, `1 h`. */
export function formatWait(ms: number, locale: Locale): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return locale === "vi" ? `${seconds} giây` : `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return locale === "vi" ? `${minutes} phút` : `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return locale === "vi" ? `${formatCount(hours, locale)} giờ` : `${formatCount(hours, locale)} h`;
}
