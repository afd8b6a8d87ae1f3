import type { EventName } from "@lit/react";

/** Events every element fires for network arrivals, as React props. */
export const feedEvents = {
  onChisoData: "chiso-data" as EventName<GlobalEventHandlersEventMap["chiso-data"]>,
  onChisoFeedError: "chiso-feed-error" as EventName<
    GlobalEventHandlersEventMap["chiso-feed-error"]
  >,
};
