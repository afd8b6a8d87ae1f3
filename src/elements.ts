/**
 * Registers the five core chiso elements and re-exports their classes and event detail types: what
 * the single-file bundle carries. `<chiso-trend>` is its own entry (`chiso/trend`) and its own
 * single file (`chiso-trend.iife.js`); `index.ts` adds it for ES module users.
 */
export * from "./components/gauge/define.js";
export * from "./components/service-board/define.js";
export * from "./components/funnel/define.js";
export * from "./components/status-panel/define.js";
export * from "./components/choropleth/define.js";
export type { ChisoDataDetail } from "./components/shared/events/data.js";
export type { ChisoFeedErrorDetail } from "./components/shared/events/feed-error.js";
export type { ChisoSelectDetail } from "./components/shared/events/select.js";
