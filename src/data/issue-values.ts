/**
 * What the issue messages and their hints share: a short, safe echo of a bad value, and the id
 * pattern. Pure, no DOM.
 */

export const clip = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max - 3)}…` : text;

/**
 * A short, safe echo of a bad value for error text. Never throws: what a page passes as `data`
 * may be a revoked Proxy, which throws even when asked whether it is an array.
 */
export function echo(value: unknown): string {
  try {
    if (value === undefined) return "nothing";
    if (typeof value === "string") return clip(JSON.stringify(value.slice(0, 60)));
    if (typeof value === "object" && value !== null) return Array.isArray(value) ? "[…]" : "{…}";
    if (typeof value === "function") return "function";
    return clip(String(value));
  } catch {
    return "{…}";
  }
}

/** The pattern of ids (`cap-doi-cccd`), as the validator reports it. */
export const SLUG = "^[a-z0-9][a-z0-9._-]{0,79}$";
