/**
 * chiso's data layer: feed schema, validation, consistency checks, loading and formatting.
 * Imports no Lit and touches no DOM; importing it registers nothing.
 */
// Types only: the zod schema itself is the `chiso/schema` entry, so zod never reaches the bundle.
export type * from "./schema.js";
export * from "./parse.js";
export * from "./consistency.js";
export * from "./figures.js";
export * from "./format.js";
export * from "./feed-hub.js";
export * from "./duration.js";
