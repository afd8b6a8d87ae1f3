/**
 * Why a text is not JSON, in words a publisher can act on, with the line and column an editor
 * shows: `dòng 3, cột 15: thiếu dấu phẩy giữa hai phần tử`. The browser's own JSON.parse message
 * is English, differs from engine to engine and gives only an offset; this scanner reads the text
 * again (only after JSON.parse failed) and names the first thing that is wrong.
 *
 * A loop with a stack of open brackets: no recursion, whatever the nesting.
 */
import type { BilingualText } from "./messages.js";

type Problem = readonly [vi: string, en: string];

const P = {
  empty: ["văn bản rỗng", "the text is empty"],
  html: ["đây là trang HTML, không phải JSON", "an HTML page, not JSON"],
  comment: ["JSON không có chú thích // hay /* */", "JSON has no comments"],
  single: [`dùng ngoặc kép " thay cho '`, `use double quotes " instead of '`],
  key: ["tên trường phải trong ngoặc kép", "field names need double quotes"],
  colon: ["thiếu dấu : sau tên trường", "missing : after a field name"],
  comma: ["thiếu dấu phẩy", "missing comma"],
  value: ["thiếu giá trị", "missing value"],
  trailing: ["dấu phẩy thừa", "trailing comma"],
  decimal: ["JSON viết 12.5, không viết 12,5", "JSON writes 12.5, not 12,5"],
  number: ["số sai cách viết (vd. 12.5, 0.5, 1e6)", "not a JSON number (e.g. 12.5, 0.5, 1e6)"],
  string: [`chuỗi thiếu ngoặc kép " đóng`, `string not closed with "`],
  control: [
    "xuống dòng, tab trong chuỗi phải viết \\n, \\t",
    "write line breaks and tabs in strings as \\n, \\t",
  ],
  escape: ["sau \\ là ký tự không hợp lệ", "invalid escape after \\"],
  extra: ["thừa nội dung sau cuối JSON", "content after the end of the JSON"],
} satisfies Record<string, Problem>;

/** What was found, quoted, invisible characters spelt out: `“x”`, `“\u00a0”`. */
const quoted = (text: string) =>
  `“${text.replace(/[\0-\x1f\x7f-\xa0\u200b-\u200f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}”`;

const unexpected = (found: string, expected?: string): Problem =>
  expected
    ? [`cần ${expected}, gặp ${quoted(found)}`, `expected ${expected}, found ${quoted(found)}`]
    : [`ký tự lạ ${quoted(found)}`, `unexpected ${quoted(found)}`];

function word(text: string): Problem {
  const lower = text.toLowerCase();
  const json = lower === "none" ? "null" : lower;
  if (/^(true|false|null)$/.test(json))
    return [`viết ${json}, không viết ${text}`, `write ${json}, not ${text}`];
  if (/^(nan|infinity|undefined)$/.test(lower))
    return [`${text} không có trong JSON, dùng null`, `${text} is not JSON, use null`];
  return [`${quoted(text)} phải trong ngoặc kép`, `${quoted(text)} needs double quotes`];
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WORD = /[\w$]+/y;

/** The first syntax error of `text` (which JSON.parse refused), as an offset and a problem. */
export function findSyntaxError(text: string): [offset: number, problem: Problem] | null {
  const stack: string[] = [];
  /** What may come next: a value, a key, ":", "," or a close, or nothing (the end). */
  let want = "value" as "value" | "key" | ":" | "," | "end";
  /** Just after "[" or "{": a close is allowed where a value or key is wanted. */
  let opened = false;
  /** The offset of the last token when it was a comma, else -1. */
  let comma = -1;
  const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r";
  /** After a value: a comma or a close inside a container, the end at the top. */
  const afterValue = (): typeof want => {
    opened = false;
    return stack.length ? "," : "end";
  };
  let i = 0;
  while (i < text.length && isSpace(text[i]!)) i++;
  if (i === text.length) return [0, P.empty];
  if (text[i] === "<") return [i, P.html];
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (isSpace(c)) continue;
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) return [i, P.comment];
    const close = c === "}" || c === "]";
    if (want === "end") return [i, P.extra];
    const afterComma = comma;
    comma = -1;
    if (want === ",") {
      if (c === ",") {
        comma = i;
        want = stack.at(-1) === "{" ? "key" : "value";
      } else if (close) {
        const expected = stack.pop() === "{" ? "}" : "]";
        if (c !== expected) return [i, unexpected(c, expected)];
        want = afterValue();
      } else return [i, P.comma];
      continue;
    }
    if (want === ":") {
      if (c !== ":") return [i, P.colon];
      want = "value";
      continue;
    }
    if (close) {
      if (!opened) return afterComma >= 0 ? [afterComma, P.trailing] : [i, P.value];
      const expected = stack.pop() === "{" ? "}" : "]";
      if (c !== expected) return [i, unexpected(c, expected)];
      want = afterValue();
      continue;
    }
    if (c === "'") return [i, P.single];
    if (want === "key") {
      if (c !== '"') {
        // `"rate": 12,5` reads as a number, a comma and a key `5`.
        if (/\d/.test(c) && afterComma > 0 && /\d/.test(text[afterComma - 1]!))
          return [afterComma, P.decimal];
        return [i, P.key];
      }
      const end = scanString(text, i);
      if (end[1]) return end as [number, Problem];
      i = end[0];
      want = ":";
      opened = false;
      continue;
    }
    // A value.
    if (c === "{" || c === "[") {
      stack.push(c);
      want = c === "{" ? "key" : "value";
      opened = true;
    } else if (c === '"') {
      const end = scanString(text, i);
      if (end[1]) return end as [number, Problem];
      i = end[0];
      want = afterValue();
    } else if (c === "-" || c === "+" || c === "." || /\d/.test(c)) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const next = match ? text[i + match[0].length] : c;
      if (!match || (next !== undefined && /[\d.eE+\-\w]/.test(next))) return [i, P.number];
      i += match[0].length - 1;
      want = afterValue();
    } else if (/[A-Za-z_$]/.test(c)) {
      WORD.lastIndex = i;
      const name = WORD.exec(text)![0].slice(0, 40);
      if (name !== "true" && name !== "false" && name !== "null") return [i, word(name)];
      i += name.length - 1;
      want = afterValue();
    } else if (c === ",") return [i, P.value];
    else return [i, unexpected(c)];
  }
  if (want === "end") return null;
  const open = stack.at(-1);
  const missing = open === "{" ? "}" : open === "[" ? "]" : undefined;
  return [
    text.length,
    missing
      ? [`JSON bị cắt: thiếu ${missing}`, `the JSON ends early: missing ${missing}`]
      : ["JSON bị cắt", "the JSON ends early"],
  ];
}

/** Scans the string starting at `start` (a `"`): the offset of its closing quote, or the problem. */
function scanString(text: string, start: number): [number, Problem?] {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return [i];
    if (code < 0x20) return code === 0x0a || code === 0x0d ? [start, P.string] : [i, P.control];
    if (code === 0x5c) {
      const next = text[i + 1];
      if (
        next === "u"
          ? !/^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))
          : !/["\\/bfnrt]/.test(next ?? "")
      )
        return [i, P.escape];
      i++;
    }
  }
  return [start, P.string];
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
function lineAndColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  return [line, offset - start + 1];
}

/**
 * The issue message for a text JSON.parse refused: where (line, column) and what, in both
 * languages; the engine's own message only if the scanner finds nothing wrong.
 */
export function explainJsonError(text: string, engineMessage: string): BilingualText {
  const found = findSyntaxError(text);
  if (!found)
    return {
      vi: `không phải JSON hợp lệ: ${engineMessage}`,
      en: `not valid JSON: ${engineMessage}`,
    };
  const [line, column] = lineAndColumn(text, found[0]);
  const [vi, en] = found[1];
  return {
    vi: `không phải JSON hợp lệ: dòng ${line}, cột ${column}: ${vi}`,
    en: `not valid JSON: line ${line}, column ${column}: ${en}`,
  };
}
