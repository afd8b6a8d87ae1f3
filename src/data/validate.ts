/**
 * The feed validator that ships: a small interpreter of rules compiled from the zod schema.
 *
 * Why not call zod at run time? zod's core is ~10 kB gzip of the single-file bundle for a schema
 * this size, and under a strict CSP it cannot use its compiled fast path anyway. The zod schema in
 * `schema.ts` stays the single source of truth: `compile-rules.ts` turns it into the plain data in
 * `feed-rules.generated.ts` (`npm run schema`; the test command fails when they drift), and a test
 * feeds thousands of random and mutated feeds to both zod and this interpreter and requires the
 * same issues, path for path and field for field. So every rule below mirrors what zod 4 does,
 * including its order of issues and when a failed check stops later ones ("aborts") — except
 * that a record's `__proto__` key is an invalid key here, as in the published JSON Schema, where
 * zod drops it silently.
 *
 * Knows nothing of the DOM. Never throws on any input: given `limits` (parseFeed always gives them),
 * it also does bounded work, whatever the input — a sparse array of length 10⁷, a getter that
 * throws, a revoked Proxy, 130.000 bad items. Its recursion follows the schema's depth, never the
 * input's; issues are moved up with loops, never spread as arguments (which overflows the stack).
 */
import { aborted, adopt, applyCheck, report, runChecks, typeIssue } from "./validate-checks.js";
import type { Check, Payload, RawIssue, Session } from "./validate-checks.js";

export type { Check, RawIssue } from "./validate-checks.js";

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

/**
 * Bounds on the work one validation does (`parseFeed` sets them; the zod mirror runs without).
 * Reaching `values` or `chars` ends validation with one `too_large` issue; reaching `issues`
 * stops collecting and adds a `too_many_issues` issue.
 */
export interface Limits {
  /** Values read: array items, object fields and record entries, the root included. */
  values: number;
  /** Characters read, over all strings. */
  chars: number;
  /** Problems collected before validation stops. */
  issues: number;
}

const UNLIMITED: Limits = { values: Infinity, chars: Infinity, issues: Infinity };

/**
 * Thrown to end a validation from any depth; compared by identity, since `instanceof` on what a
 * hostile input threw (a revoked Proxy) would itself throw.
 */
const STOP = Symbol("stop");

export interface ValidationResult {
  /** A copy of the input holding only the keys the schema knows (as zod returns it). */
  value: unknown;
  issues: RawIssue[];
  /** What was left of `limits` when validation ended; absent when it stopped early. */
  left?: { values: number; chars: number };
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

/**
 * Validates `input` against the last rule (the root). Mirrors `z.safeParse(schema, input)`; with
 * `limits`, it also stops where they say, and an input that throws when read (a getter, a revoked
 * Proxy) ends validation with one `unreadable` issue at the place it threw.
 */
export function validate(
  rules: readonly Rule[],
  input: unknown,
  limits: Limits = UNLIMITED,
): ValidationResult {
  const session: Session = { room: limits.issues, full: false };
  let values = limits.values;
  let chars = limits.chars;
  /** Where validation is now: the path of an issue that ends it. */
  const trail: PropertyKey[] = [];
  let stopped: RawIssue | undefined;
  const tooLarge = (origin: "values" | "chars", count?: number): never => {
    const maximum = origin === "values" ? limits.values : limits.chars;
    stopped = { code: "too_large", origin, maximum, input: count, path: [...trail] };
    throw STOP;
  };
  const report_ = (payload: Payload, issue: RawIssue) => report(payload, session, issue);

  const run = (index: number, value: unknown): Payload => {
    const rule = rules[index]!;
    const payload: Payload = { value, issues: [] };
    if (session.full) return payload;
    if (--values < 0) tooLarge("values");
    switch (rule[0]) {
      case "string":
        if (typeof value !== "string") typeIssue(payload, session, "string");
        else if ((chars -= value.length) < 0) tooLarge("chars");
        return runChecks(payload, session, rule[1]);
      case "number":
        if (typeof value !== "number" || !Number.isFinite(value))
          typeIssue(payload, session, "number");
        return runChecks(payload, session, rule[1]);
      case "boolean":
        return typeof value === "boolean" ? payload : typeIssue(payload, session, "boolean");
      case "oneOf":
        if (!rule[1].includes(value as never))
          report_(payload, { code: "invalid_value", values: rule[1], input: value, path: [] });
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

  /** Runs `index` on `object[key]`, read here so that a throwing getter is located at `key`. */
  const runChild = (payload: Payload, index: number, object: object, key: PropertyKey) => {
    trail.push(key);
    const result = run(index, (object as Record<PropertyKey, unknown>)[key]);
    trail.pop();
    adopt(payload, key, result.issues);
    return result;
  };

  const runObject = (payload: Payload, fields: [string, number, boolean][]): Payload => {
    const input = payload.value;
    if (!isObject(input)) return typeIssue(payload, session, "object");
    const output: Record<string, unknown> = {};
    payload.value = output;
    for (const [key, index, optional] of fields) {
      if (session.full) break;
      trail.push(key);
      const present = key in input;
      const absent = optional && input[key] === undefined;
      trail.pop();
      if (absent) {
        if (present) output[key] = undefined;
        continue;
      }
      const result = runChild(payload, index, input, key);
      if (present) output[key] = result.value;
    }
    const unknownKeys: string[] = [];
    for (const key in input) {
      if (--values < 0) tooLarge("values");
      if (!fields.some(([name]) => name === key)) unknownKeys.push(key);
    }
    if (unknownKeys.length)
      report_(payload, {
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
    if (!Array.isArray(input))
      return runChecks(typeIssue(payload, session, "array"), session, checks);
    // An oversized array fails its leading size limit before any element is read (zod's capSize).
    for (const check of checks) {
      if (check[0] !== "min" && check[0] !== "max") break;
      if (check[0] === "max" && input.length > check[1]) {
        applyCheck(payload, session, check);
        payload.issues[payload.issues.length - 1]!.continue = false;
        return payload;
      }
    }
    // Sparse arrays included: a length of 10⁷ is refused before a single item is read.
    if (input.length > values) tooLarge("values", input.length);
    const output: unknown[] = [];
    payload.value = output;
    for (let i = 0; i < input.length && !session.full; i++)
      output[i] = runChild(payload, element, input, i).value;
    return runChecks(payload, session, checks);
  };

  const runRecord = (payload: Payload, keyRule: number, valueRule: number): Payload => {
    const input = payload.value;
    if (!isPlainObject(input)) return typeIssue(payload, session, "record");
    const output: Record<PropertyKey, unknown> = {};
    payload.value = output;
    const keys = Reflect.ownKeys(input);
    if (keys.length > values) tooLarge("values", keys.length);
    for (const key of keys) {
      if (session.full) break;
      if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      // zod skips a `__proto__` key without a word; the published JSON Schema rejects it (it is
      // no id), and so does this validator — the one place it is stricter than zod (listed in
      // validate.test.ts). Rejected, it is never copied, so it cannot reach a prototype.
      // The key's own issues are replaced by one `invalid_key`: they give their room back.
      const room = session.room;
      const badKey = key === "__proto__" || run(keyRule, key).issues.length > 0;
      session.room = room;
      if (badKey) {
        report_(payload, { code: "invalid_key", origin: "record", input: key, path: [key] });
        continue;
      }
      output[key] = runChild(payload, valueRule, input, key).value;
    }
    return payload;
  };

  const runUnion = (payload: Payload, options: number[]): Payload => {
    // Issues of the options that lose are dropped, so they give their room back.
    const room = session.room;
    const settle = (result: Payload) => {
      session.room = room - result.issues.length;
      return result;
    };
    const results: Payload[] = [];
    for (const option of options) {
      const result = run(option, payload.value);
      if (!result.issues.length) return settle(result);
      results.push(result);
    }
    // One option failed only on soft checks (e.g. an empty string): its issues say more.
    const soft = results.filter((result) => !aborted(result));
    if (soft.length === 1) return settle(soft[0]!);
    settle(payload);
    report_(payload, { code: "invalid_union", input: payload.value, path: [] });
    return payload;
  };

  const runTagged = (payload: Payload, key: string, options: [Literal, number][]): Payload => {
    const input = payload.value;
    if (!isObject(input)) return typeIssue(payload, session, "object");
    trail.push(key);
    const tag = input[key];
    trail.pop();
    const match = options.find(([option]) => option === tag);
    if (match) return run(match[1], input);
    report_(payload, {
      code: "invalid_union",
      discriminator: key,
      options: options.map(([option]) => option),
      input,
      path: [key],
    });
    return payload;
  };

  try {
    const result = run(rules.length - 1, input);
    if (!session.full)
      return { value: result.value, issues: result.issues, left: { values, chars } };
    const issues = result.issues.slice(0, limits.issues);
    issues.push({ code: "too_many_issues", maximum: limits.issues, input: undefined, path: [] });
    return { value: undefined, issues };
  } catch (error) {
    const issue: RawIssue =
      error === STOP && stopped
        ? stopped
        : { code: "unreadable", input: error, path: [...trail], continue: false };
    return { value: undefined, issues: [issue] };
  }
}
