// Before anything that loads Lit: the Trusted Types guard (src/components/shared/trusted-types.ts).
import "../shared/trusted-types.js";
import { defineElement } from "../shared/define.js";
import { ChisoTrend } from "./trend.element.js";

defineElement("chiso-trend", ChisoTrend);

declare global {
  interface HTMLElementTagNameMap {
    "chiso-trend": ChisoTrend;
  }
}

export { ChisoTrend };
export type { TrendVariant } from "./trend.element.js";
