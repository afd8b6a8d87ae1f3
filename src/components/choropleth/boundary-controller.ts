import type { ReactiveController, ReactiveControllerHost } from "lit";
import { jsonCache } from "../../data/json-cache.js";
import type { JsonCache } from "../../data/json-cache.js";
import { readBoundaries } from "./boundaries.js";
import type { Boundaries } from "./boundaries.js";
import { aspectOf } from "./projection.js";

/** Where a map's boundaries come from, in order of precedence. */
export interface BoundaryInput {
  /** Boundaries as an object (TopoJSON or GeoJSON). */
  data: unknown;
  /** URL of a TopoJSON or GeoJSON file. */
  url: string | null;
  /** TopoJSON object to draw; default the first. */
  object: string | null;
  /** Feature property holding the unit code; default `code`. */
  codeProperty: string | null;
}

/**
 * The boundaries drawn, and why the last load or parse failed (`null` when it did not, also while
 * loading). A failed reload keeps the last good boundaries.
 */
export interface GeoState {
  boundaries: Boundaries | null;
  /** Width / height of the drawn map (see aspectOf), worked out once per boundary file. */
  aspect: number;
  error: string | null;
}

export const NO_GEO: GeoState = { boundaries: null, aspect: 1, error: null };

/**
 * Keeps a map's boundaries current, as the feed controller keeps its feed: reads `boundaryData`
 * or loads `boundaries` through the page's shared `JsonCache` (one request per URL, timeout,
 * aborted when no map waits any more), parses them into map units, and keeps the last good
 * boundaries when a new file fails. Only the last request counts (a URL changed mid-request).
 * Stops waiting when the host disconnects and starts again when it comes back; never starts a
 * load while the host is disconnected (an update queued before the removal still runs).
 */
export class BoundaryController implements ReactiveController {
  state: GeoState = NO_GEO;
  #key: unknown[] = [];
  #abort: AbortController | null = null;
  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #input: () => BoundaryInput;
  readonly #cache: JsonCache;

  constructor(
    host: ReactiveControllerHost & { readonly isConnected: boolean },
    input: () => BoundaryInput,
    cache: JsonCache = jsonCache,
  ) {
    this.#host = host;
    this.#input = input;
    this.#cache = cache;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#key = [];
  }

  /** Loads waited for (0 or 1); for leak checks. */
  get held(): number {
    return this.#abort ? 1 : 0;
  }

  /** Re-reads the input; cheap when nothing changed. Call from the host's `willUpdate`. */
  sync(): void {
    const { data, url, object, codeProperty } = this.#input();
    if (!this.#host.isConnected && data == null) {
      // Removed: wait for nothing; the next connection syncs again from scratch.
      this.#stop();
      this.#key = [];
      return;
    }
    const key = [data ?? null, data != null ? null : url, object, codeProperty];
    if (key.length === this.#key.length && key.every((part, i) => part === this.#key[i])) return;
    this.#key = key;
    this.#stop();
    if (data != null) {
      this.#set(parse(data, object, codeProperty, this.state));
      return;
    }
    if (!url) {
      this.#set(NO_GEO);
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    if (this.state.error !== null) this.#set({ ...this.state, error: null });
    this.#cache.load(url, { signal: abort.signal }).then(
      (json) => {
        if (this.#abort !== abort) return;
        this.#abort = null;
        this.#set(parse(json, object, codeProperty, this.state));
      },
      (error: unknown) => {
        if (this.#abort !== abort) return;
        this.#abort = null;
        this.#set({ ...this.state, error: String((error as Error)?.message ?? error) });
      },
    );
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = null;
  }

  #set(state: GeoState): void {
    if (state === this.state) return;
    this.state = state;
    this.#host.requestUpdate();
  }
}

/** Map units and aspect of a boundary value, or the reason it cannot be read. */
function parse(
  source: unknown,
  object: string | null,
  codeProperty: string | null,
  previous: GeoState,
): GeoState {
  try {
    const boundaries = readBoundaries(source, object, codeProperty);
    return {
      boundaries,
      aspect: aspectOf(boundaries.geometry, boundaries.units.length),
      error: null,
    };
  } catch (error) {
    return { ...previous, error: String((error as Error)?.message ?? error) };
  }
}
