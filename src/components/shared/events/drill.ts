/**
 * `chiso-drill`: the user opened a unit's own map on a `<chiso-choropleth drill="…">` (a
 * province's communes), or went back to the upper level. Never fired because the page set a
 * property.
 */

/** Detail of `chiso-drill`: the unit whose map is now shown, or `null`s on the upper level. */
export interface ChisoDrillDetail {
  code: string | null;
  name: string | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-drill": CustomEvent<ChisoDrillDetail>;
  }
}
