/**
 * What a validation problem says, in Vietnamese and English: the words for each issue of the
 * shipped validator (which are zod's issues, so zod's own issues read the same), and for the
 * limits `parseFeed` sets. Feed text is untrusted: it is echoed short and only ever as text.
 */
import { formatCount } from "./format.js";
import { formatPath, placeOf } from "./feed-paths.js";
import type { BilingualText } from "./messages.js";
import type { RawIssue } from "./validate.js";
import { hintFor, keyHint } from "./issue-hints.js";
import { clip, echo, SLUG } from "./issue-values.js";

/** One validation problem. */
export interface FeedIssue {
  /** JSON path, e.g. `indicators[2].observations[0].numerator`; `""` for the whole document. */
  path: string;
  /**
   * The same path as a person looks for it, each list item named by its id, service or unit:
   * `indicators[0] (dvc-online).observations[10] (cap-doi-cccd).numerator`. Absent when nothing
   * on the path has a name. `formatIssues` prints it.
   */
  where?: string;
  message: BilingualText;
}

/** Numbers in a message, each language its own way: `8.000.000` / `8,000,000`. */
const vi = (value: number) => formatCount(value, "vi", 6);
const en = (value: number) => formatCount(value, "en", 6);

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

/**
 * What each pattern of the schema asks for, found by how its source starts (as the validator
 * reports it). A test requires words for every pattern of the rules, so no message falls back to
 * "the documented format".
 */
const PATTERN_WORDS: [start: string, words: BilingualText][] = [
  [
    SLUG,
    {
      vi: "mã chữ thường không dấu, số, - . _ (vd. cap-doi-cccd)",
      en: "an id: lowercase a–z, digits, - . _ (e.g. cap-doi-cccd)",
    },
  ],
  [
    "^(VN",
    {
      vi: 'mã đơn vị 2, 3 hoặc 5 chữ số, hoặc "VN"',
      en: 'a unit code of 2, 3 or 5 digits, or "VN"',
    },
  ],
  ["^1", { vi: 'phiên bản "1.x"', en: 'a version "1.x"' }],
  ["^\\d{4}", { vi: 'năm "2023" hoặc "2025"', en: 'the year "2023" or "2025"' }],
  ["^http", { vi: "địa chỉ http:// hoặc https://", en: "an http:// or https:// address" }],
  [
    "^P",
    { vi: "thời lượng ISO 8601 (vd. PT5M, P1D)", en: "an ISO 8601 duration (e.g. PT5M, P1D)" },
  ],
];

/** The words for a pattern's source (`^[a-z0-9]…$`), if it has some. */
export function patternWords(source: string | undefined): BilingualText | undefined {
  return source === undefined
    ? undefined
    : PATTERN_WORDS.find(([start]) => source.startsWith(start))?.[1];
}

/** The source of the pattern an issue reports (`/^…$/` → `^…$`). */
const sourceOf = (issue: RawIssue) => issue.pattern?.slice(1, issue.pattern.lastIndexOf("/"));

/** The JSON text itself is over `maxChars`: refused before it is parsed. */
export function textTooLarge(length: number, maximum: number): BilingualText {
  return {
    vi: `nguồn dữ liệu quá lớn (${vi(length)} ký tự, tối đa ${vi(maximum)})`,
    en: `feed too large (${en(length)} characters, at most ${en(maximum)})`,
  };
}

/** The words for one issue of the shipped validator (or of zod), with a hint when one helps. */
export function describeIssue(issue: RawIssue): BilingualText {
  const message = problemOf(issue);
  const hint = hintFor(issue);
  return hint ? { vi: `${message.vi}; ${hint.vi}`, en: `${message.en}; ${hint.en}` } : message;
}

function problemOf(issue: RawIssue): BilingualText {
  const got = echo(issue.input);
  const gotVi = issue.input === undefined ? "không có" : got;
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined)
        return { vi: "thiếu trường bắt buộc", en: "required field is missing" };
      // JSON.parse reads 1e400 (valid JSON, beyond double range) as Infinity: say what it was.
      if (issue.input === Infinity || issue.input === -Infinity)
        return issue.input > 0
          ? { vi: "số quá lớn (vượt 1,8 × 10³⁰⁸)", en: "number too large (beyond 1.8 × 10³⁰⁸)" }
          : {
              vi: "số âm quá lớn (dưới −1,8 × 10³⁰⁸)",
              en: "number too large (negative, below −1.8 × 10³⁰⁸)",
            };
      const name = String(issue.expected);
      const expected = EXPECTED_TYPE[name] ?? { vi: name, en: name };
      return {
        vi: `cần ${expected.vi}, nhận được ${gotVi}`,
        en: `expected ${expected.en}, got ${got}`,
      };
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array")
        return { vi: `cần ít nhất ${vi(min)} phần tử`, en: `expected at least ${en(min)} items` };
      if (issue.origin === "string") return { vi: "không được để trống", en: "must not be empty" };
      const sign = issue.inclusive ? "≥" : ">";
      return {
        vi: `cần một số ${sign} ${vi(min)}, nhận được ${gotVi}`,
        en: `expected a number ${sign} ${en(min)}, got ${got}`,
      };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array")
        return { vi: `tối đa ${vi(max)} phần tử`, en: `at most ${en(max)} items` };
      if (issue.origin === "string")
        return { vi: `dài quá ${vi(max)} ký tự`, en: `longer than ${en(max)} characters` };
      return {
        vi: `cần một số ≤ ${vi(max)}, nhận được ${gotVi}`,
        en: `expected a number ≤ ${en(max)}, got ${got}`,
      };
    }
    case "invalid_format": {
      const format =
        (issue.format === "regex" && patternWords(sourceOf(issue))) ||
        FORMAT[String(issue.format)] ||
        FORMAT.regex!;
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
    case "invalid_key": {
      const hint = keyHint(issue.input);
      const words = patternWords(SLUG)!;
      return {
        vi: `khoá không hợp lệ: cần ${words.vi}${hint ? `; ${hint.vi}` : ""}`,
        en: `invalid key: expected ${words.en}${hint ? `; ${hint.en}` : ""}`,
      };
    }
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

/** An issue at `path`, with `where` when `root` names something on the way. */
export function issueAt(
  path: readonly PropertyKey[],
  message: BilingualText,
  root?: unknown,
): FeedIssue {
  const plain = formatPath(path);
  const where = root === undefined ? plain : placeOf(root, path);
  return where === plain ? { path: plain, message } : { path: plain, where, message };
}

/**
 * Issues of the shipped validator (or zod's, which are the same) as feed issues; given the value
 * that was validated, each says `where` by the names of the items on its path.
 */
export function describeIssues(issues: readonly RawIssue[], root?: unknown): FeedIssue[] {
  return issues.map((issue) => issueAt(issue.path, describeIssue(issue), root));
}
