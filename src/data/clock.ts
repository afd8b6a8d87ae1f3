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
 * The most any outside time — a server's `Date` header, a feed's `generatedAt` — may move the
 * viewer's clock: ±5 min. Outside times are untrusted: a server two hours fast, a publisher that
 * wrote local time as UTC or a `generatedAt` in year 9999 would otherwise shift every age on a
 * wall by as much. Five minutes covers a PC without time sync; evidence of a larger difference
 * is more likely the outside clock's error than ours, so it is not used at all (clamping it would
 * make every age wrong by five minutes instead).
 */
export const MAX_CLOCK_CORRECTION_MS = 5 * 60_000;

/** Outside times are plausible from 2000 to 2100; anything else is a typo or garbage. */
const EARLIEST_PLAUSIBLE = Date.UTC(2000, 0, 1);
const LATEST_PLAUSIBLE = Date.UTC(2100, 0, 1);

/** `ms` is a finite time between 2000 and 2100. */
export function isPlausibleTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_PLAUSIBLE && ms < LATEST_PLAUSIBLE;
}

/** An outside date-time (ISO 8601, or an HTTP date) in ms, or `null` when it is not plausible. */
export function outsideTime(text: string | null | undefined): number | null {
  if (!text) return null;
  const ms = Date.parse(text);
  return isPlausibleTime(ms) ? ms : null;
}

/** A correction worth applying: finite and within ±`MAX_CLOCK_CORRECTION_MS`. */
function trusted(offset: number): boolean {
  return Number.isFinite(offset) && offset !== 0 && Math.abs(offset) <= MAX_CLOCK_CORRECTION_MS;
}

/**
 * Server time minus local time from a response's `Date` header, in ms, as the server says it
 * (`clockOffset` decides whether to believe it); `null` when there is no header, or it is not a plausible date
 * (garbage, year 1900 or 99999: a `NaN` offset would turn every age into `NaN`).
 */
export function dateHeaderOffset(
  dateHeader: string | null | undefined,
  localNow: number,
): number | null {
  const server = outsideTime(dateHeader);
  if (server == null || !Number.isFinite(localNow)) return null;
  return server - localNow;
}

/**
 * How far the viewer's clock is behind the truth, in ms (add it to the local time) — the one
 * rule every element uses. Only a difference of at most `MAX_CLOCK_CORRECTION_MS` (5 min) is
 * believed; larger, non-finite or implausible evidence counts as none:
 *
 * 1. The server's `Date` header (`snapshot.clockOffsetMs`) when the hub could read one.
 * 2. Otherwise, when the feed says it was generated after the moment we received it, the viewer's
 *    clock is behind by at least `generatedAt − receivedAt`: a wall whose clock is a few minutes
 *    slow would show ages in the future.
 * 3. Otherwise 0: a feed generated in the past proves nothing about the local clock.
 */
export function clockOffset(snapshot: ClockEvidence): number {
  if (trusted(snapshot.clockOffsetMs)) return snapshot.clockOffsetMs;
  if (!snapshot.feed || snapshot.receivedAt == null || !Number.isFinite(snapshot.receivedAt))
    return 0;
  const generated = outsideTime(snapshot.feed.generatedAt);
  if (generated == null || generated <= snapshot.receivedAt) return 0;
  const behind = generated - snapshot.receivedAt;
  return trusted(behind) ? behind : 0;
}

/** The corrected time: the viewer's clock plus `clockOffset(snapshot)`. */
export function trueNow(snapshot: ClockEvidence, localNow: number): number {
  return localNow + clockOffset(snapshot);
}

/**
 * Age at the corrected time `now` of an outside time `then` (ms), never negative; `null` when
 * `then` is unknown or implausible — not a time, or later than any correction can explain (a
 * `lastUpdated` in year 9999 is no proof of freshness).
 */
export function ageAt(then: number | null, now: number): number | null {
  if (then == null || !isPlausibleTime(then) || !Number.isFinite(now)) return null;
  if (then > now + MAX_CLOCK_CORRECTION_MS) return null;
  return Math.max(0, now - then);
}

/**
 * Age of a feed in ms at the corrected time: since it was generated, never negative. When
 * `generatedAt` is not plausible (garbage, or later than any clock correction explains), the
 * age counts from when it was received instead, so `stale-after` still works.
 */
export function feedAgeMs(snapshot: ClockEvidence, localNow: number): number | null {
  if (!snapshot.feed) return null;
  const now = trueNow(snapshot, localNow);
  const generated = ageAt(outsideTime(snapshot.feed.generatedAt), now);
  if (generated != null) return generated;
  if (snapshot.receivedAt == null || !Number.isFinite(snapshot.receivedAt)) return null;
  return Math.max(0, localNow - snapshot.receivedAt);
}
