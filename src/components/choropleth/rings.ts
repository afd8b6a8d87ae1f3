/**
 * Boundary files → shapes: each feature's properties and its polygons as rings of unit-Mercator
 * points (x = λ in radians, y = −ln tan(π/4 + φ/2); see geometry.ts), straight from the file.
 * Pure, no DOM.
 *
 * TopoJSON is read without going through GeoJSON: each arc is decoded and projected once — a
 * border shared by two communes is projected once, not twice — and rings are stitched from the
 * projected arcs exactly as topojson-client's `feature()` stitches them (a ring's points are what
 * d3 would stream from that feature, to the bit). At 3 321 communes, `feature()` made ~200 000
 * small arrays for the garbage collector before the first paint.
 */
import type { Feature, Position } from "./geojson.js";

/** A ring's points as x, y pairs; the closing point (= the first) is left out, as d3 streams it. */
export type Ring = Float64Array;
export type Polygon = Ring[];

export interface Shape {
  id: unknown;
  properties: Record<string, unknown> | null;
  polygons: Polygon[];
}

const RADIANS = Math.PI / 180;
/** Unit-Mercator y of a latitude in degrees. */
const mercatorY = (lat: number) => -Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));

interface TopoGeometry {
  type: string | null;
  id?: unknown;
  properties?: Record<string, unknown> | null;
  arcs?: unknown;
  geometries?: TopoGeometry[];
}
interface TopologyLike {
  type: "Topology";
  objects: Record<string, TopoGeometry>;
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
}

export function isTopology(value: unknown): value is TopologyLike {
  return (value as { type?: unknown } | null)?.type === "Topology";
}

/** What a boundary file holds: its shapes, and the borders between their `parent`s. */
export interface ShapeSet {
  shapes: Shape[];
  /** Borders between units of different `parent`s (TopoJSON only: GeoJSON has no shared arcs). */
  borders: Ring[];
}

/** Shapes of a TopoJSON object (default: the first) or of a GeoJSON value. Throws on junk. */
export function readShapes(source: unknown, object?: string | null): ShapeSet {
  if (isTopology(source)) {
    const names = Object.keys(source.objects ?? {});
    const name = object || names[0];
    const topoObject = name ? source.objects[name] : undefined;
    if (!name || !topoObject)
      throw new Error(`TopoJSON object "${object ?? ""}" not found; objects: ${names.join(", ")}`);
    return topologyShapes(source, topoObject);
  }
  // Either winding order is fine (RFC 7946 GeoJSON winds the other way round from TopoJSON):
  // the projection is planar, so no ring is ever read as "the globe minus this area".
  const value = source as { type?: unknown; features?: Feature[] } | null;
  const features =
    value?.type === "FeatureCollection"
      ? (value.features ?? [])
      : value?.type === "Feature"
        ? [value as Feature]
        : null;
  if (!features)
    throw new Error("boundaries: expected TopoJSON (type Topology) or GeoJSON (FeatureCollection)");
  const shapes = features.map((feature) => ({
    id: feature.id,
    properties: (feature.properties ?? null) as Shape["properties"],
    polygons: geoJsonPolygons(feature),
  }));
  return { shapes, borders: [] };
}

function geoJsonPolygons(feature: Feature): Polygon[] {
  const geometry = feature.geometry;
  const polygons =
    geometry?.type === "Polygon"
      ? [geometry.coordinates]
      : geometry?.type === "MultiPolygon"
        ? geometry.coordinates
        : [];
  return polygons.map((rings) => rings.map(projectRing));
}

function projectRing(ring: Position[]): Ring {
  const n = Math.max(0, ring.length - 1);
  const out = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    out[i * 2] = (ring[i]![0] ?? 0) * RADIANS;
    out[i * 2 + 1] = mercatorY(ring[i]![1] ?? 0);
  }
  return out;
}

/** Every arc decoded (quantized deltas, as topojson-client's transform) and projected. */
function projectArcs(topology: TopologyLike): { xy: Float64Array; start: Uint32Array } {
  const arcs = topology.arcs ?? [];
  const start = new Uint32Array(arcs.length + 1);
  let total = 0;
  arcs.forEach((arc, i) => {
    start[i] = total;
    total += arc.length;
  });
  start[arcs.length] = total;
  const xy = new Float64Array(total * 2);
  const t = topology.transform;
  let o = 0;
  for (const arc of arcs) {
    let x0 = 0;
    let y0 = 0;
    for (const point of arc) {
      let lon: number;
      let lat: number;
      if (t) {
        // The same operations as topojson-client, so the same doubles come out.
        lon = (x0 += point[0]!) * t.scale[0] + t.translate[0];
        lat = (y0 += point[1]!) * t.scale[1] + t.translate[1];
      } else {
        lon = point[0]!;
        lat = point[1]!;
      }
      xy[o++] = lon * RADIANS;
      xy[o++] = mercatorY(lat);
    }
  }
  return { xy, start };
}

/**
 * The borders between groups of units — province outlines over a national commune map: every
 * arc shared by two geometries whose `parent` (the 2025 province) differs, as topojson-client's
 * `mesh(topology, object, (a, b) => a.parent !== b.parent)` finds them, each as an open line of
 * unit-Mercator points. Empty when the file has fewer than two groups.
 */
function groupBorders(geometries: TopoGeometry[], xy: Float64Array, start: Uint32Array): Ring[] {
  // The group first seen on each arc, and the arcs a second, different group uses too.
  const firstGroup = new Map<number, unknown>();
  const border = new Set<number>();
  const visit = (value: unknown, group: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item, group);
    else if (typeof value === "number") {
      const arc = value < 0 ? ~value : value;
      const seen = firstGroup.get(arc);
      if (seen === undefined) firstGroup.set(arc, group);
      else if (seen !== group) border.add(arc);
    }
  };
  for (const geometry of geometries) {
    const group = geometry.properties?.["parent"];
    if (group != null) visit(geometry.arcs, group);
  }
  return [...border].map((arc) => xy.slice(start[arc]! * 2, start[arc + 1]! * 2));
}

function topologyShapes(topology: TopologyLike, object: TopoGeometry): ShapeSet {
  const { xy, start } = projectArcs(topology);
  const arcLength = (arc: number) => start[arc + 1]! - start[arc]!;
  /** A ring stitched from its arcs: each arc after the first drops the point it shares. */
  const ring = (indexes: number[]): Ring => {
    let length = 0;
    for (const index of indexes) length += arcLength(index < 0 ? ~index : index) - (length ? 1 : 0);
    // topojson-client pads short lines to 2 and rings to 4 points with the first one.
    const padded = Math.max(length, length ? 4 : 0);
    const out = new Float64Array(Math.max(0, padded - 1) * 2);
    let o = 0;
    const put = (p: number) => {
      if (o < out.length) {
        out[o++] = xy[p * 2]!;
        out[o++] = xy[p * 2 + 1]!;
      }
    };
    indexes.forEach((index, i) => {
      const arc = index < 0 ? ~index : index;
      const n = arcLength(arc);
      for (let k = i ? 1 : 0; k < n; k++) put(start[arc]! + (index < 0 ? n - 1 - k : k));
    });
    while (o < out.length) {
      out[o] = out[0]!;
      out[o + 1] = out[1]!;
      o += 2;
    }
    return out;
  };
  const polygon = (rings: number[][]): Polygon => rings.map(ring);
  const shapeOf = (geometry: TopoGeometry): Shape => ({
    id: geometry.id,
    properties: geometry.properties ?? null,
    polygons:
      geometry.type === "Polygon"
        ? [polygon(geometry.arcs as number[][])]
        : geometry.type === "MultiPolygon"
          ? (geometry.arcs as number[][][]).map(polygon)
          : [],
  });
  const geometries = object.type === "GeometryCollection" ? (object.geometries ?? []) : [object];
  return { shapes: geometries.map(shapeOf), borders: groupBorders(geometries, xy, start) };
}
