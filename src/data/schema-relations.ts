/**
 * The fields of feed format 1.2 that tie figures together (schema.ts spreads them into the
 * observations): checked by relations.ts.
 */
import * as z from "zod/mini";
import * as docs from "./schema-docs.js";
import { documented } from "./schema-docs.js";
import { Amount, LocalizedText, Slug } from "./schema-values.js";

/** The fields of a total its parts may add up in (`Parts.sums`): the same field on each part. */
export const SummedField = z.enum([
  "numerator",
  "denominator",
  "done",
  "total",
  "value",
  "remaining",
  "failed",
  "detail.onTime",
  "detail.overdue",
  "detail.resolved",
  "change.value",
]);

/** A total and the figures that are its parts, by their `id`s. */
export const Parts = z.strictObject(
  documented(docs.PARTS_DOCS, {
    members: z.array(Slug).check(z.minLength(1), z.maxLength(1000)),
    sums: z.optional(z.array(SummedField).check(z.minLength(1), z.maxLength(11))),
    complete: z.optional(z.boolean()),
  }),
);

/** A change printed with a figure ("tăng 961 hồ sơ", "giảm 136", "tăng 1,86 %"). */
export const StatedChange = z.strictObject(
  documented(docs.STATED_CHANGE_DOCS, {
    of: z.enum(["numerator", "denominator", "done", "total", "value", "rate"]),
    value: z.number().check(z.gte(-1e12), z.lte(1e12)),
    unit: z.optional(z.enum(["count", "points", "percent"])),
    ambiguous: z.optional(z.boolean()),
    from: z.optional(Slug),
    label: z.optional(LocalizedText),
  }),
);

/** Text as printed, up to 40 characters ("103.2%", "85/98%", "#DIV/0!", "1.763.014"). */
const AsPrinted = z.string().check(z.minLength(1), z.maxLength(40));

/** What the report printed beside a figure's number, field by field. */
export const Printed = z.strictObject(
  documented(docs.PRINTED_DOCS, {
    statedRate: z.optional(AsPrinted),
    numerator: z.optional(AsPrinted),
    denominator: z.optional(AsPrinted),
    done: z.optional(AsPrinted),
    total: z.optional(AsPrinted),
    value: z.optional(AsPrinted),
  }),
);

/**
 * Fields of feed format 1.2 that tie figures together, so the consistency pass can compare them:
 * the same fact stated twice, a total and its parts, a printed change (see relations.ts).
 */
export const relationFields = {
  id: z.optional(Slug),
  fact: z.optional(Slug),
  parts: z.optional(Parts),
  change: z.optional(StatedChange),
  printed: z.optional(Printed),
};

/** Remainders as printed ("còn 170", "16.652 không thành công"), never computed. */
export const remainderFields = { remaining: z.optional(Amount), failed: z.optional(Amount) };

export type SummedField = z.infer<typeof SummedField>;
export type Parts = z.infer<typeof Parts>;
export type StatedChange = z.infer<typeof StatedChange>;
export type Printed = z.infer<typeof Printed>;
