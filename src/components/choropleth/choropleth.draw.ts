/**
 * Choropleth maths: boundary files → map units, feed observations → joined figures, figures →
 * colour classes, units → projected SVG path data. Pure functions, no DOM, no Lit.
 *
 * d3-geo walks the geometry (`geoStream`, `geoTransform`); `PlanarMeasure` turns the projected
 * stream into path strings; the element renders them with Lit `svg``…`` or draws the same strings
 * on a canvas (`new Path2D(d)`), so both rendering paths share one geometry.
 */
import { geoStream, geoTransform } from "d3-geo";
import type { GeoPermissibleObjects, GeoStream } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { observationUnit, printedDecimals, ratioFigure, rateOf } from "../../data/figures.js";
import type { RatioState } from "../../data/figures.js";
import { localize } from "../../data/format.js";
import type {
  IndicatorFeed,
  ProgressIndicator,
  ProgressObservation,
  RatioIndicator,
  RatioObservation,
} from "../../data/schema.js";

// ---------------------------------------------------------------------------------------------
// Boundaries

/** One administrative unit of the boundary file, split into a mainland part and an inset part. */
export interface MapUnit {
  code: string;
  name: string;
  shortName: string;
  parent: string | null;
  /** Polygons drawn on the main map; `null` for a unit that lies wholly offshore (Hoàng Sa). */
  main: Feature | null;
  /** Polygons drawn in the archipelago inset (Hoàng Sa / Trường Sa); `null` for most units. */
  inset: Feature | null;
}

export interface Boundaries {
  units: MapUnit[];
  /** `2025` when the features carry `formerCodes` (merged provinces), else `2023`. */
  vintage: string;
}

/**
 * Polygons wholly east of 110.5°E are the Hoàng Sa (111.2–112.7°E) and Trường Sa (111.9–115.8°E)
 * archipelagos; every other Vietnamese island (Bạch Long Vĩ 107.7°E, Phú Quý 108.9°E) stays west.
 * Fitting the projection to them would leave half the map empty sea, so they go in an inset.
 */
export const OFFSHORE_LONGITUDE = 110.5;

/** Unit types stripped before comparing names, longest first ("Thành phố" before "Tỉnh"). */
const PREFIXES = [
  "thanh pho",
  "thi tran",
  "thi xa",
  "phuong",
  "huyen",
  "quan",
  "tinh",
  "xa",
  "tp.",
  "tx.",
  "tt.",
  "h.",
  "q.",
  "p.",
];

/**
 * Name key for `join="name"`: NFD, diacritics removed, đ → d, lower case, unit type removed
 * ("H. Việt Yên", "Huyện Việt Yên" and "viet yen" all give `viet yen`). Numbered units keep
 * their type, since "Quận 1" without it would be just "1".
 */
export function normalizeName(name: string): string {
  let text = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐð]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  for (const prefix of PREFIXES) {
    if (text.startsWith(prefix)) {
      const rest = text.slice(prefix.length).trim();
      if (rest && !/^\d+$/.test(rest) && (prefix.endsWith(".") || text[prefix.length] === " ")) {
        text = rest;
        break;
      }
    }
  }
  return text.replace(/[.'’]/g, "").replace(/\s+/g, " ").trim();
}

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

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === "Polygon") return [geometry.coordinates];
  if (geometry?.type === "MultiPolygon") return geometry.coordinates;
  return [];
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
  return { units, vintage };
}

/** Boundaries from a TopoJSON / GeoJSON value in one step. */
export function readBoundaries(
  source: unknown,
  object?: string | null,
  codeProperty?: string | null,
): Boundaries {
  return toMapUnits(readFeatures(source, object), codeProperty || "code");
}

// ---------------------------------------------------------------------------------------------
// Join

/** What one unit shows. `rate` is `null` unless `state` is `ok`. */
export interface UnitFigure {
  code: string;
  state: RatioState;
  rate: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  /** 1 = highest rate; ties share a rank. `null` without a rate. */
  rank: number | null;
}

export interface JoinResult {
  indicator: RatioIndicator | ProgressIndicator | null;
  /** Aligned with `units`: the figure of each unit, or `null` when the feed has none for it. */
  figures: (UnitFigure | null)[];
  /** Codes of observations that matched no unit of the map, sorted. */
  unmatched: string[];
  /** The publisher's own total (e.g. the whole province), when the map does not show that unit. */
  total: UnitFigure | null;
  /** Units with a rate, for "hạng 3/10". */
  ranked: number;
}

type MapIndicator = RatioIndicator | ProgressIndicator;

/**
 * The indicator a map shows: the one with this id, else the first ratio or progress indicator
 * that has figures for more than one unit (a map of one unit says nothing).
 */
export function pickIndicator(feed: IndicatorFeed, id?: string | null): MapIndicator | null {
  const candidates = feed.indicators.filter(
    (indicator): indicator is MapIndicator =>
      indicator.kind === "ratio" || indicator.kind === "progress",
  );
  if (id) return candidates.find((indicator) => indicator.id === id) ?? null;
  const multiUnit = candidates.find(
    (indicator) =>
      new Set(
        (indicator.observations as { unit?: string | undefined }[]).map((observation) =>
          observationUnit(feed, observation),
        ),
      ).size > 1,
  );
  return multiUnit ?? candidates[0] ?? null;
}

function figureOf(indicator: MapIndicator, observation: RatioObservation | ProgressObservation) {
  if (indicator.kind === "ratio") {
    const { state, rate, numerator, denominator, target } = ratioFigure(
      indicator,
      observation as RatioObservation,
    );
    return { state, rate, numerator, denominator, target };
  }
  const progress = observation as ProgressObservation;
  const numerator = progress.done ?? null;
  const denominator = progress.total ?? null;
  const target = progress.target ?? indicator.target ?? null;
  const base = { numerator, denominator, target, rate: null };
  if (progress.noData) return { ...base, state: "no-data" as const };
  if (denominator === 0) return { ...base, state: "no-dossiers" as const };
  const rate = rateOf(numerator, denominator) ?? progress.statedRate ?? null;
  return rate == null
    ? { ...base, state: "no-data" as const }
    : { ...base, rate, state: "ok" as const };
}

/**
 * Joins the indicator's per-unit observations (those without a `service`) to the map units, by
 * code or — only when asked — by normalised name within the same parent. Nothing is dropped
 * silently: every observation that finds no unit is listed in `unmatched`, except the
 * publisher's own total, which is returned as `total`.
 */
export function joinFigures(
  feed: IndicatorFeed,
  units: MapUnit[],
  indicatorId: string | null | undefined,
  join: "code" | "name" = "code",
): JoinResult {
  const indicator = pickIndicator(feed, indicatorId);
  const figures: (UnitFigure | null)[] = units.map(() => null);
  const result: JoinResult = { indicator, figures, unmatched: [], total: null, ranked: 0 };
  if (!indicator) return result;
  const byCode = new Map(units.map((unit, index) => [unit.code, index]));
  const byName = new Map<string, number[]>();
  if (join === "name")
    units.forEach((unit, index) => {
      for (const key of new Set([normalizeName(unit.name), normalizeName(unit.shortName)])) {
        byName.set(key, [...(byName.get(key) ?? []), index]);
      }
    });
  const unmatched = new Set<string>();
  const observations = indicator.observations as (RatioObservation | ProgressObservation)[];
  for (const observation of observations) {
    if ("service" in observation && observation.service) continue;
    const code = observationUnit(feed, observation);
    const index = join === "name" ? nameIndex(feed, code, units, byName) : byCode.get(code);
    const figure: UnitFigure = { code, rank: null, ...figureOf(indicator, observation) };
    if (index != null) figures[index] = { ...figure, code: units[index]?.code ?? code };
    else if (code === feed.publisher.unitCode) result.total = figure;
    else unmatched.add(code);
  }
  result.unmatched = [...unmatched].sort();
  const rates = figures
    .map((figure) => figure?.rate)
    .filter((rate): rate is number => rate != null)
    .sort((a, b) => b - a);
  // Competition ranking (1, 2, 2, 4): a map of first positions keeps 10 600 communes linear.
  const firstPosition = new Map<number, number>();
  rates.forEach((rate, i) => firstPosition.has(rate) || firstPosition.set(rate, i + 1));
  for (const figure of figures)
    if (figure?.rate != null) figure.rank = firstPosition.get(figure.rate) ?? null;
  result.ranked = rates.length;
  return result;
}

function nameIndex(
  feed: IndicatorFeed,
  code: string,
  units: MapUnit[],
  byName: Map<string, number[]>,
): number | undefined {
  const registered = feed.units?.find((unit) => unit.code === code);
  if (!registered) return undefined;
  const candidates = byName.get(normalizeName(localize(registered.name, "vi"))) ?? [];
  if (candidates.length === 1) return candidates[0];
  // Short names repeat across provinces (several "Châu Thành"): only a same-parent match counts.
  const sameParent = candidates.filter((index) => units[index]?.parent === registered.parent);
  return sameParent.length === 1 ? sameParent[0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Colour

export type ScaleKind = "sequential" | "target" | "threshold";

/** One legend entry / colour class: values in `[from, to)` (the last class includes `to`). */
export interface ColorClass {
  color: string;
  from: number | null;
  to: number | null;
  /** For the target scale: which side of the target. */
  side?: "below" | "at" | "above";
}

export interface Classification {
  kind: ScaleKind;
  classes: ColorClass[];
  /** Class index of each unit (aligned with units), `null` = no data. */
  bins: (number | null)[];
  /** Decimals that tell the class limits apart (2,5 → 1). */
  decimals: number;
}

/**
 * ColorBrewer "Blues" (sequential, colour-blind safe, prints in greyscale) for 2–8 classes;
 * darker = higher.
 */
export const BLUES: Record<number, string[]> = {
  1: ["#6baed6"],
  2: ["#bdd7e7", "#2171b5"],
  3: ["#deebf7", "#9ecae1", "#3182bd"],
  4: ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
  5: ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
  6: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
  7: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
  8: ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
};

/** ColorBrewer "PuOr" ends and middle: below target orange, at target pale, above purple. */
export const TARGET_COLORS = { below: "#e66101", at: "#fee0b6", above: "#5e3c99" } as const;

/**
 * Class limits on round numbers: the largest "nice" step (1, 2, 2,5, 5 × 10ⁿ) that still gives
 * at least `count` classes, at most 7. Bắc Giang 80,63–93,60 % → 2,5-point classes 80–95 (6).
 */
export function niceLimits(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min, min === max ? min + 1 : max];
  const wanted = Math.max(2, Math.min(7, Math.round(count)));
  let best: number[] = [min, max];
  let bestScore = Infinity;
  const top = Math.ceil(Math.log10(max - min)) + 1;
  for (let exponent = top; exponent > top - 6; exponent--) {
    for (const base of [5, 2.5, 2, 1]) {
      const step = base * 10 ** exponent;
      const start = Math.floor(min / step + 1e-9) * step;
      const classes = Math.max(1, Math.ceil((max - start) / step - 1e-9));
      // Fewer classes than asked cost more than more classes; ties go to the larger step.
      const score = classes < wanted ? (wanted - classes) * 2 : classes - wanted;
      if (classes >= 2 && classes <= 7 && score < bestScore) {
        bestScore = score;
        best = Array.from({ length: classes + 1 }, (_, i) => round(start + i * step));
      }
    }
  }
  return best;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Decimals that tell the class limits apart, at most 2. */
function decimalsOf(values: number[]): number {
  return Math.min(2, Math.max(0, ...values.map(printedDecimals)));
}

/** Parses `thresholds="60,80,90"` (also `;` or spaces), ascending, ignoring junk. */
export function parseThresholds(text: string | null | undefined): number[] {
  return [
    ...new Set(
      (text ?? "")
        .split(/[\s,;]+/)
        .map(Number)
        .filter((value) => Number.isFinite(value)),
    ),
  ].sort((a, b) => a - b);
}

/** The class of each rate: how many of the ascending `limits` it reaches; `null` = no data. */
function binsOf(rates: (number | null)[], limits: number[]): (number | null)[] {
  return rates.map((rate) =>
    rate == null ? null : limits.filter((limit) => rate >= limit).length,
  );
}

/** Colour classes and the class of each figure. */
export function classify(
  figures: (UnitFigure | null)[],
  kind: ScaleKind,
  options: { bins?: number; thresholds?: number[]; target?: number | null; band?: number } = {},
): Classification {
  const rates = figures.map((figure) => figure?.rate ?? null);
  const known = rates.filter((rate): rate is number => rate != null);
  if (kind === "target" && options.target != null) {
    const target = options.target;
    const band = options.band ?? 5;
    const classes: ColorClass[] = [
      { color: TARGET_COLORS.below, from: null, to: target, side: "below" },
      { color: TARGET_COLORS.at, from: target, to: target + band, side: "at" },
      { color: TARGET_COLORS.above, from: target + band, to: null, side: "above" },
    ];
    return {
      kind,
      classes,
      decimals: decimalsOf([target, band]),
      bins: binsOf(rates, [target, target + band]),
    };
  }
  if (kind === "threshold" && options.thresholds?.length) {
    const limits = options.thresholds;
    const palette = BLUES[limits.length + 1] ?? BLUES[8]!;
    const classes: ColorClass[] = [null, ...limits].map((from, i) => ({
      color: palette[Math.min(i, palette.length - 1)]!,
      from,
      to: limits[i] ?? null,
    }));
    return {
      kind,
      classes,
      decimals: decimalsOf(limits),
      bins: binsOf(rates, limits),
    };
  }
  if (!known.length)
    return {
      kind: "sequential",
      classes: [],
      bins: rates.map(() => null),
      decimals: 0,
    };
  const limits = niceLimits(Math.min(...known), Math.max(...known), options.bins ?? 5);
  const count = limits.length - 1;
  const palette = BLUES[count] ?? BLUES[7]!;
  const classes = palette.slice(0, count).map((color, i) => ({
    color,
    from: limits[i] ?? null,
    to: limits[i + 1] ?? null,
  }));
  return {
    kind: "sequential",
    classes,
    decimals: decimalsOf(limits),
    // Every rate lies within the outer limits (they enclose the minimum and the maximum), so
    // only the inner ones divide.
    bins: binsOf(rates, limits.slice(1, -1)),
  };
}

/** Relative luminance (WCAG) of `#rrggbb`, to pick a label colour that reads on the fill. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

// ---------------------------------------------------------------------------------------------
// Projection and layout

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

/**
 * What the map needs of projected geometry, measured in one pass over d3's geometry stream: SVG
 * path data with one decimal, planar area, bounds and centroid, each computed as d3's `geoPath`
 * computes it (path text to the character; area and centroid summed in the same order). One sink
 * instead of geoPath's five measuring contexts and d3-array's exact adder: ~1 kB gzip less, and
 * one walk over 10 600 communes instead of four.
 */
export class PlanarMeasure implements GeoStream {
  d = "";
  area = 0;
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  readonly #withPath: boolean;
  #inPolygon = false;
  #polygonSum = 0;
  #inLine = false;
  #firstInLine = true;
  #startX = 0;
  #startY = 0;
  #lastX = 0;
  #lastY = 0;
  // Centroid sums, as d3's: by area (rings), by length (lines), by count (points).
  #ax = 0;
  #ay = 0;
  #az = 0;
  #lx = 0;
  #ly = 0;
  #lz = 0;
  #px = 0;
  #py = 0;
  #pz = 0;

  constructor(withPath: boolean) {
    this.#withPath = withPath;
  }

  /** Area-weighted centroid of the polygons; of the lines or points when there are none. */
  get centroid(): [number, number] {
    if (this.#az) return [this.#ax / this.#az, this.#ay / this.#az];
    if (this.#lz) return [this.#lx / this.#lz, this.#ly / this.#lz];
    if (this.#pz) return [this.#px / this.#pz, this.#py / this.#pz];
    return [NaN, NaN];
  }

  point(x: number, y: number): void {
    this.x0 = Math.min(this.x0, x);
    this.y0 = Math.min(this.y0, y);
    this.x1 = Math.max(this.x1, x);
    this.y1 = Math.max(this.y1, y);
    // A lone point (boundary files have none) counts for bounds and centroid; it draws nothing.
    if (this.#inLine) this.#linePoint(x, y);
    this.#px += x;
    this.#py += y;
    this.#pz++;
    this.#lastX = x;
    this.#lastY = y;
  }

  #linePoint(x: number, y: number): void {
    if (this.#firstInLine) {
      this.#firstInLine = false;
      this.#startX = x;
      this.#startY = y;
      if (this.#withPath) this.d += `M${tenth(x)},${tenth(y)}`;
    } else {
      this.#edge(x, y);
      if (this.#withPath) this.d += `L${tenth(x)},${tenth(y)}`;
    }
  }

  /** The segment from the last point to (x, y): its length and, in a ring, its area share. */
  #edge(x: number, y: number): void {
    const x0 = this.#lastX;
    const y0 = this.#lastY;
    const length = Math.sqrt((x - x0) * (x - x0) + (y - y0) * (y - y0));
    this.#lx += (length * (x0 + x)) / 2;
    this.#ly += (length * (y0 + y)) / 2;
    this.#lz += length;
    if (!this.#inPolygon) return;
    const cross = y0 * x - x0 * y;
    this.#polygonSum += cross;
    this.#ax += cross * (x0 + x);
    this.#ay += cross * (y0 + y);
    this.#az += cross * 3;
  }

  lineStart(): void {
    this.#inLine = true;
    this.#firstInLine = true;
  }

  lineEnd(): void {
    this.#inLine = false;
    if (!this.#inPolygon || this.#firstInLine) return;
    // Close the ring: the edge back to its first point counts, as in d3.
    this.#edge(this.#startX, this.#startY);
    this.#px += this.#startX;
    this.#py += this.#startY;
    this.#pz++;
    if (this.#withPath) this.d += "Z";
  }

  polygonStart(): void {
    this.#inPolygon = true;
    this.#polygonSum = 0;
  }

  polygonEnd(): void {
    this.#inPolygon = false;
    this.area += Math.abs(this.#polygonSum) / 2;
  }

  sphere(): void {}
}

const tenth = (value: number) => Math.round(value * 10) / 10;

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

// ---------------------------------------------------------------------------------------------
// Keyboard

export type Direction = "left" | "right" | "up" | "down";

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The unit an arrow key moves to: the nearest centroid in that direction, within ±63° of it,
 * sideways distance counting double (so → prefers the neighbour level with you over a closer
 * one far above). Returns `from` when nothing lies that way.
 */
export function neighbour(
  points: { cx: number; cy: number }[],
  from: number,
  direction: Direction,
): number {
  const origin = points[from];
  if (!origin) return from;
  const [vx, vy] = VECTORS[direction];
  let best = from;
  let bestScore = Infinity;
  points.forEach((point, index) => {
    if (index === from || !Number.isFinite(point.cx)) return;
    const dx = point.cx - origin.cx;
    const dy = point.cy - origin.cy;
    const along = dx * vx + dy * vy;
    const across = Math.abs(dx * vy - dy * vx);
    if (along <= 0 || across > along * 2) return;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/** Labels that fit inside their unit: its box holds the text and a line of air. */
export function labelFits(unit: ProjectedUnit, text: string, fontPx: number): boolean {
  const textWidth = text.length * fontPx * 0.56;
  return (
    unit.x1 - unit.x0 >= textWidth * 1.15 &&
    unit.y1 - unit.y0 >= fontPx * 2 &&
    unit.area >= textWidth * fontPx * 2.2
  );
}

// ---------------------------------------------------------------------------------------------
// Vintage

/**
 * Whether a feed's unit list and a boundary file belong to the same era: before the reform of
 * 1 July 2025 (63 provinces, 705 districts; lists of 2023 and 2024 share the codes) or after it
 * (34 provinces, no districts).
 */
export function sameVintage(feedVintage: string, mapVintage: string): boolean {
  const afterReform = (year: string) => Number(year) >= 2025;
  return afterReform(feedVintage) === afterReform(mapVintage);
}
