import type { IndicatorFeed } from "../../../data/schema.js";

/** Detail of `chiso-data`: a new feed arrived over the network (never for `data` set by the page). */
export interface ChisoDataDetail {
  feed: IndicatorFeed;
  src: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-data": CustomEvent<ChisoDataDetail>;
  }
}
