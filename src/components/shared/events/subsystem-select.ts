import type { Subsystem } from "../../../data/schema.js";

/** Detail of `chiso-subsystem-select`: the user opened a subsystem's details on a status panel. */
export interface ChisoSubsystemSelectDetail {
  subsystem: Subsystem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-subsystem-select": CustomEvent<ChisoSubsystemSelectDetail>;
  }
}
