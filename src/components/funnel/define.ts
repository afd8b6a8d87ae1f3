// Before anything that loads Lit: the Trusted Types guard (src/components/shared/trusted-types.ts).
import "../shared/trusted-types.js";
import { defineElement } from "../shared/define.js";
import { ChisoFunnel } from "./funnel.element.js";

defineElement("chiso-funnel", ChisoFunnel);

declare global {
  interface HTMLElementTagNameMap {
    "chiso-funnel": ChisoFunnel;
  }
}

export { ChisoFunnel };
export type { ChisoFunnelSelectDetail, ChisoSelectDetail, FunnelLayout } from "./funnel.element.js";
