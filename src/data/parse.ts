/**
 * Feed validation: JSON text or a parsed object in, a typed `IndicatorFeed` or a list of
 * problems out. Never throws. Every problem names the JSON path and says what is wrong in
 * Vietnamese and English, echoing the bad value:
 * `indicators[2].observations[0].numerator: expected a whole number ≥ 0, got "12,5"`.
 */
import { FEED_RULES } from "./feed-rules.generated.js";
import { checkHistoryRules } from "./history-rules.js";
import { describeIssue, describeIssues, issueAt, textTooLarge } from "./issue-messages.js";
import { explainJsonError } from "./json-syntax.js";
import type { FeedIssue } from "./issue-messages.js";
import type { BilingualText } from "./messages.js";
import type { Indicator, IndicatorFeed } from "./schema.js";
import { validate } from "./validate.js";
import type { RawIssue } from "./validate.js";

export type { BilingualText } from "./messages.js";
export type { FeedIssue } from "./issue-messages.js";
export { describeIssues } from "./issue-messages.js";
export { childPath, formatPath } from "./feed-paths.js";

export type ParseResult = { ok: true; feed: IndicatorFeed } | { ok: false; issues: FeedIssue[] };

/**
 * How much one feed may make `parseFeed` do. Past a limit the feed is refused with one "feed too
 * large" issue naming it, so no feed — text or object — can freeze a page.
 */
export interface ParseOptions {
  /**
   * Largest JSON text accepted, in characters; for an object, the most characters of text all its
   * strings may hold. A national commune-level feed (10.600 units) is about 2 MB; 8 MB leaves
   * room and still refuses a runaway export before it freezes a wall.
   */
  maxChars?: number;
  /**
   * Most values read (array items, object fields): an 8 MB feed holds well under a million, and
   * two million are read in about a second on a slow laptop. A sparse array of length 10⁷ is
   * refused before any item is read.
   */
  maxValues?: number;
  /** Problems listed before validation stops (and says so): enough to fix a feed in one round. */
  maxIssues?: number;
}

export const DEFAULT_MAX_FEED_CHARS = 8_000_000;
export const DEFAULT_MAX_FEED_VALUES = 2_000_000;
export const DEFAULT_MAX_FEED_ISSUES = 200;

/** Rules the schema language cannot express: unique ids, references to declared stages. */
function checkReferences(feed: IndicatorFeed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const at = (path: PropertyKey[], vi: string, en: string) =>
    issues.push(issueAt(path, { vi, en }, feed));
  if (feed.period.start > feed.period.end)
    at(
      ["period"],
      `ngày bắt đầu ${feed.period.start} sau ngày kết thúc ${feed.period.end}`,
      `start ${feed.period.start} is after end ${feed.period.end}`,
    );
  const seen = new Set<string>();
  feed.indicators.forEach((indicator, i) => {
    if (seen.has(indicator.id))
      at(
        ["indicators", i, "id"],
        `mã chỉ tiêu "${indicator.id}" bị trùng`,
        `duplicate indicator id "${indicator.id}"`,
      );
    seen.add(indicator.id);
    checkIndicatorReferences(indicator, ["indicators", i], at);
  });
  return issues;
}

type Report = (path: PropertyKey[], vi: string, en: string) => void;

function checkIndicatorReferences(indicator: Indicator, path: PropertyKey[], at: Report): void {
  const unique = (ids: Set<string>, id: string, where: PropertyKey[], vi: string, en: string) => {
    if (ids.has(id)) at(where, `${vi} "${id}" bị trùng`, `duplicate ${en} "${id}"`);
    ids.add(id);
  };
  if (indicator.kind === "funnel") {
    const stageIds = new Set<string>();
    indicator.stages.forEach((stage, s) =>
      unique(stageIds, stage.id, [...path, "stages", s, "id"], "mã giai đoạn", "stage id"),
    );
    const levelIds = new Set((indicator.levels ?? []).map((level) => level.id));
    indicator.observations.forEach((observation, o) => {
      for (const [stageId, value] of Object.entries(observation.stages)) {
        const stagePath = [...path, "observations", o, "stages", stageId];
        if (!stageIds.has(stageId))
          at(
            stagePath,
            `giai đoạn "${stageId}" không có trong stages`,
            `stage "${stageId}" is not declared in stages`,
          );
        for (const levelId of Object.keys(value.levels ?? {}))
          if (!levelIds.has(levelId))
            at(
              [...stagePath, "levels", levelId],
              `mức "${levelId}" không có trong levels`,
              `level "${levelId}" is not declared in levels`,
            );
      }
    });
  }
  if (indicator.kind === "status") {
    const ids = new Set<string>();
    indicator.subsystems.forEach((subsystem, s) =>
      unique(ids, subsystem.id, [...path, "subsystems", s, "id"], "mã phân hệ", "subsystem id"),
    );
  }
}

/**
 * Validates a feed given as JSON text or as an already-parsed value.
 * Returns every problem found, not only the first, so a publisher fixes a feed in one round (up to
 * `maxIssues`). Never throws, whatever it is given: text with a byte-order mark (what Windows
 * Notepad saves) is read, a value that throws when read (a getter, a revoked Proxy) is reported
 * where it threw, and the work is bounded by `options` (see `ParseOptions`).
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return parseBounded(input, options);
  } catch (error) {
    // Nothing above should throw; if it ever does, the caller still gets an answer.
    return fail("", describeIssue({ code: "unreadable", input: error, path: [] }));
  }
}

function parseBounded(input: unknown, options: ParseOptions): ParseResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_FEED_CHARS;
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_FEED_ISSUES;
  let value = input;
  if (typeof input === "string") {
    if (input.length > maxChars) return fail("", textTooLarge(input.length, maxChars));
    // RFC 8259 §8.1: a parser may ignore a byte-order mark; Notepad writes one.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fail("", explainJsonError(text, error instanceof Error ? error.message : ""));
    }
  }
  const result = validate(FEED_RULES, value, {
    values: options.maxValues ?? DEFAULT_MAX_FEED_VALUES,
    chars: maxChars,
    issues: maxIssues,
  });
  return settle(value, result.issues, result.value, maxIssues);
}

/** The answer once the schema is checked: its issues, else the rules the schema cannot say. */
export function settle(
  value: unknown,
  issues: RawIssue[],
  output: unknown,
  maxIssues: number,
): ParseResult {
  if (issues.length) return { ok: false, issues: describeIssues(issues, value) };
  const feed = output as IndicatorFeed;
  const referenceIssues = [...checkReferences(feed), ...checkHistoryRules(feed)];
  if (referenceIssues.length) return { ok: false, issues: capped(referenceIssues, maxIssues) };
  return { ok: true, feed };
}

function capped(issues: FeedIssue[], max: number): FeedIssue[] {
  if (issues.length <= max) return issues;
  const stop = describeIssue({ code: "too_many_issues", maximum: max, input: undefined, path: [] });
  return [...issues.slice(0, max), { path: "", message: stop }];
}

export function fail(path: string, message: BilingualText): ParseResult {
  return { ok: false, issues: [{ path, message }] };
}

/**
 * One line per issue, in one language: `where: message`, the path naming the service or unit
 * when there is one (`indicators[0].observations[10] (cap-doi-cccd).numerator: …`).
 */
export function formatIssues(issues: readonly FeedIssue[], locale: "vi" | "en"): string {
  return issues
    .map((issue) => `${issue.where ?? (issue.path || "(feed)")}: ${issue.message[locale]}`)
    .join("\n");
}
