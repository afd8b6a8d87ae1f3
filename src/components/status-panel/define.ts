// Before anything that loads Lit: the Trusted Types guard (src/components/shared/trusted-types.ts).
import "../shared/trusted-types.js";
import { defineElement } from "../shared/define.js";
import { ChisoStatusPanel } from "./status-panel.element.js";

defineElement("chiso-status-panel", ChisoStatusPanel);

declare global {
  interface HTMLElementTagNameMap {
    "chiso-status-panel": ChisoStatusPanel;
  }
}

export { ChisoStatusPanel };
export type { ChisoSubsystemSelectDetail } from "./status-panel.element.js";
