/**
 * Feed loading shared by every widget on a page. DOM-free apart from the standard `fetch`,
 * `AbortController` and (optionally) `EventSource`, all injectable for tests.
 *
 * - One source per URL: twenty widgets polling the same feed make one request per interval.
 * - Conditional requests: `ETag` / `Last-Modified` are sent back; a `304` confirms the data.
 * - Optional refresh interval (never below `MIN_REFRESH_MS`) and Server-Sent Events for live walls
 *   (feed-events.ts: the event names heard, a stream reopened after an HTTP error, coalescing).
 * - Exponential back-off on failure with a little jitter so a wall of screens does not hammer a
 *   recovering server in lock-step, capped after the jitter (feed-policy.ts); a `Retry-After` on
 *   429 / 503 is honoured up to the same cap, and said (`error.retryAfterMs`, `nextTryAt`).
 * - The last good data stays, with its age, when a refresh fails or returns an invalid feed
 *   (`stale`); `error` only when there never was good data.
 * - When the last subscriber leaves, the request in flight is aborted and timers stop.
 */
import { dateHeaderOffset, systemClock } from "./clock.js";
import type { Clock } from "./clock.js";
import { checkConsistency } from "./consistency.js";
import { Coalescer, PushChannel } from "./feed-events.js";
import type { EventSourceConstructor } from "./feed-events.js";
import {
  BACKOFF_MAX_MS,
  DEFAULT_TIMEOUT_MS,
  MIN_REFRESH_MS,
  isJsonContentType,
  mediaType,
  refreshInterval,
  retryAfterMs,
  retryDelay,
} from "./feed-policy.js";
import { INITIAL_SNAPSHOT, invalidFeedError } from "./feed-types.js";
import type { FeedError, FeedOptions, FeedSnapshot } from "./feed-types.js";
import { bilingual } from "./messages.js";
import { parseFeed } from "./parse.js";
import { parseFeedInSteps } from "./parse-in-steps.js";
import type { IndicatorFeed } from "./schema.js";

export type { Clock, TimeSource } from "./clock.js";
export { systemClock } from "./clock.js";
export { SSE_EVENTS } from "./feed-events.js";
export type { EventSourceConstructor, EventSourceLike } from "./feed-events.js";
export {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  MIN_REFRESH_MS,
  backoffDelay,
  retryDelay,
} from "./feed-policy.js";
export { INITIAL_SNAPSHOT, invalidFeedError } from "./feed-types.js";
export type {
  FeedError,
  FeedErrorKind,
  FeedOptions,
  FeedSnapshot,
  FeedStatus,
} from "./feed-types.js";

export interface FeedHubEnvironment {
  fetch?: typeof fetch;
  clock?: Clock;
  EventSource?: EventSourceConstructor;
  /** Returns [0, 1); jitter source. */
  random?: () => number;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

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
  #inFlight: Promise<void> | null = null;
  #push: PushChannel | null = null;
  #closed = false;
  readonly #env: SourceEnvironment;
  /** Pushed events, coalesced: one refetch in flight, ≥ 1 s apart, the latest event wins. */
  readonly #pushes: Coalescer<string>;

  constructor(
    readonly url: string,
    env: SourceEnvironment,
  ) {
    this.#env = env;
    this.#pushes = new Coalescer(env.clock, MIN_REFRESH_MS, (data) => this.#applyPush(data));
  }

  /** Timers, requests and streams held; for leak checks. */
  get held(): number {
    return (
      (this.#timer != null ? 1 : 0) +
      (this.#controller ? 1 : 0) +
      (this.#push?.held ?? 0) +
      this.#pushes.held
    );
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
    void this.#load();
  }

  /** Subscribers changed: re-check the event stream (polling adapts at the next schedule). */
  reconfigure(): void {
    const url = this.#options().sse ?? null;
    if (url === (this.#push?.url ?? null)) return;
    this.#push?.close();
    this.#push = null;
    const EventSourceClass =
      this.#env.EventSource ?? (globalThis.EventSource as EventSourceConstructor | undefined);
    if (!url || !EventSourceClass || this.#closed) return;
    this.#push = new PushChannel(
      url,
      { EventSource: EventSourceClass, clock: this.#env.clock, random: this.#env.random },
      (data) => this.#pushes.push(data),
      // Back after an outage: events may have been missed, so ask for the feed.
      () => this.#pushes.push(""),
    );
  }

  refreshNow(): void {
    if (this.#controller) return; // a request is already on its way
    this.#env.clock.clearTimeout(this.#timer);
    this.#timer = null;
    void this.#load();
  }

  close(): void {
    this.#closed = true;
    this.#controller?.abort();
    this.#controller = null;
    this.#env.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#push?.close();
    this.#push = null;
    this.#pushes.close();
  }

  /**
   * A pushed event, after coalescing: a whole valid feed is applied at once; anything else means
   * "changed, refetch" — unless a retry after a failure is already waiting (the server asked us
   * to wait, or is recovering: a flood of events must not turn into a flood of requests).
   */
  #applyPush(data: string): Promise<void> | void {
    if (this.#closed) return;
    if (data.trimStart().startsWith("{")) {
      const result = parseFeed(data);
      if (result.ok) {
        this.#accept(result.feed, this.snapshot.clockOffsetMs);
        return;
      }
    }
    if (this.#failures > 0 && this.#timer != null) return;
    // One request at a time: wait for the one on its way, then ask again (it may predate the event).
    if (this.#inFlight) return this.#inFlight.then(() => this.#applyPush(""));
    this.#env.clock.clearTimeout(this.#timer);
    this.#timer = null;
    return this.#load();
  }

  #load(): Promise<void> {
    const promise = this.#request().finally(() => {
      if (this.#inFlight === promise) this.#inFlight = null;
    });
    this.#inFlight = promise;
    return promise;
  }

  async #request(): Promise<void> {
    const options = this.#options();
    const controller = new AbortController();
    this.#controller = controller;
    this.#pushes.markRun();
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
      const localNow = this.#env.clock.now();
      const dateHeader = response.headers.get("Date");
      const clockOffsetMs = dateHeaderOffset(dateHeader, localNow) ?? this.snapshot.clockOffsetMs;
      if (response.status === 304 && this.snapshot.feed) {
        this.#accept(this.snapshot.feed, clockOffsetMs);
        return;
      }
      if (!response.ok) {
        const status = response.status;
        const wait = retryAfterMs(
          status,
          response.headers.get("Retry-After"),
          localNow + (dateHeaderOffset(dateHeader, localNow) ?? 0),
        );
        const error: FeedError = {
          kind: "http",
          status,
          message: bilingual((m) => m.httpStatus(status)),
        };
        if (wait != null) error.retryAfterMs = Math.min(BACKOFF_MAX_MS, wait);
        this.#fail(error);
        return;
      }
      const text = await response.text();
      if (this.#closed || controller !== this.#controller) return;
      // A very large feed is validated in steps, so the page stays responsive (issue 22.4).
      const parsed = parseFeedInSteps(text);
      const result = await parsed;
      // After a stepped validation, the consistency checks get a task of their own.
      if (parsed instanceof Promise) await new Promise((resolve) => setTimeout(resolve));
      if (this.#closed || controller !== this.#controller) return;
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
          : { kind: "network", message: bilingual((m) => m.unreachable), detail: reason },
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
      nextTryAt: null,
    });
    const { refreshMs } = this.#options();
    this.#schedule(refreshMs || null);
  }

  /** A failed try: keep the data, say why, and try again after the back-off (or `Retry-After`). */
  #fail(error: FeedError): void {
    if (this.#closed) return;
    this.#failures += 1;
    const delay = retryDelay(this.#failures, this.#env.random, error.retryAfterMs ?? null);
    const hadData = this.snapshot.feed !== null;
    this.#publish({
      ...this.snapshot,
      status: hadData ? "stale" : "error",
      error,
      nextTryAt: this.#env.clock.now() + delay,
    });
    this.#schedule(delay);
  }

  #schedule(delay: number | null): void {
    this.#env.clock.clearTimeout(this.#timer);
    this.#timer =
      delay == null
        ? null
        : this.#env.clock.setTimeout(() => {
            this.#timer = null;
            void this.#load();
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

  /** Timers, requests and event streams the hub holds; for leak tests and the soak. */
  get held(): number {
    let held = 0;
    for (const source of this.#sources.values()) held += source.held;
    return held;
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
