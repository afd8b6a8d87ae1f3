/**
 * `chiso-config-problem`: the element's `indicator`, `unit` or `service` names nothing the feed
 * has figures for, so it shows its frame with a short sentence for visitors ("Chưa có số liệu
 * tổng hợp"). The developer's hint is in this event, in the host's `config-problem` attribute and,
 * once per page, in the console.
 *
 * A diagnostic, like `chiso-unmatched`: it fires however the feed or the attributes were set,
 * once per distinct problem (not on every render).
 */

/** Detail of `chiso-config-problem`: which attribute to change, and to what. */
export interface ChisoConfigProblemDetail {
  attribute: "indicator" | "unit" | "service";
  /** The attribute's current value (`""` when unset). */
  value: string;
  /** Values that have figures in this feed. */
  choices: string[];
  /** The hint in the element's language, with the choices. */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-config-problem": CustomEvent<ChisoConfigProblemDetail>;
  }
}
