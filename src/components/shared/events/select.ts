/**
 * `chiso-select`: the user chose something in an element — a funnel stage (click or Enter on its
 * label) or a map unit (click, Enter or Space). Never fired because the page set a property.
 * TypeScript allows one type per event name, so the global map carries the union; narrow it with
 * `"stage" in event.detail` or by the event's target.
 */

/** Detail of a funnel's `chiso-select`: the stage whose details the user opened or closed. */
export interface ChisoFunnelSelectDetail {
  indicator: string;
  stage: string;
  unit: string;
  /** `true` when the click opened the stage's details, `false` when it closed them. */
  open: boolean;
}

/** Detail of a map's `chiso-select`: the unit the user picked. */
export interface ChisoMapSelectDetail {
  code: string;
  name: string;
  /** The unit's rate in percent, `null` without data. */
  value: number | null;
}

export type ChisoSelectDetail = ChisoFunnelSelectDetail | ChisoMapSelectDetail;

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-select": CustomEvent<ChisoSelectDetail>;
  }
}
