/**
 * `chiso-unmatched`: figures of the feed that no unit of the map takes.
 *
 * A data diagnostic, and the one deliberate exception to "no events for programmatic changes":
 * it fires whenever data and boundaries meet and some figures find no unit, however the data or
 * the boundaries were set — a page that sets `data` itself still needs to learn that three of its
 * codes are not on the map (as the console warning tells its developer). It fires once per join:
 * a recolour, a resize or a selection never repeats it; new data, new boundaries, another
 * indicator or join mode may.
 */

/** Detail of `chiso-unmatched`: feed units that are not on the map. */
export interface ChisoUnmatchedDetail {
  codes: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-unmatched": CustomEvent<ChisoUnmatchedDetail>;
  }
}
