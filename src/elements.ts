/** Registers every chiso element and re-exports their classes and event detail types. */
export * from "./components/gauge/define.js";
export * from "./components/service-board/define.js";
export * from "./components/funnel/define.js";
export * from "./components/status-panel/define.js";
export * from "./components/choropleth/define.js";
export * from "./components/trend/define.js";
export type { ChisoDataDetail } from "./components/shared/events/data.js";
export type { ChisoFeedErrorDetail } from "./components/shared/events/feed-error.js";
export type { ChisoSelectDetail } from "./components/shared/events/select.js";
