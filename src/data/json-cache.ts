/**
 * Shared, cached loading of large JSON documents that do not change while a page is open — the
 * maps' boundary files (a national commune file is several megabytes). DOM-free apart from the
 * standard `fetch` and `AbortController`, both injectable for tests, like the feed hub.
 *
 * - One request per URL: twenty maps of one file on a wall make one request, and a document that
 *   arrived is kept for the page's life (a map that comes back later draws at once).
 * - A request is aborted when every caller waiting for it has given up (its `signal` aborted:
 *   the map was removed, or asked for another file), and after `timeoutMs`.
 * - A failure is not cached: the next caller tries again.
 */
import { systemClock } from "./clock.js";
import type { Clock } from "./clock.js";

export interface JsonCacheEnvironment {
  fetch?: typeof fetch;
  clock?: Clock;
}

export interface JsonLoadOptions {
  /** This caller stops waiting when it aborts; the request stops when no caller waits. */
  signal?: AbortSignal;
  /** Abort the request after this many ms. Default 30 s: boundary files are large. */
  timeoutMs?: number;
}

/** A failed load: `HTTP 404 Not Found`, `timed out after 30 s`, or the network's own words. */
export class JsonLoadError extends Error {
  constructor(
    message: string,
    readonly kind: "http" | "timeout" | "network" | "invalid",
  ) {
    super(message);
    this.name = "JsonLoadError";
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; at 0 an unsettled request is aborted. */
  waiting: number;
  settled: boolean;
}

export class JsonCache {
  readonly #entries = new Map<string, Entry>();
  readonly #fetch: typeof fetch;
  readonly #clock: Clock;

  constructor(env: JsonCacheEnvironment = {}) {
    this.#fetch = env.fetch ?? ((...args) => globalThis.fetch(...args));
    this.#clock = env.clock ?? systemClock;
  }

  /** The document at `url`, parsed; rejects with a `JsonLoadError`, or an `AbortError` when `signal` aborts. */
  load(url: string, options: JsonLoadOptions = {}): Promise<unknown> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    let entry = this.#entries.get(url);
    if (!entry) {
      entry = this.#start(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      this.#entries.set(url, entry);
    }
    if (entry.settled) return entry.promise;
    const current = entry;
    current.waiting += 1;
    if (!signal)
      return current.promise.finally(() => {
        current.waiting -= 1;
      });
    return new Promise((resolve, reject) => {
      const giveUp = () => {
        current.waiting -= 1;
        if (current.waiting === 0 && !current.settled) {
          current.controller.abort();
          if (this.#entries.get(url) === current) this.#entries.delete(url);
        }
        reject(abortError());
      };
      signal.addEventListener("abort", giveUp, { once: true });
      current.promise.then(
        (value) => {
          signal.removeEventListener("abort", giveUp);
          current.waiting -= 1;
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", giveUp);
          current.waiting -= 1;
          reject(error);
        },
      );
    });
  }

  /** Number of URLs loading or loaded; for leak tests. */
  get size(): number {
    return this.#entries.size;
  }

  #start(url: string, timeoutMs: number): Entry {
    const controller = new AbortController();
    let timedOut = false;
    const timer = this.#clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const entry: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    entry.promise = (async () => {
      try {
        const response = await this.#fetch(url, { signal: controller.signal });
        if (!response.ok)
          throw new JsonLoadError(`HTTP ${response.status} ${response.statusText}`.trim(), "http");
        try {
          return (await response.json()) as unknown;
        } catch (error) {
          if (controller.signal.aborted) throw error;
          throw new JsonLoadError(String((error as Error)?.message ?? error), "invalid");
        }
      } catch (error) {
        if (error instanceof JsonLoadError) throw error;
        if (timedOut)
          throw new JsonLoadError(`timed out after ${Math.round(timeoutMs / 1000)} s`, "timeout");
        if (controller.signal.aborted) throw abortError();
        throw new JsonLoadError(String((error as Error)?.message ?? error), "network");
      } finally {
        this.#clock.clearTimeout(timer);
      }
    })();
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        // Failures are not kept: the next caller tries again.
        if (this.#entries.get(url) === entry) this.#entries.delete(url);
      },
    );
    return entry;
  }
}

function abortError(): Error {
  return new DOMException("The load was aborted", "AbortError");
}

/** The page-wide cache every map shares unless given another. */
export const jsonCache = /*#__PURE__*/ new JsonCache();
