import { html, nothing, svg } from "lit";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import type { ReactiveControllerHost } from "lit";
import { styleProps } from "../shared/style-props.js";
import { consistencyOf } from "../../data/consistency.js";
import { trendChange, trendSeries } from "../../data/history.js";
import type { TrendChange, TrendPoint, TrendSeries } from "../../data/history.js";
import { serviceName, unitName } from "../../data/lookup.js";
import { formatCount, formatDate, formatPercent, localize } from "../../data/format.js";
import type {
  Annotation,
  IndicatorFeed,
  ProgressIndicator,
  RatioIndicator,
} from "../../data/schema.js";
import { indicatorProblem, isProblem, problemText } from "../shared/config-problem.js";
import type { ConfigProblem } from "../shared/config-problem.js";
import { ChisoElement, type TextFigures } from "../shared/chiso-element.js";
import { themeStyles } from "../shared/theme.styles.js";
import { warningMark } from "../shared/warning-list.js";
import { TREND_MESSAGES, type TrendMessages } from "./messages.js";
import { slotAt, trendGeometry, VIEW, type TrendGeometry } from "../shared/series.draw.js";
import { trendStyles } from "./trend.styles.js";
import { TrendWords } from "./trend-text.js";
import type { HistorySource, HistoryState } from "./history-controller.js";
import { multiplesModel, renderMultiples, renderPlot, tone } from "./multiples.js";
import { renderPeriodTable } from "./tables.js";
import type { MultiplesModel, MultiplesView } from "./multiples.js";

export type TrendVariant = "line" | "columns";

/** Everything the trend shows, derived once per update. */
interface TrendModel {
  label: string;
  subject: string;
  unitLabel: string;
  series: TrendSeries;
  /** The periods drawn: the last `periods` of the series. */
  points: TrendPoint[];
  change: TrendChange;
  target: number | null;
  annotations: readonly Annotation[];
  geometry: TrendGeometry;
}

/**
 * A ratio or progress indicator over time, from a history feed (feed format 1.1): one line (or
 * columns) of the last periods, the target as a line, campaign and reform marks from the feed,
 * the latest value with its change in percentage points against the previous period and a year
 * earlier. A period that was not reported is a gap — no point, no line to zero. Arrow keys step
 * through the periods and read each out; the data table lists every period with its revisions.
 *
 * With `units` it draws small multiples instead: one panel per unit (`units="01 79 48"`, or
 * `units="*"` for every unit with figures), all on one y scale and the same periods, each with
 * its name, latest value and change in points; the arrows step periods and up / down change unit,
 * one tab stop for them all; the table lists unit × period.
 *
 * A history comes from one feed holding many periods (`src` / `data`), or from a feed index
 * (`history`): the monthly files it lists load through the shared hub and merge as they arrive,
 * and the months that failed are named.
 *
 * @tagname chiso-trend
 * @summary Indicator over time: line or columns, target, gaps, revisions, pp changes.
 * @status experimental
 * @since 0.2.0
 *
 * @csspart chart - The plot area (focusable; arrow keys step through periods).
 * @csspart line - The value line (one path per run of reported periods).
 * @csspart value - The latest value.
 * @csspart delta - Changes against the previous period and a year earlier.
 * @csspart readout - The selected period in words (also the pointer's and keyboard's text).
 * @csspart table - The data table disclosure.
 * @csspart panel - One unit's panel of the small multiples.
 *
 * @cssprop [--chiso-trend-line-color=var(--chiso-color-accent)] - Line, points and columns.
 * @cssprop [--chiso-trend-target-color=var(--chiso-color-text)] - Target line.
 * @cssprop [--chiso-trend-band-color=var(--chiso-color-border)] - Campaign bands and gap hatching.
 * @cssprop [--chiso-trend-height=12em] - Height of the plot area.
 * @cssprop [--chiso-trend-columns=auto-fit] - Columns of small multiples: a number, or auto-fit (as many 9em panels as fit, sharing the width).
 * @cssprop [--chiso-trend-panel-height=3.5em] - Height of a small-multiples panel's plot.
 */
export class ChisoTrend extends ChisoElement {
  static override styles = [themeStyles, trendStyles];

  static override properties: PropertyDeclarations = {
    service: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    periods: { type: Number, reflect: true },
    history: { type: String, reflect: true },
    units: { type: String, reflect: true },
    selectedIndex: { state: true },
    selectedUnit: { state: true },
  };

  /** Service id from `feed.services`; empty = all services. */
  declare service: string | null;
  /** `line` (default) or `columns`. */
  declare variant: TrendVariant;
  /** How many of the latest periods to draw (the table lists them all). */
  declare periods: number;
  /** URL of a feed index (`schema/feed-index.schema.json`); used instead of `src` / `data`. */
  declare history: string | null;
  /** Small multiples: GSO codes (spaces or commas between), or `*` for every unit with figures. */
  declare units: string | null;
  /** The period the keyboard or the pointer is on; `-1` = the latest. */
  declare protected selectedIndex: number;
  /** Small multiples: the panel the keyboard or the pointer is on. */
  declare protected selectedUnit: number;

  #model: TrendModel | MultiplesModel | ConfigProblem | string | null = null;
  /** The small multiples' table is made when opened (34 units × 36 periods is 1 224 cells). */
  #tableOpen = false;
  /**
   * The feed-index loader, registered by every entry that defines the trend (`chiso/trend`,
   * `chiso`, `chiso-trend.iife.js`); a page that imports only `register.ts` goes without it.
   */
  static historyLoader: ((host: ReactiveControllerHost) => HistorySource) | null = null;
  readonly #history: HistorySource | null = ChisoTrend.historyLoader?.(this) ?? null;

  constructor() {
    super();
    this.service = null;
    this.variant = "line";
    this.periods = 24;
    this.selectedIndex = -1;
    this.history = null;
    this.units = null;
    this.selectedUnit = 0;
  }

  protected get text(): TrendMessages {
    return TREND_MESSAGES[this.locale];
  }

  /** The trend's sentences in the element's language: made once per update, not per call. */
  #words = new TrendWords(this.locale, this.text, this.messages.noRate);

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#words = new TrendWords(this.locale, this.text, this.messages.noRate);
    if (changed.has("history")) this.#history?.setUrl(this.history || null);
    const feed = this.history ? (this.#history?.state.feed ?? null) : this.feed.snapshot.feed;
    this.#model = feed ? this.#derive(feed) : null;
    if (changed.has("indicator") || changed.has("unit") || changed.has("service"))
      this.selectedIndex = -1;
    if (changed.has("units")) this.selectedUnit = 0;
  }

  #derive(feed: IndicatorFeed): TrendModel | MultiplesModel | ConfigProblem | string {
    const locale = this.locale;
    const indicator = feed.indicators.find(
      (i): i is RatioIndicator | ProgressIndicator =>
        (i.kind === "ratio" || i.kind === "progress") &&
        (!this.indicator || i.id === this.indicator),
    );
    if (!indicator)
      return indicatorProblem(feed, ["ratio", "progress"], this.indicator, this.problemWords);
    const limit =
      Number.isFinite(this.periods) && this.periods >= 2 ? Math.floor(this.periods) : 24;
    if (this.units) {
      const model = multiplesModel(feed, indicator, this.units, this.service, limit, locale);
      return model.panels[0]?.points.length ? model : this.text.noHistory;
    }
    const unit = this.unit || feed.publisher.unitCode;
    const warnings = consistencyOf(feed);
    const series = trendSeries(feed, indicator, { unit, service: this.service, warnings });
    if (!series.points.length) return this.text.noHistory;
    const points = series.points.slice(-limit);
    const target = indicator.target ?? null;
    const subject = [unitName(feed, unit, locale)];
    if (this.service) subject.push(serviceName(feed, this.service, locale));
    return {
      label: localize(indicator.label, locale),
      subject: subject.join(" · "),
      unitLabel: localize(indicator.unitLabel, locale),
      series,
      points,
      change: trendChange(series),
      target,
      annotations: indicator.annotations ?? [],
      geometry: trendGeometry(points, target),
    };
  }

  protected override renderFeed(): TemplateResult {
    const model = this.#model;
    if (model == null) return html``;
    if (isProblem(model)) return this.renderProblem(model);
    if (typeof model === "string") return this.renderMessage(model, "info");
    if ("panels" in model)
      return html`<section class="trend multiples" aria-label=${model.label}>
        ${renderMultiples(model, this.#view(model))}
      </section>`;
    const selected = this.#selected(model);
    return html`<section
      class="trend variant-${this.#columns ? "columns" : "line"}"
      aria-label=${model.label}
    >
      <div class="header">
        <p class="label">${model.label}</p>
        <p class="subject">${model.subject} · ${this.#words.range(model.points)}</p>
      </div>
      ${this.#renderLatest(model)} ${this.#renderChart(model, selected)}
      <p class="readout" part="readout" aria-live="polite">
        ${this.#words.point(model.unitLabel, model.points, selected)}
      </p>
      ${this.#renderTable(model)}
    </section>`;
  }

  protected override render(): TemplateResult {
    if (!this.history) return super.render();
    if (!this.#history) {
      // A developer's configuration, not a visitor's problem: short words here, the fix in the console.
      console.warn(
        '[chiso] <chiso-trend history="…"> needs the feed-index loader: import "chiso/trend", or give the trend one history feed through src.',
      );
      return html`<div part="base" class="base" lang=${this.locale}>
        ${this.renderMessage(this.text.noHistory)}
      </div>`;
    }
    const state = this.#history.state;
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.#renderHistoryState(state)} ${state.feed ? this.renderFeed() : nothing}
    </div>`;
  }

  /** Loading, a broken index, how many months arrived and which failed. */
  #renderHistoryState(state: HistoryState): TemplateResult | typeof nothing {
    const t = this.text;
    if (state.indexError)
      return this.renderMessage(t.indexFailed(state.indexError.message), "error");
    if (!state.total || (!state.feed && state.failed.length < state.total))
      return html`<p class="message loading" part="feed-state" role="status" aria-busy="true">
        ${t.historyLoading}
      </p>`;
    const settled = state.loaded + state.failed.length;
    const parts = [
      settled < state.total
        ? t.historyProgress(
            formatCount(state.loaded, this.locale),
            formatCount(state.total, this.locale),
          )
        : "",
      state.failed.length
        ? t.historyFailed(
            state.failed
              .map((p) => localize(p.label, this.locale) || formatDate(p.end, this.locale))
              .join(", "),
          )
        : "",
    ].filter(Boolean);
    if (!parts.length) return nothing;
    return html`<p
      class="history-state ${state.failed.length ? "failed" : ""}"
      part="feed-state"
      role="status"
    >
      ${parts.join(" · ")}
    </p>`;
  }

  protected override textFigures(): TextFigures | null {
    const model = this.#model;
    if (model == null) return null;
    if (isProblem(model)) return problemText(model);
    if (typeof model === "string") return { title: "", lines: [model] };
    // One line per unit (the single trend is one): its latest period and the changes.
    const panels = "panels" in model ? model.panels : [{ ...model, name: model.subject }];
    return {
      title: model.label,
      lines: panels.map((panel) =>
        [
          `${panel.name}: ${this.#words.point(model.unitLabel, panel.points, panel.points.length - 1)}`,
          ...this.#words.changes(panel.change),
        ].join(", "),
      ),
    };
  }

  get #columns(): boolean {
    return this.variant === "columns";
  }

  /** What the small multiples show as selected, and their handlers. */
  #view(model: MultiplesModel): MultiplesView {
    return {
      words: this.#words,
      text: this.text,
      locale: this.locale,
      period: this.#selected(model.panels[0]!),
      unit: Math.min(this.selectedUnit, model.panels.length - 1),
      tableOpen: this.#tableOpen,
      columns: this.#columns,
      onKey: (event) => this.#onKey(event, model.panels[0]!, model.panels.length),
      onPointer: (event) => this.#onPanelsPointer(event, model),
      onToggle: (event) => {
        this.#tableOpen = (event.currentTarget as HTMLDetailsElement).open;
        this.requestUpdate();
      },
    };
  }

  #onPanelsPointer(event: PointerEvent, model: MultiplesModel): void {
    const plot = (event.target as Element).closest<HTMLElement>(".plot");
    if (!plot) return;
    this.selectedUnit = Number(plot.dataset["unit"]);
    this.#onPointer(event, model.panels[0]!, plot);
  }

  #selected(model: { points: readonly TrendPoint[] }): number {
    const last = model.points.length - 1;
    return this.selectedIndex < 0 || this.selectedIndex > last ? last : this.selectedIndex;
  }

  #renderLatest(model: TrendModel): TemplateResult {
    const latest = model.change.latest;
    return html`<div class="latest">
      <p class="value" part="value">${latest ? this.#words.value(latest) : this.text.noRate}</p>
      ${latest ? warningMark(latest.warnings, this.locale) : nothing}
      <div class="deltas" part="delta">
        ${latest ? html`<p class="period">${this.text.latest}: ${this.#words.period(latest)}</p>` : nothing}
        ${this.#words
          .changes(model.change)
          .map(
            (text, i) =>
              html`<p
                class="delta ${tone(i === 0 && model.change.previousPoints != null ? model.change.previousPoints : model.change.yearAgoPoints)}"
              >
                ${text}
              </p>`,
          )}
      </div>
    </div>`;
  }

  #renderChart(model: TrendModel, selected: number): TemplateResult {
    const g = model.geometry;
    const x = (i: number) => `${(g.xs[i]! / VIEW) * 100}%`;
    const yPercent = (value: number) => `${(g.y(value) / VIEW) * 100}%`;
    return html`<div
        class="chart"
        part="chart"
        tabindex="0"
        role="group"
        aria-label=${this.text.chartName(model.label, model.subject)}
        aria-describedby="trend-hint"
        @keydown=${(event: KeyboardEvent) => this.#onKey(event, model)}
        @pointermove=${(event: PointerEvent) => this.#onPointer(event, model)}
        @pointerdown=${(event: PointerEvent) => this.#onPointer(event, model)}
      >
        ${renderPlot(g, model.points, model.target, selected, this.#columns, this.#renderMarks(model))}
        ${this.#renderMarkLabels(model)}
        ${g.ticks.map(
          (tick) =>
            html`<span class="tick" style=${styleProps({ top: yPercent(tick) })}
              >${formatPercent(tick, this.locale, 0)}</span
            >`,
        )}
        ${
          model.target == null
            ? nothing
            : html`<span class="target-label" style=${styleProps({ top: yPercent(model.target) })}
                >${this.text.target(formatPercent(model.target, this.locale, 0))}</span
              >`
        }
        ${model.points.map((p, i) =>
          p.value == null
            ? nothing
            : html`<span
                class="dot ${i === selected ? "selected" : ""}"
                style=${styleProps({ left: x(i), top: yPercent(p.value) })}
              ></span>`,
        )}
      </div>
      <p id="trend-hint" class="visually-hidden">${this.text.keyboardHint}</p>
      <div class="axis" aria-hidden="true">
        <span>${this.#words.period(model.points[0]!)}</span>
        <span>${this.#words.period(model.points[model.points.length - 1]!)}</span>
      </div>`;
  }

  /** Where each annotation falls in the drawn periods: a band (campaign) or a line (a day, the reform). */
  #marks(model: TrendModel): { left: number; width: number; label: string }[] {
    const { points, geometry: g } = model;
    const slotOf = (day: string) =>
      points.findIndex((p) => p.period.start <= day && day <= p.period.end);
    return model.annotations.flatMap((mark) => {
      const from = slotOf(mark.start);
      if (from < 0) return [];
      const left = g.xs[from]! - g.slot / 2;
      const to = mark.end && mark.kind !== "reform" ? slotOf(mark.end) : from - 1;
      const width = to < from ? 0 : (to < 0 ? VIEW : g.xs[to]! + g.slot / 2) - left;
      return [{ left, width, label: localize(mark.label, this.locale) }];
    });
  }

  #renderMarks(model: TrendModel): unknown[] {
    return this.#marks(model).map((mark) =>
      mark.width
        ? svg`<rect class="band" x=${mark.left} y="0" width=${mark.width} height=${VIEW}></rect>`
        : svg`<line class="mark" x1=${mark.left} x2=${mark.left} y1="0" y2=${VIEW}></line>`,
    );
  }

  /** The marks' names, written at the foot of their line or band (the hover title is not enough). */
  #renderMarkLabels(model: TrendModel): unknown[] {
    return this.#marks(model).map(
      (mark) =>
        html`<span class="mark-label" style=${styleProps({ left: `${(mark.left / VIEW) * 100}%` })}
          >${mark.label}</span
        >`,
    );
  }

  #renderTable(model: TrendModel): TemplateResult {
    return html`<details class="table" part="table">
      <summary>${this.text.table}</summary>
      ${renderPeriodTable(model, this.#words, this.text)}
    </details>`;
  }

  /**
   * Left / right, Home / End: periods. Up / down: units, when there are `units` panels (the
   * small multiples); the single trend leaves them to the page (scrolling).
   */
  #onKey(event: KeyboardEvent, model: { points: readonly TrendPoint[] }, units = 0): void {
    const last = model.points.length - 1;
    const current = this.#selected(model);
    const period = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: last }[
      event.key
    ];
    const unit = units ? { ArrowUp: -1, ArrowDown: 1 }[event.key] : undefined;
    if (period == null && unit == null) return;
    event.preventDefault();
    if (period != null) this.selectedIndex = Math.max(0, Math.min(last, period));
    else this.selectedUnit = Math.max(0, Math.min(units - 1, this.selectedUnit + unit!));
  }

  #onPointer(
    event: PointerEvent,
    model: { points: readonly TrendPoint[] },
    plot = event.currentTarget as HTMLElement,
  ): void {
    const box = plot.getBoundingClientRect();
    if (box.width <= 0) return;
    this.selectedIndex = slotAt((event.clientX - box.left) / box.width, model.points.length);
  }
}
