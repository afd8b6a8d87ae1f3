/**
 * chiso's data layer: feed schema, validation, consistency checks, loading and formatting.
 * Imports no Lit and touches no DOM; importing it registers nothing.
 */
export * from "./schema.js";
export * from "./parse.js";
export * from "./consistency.js";
export * from "./figures.js";
export * from "./format.js";
export * from "./feed-hub.js";
export * from "./duration.js";
