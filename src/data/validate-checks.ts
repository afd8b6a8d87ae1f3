/**
 * The checks of the shipped feed validator (validate.ts) — lengths, formats, number bounds — in
 * zod 4's order and with zod's issues, and the issue budget they report into.
 */

/** A check on a string, number or array, in the order zod runs them. */
export type Check =
  /** At least / at most this many items or characters (code points, as zod counts). */
  | ["min", number]
  | ["max", number]
  /** A regular expression, named by format: `regex`, `date`, `datetime`. */
  | ["format", string, string, string]
  /** Number bounds; the flag says whether the bound itself is allowed. */
  | [">=" | "<=", number, boolean]
  /** A whole number in the safe-integer range. */
  | ["int"];

/** One problem, shaped like zod's issues so the messages are written once. */
export interface RawIssue {
  code:
    | "invalid_type"
    | "too_small"
    | "too_big"
    | "invalid_format"
    | "invalid_value"
    | "unrecognized_keys"
    | "invalid_union"
    | "invalid_key"
    // Not zod's: the limits of `Limits` and inputs that cannot be read. Each ends validation.
    | "too_large"
    | "unreadable"
    | "too_many_issues";
  path: PropertyKey[];
  input: unknown;
  expected?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  format?: string;
  values?: unknown[];
  keys?: string[];
  discriminator?: string;
  options?: unknown[];
  /** zod's, for a format check: its regular expression, `/^…$/`. */
  pattern?: string;
  /** zod's `continue`: `true` lets later checks run, `false` stops even length checks. */
  continue?: boolean;
}

/** Per validation: what is left of the issue budget. */
export interface Session {
  room: number;
  full: boolean;
}

export interface Payload {
  value: unknown;
  issues: RawIssue[];
}

export const aborted = (payload: Payload, from = 0) =>
  payload.issues.slice(from).some((issue) => issue.continue !== true);

const explicitlyAborted = (payload: Payload) =>
  payload.issues.some((issue) => issue.continue === false);

/**
 * Characters as zod counts them: code points, a lone surrogate counting as one (as the string
 * iterator does). Only text with a surrogate is iterated: a feed's 20.000 characters are
 * otherwise counted by one native scan, not a loop on the first render's critical path.
 */
const lengthOf = (value: { length: number }): number =>
  typeof value === "string" && /[\ud800-\udbff]/.test(value) ? [...value].length : value.length;

const lengthOrigin = (value: unknown) =>
  Array.isArray(value) ? "array" : typeof value === "string" ? "string" : "unknown";

/** A child's issues, under the child's key, added to the parent's (a loop: never spread). */
export function adopt(payload: Payload, key: PropertyKey, issues: readonly RawIssue[]): void {
  for (const issue of issues) {
    issue.path.unshift(key);
    payload.issues.push(issue);
  }
}

export function report(payload: Payload, session: Session, issue: RawIssue): void {
  payload.issues.push(issue);
  if (--session.room <= 0) session.full = true;
}

export function typeIssue(payload: Payload, session: Session, expected: string): Payload {
  report(payload, session, { code: "invalid_type", expected, input: payload.value, path: [] });
  return payload;
}

const patterns = new Map<string, RegExp>();
/** Compiled once per pattern: a 10.600-unit feed checks the same few patterns 50.000 times. */
function pattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let regex = patterns.get(key);
  if (!regex) patterns.set(key, (regex = new RegExp(source, flags)));
  return regex;
}

export function applyCheck(payload: Payload, session: Session, check: Check): void {
  const input = payload.value as never;
  const push = (issue: Omit<RawIssue, "path" | "input">) =>
    report(payload, session, { continue: true, ...issue, input, path: [] });
  switch (check[0]) {
    // Written as "not within" so that odd lengths (NaN, text) fail exactly as they do in zod.
    case "min":
      if (!(lengthOf(input) >= check[1]))
        push({
          code: "too_small",
          origin: lengthOrigin(input),
          minimum: check[1],
          inclusive: true,
        });
      return;
    case "max":
      if (!(lengthOf(input) <= check[1]))
        push({ code: "too_big", origin: lengthOrigin(input), maximum: check[1], inclusive: true });
      return;
    case "format":
      if (!pattern(check[2], check[3]).test(input))
        push({
          code: "invalid_format",
          origin: "string",
          format: check[1],
          pattern: `/${check[2]}/${check[3]}`,
        });
      return;
    case ">=":
      if (!(check[2] ? input >= check[1] : input > check[1]))
        push({ code: "too_small", origin: "number", minimum: check[1], inclusive: check[2] });
      return;
    case "<=":
      if (!(check[2] ? input <= check[1] : input < check[1]))
        push({ code: "too_big", origin: "number", maximum: check[1], inclusive: check[2] });
      return;
    case "int":
      if (!Number.isInteger(input))
        push({ code: "invalid_type", expected: "int", format: "safeint", continue: false });
      else if (!Number.isSafeInteger(input))
        push(
          input > 0
            ? { code: "too_big", origin: "int", maximum: Number.MAX_SAFE_INTEGER, inclusive: true }
            : {
                code: "too_small",
                origin: "int",
                minimum: Number.MIN_SAFE_INTEGER,
                inclusive: true,
              },
        );
  }
}

/**
 * zod's order: every check runs unless an earlier issue aborted the value; length checks still
 * run on anything with a length, unless an issue explicitly stopped them.
 */
export function runChecks(payload: Payload, session: Session, checks: Check[]): Payload {
  let isAborted = aborted(payload);
  for (const check of checks) {
    if (check[0] === "min" || check[0] === "max") {
      const value = payload.value as { length?: unknown } | null | undefined;
      if (explicitlyAborted(payload) || value == null || value.length === undefined) continue;
    } else if (isAborted) continue;
    const before = payload.issues.length;
    applyCheck(payload, session, check);
    if (!isAborted && payload.issues.length !== before) isAborted = aborted(payload, before);
  }
  return payload;
}
