/** The rules of the printed form: the number a printed text reads as, its way of writing, its precision. */
import { formatPercent } from "../format.js";
import { printedDecimals } from "../figures/rate.js";
import type { IndicatorFeed } from "../schema.js";
import { read, same, show } from "./figures.js";
import type { Field, Figure, Located, Relations } from "./figures.js";
import type { Words } from "./words.js";

/**
 * A number as printed, read the Vietnamese way (thousands point, decimal comma: "42.328",
 * "85,29") and the other way ("1,763,014", "103.2"); `null` for a way it cannot be read in.
 * A rate has no thousands, so its "103.2" is only a decimal point.
 */
export function readPrinted(
  text: string,
  isRate: boolean,
): { vietnamese: number | null; other: number | null } {
  const digits = text.trim().replace(/\s*%$/, "");
  const read = (pattern: RegExp, thousands: string) => {
    const match = pattern.exec(digits);
    if (!match || (isRate && match[1]!.includes(thousands))) return null;
    return Number(`${match[1]!.replaceAll(thousands, "")}.${match[2] ?? "0"}`);
  };
  return {
    vietnamese: read(/^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/, "."),
    other: read(/^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/, ","),
  };
}

type PrintedField = keyof NonNullable<Figure["printed"]>;

/**
 * What the report printed beside each number: the number it reads as must be the feed's, written
 * the Vietnamese way, and a rate printed with more decimals than its JSON number is judged with
 * them ("100,00%" allows 0,005 points, not 0,5).
 */
export function checkPrinted(at: Located, relations: Relations): void {
  const printed = at.figure.printed;
  if (!printed) return;
  for (const [field, text] of Object.entries(printed) as [PrintedField, string][]) {
    const path = `${at.path}.printed.${field}`;
    const isRate = field === "statedRate";
    const { vietnamese, other } = readPrinted(text, isRate);
    const own = (at.figure as Partial<Record<PrintedField, number | null>>)[field];
    const value = vietnamese ?? other;
    if (value == null) {
      // "#DIV/0!" is a spreadsheet's 0 / 0: a fact about the figures, not a misprint.
      const severity = /^#DIV\/0!$/.test(text.trim()) ? "info" : "warning";
      relations.add("printed-unreadable", at, path, (w) => w.printedUnreadable(text), severity);
      continue;
    }
    const name: Field = isRate ? "rate" : field;
    // A figure the feed does not hold is read the Vietnamese way when it can be.
    const meant = own == null ? value : [vietnamese, other].find((v) => v != null && same(v, own));
    if (meant == null) {
      relations.add("printed-mismatch", at, path, (w, locale) =>
        w.printedMismatch(text, w.field[name], show(name, own!, locale)),
      );
      continue;
    }
    if (meant !== vietnamese)
      relations.add("printed-form", at, path, (w, locale) =>
        w.printedForm(text, show(name, meant, locale)),
      );
    if (isRate) checkPrintedPrecision(at, text, meant, relations);
  }
}

/** A rate printed with more decimals than its JSON number holds ("100,00%" for 100). */
function checkPrintedPrecision(at: Located, text: string, rate: number, relations: Relations) {
  const decimals = /[.,](\d+)\s*%?$/.exec(text.trim())?.[1]?.length ?? 0;
  const computed = read({ ...at.figure, statedRate: null } as Figure, "rate");
  if (computed == null || decimals <= printedDecimals(rate)) return;
  const allowed = 0.5 * 10 ** -decimals + 1e-9;
  const coarse = 0.5 * 10 ** -printedDecimals(rate) + 1e-9;
  // Beyond the coarse tolerance the figure's own rate-mismatch warning says it already.
  const off = Math.abs(rate - computed);
  if (off > allowed && off <= coarse)
    relations.push(
      "rate-mismatch",
      "warning",
      `${at.path}.statedRate`,
      (w, locale) => w.printedRate(text, formatPercent(computed, locale, decimals)),
      at.indicator,
      at.figure,
      at.observation,
    );
}

/** A document number or date the report left blank ("Số: /BC-…", "ngày tháng 02 năm 2023"). */
export function checkSource(feed: IndicatorFeed, relations: Relations): void {
  const source = feed.source;
  if (!source) return;
  const blank = (path: string, say: (w: Words) => string) =>
    relations.push("source-blank", "warning", path, say, null, source, null);
  const number = source.docNumber;
  if (number != null && /^\s*\//.test(number))
    blank("source.docNumber", (w) => w.blankNumber(number));
  if (source.date === null) blank("source.date", (w) => w.blankDate);
}
