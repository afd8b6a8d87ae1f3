/**
 * Small multiples of `<chiso-trend units="…">`: one small panel per unit, all on one y scale and
 * the same periods, so a glance compares the units (the same value is at the same height in
 * every panel). Each panel names its unit, its latest value and the change from the period
 * before; the selected period (arrows) and unit (up / down) are read out by the element.
 */
import { html, nothing, svg } from "lit";
import type { TemplateResult } from "lit";
import { styleProps } from "../shared/style-props.js";
import { alignedSeries, reportingUnits, trendChange } from "../../data/history.js";
import type { TrendChange, TrendPoint, TrendSeries } from "../../data/history.js";
import { unitName } from "../../data/lookup.js";
import { formatPercent, formatPointsDelta, localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { IndicatorFeed, ProgressIndicator, RatioIndicator } from "../../data/schema.js";
import { trendGeometry, VIEW } from "../shared/series.draw.js";
import type { TrendGeometry } from "../shared/series.draw.js";
import type { TrendMessages } from "./messages.js";
import type { TrendWords } from "./trend-text.js";
import { renderUnitTable } from "./tables.js";

export interface Panel {
  name: string;
  /** Every shared period (the table). */
  series: TrendSeries;
  /** The periods drawn. */
  points: TrendPoint[];
  change: TrendChange;
  geometry: TrendGeometry;
}

export interface MultiplesModel {
  label: string;
  unitLabel: string;
  target: number | null;
  panels: Panel[];
}

/** `units`: GSO codes separated by spaces or commas, or `*` for every unit with figures. */
export function multiplesModel(
  feed: IndicatorFeed,
  indicator: RatioIndicator | ProgressIndicator,
  units: string,
  service: string | null,
  limit: number,
  locale: Locale,
): MultiplesModel {
  const codes =
    units.trim() === "*" ? reportingUnits(feed, indicator, service) : units.split(/[\s,]+/);
  const all = alignedSeries(feed, indicator, codes.filter(Boolean), service);
  const target = indicator.target ?? null;
  const drawn = all.map((series) => series.points.slice(-limit));
  // One scale for every panel: it reaches the highest value any of them draws.
  const reach = Math.max(0, ...drawn.flat().map((p) => p.value ?? 0));
  return {
    label: localize(indicator.label, locale),
    unitLabel: localize(indicator.unitLabel, locale),
    target,
    panels: all.map((series, i) => ({
      name: unitName(feed, series.unit, locale),
      series,
      points: drawn[i]!,
      change: trendChange(series),
      geometry: trendGeometry(drawn[i]!, target, reach),
    })),
  };
}

export interface MultiplesView {
  words: TrendWords;
  text: TrendMessages;
  locale: Locale;
  /** Selected period (index into every panel's drawn points) and unit (index into panels). */
  period: number;
  unit: number;
  tableOpen: boolean;
  columns: boolean;
  onKey: (event: KeyboardEvent) => void;
  onPointer: (event: PointerEvent) => void;
  onToggle: (event: Event) => void;
}

/**
 * The SVG of one plot, stretched to its box: gap bands, the line (one path per run) or columns,
 * the target line and the guide at the selected period; `marks` go beneath (campaign bands).
 * The single trend and every panel draw with it, so they look and read alike.
 */
export function renderPlot(
  g: TrendGeometry,
  points: readonly TrendPoint[],
  target: number | null,
  selected: number,
  columns: boolean,
  marks: unknown = nothing,
): TemplateResult {
  return html`<svg
    viewBox="0 0 ${VIEW} ${VIEW}"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${marks}
    ${points.map((p, i) =>
      p.gap
        ? svg`<rect class="gap-band" x=${g.xs[i]! - g.slot / 2} y="0" width=${g.slot} height=${VIEW}></rect>`
        : nothing,
    )}
    ${
      columns
        ? points.map((p, i) =>
            p.value == null
              ? nothing
              : svg`<rect class="column" x=${g.xs[i]! - g.slot * 0.35} width=${g.slot * 0.7}
              y=${g.y(p.value)} height=${VIEW - g.y(p.value)}></rect>`,
          )
        : g.runs.map((d) => svg`<path class="line" part="line" d=${d}></path>`)
    }
    ${
      target == null
        ? nothing
        : svg`<line class="target" x1="0" x2=${VIEW} y1=${g.y(target)} y2=${g.y(target)}></line>`
    }
    <line class="guide" x1=${g.xs[selected]} x2=${g.xs[selected]} y1="0" y2=${VIEW}></line>
  </svg>`;
}

/** The class of a change: up, down or flat (the arrow in its text says it too). */
export const tone = (points: number | null) =>
  points == null ? "" : points > 0 ? "up" : points < 0 ? "down" : "flat";

export function renderMultiples(model: MultiplesModel, view: MultiplesView): TemplateResult {
  const { text, words, locale } = view;
  const first = model.panels[0]!;
  const count = text.unitCount(
    model.panels.length,
    `0–${formatPercent(first.geometry.top, locale, 0)}`,
  );
  // The readout, "Hà Nội · Tháng 06/2025: 91,23 % (…)": what the keys and the pointer are on.
  const reading = model.panels[view.unit]!;
  const subject = [
    count,
    words.range(first.points),
    model.target == null ? "" : text.target(formatPercent(model.target, locale, 0)),
    // The panels' arrows: the change from the period before.
    `▲▼ ${text.vsPrevious}`,
  ];
  return html`<div class="header">
      <p class="label">${model.label}</p>
      <p class="subject">${subject.filter(Boolean).join(" · ")}</p>
    </div>
    <div
      class="panels"
      part="chart"
      tabindex="0"
      role="group"
      aria-label=${text.chartName(model.label, count)}
      aria-describedby="trend-hint"
      @keydown=${view.onKey}
      @pointermove=${view.onPointer}
      @pointerdown=${view.onPointer}
    >
      ${model.panels.map((panel, i) => renderPanel(model, panel, i, view))}
    </div>
    <p id="trend-hint" class="visually-hidden">${text.unitsHint}</p>
    <p class="readout" part="readout" aria-live="polite">
      ${reading.name} · ${words.point(model.unitLabel, reading.points, view.period)}
    </p>
    <details class="table" part="table" @toggle=${view.onToggle}>
      <summary>${text.table}</summary>
      ${view.tableOpen ? renderUnitTable(model, view.words, view.text) : nothing}
    </details>`;
}

function renderPanel(
  model: MultiplesModel,
  panel: Panel,
  index: number,
  view: MultiplesView,
): TemplateResult {
  const { geometry: g, points, change } = panel;
  // The last period drawn: a unit that did not report it says so ("Không báo cáo"), rather than
  // showing an older figure as if it were this period's; the plot and the table keep the older.
  const last = points[points.length - 1]!;
  const delta = change.latest === last ? change.previousPoints : null;
  const selected = points[view.period];
  return html`<div class="panel ${index === view.unit ? "current" : ""}" part="panel">
    <p class="name">${panel.name}</p>
    <p>
      <span class="panel-value">${view.words.value(last)}</span>
      ${
        delta == null
          ? nothing
          : html`<span class="delta ${tone(delta)}">${formatPointsDelta(delta, view.locale)}</span>`
      }
    </p>
    <div class="plot" data-unit=${index}>
      ${renderPlot(g, points, model.target, view.period, view.columns)}
      ${
        selected?.value == null
          ? nothing
          : html`<span
              class="dot selected"
              style=${styleProps({
                left: `${(g.xs[view.period]! / VIEW) * 100}%`,
                top: `${(g.y(selected.value) / VIEW) * 100}%`,
              })}
            ></span>`
      }
    </div>
  </div>`;
}
