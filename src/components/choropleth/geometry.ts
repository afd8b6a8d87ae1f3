/**
 * Boundary geometry projected once per boundary file into flat typed arrays, with every measure
 * the map needs per part (bounds, area, centroid) worked out in the same pass. Pure, no DOM.
 *
 * Coordinates are those of a unit Mercator (x = λ in radians, y = −ln tan(π/4 + φ/2), so y grows
 * southwards as pixels do). Fitting the map to a box is then a scale and an offset, `px = t + k·u`:
 * bounds, areas (× k²) and centroids follow without walking the geometry again, and a resize, a
 * zoom or a recolour never re-projects 10 000 units. Only drawing reads the points again
 * (projection.ts: path strings for SVG, Path2D for canvas).
 */
import type { Polygon } from "./rings.js";

export interface PlanarGeometry {
  /** x, y of every ring point; each ring's closing point (= its first) is left out. */
  points: Float64Array;
  /** Ring r spans points [ringStart[r], ringStart[r + 1]). */
  ringStart: Uint32Array;
  /** Polygon p spans rings [polygonStart[p], polygonStart[p + 1]). */
  polygonStart: Uint32Array;
  /** Part q = 2·unit (main) or 2·unit + 1 (inset) spans polygons [partStart[q], partStart[q + 1]). */
  partStart: Uint32Array;
  /** Area of each polygon (holes subtracted), unit Mercator². */
  polygonArea: Float64Array;
  /** Area-weighted centroid of each polygon, x and y interleaved. */
  polygonCentroid: Float64Array;
  /** Bounds of each part as x0, y0, x1, y1 (Infinity / −Infinity for an empty part). */
  partBounds: Float64Array;
  partArea: Float64Array;
  /** Centroid of each part, x and y interleaved (NaN for an empty part). */
  partCentroid: Float64Array;
}

const RADIANS = Math.PI / 180;

/** Unit Mercator of a longitude / latitude in degrees. */
export function unitMercator(lon: number, lat: number): [number, number] {
  return [lon * RADIANS, -Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2))];
}

/** Appends to a growable typed buffer (doubling), so no per-point arrays are made. */
class Buffer<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(
    public data: T,
    readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

const floats = (size: number) => new Float64Array(size);
const ints = (size: number) => new Uint32Array(size);

/**
 * Lays out the main and inset part of every unit (rings already projected, rings.ts) and
 * measures them. Areas and centroids are summed as d3's planar `geoPath` sums them (a ring's
 * signed cross products, the closing edge included), so labels and keyboard anchors sit where
 * they did when d3 measured them.
 */
export function planarGeometry(parts: readonly (readonly Polygon[])[]): PlanarGeometry {
  const total = parts.reduce(
    (sum, polygons) =>
      sum + polygons.reduce((s, rings) => s + rings.reduce((r, ring) => r + ring.length, 0), 0),
    0,
  );
  const points = new Float64Array(total);
  let used = 0;
  const ringStart = new Buffer(ints(1 << 10), ints);
  const polygonStart = new Buffer(ints(1 << 10), ints);
  const polygonArea = new Buffer(floats(1 << 10), floats);
  const polygonCentroid = new Buffer(floats(1 << 11), floats);
  const partStart = new Uint32Array(parts.length + 1);
  const partBounds = new Float64Array(parts.length * 4);
  const partArea = new Float64Array(parts.length);
  const partCentroid = new Float64Array(parts.length * 2);
  parts.forEach((polygons, part) => {
    partStart[part] = polygonStart.length;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    let [area, ax, ay, az] = [0, 0, 0, 0];
    for (const polygon of polygons) {
      polygonStart.push(ringStart.length);
      let [pSum, pax, pay, paz] = [0, 0, 0, 0];
      for (const ring of polygon) {
        const n = ring.length / 2;
        if (n < 1) continue;
        ringStart.push(used / 2);
        points.set(ring, used);
        used += ring.length;
        let lastX = ring[(n - 1) * 2]!;
        let lastY = ring[(n - 1) * 2 + 1]!;
        // From the last point round to the first: the closing edge comes first, same sums.
        for (let i = 0; i < n; i++) {
          const x = ring[i * 2]!;
          const y = ring[i * 2 + 1]!;
          if (x < x0) x0 = x;
          if (y < y0) y0 = y;
          if (x > x1) x1 = x;
          if (y > y1) y1 = y;
          const cross = lastY * x - lastX * y;
          pSum += cross;
          pax += cross * (lastX + x);
          pay += cross * (lastY + y);
          paz += cross * 3;
          lastX = x;
          lastY = y;
        }
      }
      polygonArea.push(Math.abs(pSum) / 2);
      polygonCentroid.push(paz ? pax / paz : NaN);
      polygonCentroid.push(paz ? pay / paz : NaN);
      area += Math.abs(pSum) / 2;
      ax += pax;
      ay += pay;
      az += paz;
    }
    partBounds.set([x0, y0, x1, y1], part * 4);
    partArea[part] = area;
    // A part without area (never in a boundary file) is anchored at the middle of its box.
    partCentroid[part * 2] = az ? ax / az : (x0 + x1) / 2;
    partCentroid[part * 2 + 1] = az ? ay / az : (y0 + y1) / 2;
  });
  partStart[parts.length] = polygonStart.length;
  polygonStart.push(ringStart.length);
  ringStart.push(used / 2);
  return {
    points,
    ringStart: ringStart.done(),
    polygonStart: polygonStart.done(),
    partStart,
    polygonArea: polygonArea.done(),
    polygonCentroid: polygonCentroid.done(),
    partBounds,
    partArea,
    partCentroid,
  };
}

/** Bounds x0, y0, x1, y1 of the given parts together (Infinity… when all are empty). */
export function boundsOf(geometry: PlanarGeometry, parts: Iterable<number>): number[] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const b = geometry.partBounds;
  for (const part of parts) {
    x0 = Math.min(x0, b[part * 4]!);
    y0 = Math.min(y0, b[part * 4 + 1]!);
    x1 = Math.max(x1, b[part * 4 + 2]!);
    y1 = Math.max(y1, b[part * 4 + 3]!);
  }
  return [x0, y0, x1, y1];
}

/** True when part q has at least one polygon. */
export const hasPart = (geometry: PlanarGeometry, part: number): boolean =>
  geometry.partStart[part + 1]! > geometry.partStart[part]!;
