/**
 * The status panel's icons: one shape per data mode and per freshness, so colour is never the
 * only cue (nor needed in forced colours). 16 × 16, drawn in `currentColor`.
 */
import { html, svg } from "lit";
import type { SVGTemplateResult, TemplateResult } from "lit";
import type { Freshness } from "../../data/figures/status.js";
import type { DataMode } from "../../data/schema.js";

const stroke = (d: string) =>
  svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;

export const MODE_ICONS: Record<DataMode, SVGTemplateResult> = {
  online: svg`<circle cx="8" cy="8" r="5.5" fill="currentColor"/>`,
  manual: stroke("M3 13l1-3.5 6.5-6.5 2.5 2.5-6.5 6.5zM9 5l2.5 2.5"),
  simulated: stroke("M1.5 8c1.5-4.5 3.5-4.5 6.5 0s5 4.5 6.5 0"),
  "awaiting-connection": stroke("M8 2.5a5.5 5.5 0 1 0 0.01 0M8 5v3.2l2.2 1.6"),
  offline: stroke("M3.5 3.5l9 9M12.5 3.5l-9 9"),
};

export const STATE_ICONS: Record<Freshness, SVGTemplateResult> = {
  fresh: stroke("M2.5 8.5l3.5 3.5 7.5-8"),
  stale: svg`<path d="M8 1.5l7 13H1z" fill="currentColor"/><path d="M8 6v4M8 11.8v.2" stroke="var(--_surface)" stroke-width="1.8" stroke-linecap="round"/>`,
  offline: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke="var(--_surface)" stroke-width="2" stroke-linecap="round"/>`,
  unknown: stroke("M5.5 5.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M8 12.5v.2"),
};

/** An icon, hidden from screen readers (the word beside it says the same). */
export function icon(shape: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${shape}
  </svg>`;
}
