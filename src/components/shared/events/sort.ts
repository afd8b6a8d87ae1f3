import type { SortKey, SortOrder } from "../../../data/figures/rank.js";

/** Detail of `chiso-sort`: the user picked a new sort on a service board. */
export interface ChisoSortDetail {
  sort: SortKey;
  order: SortOrder;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-sort": CustomEvent<ChisoSortDetail>;
  }
}
