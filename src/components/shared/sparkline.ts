/**
 * A sparkline: an indicator's recent periods as a small line (gaps as breaks), with a sentence
 * that says what it shows ("tăng 3 kỳ liên tiếp"), for the gauge and each row of the service
 * board given a history feed. The line is decoration for sighted users; the sentence is
 * the text equivalent.
 */
import { css, html, nothing, svg } from "lit";
import type { TemplateResult } from "lit";
import type { Locale } from "../../data/format.js";
import { trendStreak } from "../../data/history.js";

export { lineHistory, withHistoryChange } from "../../data/history.js";
import type { TrendSeries } from "../../data/history.js";
import { trendGeometry, VIEW } from "./series.draw.js";

/** Periods a sparkline draws. */
export const SPARKLINE_PERIODS = 12;

const WORDS: Record<
  Locale,
  { up: string; down: string; flat: string; few: string; column: string }
> = {
  vi: {
    up: "tăng",
    down: "giảm",
    flat: "không đổi",
    few: "chưa đủ kỳ để so sánh",
    column: "Xu hướng",
  },
  en: {
    up: "up",
    down: "down",
    flat: "unchanged",
    few: "not enough periods to compare",
    column: "Trend",
  },
};

/** "tăng 3 kỳ liên tiếp" / "up 3 periods in a row", "tăng so với kỳ trước" for one step. */
export function sparklineSummary(series: TrendSeries, locale: Locale): string {
  const streak = trendStreak(series);
  const w = WORDS[locale];
  if (streak.length === 0) return w.few;
  const unit =
    series.cadence === "month"
      ? locale === "vi"
        ? "tháng"
        : "months"
      : locale === "vi"
        ? "kỳ"
        : "periods";
  if (streak.length === 1)
    return locale === "vi"
      ? `${w[streak.direction]} so với kỳ trước`
      : `${w[streak.direction]} on the previous period`;
  return locale === "vi"
    ? `${w[streak.direction]} ${streak.length} ${unit} liên tiếp`
    : `${w[streak.direction]} ${streak.length} ${unit} in a row`;
}

export function renderSparkline(series: TrendSeries, locale: Locale): TemplateResult {
  const points = series.points.slice(-SPARKLINE_PERIODS);
  const geometry = trendGeometry(points, null);
  return html`<p class="sparkline" part="sparkline">
    <svg
      viewBox="0 0 ${VIEW} ${VIEW}"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      ${geometry.runs.map((d) => svg`<path d=${d}></path>`)}
    </svg>
    <span class="sparkline-text">${sparklineSummary(series, locale)}</span>
  </p>`;
}

/** The header of a table's sparkline column (the service board's), when any row has a history. */
export function sparklineHeader(shown: boolean, locale: Locale): TemplateResult | typeof nothing {
  return shown ? html`<th scope="col" class="trend">${WORDS[locale].column}</th>` : nothing;
}

/** A row's sparkline cell; "—" for a row without a history. */
export function sparklineCell(
  shown: boolean,
  series: TrendSeries | null | undefined,
  locale: Locale,
): TemplateResult | typeof nothing {
  return shown
    ? html`<td class="trend">${series ? renderSparkline(series, locale) : "—"}</td>`
    : nothing;
}

export const sparklineStyles = css`
  .sparkline {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    color: var(--_muted);
  }
  .sparkline svg {
    width: 6em;
    height: 1.75em;
    flex: none;
  }
  /* In a table cell (the service board's rows): smaller, the sentence beside it. */
  td .sparkline svg {
    width: 4em;
    height: 1.25em;
  }
  /* In a row the sentence goes under the line: a column narrow enough to leave the names room. */
  td .sparkline {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125em;
    min-width: 9em;
    font-size: 0.875em;
  }
  td .sparkline path {
    stroke: var(--chiso-service-board-sparkline-color, var(--_accent));
  }
  .sparkline path {
    fill: none;
    stroke: var(--chiso-gauge-sparkline-color, var(--_accent));
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  @media (forced-colors: active) {
    .sparkline path {
      stroke: CanvasText;
    }
  }
`;
