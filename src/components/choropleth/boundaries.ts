/**
 * Boundary files → map units: TopoJSON or GeoJSON in, one unit per administrative code out, each
 * split into its mainland polygons and its offshore ones (the archipelago inset). Pure, no DOM.
 */
import type { Feature, FeatureCollection, Position } from "geojson";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { JoinUnit } from "../../data/figures/join.js";
import { planarGeometry, polygonsOf } from "./geometry.js";
import type { PlanarGeometry } from "./geometry.js";

/** One administrative unit of the boundary file, split into a mainland part and an inset part. */
export interface MapUnit extends JoinUnit {
  /** Polygons drawn on the main map; `null` for a unit that lies wholly offshore (Hoàng Sa). */
  main: Feature | null;
  /** Polygons drawn in the archipelago inset (Hoàng Sa / Trường Sa); `null` for most units. */
  inset: Feature | null;
}

export interface Boundaries {
  units: MapUnit[];
  /** `2025` when the features carry `formerCodes` (merged provinces), else `2023`. */
  vintage: string;
  /** Every unit's main and inset part, projected once (see geometry.ts). */
  geometry: PlanarGeometry;
}

/**
 * Polygons wholly east of 110.5°E are the Hoàng Sa (111.2–112.7°E) and Trường Sa (111.9–115.8°E)
 * archipelagos; every other Vietnamese island (Bạch Long Vĩ 107.7°E, Phú Quý 108.9°E) stays west.
 * Fitting the projection to them would leave half the map empty sea, so they go in an inset.
 */
export const OFFSHORE_LONGITUDE = 110.5;

type Properties = Record<string, unknown> | null;

function isTopology(value: unknown): value is Topology {
  return (value as Topology | null)?.type === "Topology";
}

/** Features of a TopoJSON object (default: the first) or of a GeoJSON value. Throws on junk. */
export function readFeatures(source: unknown, object?: string | null): Feature[] {
  if (isTopology(source)) {
    const names = Object.keys(source.objects ?? {});
    const name = object || names[0];
    const topoObject = name ? source.objects[name] : undefined;
    if (!name || !topoObject)
      throw new Error(`TopoJSON object "${object ?? ""}" not found; objects: ${names.join(", ")}`);
    const result = topoFeature(source, topoObject) as Feature | FeatureCollection;
    return result.type === "FeatureCollection" ? result.features : [result];
  }
  // Either winding order is fine (RFC 7946 GeoJSON winds the other way round from TopoJSON):
  // the projection below is planar, so no ring is ever read as "the globe minus this area".
  const value = source as { type?: unknown; features?: Feature[] } | null;
  if (value?.type === "FeatureCollection") return value.features ?? [];
  if (value?.type === "Feature") return [value as Feature];
  throw new Error("boundaries: expected TopoJSON (type Topology) or GeoJSON (FeatureCollection)");
}

function isOffshore(polygon: Position[][]): boolean {
  return (polygon[0] ?? []).every((point) => (point[0] ?? 0) > OFFSHORE_LONGITUDE);
}

function partFeature(source: Feature, polygons: Position[][][]): Feature | null {
  if (!polygons.length) return null;
  return {
    type: "Feature",
    properties: source.properties,
    geometry: { type: "MultiPolygon", coordinates: polygons },
  };
}

/** Strips the unit type for a label when the file has no `shortName` ("Huyện Yên Thế" → "Yên Thế"). */
function shortNameOf(name: string): string {
  const match = /^(Thành phố|Thị trấn|Thị xã|Huyện|Quận|Phường|Tỉnh|Xã)\s+(.+)$/u.exec(name);
  return match && !/^\d+$/.test(match[2] ?? "") ? (match[2] ?? name) : name;
}

/** Map units keyed by administrative code (`codeProperty`, falling back to the feature id). */
export function toMapUnits(features: Feature[], codeProperty = "code"): Boundaries {
  let vintage = "2023";
  const split = features.map((feature) => {
    const polygons = polygonsOf(feature.geometry);
    return {
      feature,
      main: polygons.filter((polygon) => !isOffshore(polygon)),
      offshore: polygons.filter(isOffshore),
    };
  });
  // Only an inset when there is a mainland to set it against (a file of the islands alone is a map).
  const hasMainland = split.some((part) => part.main.length > 0);
  const units: MapUnit[] = [];
  for (const { feature, main, offshore } of split) {
    const properties = (feature.properties ?? {}) as NonNullable<Properties>;
    const rawCode = properties[codeProperty] ?? feature.id;
    if (rawCode == null || rawCode === "") continue;
    if (Array.isArray(properties["formerCodes"])) vintage = "2025";
    const code = String(rawCode);
    const name = typeof properties["name"] === "string" ? properties["name"] : code;
    const shortName =
      typeof properties["shortName"] === "string" ? properties["shortName"] : shortNameOf(name);
    const parent = properties["parent"] == null ? null : String(properties["parent"]);
    units.push({
      code,
      name,
      shortName,
      parent,
      // Without a mainland every polygon is offshore: the islands are the map.
      main: partFeature(feature, hasMainland ? main : offshore),
      inset: hasMainland ? partFeature(feature, offshore) : null,
    });
  }
  const geometry = planarGeometry(units.flatMap((unit) => [unit.main, unit.inset]));
  return { units, vintage, geometry };
}

/** Boundaries from a TopoJSON / GeoJSON value in one step. */
export function readBoundaries(
  source: unknown,
  object?: string | null,
  codeProperty?: string | null,
): Boundaries {
  return toMapUnits(readFeatures(source, object), codeProperty || "code");
}
