// Before anything that loads Lit: the Trusted Types guard (src/components/shared/trusted-types.ts).
import "../shared/trusted-types.js";
import { defineElement } from "../shared/define.js";
import { ChisoChoropleth } from "./choropleth.element.js";

defineElement("chiso-choropleth", ChisoChoropleth);

declare global {
  interface HTMLElementTagNameMap {
    "chiso-choropleth": ChisoChoropleth;
  }
}

export { ChisoChoropleth };
export type {
  ChisoDrillDetail,
  ChisoMapSelectDetail,
  ChisoUnmatchedDetail,
} from "./choropleth.element.js";
