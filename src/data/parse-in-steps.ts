/**
 * `parseFeed` in steps, for very large feeds (issue 22.4): a feed whose lists hold more than
 * `STEP_ITEMS` items is validated a part at a time, waiting for the next task once a task has run
 * for `TASK_MS`, so the page stays responsive. The ES modules use it; the single-file bundles alias this module to
 * parse-in-steps-none.ts (one task, as `parseFeed`), which keeps the core file within its 64 kB.
 * Pure, no DOM.
 */
import { FEED_RULES } from "./feed-rules.generated.js";
import { describeIssue } from "./issue-messages.js";
import {
  DEFAULT_MAX_FEED_CHARS,
  DEFAULT_MAX_FEED_ISSUES,
  DEFAULT_MAX_FEED_VALUES,
  fail,
  parseFeed,
  settle,
} from "./parse.js";
import type { ParseOptions, ParseResult } from "./parse.js";
import { validate } from "./validate.js";

/** A feed with more items than this in its lists is validated in steps (`parseFeedInSteps`). */
export const STEP_ITEMS = 5_000;
/** Items of a list validated per step: a few milliseconds of work. */
const STEP_SIZE = 2_000;
/**
 * Steps follow each other within one task until it has run this long (ms): a feed just over the
 * line (3 321 communes and their figures: 6 642 items) is then validated in one or two tasks
 * instead of one per step, and no task runs much over the 50 ms of a long task.
 */
const TASK_MS = 30;

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
 * whenever one has run for `TASK_MS`, so a 100 000-service feed never blocks the page for long;
 * the answer is then a promise. A smaller feed is answered at once, as `parseFeed` does.
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
  let since = performance.now();
  const breathe = async () => {
    if (performance.now() - since < TASK_MS) return;
    await pause();
    since = performance.now();
  };
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
        await breathe();
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
    await breathe();
    return settle(value, issues, output, maxIssues);
  } catch (error) {
    return fail("", describeIssue({ code: "unreadable", input: error, path: [] }));
  }
}

/** At most `max` issues, the last saying that validation stopped there. */
