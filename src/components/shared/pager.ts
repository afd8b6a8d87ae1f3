/**
 * The pager of a paged list (PagingController): which page shows, which items it holds, and
 * buttons to pause or resume the automatic turning (WCAG 2.2.2) and to turn a page by hand. Real
 * buttons, so the keyboard reaches them; the page number is text, not announced on every turn.
 */
import { css, html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Locale } from "../../data/format.js";
import type { PagingController } from "./paging-controller.js";

/** Height of the pager in em of the element's type, so a fit can leave it room. */
export const PAGER_EM = 2.4;

const WORDS: Record<
  Locale,
  {
    page: (page: number, pages: number) => string;
    pause: string;
    resume: string;
    previous: string;
    next: string;
  }
> = {
  vi: {
    page: (page, pages) => `Trang ${page}/${pages}`,
    pause: "Tạm dừng",
    resume: "Tiếp tục",
    previous: "Trang trước",
    next: "Trang sau",
  },
  en: {
    page: (page, pages) => `Page ${page} of ${pages}`,
    pause: "Pause",
    resume: "Resume",
    previous: "Previous page",
    next: "Next page",
  },
};

/**
 * The pager, or nothing when everything fits on one page. `shown` says what the page holds
 * ("Dịch vụ 9–16 / 25").
 */
export function renderPager(
  paging: PagingController,
  locale: Locale,
  shown: string,
): TemplateResult | typeof nothing {
  if (paging.pages < 2) return nothing;
  const w = WORDS[locale];
  const paused = paging.paused;
  return html`<div class="pager" part="pager">
    <span class="pager-page">${w.page(paging.page + 1, paging.pages)}</span>
    <span class="pager-shown">${shown}</span>
    <span class="pager-buttons">
      <button
        type="button"
        part="pager-button"
        title=${w.previous}
        aria-label=${w.previous}
        @click=${() => paging.previous()}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <button
        type="button"
        part="pager-button"
        class="pager-toggle"
        @click=${() => paging.toggle()}
      >
        <span aria-hidden="true">${paused ? "▶" : "❚❚"}</span> ${paused ? w.resume : w.pause}
      </button>
      <button
        type="button"
        part="pager-button"
        title=${w.next}
        aria-label=${w.next}
        @click=${() => paging.next()}
      >
        <span aria-hidden="true">›</span>
      </button>
    </span>
  </div>`;
}

export const pagerStyles = css`
  .pager {
    display: flex;
    align-items: center;
    gap: 0.75em;
    height: ${PAGER_EM - 0.2}em;
    margin-top: 0.2em;
    flex: none;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    overflow: hidden;
  }
  .pager-page {
    font-weight: 600;
  }
  .pager-shown {
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .pager-buttons {
    margin-inline-start: auto;
    display: flex;
    gap: 0.35em;
  }
  .pager button {
    padding: 0.15em 0.6em;
    line-height: 1.3;
  }
  .pager-toggle span {
    font-size: 0.8em;
    letter-spacing: -0.1em;
  }
`;
