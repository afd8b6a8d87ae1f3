/**
 * Locale-aware formatting. Vietnamese first (`42.328`, `85,29 %`, `15/02/2023`), English second
 * (`42,328`, `85.29%`, `15 Feb 2023`).
 *
 * Numbers and dates are written here without `Intl`, to the character as `Intl.NumberFormat` /
 * `Intl.DateTimeFormat` write them for vi-VN and en-GB (tests/format.test.ts compares the two):
 * the first `Intl` object of a page costs 10–30 ms to build, on the first render's critical path,
 * and a 10 000-commune table formats 30 000 figures. `Intl` stays the fallback for what the
 * short path does not cover (NaN, ±∞, years outside 1000–9999, instants before Viet Nam's one
 * time zone), memoised per (locale, options); the collator is always `Intl`'s.
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

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** `digits` (a decimal integer as text) plus one in its last place. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + "0".repeat(digits.length - i - 1);
}

/**
 * `value` with `minDecimals`…`maxDecimals` decimals and the locale's separators, as
 * `Intl.NumberFormat` writes it: rounding half away from zero on the shortest decimal that reads
 * back as `value` (so 1.005 → 1,01), `-0` for a negative that rounds to zero. `null` for NaN / ±∞.
 */
function decimal(value: number, locale: Locale, minDecimals: number, maxDecimals: number) {
  if (!Number.isFinite(value)) return null;
  const negative = value < 0 || Object.is(value, -0);
  // Digits and the decimal point's place in them, from the shortest round-trip text.
  const text = String(Math.abs(value));
  const exponentAt = text.indexOf("e");
  const mantissa = exponentAt < 0 ? text : text.slice(0, exponentAt);
  const exponent = exponentAt < 0 ? 0 : Number(text.slice(exponentAt + 1));
  const pointAt = mantissa.indexOf(".");
  let digits = pointAt < 0 ? mantissa : mantissa.slice(0, pointAt) + mantissa.slice(pointAt + 1);
  let point = (pointAt < 0 ? mantissa.length : pointAt) + exponent;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (digits.length < point + maxDecimals)
    digits += "0".repeat(point + maxDecimals - digits.length);
  let kept = digits.slice(0, point + maxDecimals);
  if ((digits[point + maxDecimals] ?? "0") >= "5") kept = increment(kept);
  // A carry may have added a digit in front (99,995 → 100,00).
  const whole = kept.slice(0, kept.length - maxDecimals).replace(/^0+(?=\d)/, "");
  let fraction = kept.slice(kept.length - maxDecimals);
  let end = fraction.length;
  while (end > minDecimals && fraction[end - 1] === "0") end--;
  fraction = fraction.slice(0, end);
  const { group, decimal: separator } = SEPARATORS[locale];
  let grouped = whole;
  if (whole.length > 3) {
    grouped = "";
    for (let i = whole.length; i > 0; i -= 3)
      grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? group + grouped : "");
  }
  return (negative ? "-" : "") + grouped + (fraction ? separator + fraction : "");
}

/** `42328` → `42.328` (vi) / `42,328` (en). Whole numbers only unless `maxDecimals` says so. */
export function formatCount(value: number, locale: Locale, maxDecimals = 0): string {
  return (
    decimal(value, locale, 0, maxDecimals) ??
    numberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value)
  );
}

/** `value` with exactly `decimals` decimals (Intl's minimum = maximum fraction digits). */
function fixedDecimals(value: number, locale: Locale, decimals: number): string {
  return (
    decimal(value, locale, decimals, decimals) ??
    numberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value)
  );
}

/**
 * `85.2906` → `85,29 %` (vi) / `85.29%` (en). The Vietnamese style puts a space before the sign,
 * as the seed reports and the Government's own portals print it.
 */
export function formatPercent(value: number, locale: Locale, decimals = 2): string {
  const number = fixedDecimals(value, locale, decimals);
  return locale === "vi" ? `${number} %` : `${number}%`;
}

/**
 * A change in percentage points with sign and arrow: `▲ 1,86 điểm %` / `▲ 1.86 pts`.
 * Percentage points, never a relative percent of a percent.
 */
export function formatPointsDelta(points: number, locale: Locale, decimals = 2): string {
  const rounded = Number(points.toFixed(decimals));
  const magnitude = fixedDecimals(Math.abs(rounded), locale, decimals);
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

const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];
const two = (value: number) => (value < 10 ? `0${value}` : String(value));

/** `15/02/2023` (vi) / `15 Feb 2023` (en) of a date's UTC fields; `null` outside years 1000–9999. */
function dayText(date: Date, locale: Locale): string | null {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  return locale === "vi"
    ? `${two(day)}/${two(month + 1)}/${year}`
    : `${day} ${MONTHS_EN[month]} ${year}`;
}

/** `2023-02-15` → `15/02/2023` (vi) / `15 Feb 2023` (en). */
export function formatDate(iso: string, locale: Locale): string {
  const short = dayText(calendarDay(iso), locale);
  if (short !== null) return short;
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

/** Viet Nam has kept UTC+7 since 13 June 1975 (the South was on UTC+8 before). */
const ONE_ZONE_SINCE = Date.UTC(1975, 5, 12, 16);
const UTC_PLUS_7 = 7 * 3_600_000;

/**
 * Date and time of an instant, in Vietnam's time zone (feeds are Vietnamese):
 * `08:05 20/02/2023` (vi) / `20/02/2023, 08:05` (en), as Intl writes them.
 */
export function formatDateTime(instant: number | string | Date, locale: Locale): string {
  const time = new Date(instant).getTime();
  if (time >= ONE_ZONE_SINCE) {
    const local = new Date(time + UTC_PLUS_7);
    const year = local.getUTCFullYear();
    if (year <= 9999) {
      const day = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${year}`;
      const clock = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
      return locale === "vi" ? `${clock} ${day}` : `${day}, ${clock}`;
    }
  }
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
