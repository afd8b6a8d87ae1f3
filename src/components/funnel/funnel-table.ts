/**
 * The funnel's words for counts that need more than a number, and its data table: every stage
 * with value, percentage of the basis, conversion, levels and target, for screen readers (the
 * bars are hidden from them).
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { Basis, FunnelFigures, StageFigure } from "../../data/figures/funnel.js";
import { formatCount, formatPercent, localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import { unitName } from "../../data/lookup.js";
import type { FunnelIndicator, IndicatorFeed } from "../../data/schema.js";
import type { SharedMessages } from "../shared/messages.js";
import type { TextFigures } from "../shared/text-fallback.js";
import { warningList } from "../shared/warning-list.js";
import type { FunnelMessages } from "./messages.js";

export interface FunnelWords {
  s: FunnelMessages;
  qualifier: SharedMessages["qualifier"];
  /** The words every element shares ("unknown unit"…). */
  shared: SharedMessages;
  locale: Locale;
}

/** `−382.607 (−21,7 %)`: the count and its share of the previous stage. */
export function changeText(stage: StageFigure, locale: Locale): string {
  const { change, changePercent } = stage;
  if (change == null) return "";
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const share =
    changePercent != null ? ` (${sign}${formatPercent(Math.abs(changePercent), locale, 1)})` : "";
  return `${sign}${formatCount(Math.abs(change), locale)}${share}`;
}

/** `hơn 5.000`: the count with the report's own hedge, or "no figure" in words. */
export function qualified(stage: StageFigure, words: FunnelWords): string {
  if (stage.value == null) return words.s.missing;
  const qualifier = stage.source?.qualifier;
  const text = formatCount(stage.value, words.locale);
  return qualifier ? `${words.qualifier[qualifier]} ${text}` : text;
}

/**
 * The funnel as text, for pages whose policy stops Lit (shared/trusted-types.ts): per unit, each
 * stage's count and its share of the basis.
 */
export function funnelTextFigures(
  feed: IndicatorFeed,
  model: {
    indicator: FunnelIndicator;
    panels: { unit: string; figures: FunnelFigures | null }[];
  } | null,
  indicatorId: string | null,
  basis: Basis,
  words: FunnelWords,
): TextFigures {
  const { s, locale, shared } = words;
  if (!model) return { title: "", lines: [shared.unknownIndicator(indicatorId ?? "", "funnel")] };
  const several = model.panels.length > 1;
  const lines = model.panels.flatMap(({ unit, figures }) => {
    if (!figures) return [shared.unknownUnit(unit)];
    const where = several ? `${unitName(feed, unit, locale)} · ` : "";
    return figures.stages.map((stage) => {
      const value = qualified(stage, words);
      const percent =
        stage.percent == null
          ? ""
          : ` (${s.percentOf[basis](formatPercent(stage.percent, locale))})`;
      return `${where}${localize(stage.label, locale)}: ${value}${percent}`;
    });
  });
  return { title: localize(model.indicator.label, locale), lines };
}

export function funnelTable(
  indicator: FunnelIndicator,
  figures: FunnelFigures,
  name: string,
  basis: Basis,
  words: FunnelWords,
): TemplateResult {
  const { s, locale } = words;
  const dash = "—";
  // The stages' consistency warnings get a column when there are any (shared/warning-list.ts).
  const checked = figures.stages.some((stage) => stage.warnings.length);
  // The wrapper, not the table, is hidden: a table ignores width: 1px and its hidden width
  // would still widen the page (a sideways scrollbar on a wall).
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${localize(indicator.label, locale)} — ${name}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.stage}</th>
          <th scope="col">
            ${s.value}${indicator.unitLabel ? ` (${localize(indicator.unitLabel, locale)})` : ""}
          </th>
          <th scope="col">${s.basisHeader[basis]}</th>
          <th scope="col">${s.conversionHeader}</th>
          <th scope="col">${s.levels}</th>
          <th scope="col">${s.targetHeader}</th>
          ${checked ? html`<th scope="col">${words.shared.checks}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${figures.stages.map(
          (stage) =>
            html`<tr>
              <th scope="row">${localize(stage.label, locale)}</th>
              <td>${qualified(stage, words)}</td>
              <td>${stage.percent == null ? dash : formatPercent(stage.percent, locale)}</td>
              <td>
                ${
                  stage.conversion == null
                    ? dash
                    : `${formatPercent(stage.conversion, locale)} (${changeText(stage, locale)})`
                }
              </td>
              <td>
                ${
                  stage.levels.length
                    ? stage.levels
                        .map(
                          (level) =>
                            `${localize(level.label, locale)}: ${formatCount(level.value, locale)}`,
                        )
                        .join("; ")
                    : dash
                }
              </td>
              <td>
                ${stage.target == null ? dash : formatCount(stage.target, locale)}
                ${stage.overTarget ? `(${s.overTarget})` : ""}
              </td>
              ${
                checked
                  ? html`<td>
                      ${stage.warnings.length ? warningList(stage.warnings, locale) : dash}
                    </td>`
                  : nothing
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
