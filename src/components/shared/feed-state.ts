/**
 * The one line every element shows about its feed when something is not right (issue 13.4): a
 * compact chip in the element's language that says what failed, how old the data on screen is
 * and when the next try is — "⚠ Mất kết nối · số liệu nhận 3 phút trước · thử lại lúc 10:02:15" —
 * with the technical detail (the server's or browser's own words, the paths of invalid fields,
 * the URL) behind a disclosure. Never "stale" and "just updated" at once: ages in the chip are
 * counted in seconds below a minute, and "Dữ liệu cũ" is said only when the data is older than
 * `stale-after`; a failed refresh says what failed instead.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { FeedError, FeedSnapshot } from "../../data/feed-hub.js";
import { formatAge, formatDateTime, formatTime, formatWait } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { SharedMessages } from "./messages.js";

/** What the chip needs to know about the element at this render. */
export interface FeedStateContext {
  snapshot: FeedSnapshot;
  locale: Locale;
  m: SharedMessages;
  /** The element's clock reading of this render (local time). */
  now: number;
  /** Age of the data at the corrected time (`feedAgeMs`). */
  dataAgeMs: number | null;
  /** Older than `stale-after`. */
  tooOld: boolean;
  /** The element has an input (`src`, `data` or a child script). */
  hasInput: boolean;
  /** The feed's URL, when it is remote (a retry is possible). */
  src: string | null;
  onRetry: () => void;
}

/** The chip's words: shared by the rendered chip and the plain-text fallback. */
export interface FeedStateWords {
  tone: "loading" | "info" | "stale" | "error";
  headline: string;
  /** "số liệu nhận 3 phút trước", "cập nhật 3 giờ trước". */
  age: string | null;
  /** "thử lại lúc 10:02:15". */
  next: string | null;
}

/** What failed, in a visitor's words: "Mất kết nối", "Máy chủ đang bận". */
export function causeOf(error: FeedError, m: SharedMessages): string {
  if (error.kind === "network") return m.cause.network;
  if (error.kind === "timeout") return m.cause.timeout;
  if (error.kind === "invalid") return m.cause.invalid;
  const status = error.status ?? 0;
  if (status === 429 || status === 503) return m.cause.busy;
  return status >= 500 ? m.cause.server : m.cause.refused;
}

/** An age that never reads "just now": seconds below a minute, else the usual coarse words. */
function strictAge(ms: number, m: SharedMessages, locale: Locale): string {
  return ms < 45_000 ? m.secondsAgo(Math.max(1, Math.round(ms / 1000))) : formatAge(ms, locale);
}

/** The chip's words, or `null` when all is well (no chip). */
export function feedStateWords(context: FeedStateContext): FeedStateWords | null {
  const { snapshot, m, locale, now } = context;
  if (!snapshot.feed) {
    if (snapshot.status === "loading")
      return context.hasInput
        ? { tone: "loading", headline: m.loading, age: null, next: null }
        : { tone: "info", headline: m.noFeed, age: null, next: null };
    const error = snapshot.error;
    return {
      tone: "error",
      headline: error?.kind === "invalid" ? m.invalidData : m.loadFailed,
      age: error && error.kind !== "invalid" ? causeOf(error, m) : null,
      next: nextTry(snapshot, m, locale, now),
    };
  }
  const failing = snapshot.status === "stale" ? snapshot.error : null;
  if (!failing && !context.tooOld) return null;
  const age =
    context.tooOld && context.dataAgeMs != null
      ? m.updated(strictAge(context.dataAgeMs, m, locale))
      : snapshot.receivedAt != null
        ? m.received(strictAge(Math.max(0, now - snapshot.receivedAt), m, locale))
        : null;
  return {
    tone: "stale",
    headline: failing ? causeOf(failing, m) : m.staleBadge,
    age,
    next: nextTry(snapshot, m, locale, now),
  };
}

/** When the hub tries again: an absolute time, so the words never go out of date between ticks. */
function nextTry(
  snapshot: FeedSnapshot,
  m: SharedMessages,
  locale: Locale,
  now: number,
): string | null {
  const at = snapshot.nextTryAt;
  if (at == null || !Number.isFinite(at)) return null;
  if (at <= now) return m.retrying;
  const time = formatTime(at, locale);
  const asked = snapshot.error?.retryAfterMs;
  return asked ? m.serverAskedWait(formatWait(asked, locale), time) : m.nextTryAt(time);
}

/** The chip as one line of text (plain-text fallback). */
export function feedStateText(words: FeedStateWords): string {
  return [words.headline, words.age, words.next].filter(Boolean).join(" · ");
}

/** The technical detail behind the disclosure: what exactly failed, the invalid fields, the URL. */
function technicalDetail(
  context: FeedStateContext,
  words: FeedStateWords,
  withRetry: boolean,
): TemplateResult {
  const { snapshot, m, locale } = context;
  const error = snapshot.error;
  const issues = error?.issues ?? [];
  const shown = issues.slice(0, 5);
  // The whole line first: in a narrow cell the chip itself ends in "…".
  return html`<div class="chip-panel">
    <p class="chip-full">${feedStateText(words)}</p>
    ${error && !issues.length ? html`<p>${error.message[locale]}</p>` : nothing}
    ${error?.detail ? html`<p><code lang="en">${error.detail}</code></p>` : nothing}
    ${
      shown.length
        ? html`<ul>
            ${shown.map((issue) => html`<li><code>${issue.path || "(feed)"}</code>: ${issue.message[locale]}</li>`)}
          </ul>`
        : nothing
    }
    ${issues.length > shown.length ? html`<p>${m.moreIssues(issues.length - shown.length)}</p>` : nothing}
    ${snapshot.receivedAt != null ? html`<p>${m.receivedAt(formatDateTime(snapshot.receivedAt, locale))}</p>` : nothing}
    ${context.src ? html`<p class="chip-url"><code>${context.src}</code></p>` : nothing}
    ${
      withRetry && context.src
        ? html`<button type="button" part="retry" @click=${context.onRetry}>${m.retry}</button>`
        : nothing
    }
  </div>`;
}

/** Loading, error, stale chip — the same everywhere, so operators learn it once. */
export function renderFeedState(context: FeedStateContext): TemplateResult | typeof nothing {
  const words = feedStateWords(context);
  if (!words) return nothing;
  if (words.tone === "loading")
    return html`<p class="message loading" part="feed-state" role="status" aria-busy="true">
      ${words.headline}
    </p>`;
  if (words.tone === "info")
    return html`<p class="message info" part="feed-state" role="status">${words.headline}</p>`;
  const error = words.tone === "error";
  const hasDetail = Boolean(context.snapshot.error) || context.src;
  const summary = html`<span class="chip-icon" aria-hidden="true">⚠</span>
    <strong class="chip-headline">${words.headline}</strong>
    ${words.age ? html`<span class="chip-age">· ${words.age}</span>` : nothing}
    ${words.next ? html`<span class="chip-next">· ${words.next}</span>` : nothing}`;
  return html`<div
    class="feed-chip ${error ? "error" : "stale"}"
    part="feed-state"
    role=${error ? "alert" : "status"}
  >
    ${
      hasDetail
        ? html`<details class="chip-details">
            <summary>${summary}</summary>
            ${technicalDetail(context, words, !error)}
          </details>`
        : html`<span class="chip-line">${summary}</span>`
    }
    ${
      error && context.src
        ? html`<button type="button" class="chip-retry" part="retry" @click=${context.onRetry}>
            ${context.m.retry}
          </button>`
        : nothing
    }
  </div>`;
}
