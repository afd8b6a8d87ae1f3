/**
 * Funnel geometry: where a count sits on the shared scale of the bars. The figures themselves
 * (values, percentages, conversions, levels) are src/data/figures/funnel.ts.
 */

/** Length on the shared scale, in percent of the track (0–100). */
export function scaleLength(value: number | null, max: number): number {
  if (value == null || !(max > 0)) return 0;
  return Math.max(0, Math.min(100, (100 * value) / max));
}
