/** ISO 8601 durations (`PT15M`, `P1D`, `P1M`): to milliseconds, and to parts as written. */

const ISO_DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Months count 31 days and years 366: an expected-update interval errs on the generous side, so
 * "stale" is never cried early. */
const UNIT_MS = {
  Y: 366 * 86_400_000,
  M: 31 * 86_400_000,
  W: 7 * 86_400_000,
  D: 86_400_000,
  H: 3_600_000,
  m: 60_000,
  S: 1_000,
} as const;

/** `PT15M` → 900000; `null` for anything that is not an ISO 8601 duration. */
export function durationMs(duration: string): number | null {
  const match = ISO_DURATION.exec(duration);
  if (!match || duration === "P" || duration.endsWith("T")) return null;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => Number(part ?? 0));
  return (
    y! * UNIT_MS.Y +
    mo! * UNIT_MS.M +
    w! * UNIT_MS.W +
    d! * UNIT_MS.D +
    h! * UNIT_MS.H +
    mi! * UNIT_MS.m +
    s! * UNIT_MS.S
  );
}

export type DurationUnit = "y" | "mo" | "w" | "d" | "h" | "min" | "s";

/** `P1M` → `[[1, "mo"]]`, `PT1H30M` → `[[1, "h"], [30, "min"]]`: read as written, not as ms. */
export function durationParts(iso: string): Array<[number, DurationUnit]> {
  const match = ISO_DURATION.exec(iso);
  if (!match) return [];
  const units: DurationUnit[] = ["y", "mo", "w", "d", "h", "min", "s"];
  return units.flatMap((unit, i): Array<[number, DurationUnit]> => {
    const value = Number(match[i + 1] ?? 0);
    return value ? [[value, unit]] : [];
  });
}
