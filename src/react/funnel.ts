/** `chiso/react/funnel`: `<ChisoFunnelReact>`; registers `<chiso-funnel>` only. */
import * as React from "react";
import { createComponent } from "@lit/react";
import type { EventName } from "@lit/react";
import { ChisoFunnel } from "../components/funnel/define.js";
import type { ChisoFunnelSelectDetail } from "../components/shared/events/select.js";
import { feedEvents } from "./feed-events.js";

export const ChisoFunnelReact = createComponent({
  tagName: "chiso-funnel",
  elementClass: ChisoFunnel,
  react: React,
  events: {
    ...feedEvents,
    onChisoSelect: "chiso-select" as EventName<CustomEvent<ChisoFunnelSelectDetail>>,
  },
});

export type { ChisoReactProps } from "../types/react.js";
