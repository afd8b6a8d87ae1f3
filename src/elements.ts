/** Registers every chiso element and re-exports their classes and event detail types. */
export * from "./components/gauge/define.js";
export * from "./components/service-board/define.js";
export * from "./components/funnel/define.js";
export * from "./components/status-panel/define.js";
export * from "./components/choropleth/define.js";
// The trend without its feed-index loader: the single-file bundle imports this module, and
// index.ts adds the loader for ES module users.
export * from "./components/trend/register.js";
export type { ChisoDataDetail } from "./components/shared/events/data.js";
export type { ChisoFeedErrorDetail } from "./components/shared/events/feed-error.js";
export type { ChisoSelectDetail } from "./components/shared/events/select.js";
