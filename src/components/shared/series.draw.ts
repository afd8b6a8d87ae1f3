/**
 * Series geometry (the trend, the sparklines): where each period sits and how high, in a
 * 0–1000 square that the SVG stretches to the element (`preserveAspectRatio="none"`, strokes that do not scale). Lines are split at
 * gaps, so an unreported period is drawn as nothing — never as a drop to zero. Pure, no DOM.
 */
import type { TrendPoint } from "../../data/history.js";

export const VIEW = 1000;

export interface TrendGeometry {
  /** Centre of each point's slot, 0–1000 from the left. */
  xs: number[];
  /** Slot width, for columns and gap bands. */
  slot: number;
  /** The top of the scale, in percent: 100, or more when a value or the target is above it. */
  top: number;
  /** 0–1000 from the top for a value in percent. */
  y: (value: number) => number;
  /** One path per run of consecutive reported periods. */
  runs: string[];
  /** Percent ticks shown on the scale. */
  ticks: number[];
}

/** `reach`: a value the scale must reach too (small multiples share the highest of all panels). */
export function trendGeometry(
  points: readonly TrendPoint[],
  target: number | null,
  reach = 0,
): TrendGeometry {
  const count = Math.max(points.length, 1);
  const slot = VIEW / count;
  const xs = points.map((_, i) => slot * (i + 0.5));
  const highest = Math.max(100, target ?? 0, reach, ...points.map((p) => p.value ?? 0));
  // Over-100 % values are shown honestly: the scale grows to the next 10 above them.
  const top = highest > 100 ? Math.ceil(highest / 10) * 10 : 100;
  const y = (value: number) => VIEW - (Math.max(0, value) / top) * VIEW;
  const runs: string[] = [];
  let run: string[] = [];
  // A run of one period (a gap on each side) is a zero-length line: its round cap draws a dot.
  const end = () => run.length && runs.push(run.join(" ") + (run.length === 1 ? " h0" : ""));
  points.forEach((point, i) => {
    if (point.value == null) {
      end();
      run = [];
      return;
    }
    run.push(`${run.length ? "L" : "M"}${xs[i]!.toFixed(1)},${y(point.value).toFixed(1)}`);
  });
  end();
  const ticks = top > 100 ? [0, 50, 100, top] : [0, 50, 100];
  return { xs, slot, top, y, runs, ticks };
}

/** The index of the slot under a horizontal position given as a fraction 0–1 of the width. */
export function slotAt(fraction: number, count: number): number {
  return Math.min(count - 1, Math.max(0, Math.floor(fraction * count)));
}
