// Before anything that loads Lit: the Trusted Types guard (src/components/shared/trusted-types.ts).
import "../shared/trusted-types.js";
import { defineElement } from "../shared/define.js";
import { ChisoServiceBoard } from "./service-board.element.js";

defineElement("chiso-service-board", ChisoServiceBoard);

declare global {
  interface HTMLElementTagNameMap {
    "chiso-service-board": ChisoServiceBoard;
  }
}

export { ChisoServiceBoard };
export type { ChisoSortDetail, SortKey, SortOrder } from "./service-board.element.js";
