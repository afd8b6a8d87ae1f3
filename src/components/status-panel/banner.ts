/**
 * The status panel's wall-sized "Mất kết nối" banner: when the feed cannot be reached, the last
 * data stays under it, with when it was received; it goes by itself when the feed returns.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { FeedSnapshot } from "../../data/feed-hub.js";
import { formatAge, formatDateTime } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { IndicatorFeed } from "../../data/schema.js";
import { STATE_ICONS, icon } from "./icons.js";
import type { StatusPanelMessages } from "./messages.js";

/** Stale because the network failed, not because the last feed was invalid. */
export function isConnectionLost(snapshot: FeedSnapshot): boolean {
  return snapshot.status === "stale" && !snapshot.error?.issues?.length;
}

export function connectionBanner(
  feed: IndicatorFeed,
  snapshot: FeedSnapshot,
  now: number,
  m: StatusPanelMessages,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!isConnectionLost(snapshot)) return nothing;
  const received = snapshot.receivedAt ?? Date.parse(feed.generatedAt);
  const age = formatAge(Math.max(0, now - received), locale);
  return html`<div class="banner" part="banner">
    <p class="banner-title" role="alert">
      ${icon(STATE_ICONS.offline)}<strong>${m.connectionLost}</strong>
      <span class="banner-retry">· ${m.reconnecting}</span>
    </p>
    <p class="banner-detail">
      ${m.showingSince(formatDateTime(received, locale), age)}${
        snapshot.error ? html` · ${snapshot.error.message[locale]}` : nothing
      }
    </p>
  </div>`;
}
