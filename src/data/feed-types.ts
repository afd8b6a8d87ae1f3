/** The shapes the feed runtime hands to widgets: snapshots, errors, subscription options. */
import type { ConsistencyWarning } from "./consistency.js";
import { bilingual } from "./messages.js";
import type { BilingualText, FeedIssue } from "./parse.js";
import type { IndicatorFeed } from "./schema.js";

export type FeedStatus = "loading" | "ok" | "stale" | "error";

export type FeedErrorKind = "network" | "http" | "timeout" | "invalid";

export interface FeedError {
  kind: FeedErrorKind;
  /** HTTP status for `http` errors. */
  status?: number;
  message: BilingualText;
  /** Validation problems for `invalid` errors. */
  issues?: FeedIssue[];
  /**
   * The technical words of the failure as the browser or server gave them ("Failed to fetch"),
   * untranslated: shown behind the chip's disclosure, never inside a Vietnamese sentence.
   */
  detail?: string;
  /**
   * How long the server asked us to wait (`Retry-After` on a 429 or 503), in ms, after the cap of
   * the back-off maximum; absent when it asked nothing.
   */
  retryAfterMs?: number;
}

/** What a widget needs to render a feed at one moment. Replaced, never mutated. */
export interface FeedSnapshot {
  status: FeedStatus;
  /** The last good feed, kept through failed refreshes. */
  feed: IndicatorFeed | null;
  warnings: ConsistencyWarning[];
  /** Local clock time at which `feed` was last received or confirmed (304). */
  receivedAt: number | null;
  /** The most recent failure; set in `stale` and `error`. */
  error: FeedError | null;
  /**
   * Server time minus local time, in ms, from the response `Date` header when readable; `0`
   * otherwise. Widgets do not read it alone: `clockOffset(snapshot)` (clock.ts) is the one rule
   * that corrects a wrong viewer clock, within plausible bounds.
   */
  clockOffsetMs: number;
  /**
   * Local clock time of the next try after a failure (back-off or `Retry-After`); `null` when no
   * retry is waiting (the feed is fine, or it was inline data).
   */
  nextTryAt?: number | null;
}

export interface FeedOptions {
  /**
   * Poll every this many ms; absent or 0 = load once (and retry on failure). Intervals below
   * `MIN_REFRESH_MS` (1 s) are slowed to it.
   */
  refreshMs?: number;
  /**
   * Server-Sent Events URL. The events listened to are `SSE_EVENTS` (feed-events.ts): an event
   * whose data is a whole valid feed is applied, any other is a "changed, refetch" signal;
   * refetches are coalesced (one in flight, at most one a second, the latest event wins).
   */
  sse?: string;
  /** Abort a request after this many ms. Default 15 s. */
  timeoutMs?: number;
  /** Fetch credentials; default `same-origin`, so cross-origin feeds go without cookies. */
  credentials?: RequestCredentials;
}

/** The error of a feed that failed validation, with its problems. */
export function invalidFeedError(issues: FeedIssue[]): FeedError {
  return { kind: "invalid", issues, message: bilingual((m) => m.invalidFeed) };
}

/** The snapshot before anything has arrived: loading, no feed. */
export const INITIAL_SNAPSHOT: FeedSnapshot = {
  status: "loading",
  feed: null,
  warnings: [],
  receivedAt: null,
  error: null,
  clockOffsetMs: 0,
  nextTryAt: null,
};
