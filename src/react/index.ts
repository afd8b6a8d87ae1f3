/**
 * React 19 wrappers (`chiso/react`), made with `@lit/react` so that objects reach the `data`
 * property and chiso's events become typed `on…` props. This entry registers all five elements;
 * `chiso/react/gauge` (and `/service-board`, `/funnel`, `/status-panel`, `/choropleth`, `/trend`) registers
 * only its own, so a page with one gauge does not load the map and d3.
 *
 * ```tsx
 * import { ChisoGaugeReact } from "chiso/react/gauge";
 * <ChisoGaugeReact data={feed} indicator="dvc-online" onChisoData={(e) => …} />
 * ```
 */
export { ChisoGaugeReact } from "./gauge.js";
export { ChisoServiceBoardReact } from "./service-board.js";
export { ChisoFunnelReact } from "./funnel.js";
export { ChisoStatusPanelReact } from "./status-panel.js";
export { ChisoTrendReact } from "./trend.js";
export { ChisoChoroplethReact } from "./choropleth.js";
export type { ChisoReactProps } from "../types/react.js";
