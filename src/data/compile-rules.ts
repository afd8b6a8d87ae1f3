/**
 * Compiles the zod feed schema into the plain rules that `validate.ts` interprets. Used only by
 * `npm run schema` (which writes `feed-rules.generated.ts`) and by tests; nothing that ships
 * imports it, so zod stays out of the bundle.
 *
 * It refuses any zod feature the interpreter does not mirror (refinements, transforms, defaults,
 * loose objects…): adding one to the schema fails `npm run schema` loudly instead of letting the
 * shipped validator silently accept what zod would reject.
 */
import * as z from "zod/mini";
import { FeedIndex } from "./feed-index-schema.js";
import { IndicatorFeed } from "./schema.js";
import type { Check, Literal, Rule } from "./validate.js";

type Schema = z.core.$ZodType;
// zod's internal def, read loosely: each schema type has its own fields.
type Def = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A schema's checks that test something: `z.describe()` / `z.meta()` only document. */
function checksIn(def: Def): z.core.$ZodCheck[] {
  return ((def.checks ?? []) as z.core.$ZodCheck[]).filter(
    (check) => !DOCUMENTING.has((check._zod.def as Def).check as string),
  );
}
const DOCUMENTING = new Set(["describe", "meta"]);

function unsupported(what: string): never {
  throw new Error(`compile-rules: ${what} is not supported by the shipped validator (validate.ts)`);
}

function checkOf(check: z.core.$ZodCheck): Check {
  const def = check._zod.def as Def;
  if (def.abort) unsupported(`check "${def.check}" with abort`);
  switch (def.check) {
    case "min_length":
      return ["min", def.minimum];
    case "max_length":
      return ["max", def.maximum];
    case "string_format":
      return formatCheck(def);
    case "greater_than":
      return [">=", def.value, def.inclusive];
    case "less_than":
      return ["<=", def.value, def.inclusive];
    default:
      return unsupported(`check "${def.check}"`);
  }
}

function formatCheck(def: Def): Check {
  const pattern = def.pattern as RegExp | undefined;
  if (!pattern) unsupported(`string format "${def.format}" without a pattern`);
  return ["format", def.format, pattern.source, pattern.flags];
}

/** The checks zod runs for a schema: a format schema is its own first check. */
function checksOf(def: Def): Check[] {
  const own: Check[] = [];
  if (def.check === "string_format") own.push(formatCheck(def));
  if (def.check === "number_format") {
    if (def.format !== "safeint") unsupported(`number format "${def.format}"`);
    own.push(["int"]);
  }
  return [...own, ...checksIn(def).map(checkOf)];
}

/** Rules in post-order (children before parents), identical rules shared; the root comes last. */
export function compileRules(root: Schema = IndicatorFeed): Rule[] {
  const rules: Rule[] = [];
  const indexOfText = new Map<string, number>();
  const indexOfSchema = new Map<Schema, number>();

  const add = (rule: Rule): number => {
    const text = JSON.stringify(rule);
    let index = indexOfText.get(text);
    if (index === undefined) indexOfText.set(text, (index = rules.push(rule) - 1));
    return index;
  };

  const compile = (schema: Schema): number => {
    let index = indexOfSchema.get(schema);
    if (index === undefined) indexOfSchema.set(schema, (index = add(ruleOf(schema))));
    return index;
  };

  const noChecks = (def: Def) => {
    if (checksIn(def).length) unsupported(`checks on a ${def.type}`);
  };

  const ruleOf = (schema: Schema): Rule => {
    const def = schema._zod.def as Def;
    if (def.coerce) unsupported("coercion");
    switch (def.type) {
      case "string":
        return ["string", checksOf(def)];
      case "number":
        return ["number", checksOf(def)];
      case "boolean":
        noChecks(def);
        return ["boolean"];
      case "enum":
        noChecks(def);
        return ["oneOf", z.core.util.getEnumValues(def.entries) as Literal[]];
      case "literal":
        noChecks(def);
        return ["oneOf", [...def.values] as Literal[]];
      case "nullable":
        noChecks(def);
        return ["nullable", compile(def.innerType)];
      case "object":
        return objectRule(def);
      case "array":
        return ["array", compile(def.element), checksOf(def)];
      case "record":
        noChecks(def);
        if (def.mode === "loose" || def.keyType._zod.def.type !== "string")
          unsupported("a record whose keys are not plain strings");
        return ["record", compile(def.keyType), compile(def.valueType)];
      case "union":
        noChecks(def);
        return def.discriminator ? taggedRule(def) : unionRule(def);
      default:
        return unsupported(`zod type "${def.type}"`);
    }
  };

  const objectRule = (def: Def): Rule => {
    noChecks(def);
    if (def.catchall?._zod.def.type !== "never") unsupported("an object that is not strict");
    // An optional field is its inner rule plus a flag: `z.optional` means nothing elsewhere.
    const fields = Object.entries(def.shape as Record<string, Schema>).map(
      ([key, field]): [string, number, boolean] => {
        const fieldDef = field._zod.def as Def;
        if (fieldDef.type === "optional" && !checksIn(fieldDef).length)
          return [key, compile(fieldDef.innerType), true];
        if (field._zod.optin || field._zod.optout)
          unsupported(`field "${key}" that may be absent other than through z.optional`);
        return [key, compile(field), false];
      },
    );
    return ["object", fields];
  };

  const unionRule = (def: Def): Rule => {
    if (def.inclusive === false) unsupported("an exclusive union");
    return ["union", (def.options as Schema[]).map(compile)];
  };

  const taggedRule = (def: Def): Rule => {
    if (def.unionFallback) unsupported("a discriminated union with fallback");
    const key = def.discriminator as string;
    const options = (def.options as Schema[]).map((option): [Literal, number] => {
      const values = [...(option._zod.propValues?.[key] ?? [])];
      if (values.length !== 1 || values[0] === undefined)
        unsupported(`a discriminated-union option without exactly one "${key}"`);
      return [values[0] as Literal, compile(option)];
    });
    return ["tagged", key, options];
  };

  compile(root);
  return rules;
}

function rulesText(name: string, root: Schema): string[] {
  const lines = compileRules(root).map((rule, i) => `  /* ${i} */ ${JSON.stringify(rule)},`);
  return [`export const ${name}: readonly Rule[] = [`, ...lines, "];", ""];
}

/** The text of `feed-rules.generated.ts`: the feed's rules and the feed index's. */
export function feedRulesModuleText(): string {
  return [
    "// Generated by `npm run schema` from the zod schema in src/data/schema.ts: do not edit.",
    "// The rules validate.ts interprets; children come before parents, the root itself is last.",
    'import type { Rule } from "./validate.js";',
    "",
    ...rulesText("FEED_RULES", IndicatorFeed),
    ...rulesText("FEED_INDEX_RULES", FeedIndex),
  ].join("\n");
}
