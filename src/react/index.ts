/**
 * React 19 wrappers (`chiso/react`), made with `@lit/react` so that objects reach the `data`
 * property (React would otherwise stringify them into an attribute) and chiso's events become
 * typed `on…` props. Importing this entry registers the elements it wraps.
 *
 * ```tsx
 * import { ChisoGaugeReact } from "chiso/react";
 * <ChisoGaugeReact data={feed} indicator="dvc-online" onChisoData={(e) => …} />
 * ```
 */
import * as React from "react";
import { createComponent } from "@lit/react";
import type { EventName } from "@lit/react";
import {
  ChisoChoropleth,
  ChisoFunnel,
  ChisoGauge,
  ChisoServiceBoard,
  ChisoStatusPanel,
} from "../elements.js";
import type { ChisoFunnelSelectDetail, ChisoMapSelectDetail } from "../elements.js";

/** Events every element fires for network arrivals. */
const feedEvents = {
  onChisoData: "chiso-data" as EventName<GlobalEventHandlersEventMap["chiso-data"]>,
  onChisoFeedError: "chiso-feed-error" as EventName<
    GlobalEventHandlersEventMap["chiso-feed-error"]
  >,
};

export const ChisoGaugeReact = createComponent({
  tagName: "chiso-gauge",
  elementClass: ChisoGauge,
  react: React,
  events: feedEvents,
});

export const ChisoServiceBoardReact = createComponent({
  tagName: "chiso-service-board",
  elementClass: ChisoServiceBoard,
  react: React,
  events: {
    ...feedEvents,
    onChisoSort: "chiso-sort" as EventName<GlobalEventHandlersEventMap["chiso-sort"]>,
  },
});

export const ChisoFunnelReact = createComponent({
  tagName: "chiso-funnel",
  elementClass: ChisoFunnel,
  react: React,
  events: {
    ...feedEvents,
    onChisoSelect: "chiso-select" as EventName<CustomEvent<ChisoFunnelSelectDetail>>,
  },
});

export const ChisoStatusPanelReact = createComponent({
  tagName: "chiso-status-panel",
  elementClass: ChisoStatusPanel,
  react: React,
  events: {
    ...feedEvents,
    onChisoSubsystemSelect: "chiso-subsystem-select" as EventName<
      GlobalEventHandlersEventMap["chiso-subsystem-select"]
    >,
  },
});

export const ChisoChoroplethReact = createComponent({
  tagName: "chiso-choropleth",
  elementClass: ChisoChoropleth,
  react: React,
  events: {
    ...feedEvents,
    onChisoSelect: "chiso-select" as EventName<CustomEvent<ChisoMapSelectDetail>>,
    onChisoUnmatched: "chiso-unmatched" as EventName<
      GlobalEventHandlersEventMap["chiso-unmatched"]
    >,
  },
});
