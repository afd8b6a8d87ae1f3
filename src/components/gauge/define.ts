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
