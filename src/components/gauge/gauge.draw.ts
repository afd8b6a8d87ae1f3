/**
 * Gauge geometry: rates → SVG path data and bar percentages. Pure maths, no DOM, no Lit.
 *
 * The arc is a half ring (180°, from 9 to 3 o'clock) so a tile stays wider than tall and the big
 * number fits in the hollow. Rates above 100 % fill the ring and the true number is printed; the
 * ring never wraps round, which would read as a small value.
 */
/**
 * View box of the arc, centred on (0, 0): the half ring spans x −100…100 and y −100…0, plus
 * room for the target tick.
 */
export const VIEW_BOX = "-100 -101 200 105";
const OUTER = 96;
const INNER = 68;
/** Thin band ring inside the value ring: below-target and at-or-above-target zones. */
const BAND_OUTER = 64;
const BAND_INNER = 58;
const START = -Math.PI / 2;
const SWEEP = Math.PI;

/** Share of the scale a rate fills, clamped to 0–1 (a rate of 103,2 % fills it). */
export function fillFraction(rate: number | null): number {
  if (rate == null || !Number.isFinite(rate)) return 0;
  return Math.min(1, Math.max(0, rate / 100));
}

export interface Segment {
  d: string;
  kind: "below" | "above";
}

export interface GaugeGeometry {
  /** The whole ring, 0–100 %. */
  track: string;
  /** The filled part, 0–rate. Same path structure for every positive rate, so CSS can tween it. */
  value: string;
  /** Target zones on the inner band ring; empty without a target. */
  bands: Segment[];
  /** Target tick across the value ring, or `null`. */
  target: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Point at `radius` and `angle` (radians clockwise from 12 o'clock; screen y grows down). */
function point(radius: number, angle: number): [x: number, y: number] {
  return [round(radius * Math.sin(angle)), round(-radius * Math.cos(angle))];
}

function polar(radius: number, angle: number): string {
  return point(radius, angle).join(",");
}

/**
 * A ring sector from fraction `from` to `to` of the half ring: outer arc clockwise, inner arc
 * back. The sweep never exceeds 180°, so the large-arc flag is always 0. A hand-written path
 * (rather than d3-shape's `arc`, 4,9 kB gzip) because corners, padding and wrap-around, what
 * d3-shape adds, are never needed here; the structure is the same for every rate, so CSS can
 * tween between two values.
 */
function path(inner: number, outer: number, from: number, to: number): string {
  const start = START + SWEEP * from;
  const end = START + SWEEP * to;
  return (
    `M${polar(outer, start)}A${outer},${outer},0,0,1,${polar(outer, end)}` +
    `L${polar(inner, end)}A${inner},${inner},0,0,0,${polar(inner, start)}Z`
  );
}

/** Paths for one rate and target. Zero-width segments are dropped (a degenerate path draws as a hairline). */
export function gaugeGeometry(rate: number | null, target: number | null): GaugeGeometry {
  const fraction = fillFraction(rate);
  const geometry: GaugeGeometry = {
    track: path(INNER, OUTER, 0, 1),
    value: fraction > 0 ? path(INNER, OUTER, 0, fraction) : "",
    bands: [],
    target: null,
  };
  if (target == null) return geometry;
  const at = fillFraction(target);
  if (at > 0) geometry.bands.push({ d: path(BAND_INNER, BAND_OUTER, 0, at), kind: "below" });
  if (at < 1) geometry.bands.push({ d: path(BAND_INNER, BAND_OUTER, at, 1), kind: "above" });
  // The tick crosses both rings, from inside the band to beyond the value ring.
  const angle = START + SWEEP * at;
  const [x1, y1] = point(BAND_INNER - 2, angle);
  const [x2, y2] = point(OUTER + 4, angle);
  geometry.target = { x1, y1, x2, y2 };
  return geometry;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
