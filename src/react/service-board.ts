/** `chiso/react/service-board`: `<ChisoServiceBoardReact>`; registers `<chiso-service-board>` only. */
import * as React from "react";
import { createComponent } from "@lit/react";
import type { EventName } from "@lit/react";
import { ChisoServiceBoard } from "../components/service-board/define.js";
import { feedEvents } from "./feed-events.js";

export const ChisoServiceBoardReact = createComponent({
  tagName: "chiso-service-board",
  elementClass: ChisoServiceBoard,
  react: React,
  events: {
    ...feedEvents,
    onChisoSort: "chiso-sort" as EventName<GlobalEventHandlersEventMap["chiso-sort"]>,
  },
});

export type { ChisoReactProps } from "../types/react.js";
