/**
 * chiso's data layer: feed schema, validation, consistency checks, loading, formatting and every
 * figure a widget shows (so a CLI or a server computes exactly what a widget shows).
 * Imports no Lit and touches no DOM; importing it registers nothing.
 */
// Types only: the zod schema itself is the `chiso/schema` entry, so zod never reaches the bundle.
export type * from "./schema.js";
export * from "./parse.js";
export * from "./consistency.js";
export * from "./messages.js";
export * from "./lookup.js";
export * from "./figures/rate.js";
export * from "./figures/ratio.js";
export * from "./figures/funnel.js";
export * from "./figures/progress.js";
export * from "./figures/rank.js";
export * from "./figures/join.js";
export * from "./figures/classify.js";
export * from "./figures/status.js";
export * from "./format.js";
export * from "./clock.js";
export * from "./feed-hub.js";
export * from "./json-cache.js";
export * from "./duration.js";
export * from "./periods.js";
export * from "./history.js";
export * from "./merge-history.js";
export type * from "./feed-index-schema.js";
