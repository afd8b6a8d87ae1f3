/**
 * Boundary files → map units: TopoJSON or GeoJSON in, one unit per administrative code out, each
 * split into its mainland polygons and its offshore ones (the archipelago inset), projected and
 * measured once (rings.ts, geometry.ts). Pure, no DOM.
 */
import type { JoinUnit } from "../../data/figures/join.js";
import { planarGeometry } from "./geometry.js";
import type { PlanarGeometry } from "./geometry.js";
import { readShapes } from "./rings.js";
import type { Polygon, Ring, Shape } from "./rings.js";

/** One administrative unit of the boundary file (its outline: `Boundaries.geometry`). */
export type MapUnit = JoinUnit;

export interface Boundaries {
  units: MapUnit[];
  /** `2025` when the features carry `formerCodes` (merged provinces), else `2023`. */
  vintage: string;
  /**
   * Every unit's outline: part 2·i is unit i's mainland (empty for a unit wholly offshore, as
   * Hoàng Sa), part 2·i + 1 its polygons in the archipelago inset (empty for most units).
   */
  geometry: PlanarGeometry;
  /**
   * Borders between the units' `parent`s, drawn over the units (the 34 provinces over the
   * 3 321 communes of 2025); empty when the file has one parent or none.
   */
  borders: Ring[];
}

/**
 * Polygons wholly east of 110.5°E are the Hoàng Sa (111.2–112.7°E) and Trường Sa (111.9–115.8°E)
 * archipelagos; every other Vietnamese island (Bạch Long Vĩ 107.7°E, Phú Quý 108.9°E) stays west.
 * Fitting the projection to them would leave half the map empty sea, so they go in an inset. So
 * do Trường Sa's banks west of that meridian (Tư Chính, Vũng Mây: 109,5–110,6°E, 7–8°N, in the
 * 2025 commune file): wholly east of 109.45°E and south of 11°N, where the mainland's easternmost
 * point is Mũi Dinh at 109,0°E.
 */
export const OFFSHORE_LONGITUDE = 110.5;
const RADIANS = Math.PI / 180;
/** The same limits in unit-Mercator x and y (rings are projected already; y grows southwards). */
const OFFSHORE_X = OFFSHORE_LONGITUDE * RADIANS;
const BANKS_X = 109.45 * RADIANS;
const BANKS_Y = -Math.log(Math.tan(Math.PI / 4 + (11 * RADIANS) / 2));

function isOffshore(polygon: Polygon): boolean {
  const outer = polygon[0];
  if (!outer) return true;
  let east = true;
  let banks = true;
  for (let i = 0; i < outer.length && (east || banks); i += 2) {
    if (!(outer[i]! > OFFSHORE_X)) east = false;
    if (!(outer[i]! > BANKS_X && outer[i + 1]! > BANKS_Y)) banks = false;
  }
  return east || banks;
}

/** Strips the unit type for a label when the file has no `shortName` ("Huyện Yên Thế" → "Yên Thế"). */
function shortNameOf(name: string): string {
  const match = /^(Thành phố|Thị trấn|Thị xã|Huyện|Quận|Phường|Tỉnh|Xã)\s+(.+)$/u.exec(name);
  return match && !/^\d+$/.test(match[2] ?? "") ? (match[2] ?? name) : name;
}

/** Map units keyed by administrative code (`codeProperty`, falling back to the feature id). */
export function toMapUnits(shapes: readonly Shape[], codeProperty = "code"): Boundaries {
  let vintage = "2023";
  const split = shapes.map((shape) => ({
    shape,
    main: shape.polygons.filter((polygon) => !isOffshore(polygon)),
    offshore: shape.polygons.filter(isOffshore),
  }));
  // Only an inset when there is a mainland to set it against (a file of the islands alone is a map).
  const hasMainland = split.some((part) => part.main.length > 0);
  const units: MapUnit[] = [];
  const parts: Polygon[][] = [];
  for (const { shape, main, offshore } of split) {
    const properties = shape.properties ?? {};
    const rawCode = properties[codeProperty] ?? shape.id;
    if (rawCode == null || rawCode === "") continue;
    if (Array.isArray(properties["formerCodes"])) vintage = "2025";
    const code = String(rawCode);
    const name = typeof properties["name"] === "string" ? properties["name"] : code;
    const shortName =
      typeof properties["shortName"] === "string" ? properties["shortName"] : shortNameOf(name);
    const parent = properties["parent"] == null ? null : String(properties["parent"]);
    units.push({ code, name, shortName, parent });
    // Without a mainland every polygon is offshore: the islands are the map.
    parts.push(hasMainland ? main : offshore, hasMainland ? offshore : []);
  }
  return { units, vintage, geometry: planarGeometry(parts), borders: [] };
}

/** Boundaries from a TopoJSON / GeoJSON value in one step. */
export function readBoundaries(
  source: unknown,
  object?: string | null,
  codeProperty?: string | null,
): Boundaries {
  const { shapes, borders } = readShapes(source, object);
  return { ...toMapUnits(shapes, codeProperty || "code"), borders };
}
