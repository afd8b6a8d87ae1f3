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
function settle(
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

/** A feed with more items than this in its lists is validated in steps (`parseFeedInSteps`). */
export const STEP_ITEMS = 5_000;
/** Items of a list validated per step: a few milliseconds of work. */
const STEP_SIZE = 2_000;

type Path = (string | number)[];

/** The feed's lists longer than a step: registries, observations, subsystems. */
function longLists(feed: Record<string, unknown>): [Path, unknown[]][] {
  const lists: [Path, unknown[]][] = [];
  const add = (path: Path, holder: unknown, key: string) => {
    const items = (holder as Record<string, unknown> | null)?.[key];
    if (Array.isArray(items) && items.length > STEP_SIZE) lists.push([[...path, key], items]);
  };
  add([], feed, "units");
  add([], feed, "services");
  const indicators = feed.indicators;
  if (Array.isArray(indicators))
    indicators.forEach((indicator, i) => {
      add(["indicators", i], indicator, "observations");
      add(["indicators", i], indicator, "subsystems");
    });
  return lists;
}

/** A copy of `root` with `items` at `path` (only the objects on the way are copied). */
function withList(root: unknown, [key, ...rest]: Path, items: unknown): unknown {
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key!] = rest.length
    ? withList((root as Record<string | number, unknown>)[key!], rest, items)
    : items;
  return copy;
}

const at = (root: unknown, path: Path) =>
  path.reduce((value, key) => (value as Record<string | number, unknown>)[key], root) as unknown[];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `parseFeed` for very large feeds (issue 22.4): the same answer, but a feed whose lists hold
 * more than `STEP_ITEMS` items is validated 2 000 items at a time, waiting for the next task
 * between steps, so a 100 000-service feed never blocks the page for long; the answer is then a
 * promise. A smaller feed is answered at once, as `parseFeed` does.
 */
export function parseFeedInSteps(
  input: unknown,
  options: ParseOptions = {},
  pause: () => Promise<void> = nextTask,
): ParseResult | Promise<ParseResult> {
  try {
    let value = input;
    // Text too short to hold a large feed is parsed as it is (its JSON errors explained there).
    if (typeof input === "string") {
      if (
        input.length < STEP_ITEMS * 40 ||
        input.length > (options.maxChars ?? DEFAULT_MAX_FEED_CHARS)
      )
        return parseFeed(input, options);
      try {
        value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
      } catch {
        return parseFeed(input, options);
      }
    }
    const lists =
      value && typeof value === "object" ? longLists(value as Record<string, unknown>) : [];
    const items = lists.reduce((sum, [, list]) => sum + list.length, 0);
    if (items <= STEP_ITEMS || items > (options.maxValues ?? DEFAULT_MAX_FEED_VALUES))
      return parseFeed(value, options);
    return inSteps(value, lists, options, pause);
  } catch (error) {
    return fail("", describeIssue({ code: "unreadable", input: error, path: [] }));
  }
}

/**
 * Each long list is cut to its first step for the first pass; every later step validates the
 * feed with that list's next items only (the other long lists at one item), keeping the issues
 * inside that list, their indexes moved to where the items are.
 */
async function inSteps(
  value: unknown,
  lists: [Path, unknown[]][],
  options: ParseOptions,
  pause: () => Promise<void>,
): Promise<ParseResult> {
  const maxValues = options.maxValues ?? DEFAULT_MAX_FEED_VALUES;
  const maxChars = options.maxChars ?? DEFAULT_MAX_FEED_CHARS;
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_FEED_ISSUES;
  try {
    let first = value;
    let small = value;
    for (const [path, list] of lists) {
      first = withList(first, path, list.slice(0, STEP_SIZE));
      small = withList(small, path, list.slice(0, 1));
    }
    const limits = { values: maxValues, chars: maxChars, issues: maxIssues };
    const result = validate(FEED_RULES, first, limits);
    // What every later step reads besides its own items (already read by the first pass).
    const base = validate(FEED_RULES, small, limits);
    if (!result.left || !base.left) return settle(value, result.issues, undefined, maxIssues);
    const issues = result.issues;
    let left = result.left;
    let output = result.value;
    for (const [path, list] of lists) {
      const kept = [...at(output, path)];
      for (let from = STEP_SIZE; from < list.length; from += STEP_SIZE) {
        await pause();
        const items = list.slice(from, from + STEP_SIZE);
        const step = validate(FEED_RULES, withList(small, path, items), {
          values: left.values + maxValues - base.left.values,
          chars: left.chars + maxChars - base.left.chars,
          issues: maxIssues - issues.length + base.issues.length,
        });
        for (const issue of step.issues) {
          const inside = path.every((key, i) => issue.path[i] === key);
          const index = issue.path[path.length];
          if (inside && typeof index === "number") issue.path[path.length] = index + from;
          // The rest of the feed was checked by the first pass. A stop names the feed's limit.
          if (issue.code.startsWith("too_m") || issue.code === "too_large")
            issues.push({
              ...issue,
              input: undefined,
              maximum:
                issue.code !== "too_large"
                  ? maxIssues
                  : issue.origin === "chars"
                    ? maxChars
                    : maxValues,
            });
          else if (inside || issue.code === "unreadable") issues.push(issue);
        }
        if (!step.left) return settle(value, issues, undefined, maxIssues);
        left = step.left;
        kept.push(...at(step.value, path));
      }
      output = withList(output, path, kept);
    }
    await pause();
    return settle(value, issues, output, maxIssues);
  } catch (error) {
    return fail("", describeIssue({ code: "unreadable", input: error, path: [] }));
  }
}

/** At most `max` issues, the last saying that validation stopped there. */
function capped(issues: FeedIssue[], max: number): FeedIssue[] {
  if (issues.length <= max) return issues;
  const stop = describeIssue({ code: "too_many_issues", maximum: max, input: undefined, path: [] });
  return [...issues.slice(0, max), { path: "", message: stop }];
}

function fail(path: string, message: BilingualText): ParseResult {
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
