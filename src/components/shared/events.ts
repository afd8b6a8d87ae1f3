import type { ChisoFunnelSelectDetail } from "../funnel/funnel.element.js";
import type { ChisoMapSelectDetail } from "../choropleth/choropleth.element.js";

/**
 * Detail of `chiso-select`. Two elements fire it — a funnel stage or a map unit was opened — and
 * TypeScript allows one type per event name, so the global map carries the union; narrow it with
 * `"stage" in event.detail` or by the event's target.
 */
export type ChisoSelectDetail = ChisoFunnelSelectDetail | ChisoMapSelectDetail;

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-select": CustomEvent<ChisoSelectDetail>;
  }
}
