/**
 * Map units → pixels: a Mercator fitted to the box, the archipelagos in an inset, each unit's SVG
 * path data, area, bounds and label anchor. Pure, no DOM.
 *
 * d3-geo walks the geometry (`geoStream`, `geoTransform`); `PlanarMeasure` turns the projected
 * stream into path strings; the element renders them with Lit `svg``…`` or draws the same strings
 * on a canvas (`new Path2D(d)`), so both rendering paths share one geometry.
 */
import { geoStream, geoTransform } from "d3-geo";
import type { GeoPermissibleObjects } from "d3-geo";
import type { Feature, FeatureCollection } from "./geojson.js";
import { polygonsOf } from "./boundaries.js";
import type { MapUnit } from "./boundaries.js";
import { PlanarMeasure, tenth } from "./planar-measure.js";

export interface ProjectedUnit {
  /** SVG path data in CSS pixels (main part + inset part). */
  d: string;
  /** Label / keyboard anchor: centroid of the unit's larger part. */
  cx: number;
  cy: number;
  /** Projected area in px² (labels only where they fit). */
  area: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface MapLayout {
  width: number;
  height: number;
  units: ProjectedUnit[];
  /** The archipelago inset frame, or `null` when there is none (or when zoomed). */
  inset: { x: number; y: number; width: number; height: number } | null;
  /** Where to name the archipelagos inside the inset. */
  insetLabels: { key: "hoangSa" | "truongSa"; x: number; y: number }[];
}

const PAD = 8;
const GAP = 12;

function collection(features: (Feature | null)[]): FeatureCollection {
  return { type: "FeatureCollection", features: features.filter((f): f is Feature => f !== null) };
}

/**
 * Spherical Mercator scaled and translated to pixels. Written out rather than d3's geoMercator:
 * Viet Nam lies far from the antimeridian and the poles, so spherical clipping and adaptive
 * resampling (which 10 600 communes project 3× faster without) buy nothing here, and leaving them
 * out keeps ~4 kB gzip of d3-geo out of the bundle.
 */
interface Mercator {
  k: number;
  tx: number;
  ty: number;
}

const RADIANS = Math.PI / 180;

function mercatorPoint({ k, tx, ty }: Mercator, lon: number, lat: number): [number, number] {
  return [tx + k * lon * RADIANS, ty - k * Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2))];
}

function measure(mercator: Mercator, object: GeoPermissibleObjects, withPath = false) {
  const sink = new PlanarMeasure(withPath);
  const projection = geoTransform({
    point(lon: number, lat: number) {
      const [x, y] = mercatorPoint(mercator, lon, lat);
      this.stream.point(x, y);
    },
  });
  geoStream(object, projection.stream(sink));
  return sink;
}

/**
 * The Mercator that fits `object` in the box from (left, top) to (right, bottom), centred (as
 * d3's `projection.fitExtent`).
 */
function fit(
  left: number,
  top: number,
  right: number,
  bottom: number,
  object: GeoPermissibleObjects,
): Mercator {
  const { x0, y0, x1, y1 } = measure({ k: 1, tx: 0, ty: 0 }, object);
  const k = Math.min((right - left) / (x1 - x0), (bottom - top) / (y1 - y0));
  // A single point or an empty collection has no extent: any finite scale will do.
  if (!Number.isFinite(k)) return { k: 1, tx: (left + right) / 2, ty: (top + bottom) / 2 };
  return {
    k,
    tx: left + (right - left - k * (x1 - x0)) / 2 - k * x0,
    ty: top + (bottom - top - k * (y1 - y0)) / 2 - k * y0,
  };
}

/**
 * Projects every unit to a `width × height` pixel box (SVG viewBox = pixel size, so strokes and
 * text stay crisp). The mainland is fitted to the box and the archipelagos to an inset at the
 * lower right, next to the south-central coast where the map has empty sea. With `zoomCode`, one
 * projection is fitted to that unit and everything else is drawn around it (no inset).
 */
export function layoutMap(
  units: MapUnit[],
  width: number,
  height: number,
  zoomCode?: string | null,
): MapLayout {
  const w = Math.max(40, width);
  const h = Math.max(40, height);
  const zoomUnit = zoomCode ? units.find((unit) => unit.code === zoomCode) : undefined;
  const mains = collection(units.map((unit) => unit.main));
  const insets = collection(units.map((unit) => unit.inset));
  let mainProjection: Mercator;
  let insetProjection: Mercator | null = null;
  let inset: MapLayout["inset"] = null;
  const insetLabels: MapLayout["insetLabels"] = [];
  if (zoomUnit) {
    mainProjection = fit(
      PAD * 3,
      PAD * 3,
      w - PAD * 3,
      h - PAD * 3,
      collection([zoomUnit.main ?? zoomUnit.inset]),
    );
  } else if (insets.features.length && mains.features.length) {
    const insetHeight = Math.round((h - 2 * PAD) * 0.45);
    const insetWidth = Math.round(Math.min(insetHeight * 0.6, w * 0.3));
    mainProjection = fit(PAD, PAD, w - PAD - insetWidth - GAP, h - PAD, mains);
    const right = measure(mainProjection, mains).x1;
    const x = Math.min(right + GAP, w - PAD - insetWidth);
    // Centre the pair (mainland + inset) horizontally.
    const shift = Math.max(0, (w - PAD - (x + insetWidth)) / 2);
    mainProjection.tx += shift;
    inset = { x: x + shift, y: h - PAD - insetHeight, width: insetWidth, height: insetHeight };
    insetProjection = fit(
      inset.x + 6,
      inset.y + 6,
      inset.x + inset.width - 6,
      inset.y + inset.height - 6,
      insets,
    );
    // Captions in the empty sea between the two groups: below Hoàng Sa (15,8–17,0°N), above
    // Trường Sa (7,9–11,5°N).
    const latitudes = insets.features.flatMap((f) =>
      polygonsOf(f.geometry).map((polygon) => polygon[0]?.[0]?.[1] ?? 0),
    );
    const captionX = inset.x + inset.width / 2;
    if (latitudes.some((lat) => lat > 13.5))
      insetLabels.push({
        key: "hoangSa",
        x: captionX,
        y: mercatorPoint(insetProjection, 112, 15.1)[1],
      });
    if (latitudes.some((lat) => lat <= 13.5))
      insetLabels.push({
        key: "truongSa",
        x: captionX,
        y: mercatorPoint(insetProjection, 113.9, 12.1)[1],
      });
  } else {
    mainProjection = fit(PAD, PAD, w - PAD, h - PAD, mains.features.length ? mains : insets);
  }
  const insetMercator = insetProjection ?? mainProjection;
  return {
    width: w,
    height: h,
    inset,
    insetLabels,
    units: units.map((unit) => project(unit, mainProjection, insetMercator)),
  };
}

const ISLAND_DOT = 2.2;

function dot(x: number, y: number, r: number): string {
  return `M${tenth(x - r)},${tenth(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/**
 * Width / height of the drawn map, so a portal page can size the box to the geography instead of
 * leaving bands of empty space (Bắc Giang is 2,2 : 1, Viet Nam with its inset about 0,75 : 1).
 */
export function aspectOf(units: MapUnit[]): number {
  const mains = collection(units.map((unit) => unit.main));
  if (!mains.features.length) return 1;
  // Scale and offset leave the ratio alone: the unit Mercator's bounds give it in one pass.
  const { x0, y0, x1, y1 } = measure({ k: 1, tx: 0, ty: 0 }, mains);
  // A single point (0 / 0) has no shape: the lower clamp below takes it.
  const ratio = (x1 - x0) / (y1 - y0) || 0;
  // The inset adds about 0,27 of the height beside the mainland (see layoutMap).
  const withInset = units.some((unit) => unit.inset) ? ratio + 0.3 : ratio;
  return Math.min(3, Math.max(0.4, withInset));
}

function project(unit: MapUnit, main: Mercator, inset: Mercator): ProjectedUnit {
  // Either part may be missing (a unit wholly offshore has no main part, most have no inset).
  const parts = [
    [main, unit.main],
    [inset, unit.inset],
  ] as const;
  let d = "";
  let best = { area: -1, cx: 0, cy: 0 };
  let area = 0;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [mercator, feature] of parts) {
    if (!feature) continue;
    const part = measure(mercator, feature, true);
    d += part.d;
    // Islands of a few hundred metres project below a pixel: a dot keeps them visible (and
    // clickable), as on every official map of Viet Nam.
    if (feature === unit.inset)
      for (const polygon of polygonsOf(feature.geometry)) {
        const island = measure(mercator, { type: "Polygon", coordinates: polygon });
        if (island.area >= 6) continue;
        const [x, y] = island.centroid;
        if (Number.isFinite(x)) d += dot(x, y, ISLAND_DOT);
      }
    area += part.area;
    [x0, y0, x1, y1] = [
      Math.min(x0, part.x0),
      Math.min(y0, part.y0),
      Math.max(x1, part.x1),
      Math.max(y1, part.y1),
    ];
    if (part.area > best.area) {
      const [cx, cy] = part.centroid;
      best = { area: part.area, cx, cy };
    }
  }
  return { d, cx: best.cx, cy: best.cy, area, x0, y0, x1, y1 };
}
