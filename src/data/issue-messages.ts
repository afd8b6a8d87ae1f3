/**
 * What a validation problem says, in Vietnamese and English: the words for each issue of the
 * shipped validator (which are zod's issues, so zod's own issues read the same), and for the
 * limits `parseFeed` sets. Feed text is untrusted: it is echoed short and only ever as text.
 */
import { formatCount } from "./format.js";
import { formatPath } from "./feed-paths.js";
import type { BilingualText } from "./messages.js";
import type { RawIssue } from "./validate.js";

/** One validation problem. */
export interface FeedIssue {
  /** JSON path, e.g. `indicators[2].observations[0].numerator`; `""` for the whole document. */
  path: string;
  message: BilingualText;
}

/** Numbers in a message, each language its own way: `8.000.000` / `8,000,000`. */
const vi = (value: number) => formatCount(value, "vi", 6);
const en = (value: number) => formatCount(value, "en", 6);

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 3)}…` : text);

/**
 * A short, safe echo of a bad value for error text. Never throws: what a page passes as `data`
 * may be a revoked Proxy, which throws even when asked whether it is an array.
 */
function echo(value: unknown): string {
  try {
    if (value === undefined) return "nothing";
    if (typeof value === "string") return clip(JSON.stringify(value.slice(0, 60)));
    if (typeof value === "object" && value !== null) return Array.isArray(value) ? "[…]" : "{…}";
    if (typeof value === "function") return "function";
    return clip(String(value));
  } catch {
    return "{…}";
  }
}

/** What an input threw when read, as a short line; never throws itself. */
function reasonOf(error: unknown): string {
  try {
    if (error instanceof Error) return clip(`${String(error.name)}: ${String(error.message)}`, 100);
  } catch {
    /* a hostile error object: say nothing about it */
  }
  return echo(error);
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

/** The JSON text itself is over `maxChars`: refused before it is parsed. */
export function textTooLarge(length: number, maximum: number): BilingualText {
  return {
    vi: `nguồn dữ liệu quá lớn (${vi(length)} ký tự, tối đa ${vi(maximum)})`,
    en: `feed too large (${en(length)} characters, at most ${en(maximum)})`,
  };
}

/** The words for one issue of the shipped validator (or of zod). */
export function describeIssue(issue: RawIssue): BilingualText {
  const got = echo(issue.input);
  const gotVi = issue.input === undefined ? "không có" : got;
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined)
        return { vi: "thiếu trường bắt buộc", en: "required field is missing" };
      // JSON.parse reads 1e400 (valid JSON, beyond double range) as Infinity: say what it was.
      if (issue.input === Infinity)
        return {
          vi: "số quá lớn: vượt quá 1,8 × 10³⁰⁸, số lớn nhất đọc được từ JSON",
          en: "number too large: beyond 1.8 × 10³⁰⁸, the largest a JSON number can be read as",
        };
      if (issue.input === -Infinity)
        return {
          vi: "số âm quá lớn: dưới −1,8 × 10³⁰⁸, số nhỏ nhất đọc được từ JSON",
          en: "number too large (negative): below −1.8 × 10³⁰⁸, the smallest a JSON number can be read as",
        };
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
      const keys = issue.keys ?? [];
      const listed = keys
        .slice(0, 10)
        .map((k) => `"${clip(k, 40)}"`)
        .join(", ");
      const more = keys.length - 10;
      return {
        vi: `trường không có trong lược đồ: ${listed}${more > 0 ? ` và ${vi(more)} trường khác` : ""}`,
        en: `unknown field(s): ${listed}${more > 0 ? ` and ${en(more)} more` : ""}`,
      };
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
    case "too_large": {
      const max = issue.maximum ?? 0;
      if (issue.origin === "chars")
        return {
          vi: `nguồn dữ liệu quá lớn: hơn ${vi(max)} ký tự văn bản`,
          en: `feed too large: more than ${en(max)} characters of text`,
        };
      const items = typeof issue.input === "number" ? issue.input : undefined;
      return {
        vi: `nguồn dữ liệu quá lớn: hơn ${vi(max)} giá trị${items === undefined ? "" : ` (ở đây ${vi(items)} phần tử)`}`,
        en: `feed too large: more than ${en(max)} values${items === undefined ? "" : ` (${en(items)} items here)`}`,
      };
    }
    case "unreadable": {
      const reason = reasonOf(issue.input);
      return {
        vi: `không đọc được giá trị này (${reason}); hãy đưa vào dữ liệu JSON thuần`,
        en: `this value could not be read (${reason}); pass plain JSON data`,
      };
    }
    case "too_many_issues": {
      const max = issue.maximum ?? 0;
      return {
        vi: `đã dừng kiểm tra sau ${vi(max)} lỗi; hãy sửa các lỗi trên rồi kiểm tra lại`,
        en: `stopped after ${en(max)} problems; fix these and validate again`,
      };
    }
    default:
      return { vi: "giá trị không hợp lệ", en: "invalid value" };
  }
}

/** Issues of the shipped validator (or zod's, which are the same) as feed issues. */
export function describeIssues(issues: readonly RawIssue[]): FeedIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}
