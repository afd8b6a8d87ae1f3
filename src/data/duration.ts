/** ISO 8601 durations (`PT15M`, `P1D`, `P1M`) to milliseconds. Months count 31 days and years
 * 366: an expected-update interval errs on the generous side, so "stale" is never cried early. */
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
  const match =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
      duration,
    );
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
