/**
 * Hints that say how to fix a value ("viết 12.5, không viết \"12,5\"", the id a label was meant
 * to be, a lost leading zero). The single-file bundles build with `issue-hints-none.ts` in its
 * place (scripts/build.mjs): their elements show the same issues without the hint, within 64 kB;
 * `chiso/data`, the CLI and the validator page give the hints. Pure, no DOM.
 */
import { echo, SLUG } from "./issue-values.js";
import type { BilingualText } from "./messages.js";
import type { RawIssue } from "./validate.js";

/** The source of the pattern an issue reports (`/^…$/` → `^…$`). */
const sourceOf = (issue: RawIssue) => issue.pattern?.slice(1, issue.pattern.lastIndexOf("/"));

/** `viết 12.5, không viết "12,5"`: how to write what the publisher meant (if it differs). */
function write(good: string, bad: unknown): BilingualText | undefined {
  const as = echo(bad);
  return good === as
    ? undefined
    : { vi: `viết ${good}, không viết ${as}`, en: `write ${good}, not ${as}` };
}

/** A count or rate written as text: `"12,5"`, `"42.328"`, `"85,29 %"`, `"1.234,5"`. */
function numberHint(input: string): BilingualText | undefined {
  const text = input.trim().replace(/\s*%$/, "");
  // Dots between groups of three are Vietnamese thousands (the convention: "42.328" is 42328);
  // a comma is the Vietnamese decimal mark.
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))
    return write(text.replace(/\./g, "").replace(",", "."), input);
  if (/^-?\d+(,\d+)?$/.test(text) || /^-?\d+\.\d+$/.test(text))
    return write(text.replace(",", "."), input);
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(text)) return write(text.replace(/,/g, ""), input);
  if (/^(-?nan|-?infinity|null|undefined|-|)$/i.test(text))
    return { vi: "dùng null khi không có số liệu", en: "use null when there is no figure" };
  return undefined;
}

/** `Cấp đổi CCCD` → `cap-doi-cccd`: the id a publisher probably meant, if one can be made. */
function slugOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "")
    .slice(0, 80);
}

function formatHint(issue: RawIssue): BilingualText | undefined {
  const input = issue.input;
  if (typeof input !== "string") return undefined;
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input);
  if (issue.format === "date") {
    if (day)
      return write(`"${day[3]}-${day[2]!.padStart(2, "0")}-${day[1]!.padStart(2, "0")}"`, input);
    if (/^\d{4}-\d\d-\d\d$/.test(input))
      return { vi: "ngày này không có trong lịch", en: "no such day in the calendar" };
  }
  if (issue.format === "datetime") {
    const time = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(:\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/.exec(
      input,
    );
    if (time)
      return write(`"${time[1]}T${time[2]}${time[3] ?? ":00"}${time[4] ?? "+07:00"}"`, input);
  }
  const source = sourceOf(issue);
  if (source === SLUG) {
    const slug = slugOf(input);
    if (slug && slug !== input && new RegExp(SLUG).test(slug)) return write(`"${slug}"`, input);
  }
  // A leading zero lost in a spreadsheet: "1" for Hà Nội's "01", "4101" for a commune's "04101".
  if (source?.startsWith("^(VN") && /^\d$|^\d{4}$/.test(input))
    return {
      vi: `có phải "0${input}" (mất số 0 đầu)?`,
      en: `did you mean "0${input}" (a lost leading zero)?`,
    };
  return undefined;
}

/** A hint that helps fix the value, when one can be given (for a short value: a guess at a
 * megabyte of text helps nobody). */
export function hintFor(issue: RawIssue): BilingualText | undefined {
  const { input, code, expected } = issue;
  if (typeof input === "string" && input.length > 200) return undefined;
  if (code === "invalid_format") return formatHint(issue);
  if (code === "invalid_value" && typeof input === "string") {
    const meant = input.trim().toLowerCase();
    return issue.values?.includes(meant) ? write(JSON.stringify(meant), input) : undefined;
  }
  if (code !== "invalid_type") return undefined;
  if (expected === "number" && typeof input === "string") return numberHint(input);
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean"))
    return write(`"${String(input)}"`, input);
  if (expected === "boolean" && typeof input === "string" && /^(true|false)$/i.test(input.trim()))
    return write(input.trim().toLowerCase(), input);
  return undefined;
}

/** `"cap-doi-cccd"` for a key written `Cấp đổi CCCD`: the id a key was meant to be. */
export function keyHint(key: unknown): BilingualText | undefined {
  const slug = typeof key === "string" && key.length <= 200 ? slugOf(key) : "";
  return slug ? write(`"${slug}"`, key) : undefined;
}
