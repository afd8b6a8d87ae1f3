/** `chiso/react/trend`: `<ChisoTrendReact>`; registers `<chiso-trend>` only. */
import * as React from "react";
import { createComponent } from "@lit/react";
import { ChisoTrend } from "../components/trend/define.js";
import { feedEvents } from "./feed-events.js";

export const ChisoTrendReact = createComponent({
  tagName: "chiso-trend",
  elementClass: ChisoTrend,
  react: React,
  events: { ...feedEvents },
});

export type { ChisoReactProps } from "../types/react.js";
