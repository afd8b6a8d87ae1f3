/**
 * Colour classes of a choropleth: which class each unit's rate falls in, on round limits, by
 * threshold or around a target. The classes name a palette step, not a colour: the colours are
 * the element's documented tokens (`--chiso-choropleth-class-*`), so they stay themeable.
 * Pure, no DOM.
 */
import { printedDecimals } from "./rate.js";

export type ScaleKind = "sequential" | "target" | "threshold";

/** Most classes a sequential ramp has (ColorBrewer's Blues goes to 9; 8 stay tellable apart). */
export const MAX_RAMP = 8;

/** One legend entry / colour class: values in `[from, to)` (the last class includes `to`). */
export interface ColorClass {
  from: number | null;
  to: number | null;
  /** For the target scale: which side of the target; its colour is that side's. */
  side?: "below" | "at" | "above";
  /** For the other scales: step `step` (0 = lightest) of the sequential ramp of `of` colours. */
  ramp: { of: number; step: number } | null;
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

/** Colour classes and the class of each figure (`null` = no figure or no rate). */
export function classify(
  figures: readonly ({ rate: number | null } | null)[],
  kind: ScaleKind,
  options: { bins?: number; thresholds?: number[]; target?: number | null; band?: number } = {},
): Classification {
  const rates = figures.map((figure) => figure?.rate ?? null);
  const known = rates.filter((rate): rate is number => rate != null);
  if (kind === "target" && options.target != null) {
    const target = options.target;
    const band = options.band ?? 5;
    const classes: ColorClass[] = [
      { from: null, to: target, side: "below", ramp: null },
      { from: target, to: target + band, side: "at", ramp: null },
      { from: target + band, to: null, side: "above", ramp: null },
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
    const of = Math.min(MAX_RAMP, limits.length + 1);
    const classes: ColorClass[] = [null, ...limits].map((from, i) => ({
      from,
      to: limits[i] ?? null,
      ramp: { of, step: Math.min(i, of - 1) },
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
  const classes: ColorClass[] = Array.from({ length: count }, (_, i) => ({
    from: limits[i] ?? null,
    to: limits[i + 1] ?? null,
    ramp: { of: count, step: i },
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
