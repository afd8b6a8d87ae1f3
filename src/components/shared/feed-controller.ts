import type { ReactiveController, ReactiveControllerHost } from "lit";
import { checkConsistency } from "../../data/consistency.js";
import { feedHub, INITIAL_SNAPSHOT, invalidFeedError } from "../../data/feed-hub.js";
import type { FeedOptions, FeedSnapshot } from "../../data/feed-hub.js";
import { bilingual } from "../../data/messages.js";
import { parseFeedInSteps } from "../../data/parse-in-steps.js";
import type { ParseResult } from "../../data/parse.js";

/** Where a widget's feed comes from, in order of precedence, and its clock. */
export interface FeedInput {
  /** Inline feed: an object or JSON text. */
  data: unknown;
  /** URL of a published feed. */
  src: string | null;
  options: FeedOptions;
  /** The host's clock: an inline feed is received at its `now()` (the hub has its own clock). */
  now: () => number;
}

/**
 * Keeps a widget's `FeedSnapshot` current: subscribes to the shared hub for `src`, validates an
 * inline `data` value, or reads a child `<script type="application/json">`. Like the hub, it keeps
 * the last good feed when new input is invalid. Unsubscribes when the host disconnects, so a
 * widget removed from a wall leaves no request or timer behind — and never subscribes while the
 * host is disconnected: Lit still runs an update that was queued before the removal, or one
 * caused by a property set afterwards, and that update must not start polling again (issue 22.1).
 */
export class FeedController implements ReactiveController {
  snapshot: FeedSnapshot = INITIAL_SNAPSHOT;
  #unsubscribe: (() => void) | null = null;
  #key = "";
  #inlineValue: unknown = undefined;
  /** The shown feed came from the `data` property (so `data = null` is an error, not "no feed"). */
  #fromData = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #input: () => FeedInput;
  readonly #onChange: (snapshot: FeedSnapshot, previous: FeedSnapshot) => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    input: () => FeedInput,
    onChange: (snapshot: FeedSnapshot, previous: FeedSnapshot) => void,
  ) {
    this.#host = host;
    this.#input = input;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#key = "";
  }

  /** Subscriptions held (0 or 1); for leak checks. */
  get held(): number {
    return this.#unsubscribe ? 1 : 0;
  }

  /** Re-reads the input; cheap when nothing changed. Call from the host's `willUpdate`. */
  sync(): void {
    const { data, src, options, now } = this.#input();
    if (data !== undefined && data !== null) {
      this.#stopRemote();
      this.#useInline(data, now);
      this.#fromData = true;
      return;
    }
    if (!this.#host.isConnected) {
      // Inline data costs nothing to keep current; a remote feed waits for the next connection.
      this.#stopRemote();
      return;
    }
    if (src) {
      this.#inlineValue = undefined;
      this.#fromData = false;
      const key = `${src}|${options.refreshMs ?? 0}|${options.sse ?? ""}|${options.credentials ?? ""}`;
      if (key === this.#key) return;
      this.#stopRemote();
      this.#key = key;
      this.#set(INITIAL_SNAPSHOT);
      this.#unsubscribe = feedHub.subscribe(src, options, (snapshot) => this.#set(snapshot));
      return;
    }
    this.#stopRemote();
    // The script's text is compared with the last one applied, so an unchanged feed is not
    // parsed again on every render (the status panel renders every second).
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.#fromData = false;
      this.#useInline(script.textContent ?? "", now);
    } else if (this.#fromData && this.snapshot.feed) {
      // The page emptied `data` after a feed was shown: an input error, the last data stays.
      if (this.#inlineValue !== null) {
        this.#inlineValue = null;
        this.#set({ ...this.snapshot, status: "stale", error: dataClearedError() });
      }
    } else {
      this.#inlineValue = undefined;
      if (this.snapshot !== INITIAL_SNAPSHOT) this.#set(INITIAL_SNAPSHOT);
    }
  }

  /** Refetches a remote feed now (the retry button). */
  retry(): void {
    const { src } = this.#input();
    if (src) feedHub.refresh(src);
  }

  #stopRemote(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#key = "";
  }

  /** Validates an inline feed, unless it is the value already applied. */
  #useInline(value: unknown, now: () => number): void {
    if (value === this.#inlineValue) return;
    this.#inlineValue = value;
    const result = parseFeedInSteps(value);
    // A very large feed is validated in steps (issue 22.4); the last good data stays meanwhile,
    // and a newer value wins over one still being validated.
    if (result instanceof Promise)
      void result.then((done) =>
        // The consistency checks get a task of their own.
        setTimeout(() => value === this.#inlineValue && this.#applyInline(done, now)),
      );
    else this.#applyInline(result, now);
  }

  #applyInline(result: ParseResult, now: () => number): void {
    if (result.ok) {
      this.#set({
        status: "ok",
        feed: result.feed,
        warnings: checkConsistency(result.feed),
        receivedAt: now(),
        error: null,
        clockOffsetMs: 0,
      });
      return;
    }
    const error = invalidFeedError(result.issues);
    this.#set({ ...this.snapshot, status: this.snapshot.feed ? "stale" : "error", error });
  }

  #set(snapshot: FeedSnapshot): void {
    const previous = this.snapshot;
    if (snapshot === previous) return;
    this.snapshot = snapshot;
    this.#onChange(snapshot, previous);
    this.#host.requestUpdate();
  }
}

/** `data = null` after a feed: an invalid input, with the last data kept. */
function dataClearedError() {
  const message = bilingual((m) => m.dataCleared);
  return { ...invalidFeedError([{ path: "data", message }]), message };
}
