import type { ReactiveController, ReactiveControllerHost } from "lit";
import { feedHub } from "../../data/feed-hub.js";
import type { FeedSnapshot } from "../../data/feed-hub.js";
import { jsonCache } from "../../data/json-cache.js";
import { feedIndexUrls, mergeFeeds, parseFeedIndex } from "../../data/merge-history.js";
import type { FeedIssue } from "../../data/parse.js";
import type { FeedIndex } from "../../data/feed-index-schema.js";
import type { IndicatorFeed, Period } from "../../data/schema.js";

/** Monthly files loaded at once: a portal serving 48 months is not asked for 48 at a time. */
export const HISTORY_CONCURRENCY = 4;

/** Where a history stands, for the trend's status line. */
export interface HistoryState {
  /** The index could not be read or is not valid. */
  indexError: { message: string; issues: FeedIssue[] } | null;
  /** Files listed in the index. */
  total: number;
  /** Files loaded and valid. */
  loaded: number;
  /** Periods whose file failed (network, HTTP, invalid), in index order. */
  failed: Period[];
  /** The merged history of every file loaded so far; `null` before the first arrives. */
  feed: IndicatorFeed | null;
}

const EMPTY: HistoryState = { indexError: null, total: 0, loaded: 0, failed: [], feed: null };

/**
 * Loads a history from a feed index: the index once, then each listed feed through the shared
 * feed hub (each URL once per page, conditional requests, the hub's back-off), at most
 * `HISTORY_CONCURRENCY` at a time, merging what has arrived (`mergeFeeds`, in the data layer) so
 * the trend shows the months it has while the rest arrive. Everything stops when the host is
 * disconnected: no subscription, request or timer outlives it.
 */
export class HistoryController implements ReactiveController {
  #url: string | null = null;
  #generation = 0;
  #connected = false;
  #unsubscribe: (() => void)[] = [];
  #abort: AbortController | null = null;
  #snapshots = new Map<string, FeedSnapshot>();
  #state: HistoryState = EMPTY;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): HistoryState {
    return this.#state;
  }

  /** Sets the index URL (`null` = none); a change restarts loading. */
  setUrl(url: string | null): void {
    if (url === this.#url) return;
    this.#url = url;
    if (this.#connected) this.#restart();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#restart();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #stop(): void {
    this.#generation++;
    this.#abort?.abort();
    this.#abort = null;
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    this.#snapshots.clear();
  }

  #restart(): void {
    this.#stop();
    this.#state = EMPTY;
    this.host.requestUpdate();
    if (this.#url) void this.#loadIndex(this.#url, this.#generation);
  }

  async #loadIndex(url: string, generation: number): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    const indexUrl = new URL(url, document.baseURI).href;
    let index: FeedIndex;
    try {
      const result = parseFeedIndex(await jsonCache.load(indexUrl, { signal: abort.signal }));
      if (generation !== this.#generation) return;
      if (!result.ok) return this.#setIndexError(result.issues[0]?.message.en ?? "", result.issues);
      index = result.index;
    } catch (error) {
      if (generation !== this.#generation) return;
      return this.#setIndexError(String((error as Error)?.message ?? error), []);
    }
    const urls = feedIndexUrls(index, indexUrl);
    this.#state = { ...EMPTY, total: urls.length };
    this.host.requestUpdate();
    let next = 0;
    const settled = new Set<string>();
    const startNext = () => {
      if (generation !== this.#generation || next >= urls.length) return;
      const feedUrl = urls[next++]!;
      const unsubscribe = feedHub.subscribe(feedUrl, {}, (snapshot) => {
        if (generation !== this.#generation) return;
        this.#snapshots.set(feedUrl, snapshot);
        if (snapshot.status !== "loading" && !settled.has(feedUrl)) {
          settled.add(feedUrl);
          startNext();
        }
        this.#publish(index, urls);
      });
      this.#unsubscribe.push(unsubscribe);
    };
    for (let i = 0; i < HISTORY_CONCURRENCY; i++) startNext();
  }

  #setIndexError(message: string, issues: FeedIssue[]): void {
    this.#state = { ...EMPTY, indexError: { message, issues } };
    this.host.requestUpdate();
  }

  #publish(index: FeedIndex, urls: string[]): void {
    const feeds: IndicatorFeed[] = [];
    const failed: Period[] = [];
    urls.forEach((url, i) => {
      const snapshot = this.#snapshots.get(url);
      if (snapshot?.feed) feeds.push(snapshot.feed);
      else if (snapshot && snapshot.status !== "loading") failed.push(index.feeds[i]!.period);
    });
    this.#state = {
      indexError: null,
      total: urls.length,
      loaded: feeds.length,
      failed,
      feed: mergeFeeds(feeds)?.feed ?? null,
    };
    this.host.requestUpdate();
  }
}

/** What loads a feed index for a trend (this controller, registered by `history-loader.ts`). */
export interface HistorySource {
  readonly state: HistoryState;
  setUrl(url: string | null): void;
}
