/**
 * Time: the one clock source and the one rule that corrects a viewer's wrong clock. Every age a
 * widget shows (the stale badge, a status tile's "cập nhật 3 phút trước") is
 * `clock.now() + clockOffset(snapshot) − then`, so two widgets on one wall never disagree.
 */

/** What the offset rule reads of a feed snapshot (`FeedSnapshot` has it all). */
export interface ClockEvidence {
  /** Offset from the response's `Date` header; `0` when there was none. */
  clockOffsetMs: number;
  /** Local time the feed was received or confirmed. */
  receivedAt: number | null;
  feed: { generatedAt: string } | null;
}

/** Reads the time; replaceable by a fake in tests and soaks. */
export interface TimeSource {
  now(): number;
}

/** A time source with timers (the feed hub schedules refreshes and back-off with it). */
export interface Clock extends TimeSource {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Server time minus local time from a response's `Date` header, in ms; `null` when there is no
 * header or it is not a date (a `NaN` offset would turn every age into `NaN`).
 */
export function dateHeaderOffset(
  dateHeader: string | null | undefined,
  localNow: number,
): number | null {
  if (!dateHeader) return null;
  const offset = Date.parse(dateHeader) - localNow;
  return Number.isFinite(offset) ? offset : null;
}

/**
 * How far the viewer's clock is behind the truth, in ms (add it to the local time):
 *
 * 1. The server's `Date` header (`snapshot.clockOffsetMs`) when the hub could read one.
 * 2. Otherwise, when the feed says it was generated after the moment we received it, the viewer's
 *    clock is behind by at least `generatedAt − receivedAt`: a wall whose clock is two hours slow
 *    would show every subsystem two hours "fresher" than it is, or ages in the future.
 * 3. Otherwise 0: a feed generated in the past proves nothing about the local clock.
 *
 * Non-finite inputs count as absent. (Bounding the correction to plausible values is issue 22.)
 */
export function clockOffset(snapshot: ClockEvidence): number {
  if (snapshot.clockOffsetMs && Number.isFinite(snapshot.clockOffsetMs))
    return snapshot.clockOffsetMs;
  if (!snapshot.feed || snapshot.receivedAt == null || !Number.isFinite(snapshot.receivedAt))
    return 0;
  const generated = Date.parse(snapshot.feed.generatedAt);
  return Number.isFinite(generated) && generated > snapshot.receivedAt
    ? generated - snapshot.receivedAt
    : 0;
}

/** The corrected time: the viewer's clock plus `clockOffset(snapshot)`. */
export function trueNow(snapshot: ClockEvidence, localNow: number): number {
  return localNow + clockOffset(snapshot);
}

/** Age of a feed in ms at the corrected time: since it was generated, never negative. */
export function feedAgeMs(snapshot: ClockEvidence, localNow: number): number | null {
  if (!snapshot.feed) return null;
  const generated = Date.parse(snapshot.feed.generatedAt);
  if (!Number.isFinite(generated)) return null;
  return Math.max(0, trueNow(snapshot, localNow) - generated);
}
