/**
 * The feed index (feed format 1.1): the list of a publisher's feeds, one per period, that a
 * trend loads as a history. zod is its single source of truth too: `npm run schema` generates
 * `schema/feed-index.schema.json` and the rules `parseFeedIndex` interprets from it.
 */
import * as z from "zod/mini";
import * as docs from "./schema-docs.js";
import { documented } from "./schema-docs.js";
import { IsoDate, LocalizedText, Period, Slug, UnitCode } from "./schema.js";

/**
 * An index of a publisher's feeds, one per period ("one file per month"): what a trend loads
 * to build a history. Each URL is resolved against the index's own URL.
 */
export const FeedIndex = z.strictObject(
  documented(docs.FEED_INDEX_DOCS, {
    $schema: z.optional(z.string()),
    schemaVersion: z.string().check(z.regex(/^1\.\d+$/)),
    kind: z.literal("feed-index"),
    id: Slug,
    title: z.optional(LocalizedText),
    publisher: z.strictObject(
      documented(docs.FEED_INDEX_PUBLISHER_DOCS, { name: LocalizedText, unitCode: UnitCode }),
    ),
    feeds: z
      .array(
        z.strictObject(
          documented(docs.FEED_INDEX_ENTRY_DOCS, {
            url: z.string().check(z.minLength(1), z.maxLength(2000)),
            period: Period,
            /** When this file was (last) published; a later file for the same period wins. */
            publishedOn: z.optional(IsoDate),
          }),
        ),
      )
      .check(z.minLength(1), z.maxLength(600)),
  }),
);

export type FeedIndex = z.infer<typeof FeedIndex>;
