/**
 * The trend's data tables, what a screen reader or a keyboard user reads instead of the plot:
 * one unit's periods (the single trend) or unit × period (the small multiples).
 */
import { html } from "lit";
import type { TemplateResult } from "lit";
import type { TrendSeries } from "../../data/history.js";
import type { TrendMessages } from "./messages.js";
import type { TrendWords } from "./trend-text.js";

/** Every period of one unit, newest first: value, counts, restatements and the vintage mark. */
export function renderPeriodTable(
  model: { label: string; subject: string; unitLabel: string; series: TrendSeries },
  words: TrendWords,
  text: TrendMessages,
): TemplateResult {
  const rows = [...model.series.points].reverse();
  return html`<table>
    <caption>
      ${model.label} · ${model.subject}
    </caption>
    <thead>
      <tr>
        <th scope="col">${text.period}</th>
        <th scope="col">${text.value}</th>
        <th scope="col">${text.counts}</th>
        <th scope="col">${text.note}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (point) =>
          html`<tr class=${point.gap ? "gap" : ""}>
            <th scope="row">${words.period(point)}</th>
            <td>${words.value(point)}</td>
            <td>${words.counts(model.unitLabel, point)}</td>
            <td>${words.notes(point).join("; ")}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Unit × period: one row per unit, one column per period (every shared one), gaps in words. */
export function renderUnitTable(
  model: { label: string; panels: readonly { name: string; series: TrendSeries }[] },
  words: TrendWords,
  text: TrendMessages,
): TemplateResult {
  const periods = model.panels[0]!.series.points;
  return html`<table>
    <caption>
      ${model.label} · ${words.range(periods)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${text.unit}</th>
        ${periods.map((p) => html`<th scope="col">${words.period(p)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${model.panels.map(
        (panel) =>
          html`<tr>
            <th scope="row">${panel.name}</th>
            ${panel.series.points.map((p) => html`<td>${words.value(p)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
