/**
 * The status cell of a board row: the target verdict as a mark and in words (colour is never the
 * only cue), and a printed rate its own counts contradict.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { formatPercent } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import { printedDecimals } from "../../data/figures/rate.js";
import type { RatioFigure } from "../../data/figures/ratio.js";
import type { BoardMessages } from "./messages.js";

export function renderStatus(
  figure: RatioFigure,
  below: boolean | null,
  t: BoardMessages,
  locale: Locale,
): TemplateResult {
  const disagree = figure.disagreeingStatedRate;
  return html`${
    below == null
      ? nothing
      : html`<span class="mark ${below ? "below" : "meets"}"
          ><span aria-hidden="true">${below ? "✗ " : "✓ "}</span
          ><span class="words">${below ? t.belowTarget : t.meetsTarget}</span></span
        >`
  }
  ${
    disagree == null
      ? nothing
      : html`<span class="warning"
          ><span aria-hidden="true">⚠ </span>${t.statedDisagrees(
            formatPercent(disagree, locale, printedDecimals(disagree)),
          )}</span
        >`
  }`;
}
