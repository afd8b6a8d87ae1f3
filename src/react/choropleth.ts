/** `chiso/react/choropleth`: `<ChisoChoroplethReact>`; registers `<chiso-choropleth>` only. */
import * as React from "react";
import { createComponent } from "@lit/react";
import type { EventName } from "@lit/react";
import { ChisoChoropleth } from "../components/choropleth/define.js";
import type { ChisoMapSelectDetail } from "../components/shared/events/select.js";
import { feedEvents } from "./feed-events.js";

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
    onChisoDrill: "chiso-drill" as EventName<GlobalEventHandlersEventMap["chiso-drill"]>,
  },
});

export type { ChisoReactProps } from "../types/react.js";
