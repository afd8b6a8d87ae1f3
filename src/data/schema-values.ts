/**
 * The values every part of the feed schema is built from: text, dates, counts, percentages,
 * codes and ids (zod, the single source of truth; see schema.ts).
 */
import * as z from "zod/mini";
import * as docs from "./schema-docs.js";
import { documented } from "./schema-docs.js";

export const nonEmpty = z.string().check(z.minLength(1), z.maxLength(2000));

/** Vietnamese text, optionally with an English version. A bare string is Vietnamese. */
export const LocalizedText = z.union([
  nonEmpty,
  z.strictObject(documented(docs.LOCALIZED_TEXT_DOCS, { vi: nonEmpty, en: z.optional(nonEmpty) })),
]);

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** Instant with an explicit offset, e.g. `2023-07-26T08:00:00+07:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** A whole, non-negative count (dossiers, accounts, people). */
export const Count = z.int().check(z.gte(0));
/** A non-negative amount that need not be whole (money, percent points of progress). */
export const Amount = z.number().check(z.gte(0));
/** A percentage as printed, 0–100 and beyond (over-target rates are real). */
export const Percent = z.number().check(z.gte(0), z.lte(100000));
/** A GSO administrative code: 2 digits province, 3 district, 5 commune; `VN` for the country. */
export const UnitCode = z.string().check(z.regex(/^(VN|\d{2}|\d{3}|\d{5})$/));
/** Identifiers used in attributes and URLs: lowercase slug. */
export const Slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/));
/** ISO 8601 duration such as `PT5M`, `PT1H`, `P1D`, `P1M`. */
export const Duration = z
  .string()
  .check(z.regex(/^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/));
