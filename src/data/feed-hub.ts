/**
 * Feed loading shared by every widget on a page. DOM-free apart from the standard `fetch`,
 * `AbortController` and (optionally) `EventSource`, all injectable for tests.
 *
 * - One source per URL: twenty widgets polling the same feed make one request per interval.
 * - Conditional requests: `ETag` / `Last-Modified` are sent back; a `304` confirms the data.
 * - Optional refresh interval and Server-Sent Events for live walls.
 * - Exponential back-off on failure with a little jitter so a wall of screens does not hammer a
 *   recovering server in lock-step, capped after the jitter (feed-policy.ts). Refreshes are never
 *   closer than `MIN_REFRESH_MS`.
 * - The last good data stays, with its age, when a refresh fails or returns an invalid feed
 *   (`stale`); `error` only when there never was good data.
 * - When the last subscriber leaves, the request in flight is aborted and timers stop.
 */
import { dateHeaderOffset, systemClock } from "./clock.js";
import type { Clock } from "./clock.js";
import { checkConsistency } from "./consistency.js";
import type { ConsistencyWarning } from "./consistency.js";
import { bilingual } from "./messages.js";
import { parseFeed } from "./parse.js";
import type { BilingualText, FeedIssue } from "./parse.js";
import type { IndicatorFeed } from "./schema.js";
import {
  DEFAULT_TIMEOUT_MS,
  isJsonContentType,
  mediaType,
  refreshInterval,
  retryDelay,
} from "./feed-policy.js";

export type { Clock, TimeSource } from "./clock.js";
export { systemClock } from "./clock.js";

export type FeedStatus = "loading" | "ok" | "stale" | "error";

export type FeedErrorKind = "network" | "http" | "timeout" | "invalid";

export interface FeedError {
  kind: FeedErrorKind;
  /** HTTP status for `http` errors. */
  status?: number;
  message: BilingualText;
  /** Validation problems for `invalid` errors. */
  issues?: FeedIssue[];
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
   * that corrects a wrong viewer clock.
   */
  clockOffsetMs: number;
}

export interface FeedOptions {
  /**
   * Poll every this many ms; absent or 0 = load once (and retry on failure). Intervals below
   * `MIN_REFRESH_MS` (1 s) are slowed to it.
   */
  refreshMs?: number;
  /** Server-Sent Events URL; each event is a whole feed, or a ping that triggers a refetch. */
  sse?: string;
  /** Abort a request after this many ms. Default 15 s. */
  timeoutMs?: number;
  /** Fetch credentials; default `same-origin`, so cross-origin feeds go without cookies. */
  credentials?: RequestCredentials;
}

interface EventSourceLike {
  onmessage: ((event: { data: string }) => void) | null;
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

export interface FeedHubEnvironment {
  fetch?: typeof fetch;
  clock?: Clock;
  EventSource?: new (url: string) => EventSourceLike;
  /** Returns [0, 1); jitter source. */
  random?: () => number;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

export {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  MIN_REFRESH_MS,
  backoffDelay,
  retryDelay,
} from "./feed-policy.js";

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
};

/** A hub's environment with the defaults filled in. */
type SourceEnvironment = Required<Omit<FeedHubEnvironment, "EventSource">> &
  Pick<FeedHubEnvironment, "EventSource">;

class FeedSource {
  snapshot: FeedSnapshot = INITIAL_SNAPSHOT;
  readonly subscribers = new Map<FeedListener, FeedOptions>();
  #etag: string | null = null;
  #lastModified: string | null = null;
  #failures = 0;
  #timer: unknown = null;
  #controller: AbortController | null = null;
  #events: EventSourceLike | null = null;
  #eventsUrl: string | null = null;
  #closed = false;
  readonly #env: SourceEnvironment;

  constructor(
    readonly url: string,
    env: SourceEnvironment,
  ) {
    this.#env = env;
  }

  /** The strictest wishes of all subscribers: shortest interval, any SSE, longest timeout. */
  #options(): FeedOptions {
    let refreshMs = 0;
    let sse: string | undefined;
    let timeoutMs = 0;
    let credentials: RequestCredentials | undefined;
    for (const options of this.subscribers.values()) {
      const asked = refreshInterval(options.refreshMs);
      if (asked) refreshMs = refreshMs ? Math.min(refreshMs, asked) : asked;
      sse ??= options.sse;
      timeoutMs = Math.max(timeoutMs, options.timeoutMs ?? 0);
      credentials ??= options.credentials;
    }
    return {
      refreshMs,
      sse,
      timeoutMs: timeoutMs || DEFAULT_TIMEOUT_MS,
      credentials: credentials ?? "same-origin",
    };
  }

  start(): void {
    this.#load();
  }

  /** Subscribers changed: re-check the event stream (polling adapts at the next schedule). */
  reconfigure(): void {
    const { sse } = this.#options();
    if ((sse ?? null) !== this.#eventsUrl) this.#openEvents(sse ?? null);
  }

  refreshNow(): void {
    if (this.#controller) return; // a request is already on its way
    this.#env.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#load();
  }

  close(): void {
    this.#closed = true;
    this.#controller?.abort();
    this.#controller = null;
    this.#env.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#openEvents(null);
  }

  #openEvents(url: string | null): void {
    this.#events?.close();
    this.#events = null;
    this.#eventsUrl = url;
    const EventSourceClass =
      this.#env.EventSource ??
      (globalThis.EventSource as unknown as FeedHubEnvironment["EventSource"]);
    if (!url || !EventSourceClass) return;
    const events = new EventSourceClass(url);
    const onEvent = (event: { data: string }) => this.#onPush(event.data);
    events.onmessage = onEvent;
    events.addEventListener("feed", onEvent);
    this.#events = events;
  }

  /** A pushed event: a whole feed is applied at once; anything else means "changed, refetch". */
  #onPush(data: string): void {
    if (this.#closed) return;
    if (data.trimStart().startsWith("{")) {
      const result = parseFeed(data);
      if (result.ok) {
        this.#accept(result.feed, this.snapshot.clockOffsetMs);
        return;
      }
    }
    this.refreshNow();
  }

  async #load(): Promise<void> {
    const options = this.#options();
    const controller = new AbortController();
    this.#controller = controller;
    let timedOut = false;
    const timeout = this.#env.clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs!);
    try {
      const headers: Record<string, string> = {};
      if (this.#etag) headers["If-None-Match"] = this.#etag;
      if (this.#lastModified) headers["If-Modified-Since"] = this.#lastModified;
      const response = await this.#env.fetch(this.url, {
        signal: controller.signal,
        headers,
        credentials: options.credentials,
        cache: "no-cache",
      });
      const clockOffsetMs =
        dateHeaderOffset(response.headers.get("Date"), this.#env.clock.now()) ??
        this.snapshot.clockOffsetMs;
      if (response.status === 304 && this.snapshot.feed) {
        this.#accept(this.snapshot.feed, clockOffsetMs);
        return;
      }
      if (!response.ok) {
        this.#fail({
          kind: "http",
          status: response.status,
          message: bilingual((m) => m.httpStatus(response.status)),
        });
        return;
      }
      const text = await response.text();
      if (this.#closed || controller !== this.#controller) return;
      const result = parseFeed(text);
      if (!result.ok) {
        // A login page or a proxy's error page: say what came, not only that it is not JSON.
        const type = response.headers.get("Content-Type");
        const issues = isJsonContentType(type)
          ? result.issues
          : [
              { path: "", message: bilingual((m) => m.wrongContentType(mediaType(type!))) },
              ...result.issues,
            ];
        this.#fail(invalidFeedError(issues));
        return;
      }
      this.#etag = response.headers.get("ETag");
      this.#lastModified = response.headers.get("Last-Modified");
      this.#accept(result.feed, clockOffsetMs);
    } catch (error) {
      if (this.#closed) return;
      const seconds = Math.round(options.timeoutMs! / 1000);
      const reason = String((error as Error)?.message ?? error);
      this.#fail(
        timedOut
          ? { kind: "timeout", message: bilingual((m) => m.timedOut(seconds)) }
          : { kind: "network", message: bilingual((m) => m.unreachable(reason)) },
      );
    } finally {
      this.#env.clock.clearTimeout(timeout);
      if (this.#controller === controller) this.#controller = null;
    }
  }

  #accept(feed: IndicatorFeed, clockOffsetMs: number): void {
    if (this.#closed) return;
    this.#failures = 0;
    const warnings = feed === this.snapshot.feed ? this.snapshot.warnings : checkConsistency(feed);
    this.#publish({
      status: "ok",
      feed,
      warnings,
      receivedAt: this.#env.clock.now(),
      error: null,
      clockOffsetMs,
    });
    const { refreshMs } = this.#options();
    this.#schedule(refreshMs || null);
  }

  #fail(error: FeedError): void {
    if (this.#closed) return;
    this.#failures += 1;
    const hadData = this.snapshot.feed !== null;
    this.#publish({ ...this.snapshot, status: hadData ? "stale" : "error", error });
    this.#schedule(retryDelay(this.#failures, this.#env.random));
  }

  #schedule(delay: number | null): void {
    this.#env.clock.clearTimeout(this.#timer);
    this.#timer =
      delay == null
        ? null
        : this.#env.clock.setTimeout(() => {
            this.#timer = null;
            this.#load();
          }, delay);
  }

  #publish(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.subscribers.keys()]) {
      try {
        listener(snapshot);
      } catch (error) {
        // One broken listener must not stop the others (or the wall).
        console.error("[chiso] feed listener failed", error);
      }
    }
  }
}

/** Owns one `FeedSource` per URL. Most pages use the shared `feedHub`. */
export class FeedHub {
  readonly #sources = new Map<string, FeedSource>();
  readonly #env: SourceEnvironment;

  constructor(env: FeedHubEnvironment = {}) {
    this.#env = {
      fetch: env.fetch ?? ((...args) => globalThis.fetch(...args)),
      clock: env.clock ?? systemClock,
      random: env.random ?? Math.random,
      EventSource: env.EventSource,
    };
  }

  /**
   * Starts (or joins) loading `url`; `listener` gets the current snapshot at once when there is
   * one, then every change. Returns the function that unsubscribes.
   */
  subscribe(url: string, options: FeedOptions, listener: FeedListener): () => void {
    const key = absoluteUrl(url);
    let source = this.#sources.get(key);
    const isNew = !source;
    if (!source) {
      source = new FeedSource(key, this.#env);
      this.#sources.set(key, source);
    }
    source.subscribers.set(listener, options);
    source.reconfigure();
    if (isNew) source.start();
    else listener(source.snapshot);
    return () => {
      const current = this.#sources.get(key);
      if (!current || !current.subscribers.delete(listener)) return;
      if (current.subscribers.size === 0) {
        current.close();
        this.#sources.delete(key);
      } else current.reconfigure();
    };
  }

  /** Refetch now (e.g. a "retry" button), skipping the back-off wait. */
  refresh(url: string): void {
    this.#sources.get(absoluteUrl(url))?.refreshNow();
  }

  /** Current snapshot of a URL, if anything subscribes to it. */
  peek(url: string): FeedSnapshot | undefined {
    return this.#sources.get(absoluteUrl(url))?.snapshot;
  }

  /** Number of URLs being loaded; for leak tests. */
  get size(): number {
    return this.#sources.size;
  }
}

function absoluteUrl(url: string): string {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The page-wide hub all widgets share unless given another. */
export const feedHub = /*#__PURE__*/ new FeedHub();
