/**
 * The single-file bundles' stand-in for `json-syntax.ts` (scripts/build.mjs aliases it there): a
 * feed that is not JSON is named with its line and column from the engine's position, without
 * the scanner that says what is wrong (1,7 kB). The validator page, the CLI and `chiso/data` keep
 * the full explanation; validity is the same everywhere, only these words are shorter.
 */
import type { BilingualText } from "./messages.js";

export function explainJsonError(text: string, engineMessage: string): BilingualText {
  const match = /line (\d+) column (\d+)/.exec(engineMessage) ?? null;
  let where = match ? { line: Number(match[1]), column: Number(match[2]) } : null;
  const position = /position (\d+)/.exec(engineMessage);
  if (!where && position) {
    const before = text.slice(0, Number(position[1])).split("\n");
    where = { line: before.length, column: before[before.length - 1]!.length + 1 };
  }
  return where
    ? {
        vi: `không phải JSON hợp lệ: lỗi ở dòng ${where.line}, cột ${where.column}`,
        en: `not valid JSON: error at line ${where.line}, column ${where.column}`,
      }
    : { vi: "không phải JSON hợp lệ", en: `not valid JSON: ${engineMessage}` };
}
