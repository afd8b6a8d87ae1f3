/** ISO 8601 durations (`PT15M`, `P1D`, `P1M`): to milliseconds, and to parts as written. */

const ISO_DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export type DurationUnit = "y" | "mo" | "w" | "d" | "h" | "min" | "s";

/**
 * The pattern's groups in order: each one's unit and length. Months count 31 days and years 366:
 * an expected-update interval errs on the generous side, so "stale" is never cried early.
 */
const UNITS: ReadonlyArray<readonly [DurationUnit, number]> = [
  ["y", 366 * 86_400_000],
  ["mo", 31 * 86_400_000],
  ["w", 7 * 86_400_000],
  ["d", 86_400_000],
  ["h", 3_600_000],
  ["min", 60_000],
  ["s", 1_000],
];

/** `PT15M` → 900000; `null` for anything that is not an ISO 8601 duration. */
export function durationMs(duration: string): number | null {
  const match = ISO_DURATION.exec(duration);
  if (!match || duration === "P" || duration.endsWith("T")) return null;
  return UNITS.reduce((ms, [, unitMs], i) => ms + Number(match[i + 1] ?? 0) * unitMs, 0);
}

/** `P1M` → `[[1, "mo"]]`, `PT1H30M` → `[[1, "h"], [30, "min"]]`: read as written, not as ms. */
export function durationParts(iso: string): Array<[number, DurationUnit]> {
  const match = ISO_DURATION.exec(iso);
  if (!match) return [];
  return UNITS.flatMap(([unit], i): Array<[number, DurationUnit]> => {
    const value = Number(match[i + 1] ?? 0);
    return value ? [[value, unit]] : [];
  });
}
