/**
 * How often the feed runtime may ask a server, and how long it waits after a failure: the
 * numbers and the small rules behind them, apart from the hub's machinery so each is read (and
 * tested) on its own.
 */

/** First retry after 2 s, doubling, never more than 5 min apart. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 300_000;
/**
 * The shortest refresh interval honoured: `refresh-interval="0.01"` would otherwise send a
 * hundred requests a second. A conditional request a second is cheap; anything faster is a
 * mistake, and is slowed to this.
 */
export const MIN_REFRESH_MS = 1_000;
/** Default request timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Delay before retry number `failures` (1-based), before jitter. */
export function backoffDelay(failures: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
}

/**
 * The delay before the next try after `failures` failures: the back-off with ±10 % jitter (a
 * wall of screens does not come back in lock-step), at least what the server asked for in
 * `Retry-After`, and never more than `BACKOFF_MAX_MS` — the cap is applied after the jitter and
 * after the server's wish, so it holds whatever either says.
 */
export function retryDelay(
  failures: number,
  random: () => number,
  retryAfterMs: number | null = null,
): number {
  const jitter = 1 + (random() - 0.5) * 0.2;
  const jittered = Math.round(backoffDelay(failures) * jitter);
  const wanted = retryAfterMs == null ? jittered : Math.max(jittered, retryAfterMs);
  return Math.min(BACKOFF_MAX_MS, Math.max(0, wanted));
}

/** The refresh interval to use for what a subscriber asked: 0 (load once) or ≥ `MIN_REFRESH_MS`. */
export function refreshInterval(asked: number | undefined): number {
  if (asked == null || !Number.isFinite(asked) || asked <= 0) return 0;
  return Math.max(MIN_REFRESH_MS, asked);
}

/** Statuses whose `Retry-After` is honoured (RFC 9110 §10.2.3: 503 and 429; 3xx do not occur). */
const RETRY_AFTER_STATUSES = new Set([429, 503]);

/**
 * How long the server asked us to wait, in ms, from a `Retry-After` header on a 429 or 503:
 * delay-seconds (`120`) or an HTTP-date, read against the server's own `Date` when it sent one
 * (so a wrong viewer clock does not stretch or cut the wait). `null` when there is none, it does
 * not parse, or the status does not carry one. Not capped here: `retryDelay` caps.
 */
export function retryAfterMs(
  status: number,
  header: string | null,
  serverNow: number,
): number | null {
  if (!RETRY_AFTER_STATUSES.has(status) || !header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (!Number.isFinite(at) || !Number.isFinite(serverNow)) return null;
  return Math.max(0, at - serverNow);
}

/** `application/json`, `application/feed+json`, `text/json`: a type that says "JSON". */
export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return true; // no claim either way: the body decides
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return /(^|[/+])json$/.test(type);
}

/** The media type of a `Content-Type` header, without parameters: `text/html`. */
export function mediaType(contentType: string): string {
  return contentType.split(";")[0]!.trim().toLowerCase();
}
