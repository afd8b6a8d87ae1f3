/**
 * A stage's split by assurance level (mức 1 / mức 2): each level's swatch, name and count, so the
 * split is read in words and figures, not from the pattern alone.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { formatCount, localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { StageFigure } from "../../data/figures/funnel.js";

export function renderLevels(stage: StageFigure, locale: Locale): TemplateResult | typeof nothing {
  if (!stage.levels.length) return nothing;
  return html`<ul class="levels">
    ${stage.levels.map(
      (level) =>
        html`<li>
          <span class="swatch level-${level.index}" aria-hidden="true"></span>
          ${localize(level.label, locale)}
          <span class="level-value">${formatCount(level.value, locale)}</span>
        </li>`,
    )}
  </ul>`;
}
