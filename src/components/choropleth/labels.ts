/**
 * Unit labels on the map: which units get one (it fits inside the unit; the largest first), and
 * which text colour reads on the unit's fill. Pure, no DOM.
 */
import type { Classification } from "../../data/figures/classify.js";
import type { MapUnit } from "./boundaries.js";
import type { MapLayout, ProjectedUnit } from "./projection.js";

export interface Label {
  text: string;
  /** `dark` text on a light fill, `light` on a dark one, `plain` (theme text) on the hatch. */
  tone: "dark" | "light" | "plain";
  /** The unit's label anchor (its centroid). */
  x: number;
  y: number;
}

/** At most this many labels: a map of 705 districts with 705 names is a grey smear. */
const MAX_LABELS = 150;
/** Above 2 000 units (communes) no unit has room for a label: they are not even measured. */
const MEASURED_UP_TO = 2000;

const NO_LABELS: readonly Label[] = [];

/** Labels that fit inside their unit: its box holds the text and a line of air. */
export function labelFits(unit: ProjectedUnit, text: string, fontPx: number): boolean {
  const textWidth = text.length * fontPx * 0.56;
  return (
    unit.x1 - unit.x0 >= textWidth * 1.15 &&
    unit.y1 - unit.y0 >= fontPx * 2 &&
    unit.area >= textWidth * fontPx * 2.2
  );
}

/**
 * The labels to draw: the short name of every unit it fits in, largest units first, a "▼" before
 * units below the target (colour is never the only cue). `fills` are the units' colours as
 * `#rrggbb` (`null` = no data).
 */
export function mapLabels(
  layout: MapLayout,
  units: readonly MapUnit[],
  classes: Classification | null,
  fills: readonly (string | null)[],
  fontPx: number,
): readonly Label[] {
  // The same empty list every time: the canvas repaints its lines only when the labels change.
  if (layout.units.length > MEASURED_UP_TO) return NO_LABELS;
  const labels: (Label & { area: number })[] = [];
  layout.units.forEach((projected, index) => {
    const unit = units[index];
    if (!unit) return;
    const fill = fills[index] ?? null;
    const below = classes?.classes[classes.bins[index] ?? -1]?.side === "below";
    const text = `${below ? "▼ " : ""}${unit.shortName}`;
    if (!labelFits(projected, text, fontPx)) return;
    // 0,21: where the dark label text (#1f2328) and white read equally well (4:1 each).
    const tone = !fill ? "plain" : luminance(fill) > 0.21 ? "dark" : "light";
    labels.push({ text, tone, x: projected.cx, y: projected.cy, area: projected.area });
  });
  return labels
    .sort((a, b) => b.area - a.area)
    .slice(0, MAX_LABELS)
    .map(({ text, tone, x, y }) => ({ text, tone, x, y }));
}

/** Relative luminance (WCAG) of `#rrggbb`, to pick a label colour that reads on the fill. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
