/** `chiso/react/gauge`: `<ChisoGaugeReact>`; registers `<chiso-gauge>` only. */
import * as React from "react";
import { createComponent } from "@lit/react";
import { ChisoGauge } from "../components/gauge/define.js";
import { feedEvents } from "./feed-events.js";

export const ChisoGaugeReact = createComponent({
  tagName: "chiso-gauge",
  elementClass: ChisoGauge,
  react: React,
  events: feedEvents,
});

// The raw tag in TSX too (`<chiso-gauge …>`), for whoever imports a wrapper.
export type { ChisoReactProps } from "../types/react.js";
