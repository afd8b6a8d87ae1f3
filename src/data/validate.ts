/**
 * The feed validator that ships: a small interpreter of rules compiled from the zod schema.
 *
 * Why not call zod at run time? zod's core is ~10 kB gzip of the single-file bundle for a schema
 * this size, and under a strict CSP it cannot use its compiled fast path anyway. The zod schema in
 * `schema.ts` stays the single source of truth: `compile-rules.ts` turns it into the plain data in
 * `feed-rules.generated.ts` (`npm run schema`; the test command fails when they drift), and a test
 * feeds thousands of random and mutated feeds to both zod and this interpreter and requires the
 * same issues, path for path and field for field. So every rule below mirrors what zod 4 does,
 * including its order of issues and when a failed check stops later ones ("aborts").
 *
 * Knows nothing of the DOM. Never throws on any input.
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

/** A value an enum, literal or discriminator may take. */
export type Literal = string | number | boolean | null;

/**
 * One compiled schema node. Nodes refer to each other by their index in the rules array, where
 * children come before their parents and the root is last.
 */
export type Rule =
  | ["string", Check[]]
  | ["number", Check[]]
  | ["boolean"]
  /** Enum or literal: one of these exact values. */
  | ["oneOf", Literal[]]
  /**
   * Strict object: [key, rule, optional] per field, in the schema's order; other keys fail. An
   * optional field may be absent or `undefined`.
   */
  | ["object", [string, number, boolean][]]
  | ["array", number, Check[]]
  /** Record: every own key must pass the key rule, every value the value rule. */
  | ["record", number, number]
  | ["union", number[]]
  /** Discriminated union: the value of `key` picks the rule. */
  | ["tagged", string, [Literal, number][]]
  | ["nullable", number];

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
    | "invalid_key";
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
  /** zod's `continue`: `true` lets later checks run, `false` stops even length checks. */
  continue?: boolean;
}

interface Payload {
  value: unknown;
  issues: RawIssue[];
}

export interface ValidationResult {
  /** A copy of the input holding only the keys the schema knows (as zod returns it). */
  value: unknown;
  issues: RawIssue[];
}

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** zod's test for a record: an object whose prototype is a plain object's (or none). */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, "isPrototypeOf");
}

const aborted = (payload: Payload, from = 0) =>
  payload.issues.slice(from).some((issue) => issue.continue !== true);

const explicitlyAborted = (payload: Payload) =>
  payload.issues.some((issue) => issue.continue === false);

/** Characters as zod counts them: code points, a lone surrogate counting as one. */
const lengthOf = (value: { length: number }) =>
  typeof value === "string" ? [...value].length : value.length;

const lengthOrigin = (value: unknown) =>
  Array.isArray(value) ? "array" : typeof value === "string" ? "string" : "unknown";

function prefixed(key: PropertyKey, issues: RawIssue[]): RawIssue[] {
  for (const issue of issues) issue.path.unshift(key);
  return issues;
}

function typeIssue(payload: Payload, expected: string): Payload {
  payload.issues.push({ code: "invalid_type", expected, input: payload.value, path: [] });
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

function applyCheck(payload: Payload, check: Check): void {
  const input = payload.value as never;
  const push = (issue: Omit<RawIssue, "path" | "input">) =>
    payload.issues.push({ continue: true, ...issue, input, path: [] });
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
        push({ code: "invalid_format", origin: "string", format: check[1] });
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
function runChecks(payload: Payload, checks: Check[]): Payload {
  let isAborted = aborted(payload);
  for (const check of checks) {
    if (check[0] === "min" || check[0] === "max") {
      const value = payload.value as { length?: unknown } | null | undefined;
      if (explicitlyAborted(payload) || value == null || value.length === undefined) continue;
    } else if (isAborted) continue;
    const before = payload.issues.length;
    applyCheck(payload, check);
    if (!isAborted && payload.issues.length !== before) isAborted = aborted(payload, before);
  }
  return payload;
}

/** Validates `input` against the last rule (the root). Mirrors `z.safeParse(schema, input)`. */
export function validate(rules: readonly Rule[], input: unknown): ValidationResult {
  const run = (index: number, value: unknown): Payload => {
    const rule = rules[index]!;
    const payload: Payload = { value, issues: [] };
    switch (rule[0]) {
      case "string":
        if (typeof value !== "string") typeIssue(payload, "string");
        return runChecks(payload, rule[1]);
      case "number":
        if (typeof value !== "number" || !Number.isFinite(value)) typeIssue(payload, "number");
        return runChecks(payload, rule[1]);
      case "boolean":
        return typeof value === "boolean" ? payload : typeIssue(payload, "boolean");
      case "oneOf":
        if (!rule[1].includes(value as never))
          payload.issues.push({ code: "invalid_value", values: rule[1], input: value, path: [] });
        return payload;
      case "nullable":
        return value === null ? payload : run(rule[1], value);
      case "object":
        return runObject(payload, rule[1]);
      case "array":
        return runArray(payload, rule[1], rule[2]);
      case "record":
        return runRecord(payload, rule[1], rule[2]);
      case "union":
        return runUnion(payload, rule[1]);
      case "tagged":
        return runTagged(payload, rule[1], rule[2]);
    }
  };

  const runObject = (payload: Payload, fields: [string, number, boolean][]): Payload => {
    const input = payload.value;
    if (!isObject(input)) return typeIssue(payload, "object");
    const output: Record<string, unknown> = {};
    payload.value = output;
    for (const [key, index, optional] of fields) {
      const present = key in input;
      if (optional && input[key] === undefined) {
        if (present) output[key] = undefined;
        continue;
      }
      const result = run(index, input[key]);
      payload.issues.push(...prefixed(key, result.issues));
      if (present) output[key] = result.value;
    }
    const unknownKeys: string[] = [];
    for (const key in input) if (!fields.some(([name]) => name === key)) unknownKeys.push(key);
    if (unknownKeys.length)
      payload.issues.push({
        code: "unrecognized_keys",
        keys: unknownKeys,
        input,
        path: [],
        continue: true,
      });
    return payload;
  };

  const runArray = (payload: Payload, element: number, checks: Check[]): Payload => {
    const input = payload.value;
    if (!Array.isArray(input)) return runChecks(typeIssue(payload, "array"), checks);
    // An oversized array fails its leading size limit before any element is read (zod's capSize).
    for (const check of checks) {
      if (check[0] !== "min" && check[0] !== "max") break;
      if (check[0] === "max" && input.length > check[1]) {
        applyCheck(payload, check);
        payload.issues[payload.issues.length - 1]!.continue = false;
        return payload;
      }
    }
    const output: unknown[] = [];
    payload.value = output;
    for (let i = 0; i < input.length; i++) {
      const result = run(element, input[i]);
      payload.issues.push(...prefixed(i, result.issues));
      output[i] = result.value;
    }
    return runChecks(payload, checks);
  };

  const runRecord = (payload: Payload, keyRule: number, valueRule: number): Payload => {
    const input = payload.value;
    if (!isPlainObject(input)) return typeIssue(payload, "record");
    const output: Record<PropertyKey, unknown> = {};
    payload.value = output;
    for (const key of Reflect.ownKeys(input)) {
      if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      if (run(keyRule, key).issues.length) {
        payload.issues.push({ code: "invalid_key", origin: "record", input: key, path: [key] });
        continue;
      }
      const result = run(valueRule, input[key]);
      payload.issues.push(...prefixed(key, result.issues));
      output[key] = result.value;
    }
    return payload;
  };

  const runUnion = (payload: Payload, options: number[]): Payload => {
    const results: Payload[] = [];
    for (const option of options) {
      const result = run(option, payload.value);
      if (!result.issues.length) return result;
      results.push(result);
    }
    // One option failed only on soft checks (e.g. an empty string): its issues say more.
    const soft = results.filter((result) => !aborted(result));
    if (soft.length === 1) return soft[0]!;
    payload.issues.push({ code: "invalid_union", input: payload.value, path: [] });
    return payload;
  };

  const runTagged = (payload: Payload, key: string, options: [Literal, number][]): Payload => {
    const input = payload.value;
    if (!isObject(input)) return typeIssue(payload, "object");
    const match = options.find(([tag]) => tag === input[key]);
    if (match) return run(match[1], input);
    payload.issues.push({
      code: "invalid_union",
      discriminator: key,
      options: options.map(([tag]) => tag),
      input,
      path: [key],
    });
    return payload;
  };

  const result = run(rules.length - 1, input);
  return { value: result.value, issues: result.issues };
}
