/**
 * The step past an element's render limit (issue 22.4): a button under the rows — "Xem thêm 200
 * dịch vụ (còn 99.800)" — that renders the next ones, so a very large feed costs what fits on a
 * screen and every item stays reachable with the keyboard. While items remain the same button
 * stays, and keeps the focus.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { formatCount } from "../../data/format.js";

/** `left` items not rendered yet; each step adds up to `step`. Nothing when none are left. */
export function renderMore(
  left: number,
  step: number,
  words: (step: string, left: string) => string,
  onMore: () => void,
  locale: "vi" | "en",
): TemplateResult | typeof nothing {
  if (left <= 0) return nothing;
  return html`<button type="button" class="more" part="more" @click=${onMore}>
    ${words(formatCount(Math.min(step, left), locale), formatCount(left, locale))}
  </button>`;
}
