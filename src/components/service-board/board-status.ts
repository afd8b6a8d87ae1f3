/**
 * The status cell of a board row: the target verdict as a mark and in words (colour is never the
 * only cue), a printed rate its own counts contradict, and the mark of any other error or warning
 * about the row — whose text is in the list under the board (`boardWarnings`).
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { formatPercent } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import { printedDecimals } from "../../data/figures/rate.js";
import type { RatioFigure } from "../../data/figures/ratio.js";
import { bySeverity } from "../../data/warnings.js";
import type { ConsistencyWarning } from "../../data/warnings.js";
import { markedWarnings, warningDetails, warningMark } from "../shared/warning-list.js";
import type { BoardModel } from "./service-board.draw.js";
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
  }
  ${warningMark(figure.warnings, locale, "rate-mismatch")}`;
}

/** Whether any of the board's figures has something for the status column to say. */
export function hasStatus(figures: readonly RatioFigure[]): boolean {
  return figures.some(
    (figure) =>
      figure.target != null ||
      figure.disagreeingStatedRate != null ||
      markedWarnings(figure.warnings).length > 0,
  );
}

/** Every warning about the board's rows and total, each named by its service, most serious first. */
export function boardWarnings(
  model: BoardModel,
  t: BoardMessages,
  locale: Locale,
  painted: boolean | undefined,
): TemplateResult | typeof nothing {
  const names = new Map<object, string>();
  const figures: [RatioFigure, string][] = model.rows.map((row) => [row.figure, row.name]);
  if (model.total) figures.push([model.total, t.total]);
  for (const [figure, name] of figures) for (const w of figure.warnings) names.set(w, name);
  const warnings = bySeverity([...names.keys()] as ConsistencyWarning[]);
  return warningDetails(warnings, locale, painted, (warning) => names.get(warning)!);
}
