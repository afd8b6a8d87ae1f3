/**
 * Map units → pixels: a Mercator fitted to the box, the archipelagos in an inset, each unit's
 * area, bounds and label anchor, and its outline for either renderer (SVG path data or a canvas
 * Path2D). Pure, no DOM.
 *
 * The geometry was projected once per boundary file (geometry.ts); fitting it to a box is a scale
 * and an offset, so a layout costs one step per unit, not a walk over every point. The points are
 * read again only to draw: `pathData` (SVG, one decimal, as d3's `geoPath().digits(1)` writes it)
 * and `tracePath` (canvas), each once per layout and unit.
 */
import { boundsOf, hasPart, unitMercator } from "./geometry.js";
import type { PlanarGeometry } from "./geometry.js";

export interface ProjectedUnit {
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

/** A unit Mercator scaled and offset to pixels: `px = tx + k·x`, `py = ty + k·y`. */
export interface Mercator {
  k: number;
  tx: number;
  ty: number;
}

export interface MapLayout {
  width: number;
  height: number;
  units: ProjectedUnit[];
  /** The archipelago inset frame, or `null` when there is none (or when zoomed). */
  inset: { x: number; y: number; width: number; height: number } | null;
  /** Where to name the archipelagos inside the inset. */
  insetLabels: { key: "hoangSa" | "truongSa"; x: number; y: number }[];
  /** The geometry drawn, and the projections of its main and inset parts. */
  geometry: PlanarGeometry;
  main: Mercator;
  insetProjection: Mercator;
  /** Borders between groups of units (boundaries.ts), drawn in the main projection. */
  borders: readonly Float64Array[];
}

/** What a layout needs of the boundaries. */
export interface LayoutInput {
  units: readonly { code: string }[];
  geometry: PlanarGeometry;
  borders?: readonly Float64Array[];
}

const PAD = 8;
const GAP = 12;
/** Inset polygons below this many px² are drawn as a dot, so they stay visible and clickable. */
const ISLAND_AREA = 6;
const ISLAND_DOT = 2.2;

/** Pixels to one decimal, as d3's `geoPath().digits(1)` writes them. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The Mercator that fits `bounds` (unit Mercator) in the box from (left, top) to (right,
 * bottom), centred (as d3's `projection.fitExtent`).
 */
function fit(left: number, top: number, right: number, bottom: number, bounds: number[]): Mercator {
  const [x0, y0, x1, y1] = bounds as [number, number, number, number];
  const k = Math.min((right - left) / (x1 - x0), (bottom - top) / (y1 - y0));
  // A single point or an empty collection has no extent: any finite scale will do.
  if (!Number.isFinite(k) || k <= 0)
    return { k: 1, tx: (left + right) / 2, ty: (top + bottom) / 2 };
  return {
    k,
    tx: left + (right - left - k * (x1 - x0)) / 2 - k * x0,
    ty: top + (bottom - top - k * (y1 - y0)) / 2 - k * y0,
  };
}

/** Indexes of the non-empty main (`0`) or inset (`1`) parts. */
function partsOf(geometry: PlanarGeometry, units: number, side: 0 | 1): number[] {
  const parts: number[] = [];
  for (let unit = 0; unit < units; unit++)
    if (hasPart(geometry, unit * 2 + side)) parts.push(unit * 2 + side);
  return parts;
}

/**
 * Projects every unit to a `width × height` pixel box (SVG viewBox = pixel size, so strokes and
 * text stay crisp). The mainland is fitted to the box and the archipelagos to an inset at the
 * lower right, next to the south-central coast where the map has empty sea. With `zoomCode`, one
 * projection is fitted to that unit and everything else is drawn around it (no inset).
 */
export function layoutMap(
  input: LayoutInput,
  width: number,
  height: number,
  zoomCode?: string | null,
): MapLayout {
  const { geometry } = input;
  const count = input.units.length;
  const w = Math.max(40, width);
  const h = Math.max(40, height);
  const zoomIndex = zoomCode ? input.units.findIndex((unit) => unit.code === zoomCode) : -1;
  const mains = partsOf(geometry, count, 0);
  const insets = partsOf(geometry, count, 1);
  let main: Mercator;
  let insetProjection: Mercator | null = null;
  let inset: MapLayout["inset"] = null;
  const insetLabels: MapLayout["insetLabels"] = [];
  if (zoomIndex >= 0) {
    const part = hasPart(geometry, zoomIndex * 2) ? zoomIndex * 2 : zoomIndex * 2 + 1;
    main = fit(PAD * 3, PAD * 3, w - PAD * 3, h - PAD * 3, boundsOf(geometry, [part]));
  } else if (insets.length && mains.length) {
    const insetHeight = Math.round((h - 2 * PAD) * 0.45);
    const insetWidth = Math.round(Math.min(insetHeight * 0.6, w * 0.3));
    const mainBounds = boundsOf(geometry, mains);
    main = fit(PAD, PAD, w - PAD - insetWidth - GAP, h - PAD, mainBounds);
    const right = main.tx + main.k * mainBounds[2]!;
    const x = Math.min(right + GAP, w - PAD - insetWidth);
    // Centre the pair (mainland + inset) horizontally.
    const shift = Math.max(0, (w - PAD - (x + insetWidth)) / 2);
    main.tx += shift;
    inset = { x: x + shift, y: h - PAD - insetHeight, width: insetWidth, height: insetHeight };
    insetProjection = fit(
      inset.x + 6,
      inset.y + 6,
      inset.x + inset.width - 6,
      inset.y + inset.height - 6,
      boundsOf(geometry, insets),
    );
    // Captions in the empty sea between the two groups: below Hoàng Sa (15,8–17,0°N), above
    // Trường Sa (7,9–11,5°N). A polygon's first point tells which group it is in.
    const [, split] = unitMercator(0, 13.5);
    let north = false;
    let south = false;
    for (const part of insets)
      for (let p = geometry.partStart[part]!; p < geometry.partStart[part + 1]!; p++) {
        const y = geometry.points[geometry.ringStart[geometry.polygonStart[p]!]! * 2 + 1]!;
        if (y < split) north = true;
        else south = true;
      }
    const captionX = inset.x + inset.width / 2;
    const captionY = (lon: number, lat: number) =>
      insetProjection!.ty + insetProjection!.k * unitMercator(lon, lat)[1];
    if (north) insetLabels.push({ key: "hoangSa", x: captionX, y: captionY(112, 15.1) });
    if (south) insetLabels.push({ key: "truongSa", x: captionX, y: captionY(113.9, 12.1) });
  } else {
    main = fit(PAD, PAD, w - PAD, h - PAD, boundsOf(geometry, mains.length ? mains : insets));
  }
  const insetMercator = insetProjection ?? main;
  const units: ProjectedUnit[] = new Array(count);
  const { partBounds: b, partArea, partCentroid: c } = geometry;
  for (let unit = 0; unit < count; unit++) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let area = 0;
    let bestArea = -1;
    let cx = 0;
    let cy = 0;
    // Either part may be missing (a unit wholly offshore has no main part, most have no inset).
    for (let side = 0; side < 2; side++) {
      const part = unit * 2 + side;
      if (!hasPart(geometry, part)) continue;
      const { k, tx, ty } = side ? insetMercator : main;
      const partPx = partArea[part]! * k * k;
      area += partPx;
      x0 = Math.min(x0, tx + k * b[part * 4]!);
      y0 = Math.min(y0, ty + k * b[part * 4 + 1]!);
      x1 = Math.max(x1, tx + k * b[part * 4 + 2]!);
      y1 = Math.max(y1, ty + k * b[part * 4 + 3]!);
      if (partPx > bestArea) {
        bestArea = partPx;
        cx = tx + k * c[part * 2]!;
        cy = ty + k * c[part * 2 + 1]!;
      }
    }
    units[unit] = { cx, cy, area, x0, y0, x1, y1 };
  }
  return {
    width: w,
    height: h,
    inset,
    insetLabels,
    units,
    geometry,
    main,
    insetProjection: insetMercator,
    borders: input.borders ?? [],
  };
}

/**
 * Width / height of the drawn map, so a portal page can size the box to the geography instead of
 * leaving bands of empty space (Bắc Giang is 2,2 : 1, Viet Nam with its inset about 0,75 : 1).
 */
export function aspectOf(geometry: PlanarGeometry, units: number): number {
  const mains = partsOf(geometry, units, 0);
  if (!mains.length) return 1;
  const [x0, y0, x1, y1] = boundsOf(geometry, mains) as [number, number, number, number];
  // A single point (0 / 0) has no shape: the lower clamp below takes it.
  const ratio = (x1 - x0) / (y1 - y0) || 0;
  // The inset adds about 0,27 of the height beside the mainland (see layoutMap).
  const withInset = partsOf(geometry, units, 1).length ? ratio + 0.3 : ratio;
  return Math.min(3, Math.max(0.4, withInset));
}

/** What `tracePath` draws into: a Path2D, or anything else with the same four methods. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
}

/**
 * Walks unit `index`'s outline in pixels: every ring, then a dot on each inset island too small
 * to see. `ring(x, y, first)` gets each point, `dot(x, y)` each island.
 */
function walk(
  layout: MapLayout,
  index: number,
  point: (x: number, y: number, first: boolean) => void,
  close: () => void,
  dot: (x: number, y: number) => void,
): void {
  const { geometry: g } = layout;
  const p = g.points;
  for (let side = 0; side < 2; side++) {
    const part = index * 2 + side;
    const { k, tx, ty } = side ? layout.insetProjection : layout.main;
    for (let polygon = g.partStart[part]!; polygon < g.partStart[part + 1]!; polygon++) {
      for (let ring = g.polygonStart[polygon]!; ring < g.polygonStart[polygon + 1]!; ring++) {
        const end = g.ringStart[ring + 1]!;
        for (let i = g.ringStart[ring]!; i < end; i++)
          point(tx + k * p[i * 2]!, ty + k * p[i * 2 + 1]!, i === g.ringStart[ring]);
        close();
      }
    }
    // Islands of a few hundred metres project below a pixel: a dot keeps them visible (and
    // clickable), as on every official map of Viet Nam.
    if (side === 1)
      for (let polygon = g.partStart[part]!; polygon < g.partStart[part + 1]!; polygon++) {
        if (g.polygonArea[polygon]! * k * k >= ISLAND_AREA) continue;
        const x = tx + k * g.polygonCentroid[polygon * 2]!;
        const y = ty + k * g.polygonCentroid[polygon * 2 + 1]!;
        if (Number.isFinite(x)) dot(x, y);
      }
  }
}

/**
 * The group borders (province outlines on a commune map) as lines in pixels. They are shared
 * arcs between mainland units, so the main projection places them; the archipelagos in the
 * inset are whole units of one province each and have none.
 */
export function traceBorders(layout: MapLayout, sink: Pick<PathSink, "moveTo" | "lineTo">): void {
  const { k, tx, ty } = layout.main;
  for (const line of layout.borders) {
    sink.moveTo(tx + k * line[0]!, ty + k * line[1]!);
    for (let i = 2; i < line.length; i += 2) sink.lineTo(tx + k * line[i]!, ty + k * line[i + 1]!);
  }
}

const bordersCache = new WeakMap<MapLayout, string>();

/** SVG path data of the group borders, one decimal, made once per layout; `""` for none. */
export function bordersPathData(layout: MapLayout): string {
  const cached = bordersCache.get(layout);
  if (cached !== undefined) return cached;
  let d = "";
  traceBorders(layout, {
    moveTo: (x, y) => (d += `M${tenth(x)},${tenth(y)}`),
    lineTo: (x, y) => (d += `L${tenth(x)},${tenth(y)}`),
  });
  bordersCache.set(layout, d);
  return d;
}

/** Path data per layout and unit, made when first drawn. */
const pathCache = new WeakMap<MapLayout, (string | undefined)[]>();

/** SVG path data of unit `index` in CSS pixels, one decimal (main part + inset part). */
export function pathData(layout: MapLayout, index: number): string {
  let cache = pathCache.get(layout);
  if (!cache) pathCache.set(layout, (cache = []));
  const cached = cache[index];
  if (cached !== undefined) return cached;
  let d = "";
  const r = ISLAND_DOT;
  walk(
    layout,
    index,
    (x, y, first) => (d += `${first ? "M" : "L"}${tenth(x)},${tenth(y)}`),
    () => (d += "Z"),
    (x, y) =>
      (d += `M${tenth(x - r)},${tenth(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`),
  );
  cache[index] = d;
  return d;
}

/** Draws unit `index`'s outline into `sink` (a canvas Path2D), in CSS pixels. */
export function tracePath(layout: MapLayout, index: number, sink: PathSink): void {
  walk(
    layout,
    index,
    (x, y, first) => (first ? sink.moveTo(x, y) : sink.lineTo(x, y)),
    () => sink.closePath(),
    (x, y) => {
      sink.moveTo(x + ISLAND_DOT, y);
      sink.arc(x, y, ISLAND_DOT, 0, 2 * Math.PI);
      sink.closePath();
    },
  );
}
