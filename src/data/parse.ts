/**
 * Feed validation: JSON text or a parsed object in, a typed `IndicatorFeed` or a list of
 * problems out. Never throws. Every problem names the JSON path and says what is wrong in
 * Vietnamese and English, echoing the bad value:
 * `indicators[2].observations[0].numerator: expected a whole number ≥ 0, got "12,5"`.
 */
import { FEED_RULES } from "./feed-rules.generated.js";
import { checkHistoryRules } from "./history-rules.js";
import type { Indicator, IndicatorFeed } from "./schema.js";
import { validate } from "./validate.js";
import type { RawIssue } from "./validate.js";

/** A message in both languages. */
export interface BilingualText {
  vi: string;
  en: string;
}

/** One validation problem. */
export interface FeedIssue {
  /** JSON path, e.g. `indicators[2].observations[0].numerator`; `""` for the whole document. */
  path: string;
  message: BilingualText;
}

export type ParseResult = { ok: true; feed: IndicatorFeed } | { ok: false; issues: FeedIssue[] };

export interface ParseOptions {
  /**
   * Largest JSON text accepted, in characters. A national commune-level feed (10.600 units) is
   * about 2 MB; 8 MB leaves room and still refuses a runaway export before it freezes a wall.
   */
  maxChars?: number;
}

export const DEFAULT_MAX_FEED_CHARS = 8_000_000;

/** `parent` + one key: `stages` + `activated` → `stages.activated`; odd keys are bracketed. */
export function childPath(parent: string, key: string | number): string {
  return parent + formatPath(["_", key]).slice(1);
}

/** `["indicators", 2, "label"]` → `indicators[2].label`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$-]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, safe echo of a bad value for error text (feed text is untrusted: never HTML). */
function echo(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string | undefined;
  if (Array.isArray(value)) text = "[…]";
  else if (typeof value === "object" && value !== null) text = "{…}";
  else
    try {
      text = JSON.stringify(value);
    } catch {
      /* BigInt and friends */
    }
  text ??= String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const EXPECTED_TYPE: Record<string, BilingualText> = {
  number: { vi: "một số", en: "a number" },
  int: { vi: "một số nguyên", en: "a whole number" },
  string: { vi: "một chuỗi văn bản", en: "a string" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  object: { vi: "một đối tượng {…}", en: "an object {…}" },
  array: { vi: "một mảng […]", en: "an array […]" },
  record: { vi: "một đối tượng {…}", en: "an object {…}" },
};

const FORMAT: Record<string, BilingualText> = {
  date: { vi: "ngày dạng YYYY-MM-DD", en: "a date YYYY-MM-DD" },
  datetime: {
    vi: "thời điểm ISO 8601 có múi giờ (vd. 2023-07-26T17:00:00+07:00)",
    en: "an ISO 8601 date-time with offset (e.g. 2023-07-26T17:00:00+07:00)",
  },
  regex: { vi: "giá trị đúng định dạng", en: "a value in the documented format" },
};

function describeIssue(issue: RawIssue): BilingualText {
  const got = echo(issue.input);
  const gotVi = issue.input === undefined ? "không có" : got;
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined)
        return { vi: "thiếu trường bắt buộc", en: "required field is missing" };
      const name = String(issue.expected);
      const expected = EXPECTED_TYPE[name] ?? { vi: name, en: name };
      return {
        vi: `cần ${expected.vi}, nhận được ${gotVi}`,
        en: `expected ${expected.en}, got ${got}`,
      };
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "array")
        return { vi: `cần ít nhất ${min} phần tử`, en: `expected at least ${min} items` };
      if (issue.origin === "string") return { vi: "không được để trống", en: "must not be empty" };
      const sign = issue.inclusive ? "≥" : ">";
      return {
        vi: `cần một số ${sign} ${min}, nhận được ${gotVi}`,
        en: `expected a number ${sign} ${min}, got ${got}`,
      };
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "array")
        return { vi: `tối đa ${max} phần tử`, en: `at most ${max} items` };
      if (issue.origin === "string")
        return { vi: `dài quá ${max} ký tự`, en: `longer than ${max} characters` };
      return {
        vi: `cần một số ≤ ${max}, nhận được ${gotVi}`,
        en: `expected a number ≤ ${max}, got ${got}`,
      };
    }
    case "invalid_format": {
      const format = FORMAT[String(issue.format)] ?? FORMAT.regex!;
      return {
        vi: `cần ${format.vi}, nhận được ${gotVi}`,
        en: `expected ${format.en}, got ${got}`,
      };
    }
    case "invalid_value": {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v)).join(", ");
      return {
        vi: `cần một trong ${values}; nhận được ${gotVi}`,
        en: `expected one of ${values}; got ${got}`,
      };
    }
    case "unrecognized_keys": {
      const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(", ");
      return { vi: `trường không có trong lược đồ: ${keys}`, en: `unknown field(s): ${keys}` };
    }
    case "invalid_union": {
      if (issue.discriminator) {
        const options = (issue.options ?? []).map((v) => JSON.stringify(v)).join(", ");
        return {
          vi: `loại chỉ tiêu không hỗ trợ; cần một trong ${options}`,
          en: `unsupported kind; expected one of ${options}`,
        };
      }
      return {
        vi: `cần văn bản hoặc {"vi": …, "en": …}, nhận được ${gotVi}`,
        en: `expected text or {"vi": …, "en": …}, got ${got}`,
      };
    }
    case "invalid_key":
      return {
        vi: "khoá không hợp lệ (cần chữ thường, số, -)",
        en: "invalid key (lowercase letters, digits, -)",
      };
    default:
      return { vi: "giá trị không hợp lệ", en: "invalid value" };
  }
}

/** Rules the schema language cannot express: unique ids, references to declared stages. */
function checkReferences(feed: IndicatorFeed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  if (feed.period.start > feed.period.end)
    issues.push({
      path: "period",
      message: {
        vi: `ngày bắt đầu ${feed.period.start} sau ngày kết thúc ${feed.period.end}`,
        en: `start ${feed.period.start} is after end ${feed.period.end}`,
      },
    });
  const seen = new Set<string>();
  feed.indicators.forEach((indicator, i) => {
    if (seen.has(indicator.id))
      issues.push({
        path: `indicators[${i}].id`,
        message: {
          vi: `mã chỉ tiêu "${indicator.id}" bị trùng`,
          en: `duplicate indicator id "${indicator.id}"`,
        },
      });
    seen.add(indicator.id);
    issues.push(...checkIndicatorReferences(indicator, `indicators[${i}]`));
  });
  return issues;
}

function checkIndicatorReferences(indicator: Indicator, path: string): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const duplicate = (what: BilingualText, id: string, at: string) =>
    issues.push({
      path: at,
      message: { vi: `${what.vi} "${id}" bị trùng`, en: `duplicate ${what.en} "${id}"` },
    });
  if (indicator.kind === "funnel") {
    const stageIds = new Set<string>();
    indicator.stages.forEach((stage, s) => {
      if (stageIds.has(stage.id))
        duplicate({ vi: "mã giai đoạn", en: "stage id" }, stage.id, `${path}.stages[${s}].id`);
      stageIds.add(stage.id);
    });
    const levelIds = new Set((indicator.levels ?? []).map((level) => level.id));
    indicator.observations.forEach((observation, o) => {
      for (const [stageId, value] of Object.entries(observation.stages)) {
        const at = childPath(`${path}.observations[${o}].stages`, stageId);
        if (!stageIds.has(stageId))
          issues.push({
            path: at,
            message: {
              vi: `giai đoạn "${stageId}" không có trong stages`,
              en: `stage "${stageId}" is not declared in stages`,
            },
          });
        for (const levelId of Object.keys(value.levels ?? {}))
          if (!levelIds.has(levelId))
            issues.push({
              path: childPath(`${at}.levels`, levelId),
              message: {
                vi: `mức "${levelId}" không có trong levels`,
                en: `level "${levelId}" is not declared in levels`,
              },
            });
      }
    });
  }
  if (indicator.kind === "status") {
    const ids = new Set<string>();
    indicator.subsystems.forEach((subsystem, s) => {
      if (ids.has(subsystem.id))
        duplicate(
          { vi: "mã phân hệ", en: "subsystem id" },
          subsystem.id,
          `${path}.subsystems[${s}].id`,
        );
      ids.add(subsystem.id);
    });
  }
  return issues;
}

/**
 * Validates a feed given as JSON text or as an already-parsed value.
 * Returns every problem found, not only the first, so a publisher fixes a feed in one round.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  let value = input;
  if (typeof input === "string") {
    const maxChars = options.maxChars ?? DEFAULT_MAX_FEED_CHARS;
    if (input.length > maxChars)
      return fail("", {
        vi: `nguồn dữ liệu quá lớn (${input.length} ký tự, tối đa ${maxChars})`,
        en: `feed too large (${input.length} characters, at most ${maxChars})`,
      });
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail("", { vi: `không phải JSON hợp lệ: ${detail}`, en: `not valid JSON: ${detail}` });
    }
  }
  const result = validate(FEED_RULES, value);
  if (result.issues.length) return { ok: false, issues: describeIssues(result.issues) };
  const feed = result.value as IndicatorFeed;
  const referenceIssues = [...checkReferences(feed), ...checkHistoryRules(feed)];
  if (referenceIssues.length) return { ok: false, issues: referenceIssues };
  return { ok: true, feed };
}

/** Schema issues (zod's or the shipped validator's, which are the same) as feed issues. */
export function describeIssues(issues: readonly RawIssue[]): FeedIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

function fail(path: string, message: BilingualText): ParseResult {
  return { ok: false, issues: [{ path, message }] };
}

/** One line per issue, in one language: `path: message`. */
export function formatIssues(issues: readonly FeedIssue[], locale: "vi" | "en"): string {
  return issues.map((issue) => `${issue.path || "(feed)"}: ${issue.message[locale]}`).join("\n");
}
