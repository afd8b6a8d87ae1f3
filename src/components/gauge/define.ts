// Before anything that loads Lit: the Trusted Types guard (src/components/shared/trusted-types.ts).
import "../shared/trusted-types.js";
import { defineElement } from "../shared/define.js";
import { ChisoGauge } from "./gauge.element.js";

defineElement("chiso-gauge", ChisoGauge);

declare global {
  interface HTMLElementTagNameMap {
    "chiso-gauge": ChisoGauge;
  }
}

export { ChisoGauge };
export type { GaugeSize, GaugeVariant } from "./gauge.element.js";
