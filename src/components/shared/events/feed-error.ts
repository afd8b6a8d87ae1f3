import type { FeedError } from "../../../data/feed-hub.js";

/** Detail of `chiso-feed-error`: loading or validating a remote feed failed. */
export interface ChisoFeedErrorDetail {
  error: FeedError;
  src: string;
  /** Whether the last good data is still shown. */
  stale: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-feed-error": CustomEvent<ChisoFeedErrorDetail>;
  }
}
