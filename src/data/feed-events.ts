/**
 * Server-Sent Events for the feed hub: which events are heard, a stream that comes back after the
 * server closed it, and the coalescing that keeps a flood of events from becoming a flood of
 * requests. DOM-free apart from the standard `EventSource`, injectable for tests.
 */
import type { Clock } from "./clock.js";
import { retryDelay } from "./feed-policy.js";

/**
 * The event names a feed stream is listened to on. `EventSource` cannot listen to "every" name,
 * so these are the ones documented (README, "Loading, refresh and failures"):
 *
 * - `message` — an event without an `event:` line;
 * - `feed` — carries a whole feed;
 * - `changed`, `update`, `refresh` — "the feed changed", usually without data.
 *
 * Whatever the name, an event whose data is a whole valid feed is applied as it is; any other
 * event means "changed: refetch". Other names (a server's `heartbeat`, `ping`) are ignored.
 */
export const SSE_EVENTS = ["message", "feed", "changed", "update", "refresh"] as const;

/** The part of `EventSource` the hub uses. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

export type EventSourceConstructor = new (url: string) => EventSourceLike;

/** `EventSource.CLOSED`: the browser gave up (an HTTP error or a wrong content type). */
const CLOSED = 2;

export interface PushChannelEnvironment {
  EventSource: EventSourceConstructor;
  clock: Clock;
  random: () => number;
}

/**
 * One event stream that stays open. The browser reconnects by itself after a dropped connection,
 * but not after an HTTP error (a 500, a 502 from a proxy) or a non-`text/event-stream` answer: it
 * closes the stream for good. Then the channel opens a new one after the same back-off as feeds
 * (2 s, 4 s, … 5 min, jittered), and starts the count again once a stream opens.
 *
 * `onEvent` gets each event's data; `onReopen` is called when a stream opens again after having
 * been down (events may have been missed: the hub refetches).
 */
export class PushChannel {
  #events: EventSourceLike | null = null;
  #timer: unknown = null;
  #failures = 0;
  #wasOpen = false;
  #closed = false;

  constructor(
    readonly url: string,
    private readonly env: PushChannelEnvironment,
    private readonly onEvent: (data: string) => void,
    private readonly onReopen: () => void,
  ) {
    this.#open();
  }

  /** Streams opened since the last failure: for leak checks (0 or 1). */
  get held(): number {
    return (this.#events ? 1 : 0) + (this.#timer != null ? 1 : 0);
  }

  close(): void {
    this.#closed = true;
    this.#events?.close();
    this.#events = null;
    this.env.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #open(): void {
    if (this.#closed) return;
    const events = new this.env.EventSource(this.url);
    this.#events = events;
    const onEvent = (event: { data?: unknown }) => {
      if (this.#events === events) this.onEvent(typeof event.data === "string" ? event.data : "");
    };
    for (const name of SSE_EVENTS) events.addEventListener(name, onEvent);
    events.addEventListener("open", () => {
      if (this.#events !== events) return;
      this.#failures = 0;
      if (this.#wasOpen) this.onReopen();
      this.#wasOpen = true;
    });
    events.addEventListener("error", () => {
      if (this.#events !== events || events.readyState !== CLOSED) return; // the browser retries
      events.close();
      this.#events = null;
      this.#failures += 1;
      this.#wasOpen = true; // whatever opens next may have missed events
      this.#timer = this.env.clock.setTimeout(
        () => {
          this.#timer = null;
          this.#open();
        },
        retryDelay(this.#failures, this.env.random),
      );
    });
  }
}

/**
 * Turns many "changed" signals into few requests: at most one run in flight, runs at least
 * `spacingMs` apart, and the latest value wins (values that arrive while waiting replace each
 * other). `run` returns a promise while its work is in flight.
 */
export class Coalescer<T> {
  #pending: { value: T } | null = null;
  #timer: unknown = null;
  #inFlight = false;
  #lastRunAt = Number.NEGATIVE_INFINITY;
  #closed = false;

  constructor(
    private readonly clock: Clock,
    private readonly spacingMs: number,
    private readonly run: (value: T) => Promise<void> | void,
  ) {}

  /** Timers held (0 or 1): for leak checks. */
  get held(): number {
    return this.#timer != null ? 1 : 0;
  }

  /** Something else just did the work (a poll started): the spacing counts from now. */
  markRun(): void {
    this.#lastRunAt = this.clock.now();
  }

  push(value: T): void {
    if (this.#closed) return;
    this.#pending = { value };
    this.#drainSoon();
  }

  close(): void {
    this.#closed = true;
    this.#pending = null;
    this.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #drainSoon(): void {
    if (this.#timer != null || this.#inFlight || !this.#pending) return;
    const wait = this.#lastRunAt + this.spacingMs - this.clock.now();
    if (wait > 0) {
      this.#timer = this.clock.setTimeout(() => {
        this.#timer = null;
        this.#drainSoon();
      }, wait);
      return;
    }
    const { value } = this.#pending;
    this.#pending = null;
    this.#lastRunAt = this.clock.now();
    this.#inFlight = true;
    const done = () => {
      this.#inFlight = false;
      if (!this.#closed) this.#drainSoon();
    };
    try {
      Promise.resolve(this.run(value)).then(done, done);
    } catch {
      done();
    }
  }
}
