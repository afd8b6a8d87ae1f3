/**
 * chiso's crosswalk: re-aggregates a feed between the administrative units before and after the
 * reform of 1 July 2025 (63 → 34 provinces, districts abolished, 10 035 → 3 321 communes), using a
 * crosswalk table the portal supplies. Its own entry, `chiso/crosswalk`, so the core bundle never
 * carries it. Imports no Lit and touches no DOM.
 *
 * ```js
 * import { parseCrosswalk, convertFeed, seriesAcrossReform } from "chiso/crosswalk";
 * const table = parseCrosswalk(await (await fetch("/crosswalk-2023-2025.json")).json());
 * if (!table.ok) throw new Error(table.issues[0].message.en);
 * const { feed, report } = convertFeed(feed2023, table.crosswalk, { vintage: "2025", level: "province" });
 * ```
 */
export { convertFeed } from "./convert.js";
export { REFORM_DATE, seriesAcrossReform } from "./series.js";
export type * from "./series.js";
export { CROSSWALK_FORMAT, Crosswalk, CrosswalkError, parseCrosswalk } from "./table.js";
export type * from "./table.js";
export type * from "./types.js";
