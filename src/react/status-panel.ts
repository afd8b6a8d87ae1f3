/** `chiso/react/status-panel`: `<ChisoStatusPanelReact>`; registers `<chiso-status-panel>` only. */
import * as React from "react";
import { createComponent } from "@lit/react";
import type { EventName } from "@lit/react";
import { ChisoStatusPanel } from "../components/status-panel/define.js";
import { feedEvents } from "./feed-events.js";

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

export type { ChisoReactProps } from "../types/react.js";
