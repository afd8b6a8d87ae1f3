import { html, nothing, svg } from "lit";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import { styleProps } from "../shared/style-props.js";
import type { ConsistencyWarning } from "../../data/consistency.js";
import { printedDecimals } from "../../data/figures/rate.js";
import { ratioFigure, targetVerdict } from "../../data/figures/ratio.js";
import type { RatioFigure } from "../../data/figures/ratio.js";
import {
  findIndicator,
  findRatioObservation,
  observationUnit,
  serviceName,
  unitName,
} from "../../data/lookup.js";
import {
  formatCount,
  formatDateRange,
  formatPercent,
  formatPointsDelta,
  localize,
} from "../../data/format.js";
import type { IndicatorFeed } from "../../data/schema.js";
import { ChisoElement, type TextFigures } from "../shared/chiso-element.js";
import {
  indicatorProblem,
  isProblem,
  problemText,
  serviceProblem,
  unitProblem,
  type ConfigProblem,
} from "../shared/config-problem.js";
import { ResizeController } from "../shared/resize-controller.js";
import { themeStyles } from "../shared/theme.styles.js";
// History (sparkline, change from history): "../shared/sparkline.js"; the single-file bundle
// builds with "../shared/sparkline-none.ts" in its place (scripts/build.mjs) to stay within 64 kB.
import {
  lineHistory,
  renderSparkline,
  sparklineStyles,
  withHistoryChange,
} from "../shared/sparkline.js";
import { observationPeriod } from "../../data/periods.js";
import type { TrendSeries } from "../../data/history.js";
import { fillFraction, gaugeGeometry, VIEW_BOX } from "./gauge.draw.js";
import { warningMark } from "../shared/warning-list.js";
import { gaugeDetails } from "./gauge-details.js";
import type { DetailsModel } from "./gauge-details.js";
import { gaugeStyles } from "./gauge.styles.js";
import { GAUGE_MESSAGES } from "./messages.js";
import type { GaugeMessages } from "./messages.js";

export type GaugeVariant = "arc" | "bar";
/** Layout picked from the element's width. */
export type GaugeSize = "compact" | "regular" | "wide";

/**
 * Below this width, in em of the host (256 px at 16 px, 384 px in the IOC theme), the gauge uses
 * its tile layout: a 160 px tile has no room for prose.
 */
const COMPACT_BELOW_EM = 16;
/** From this width (512 px at 16 px) the arc and the text sit side by side. */
const WIDE_FROM_EM = 32;

/**
 * Everything the gauge shows, derived once per update in `willUpdate()`. Only an `ok` figure has
 * a rate, a delta or counts-based `computed` (see `ratioFigure()`).
 */
interface GaugeModel extends DetailsModel {
  label: string;
  /** The indicator's recent history, when `sparkline` is set and the feed has more than one period. */
  series: TrendSeries | null;
  unitLabel: string;
}

/**
 * One ratio — typically the share of dossiers submitted online — for one unit and optionally one
 * service, as a half-ring gauge or a compact bullet bar, with target, change since the previous
 * period in percentage points, and the report's own figures one keypress away.
 *
 * Counts are the truth: the rate is computed from numerator / denominator and a printed rate that
 * disagrees is shown as a warning. Zero dossiers, no data and "not handled at this tier" are
 * shown in words, never as 0 % or 100 %.
 *
 * @tagname chiso-gauge
 * @summary Online-rate gauge (arc or bar) with target, delta and provenance.
 * @status experimental
 * @since 0.1.0
 *
 * @attr {boolean} fit - Fill the box the page gives the element (an IOC wall cell): the arc, the number and the type follow the cell's width and height, so the number is never cut off. The page must give the element a definite height.
 *
 * @csspart arc - The value arc (`variant="arc"`).
 * @csspart bar - The value bar (`variant="bar"`).
 * @csspart value - The big number (or the state in words).
 * @csspart label - The indicator's name.
 * @csspart target - The target marker on the arc or bar.
 * @csspart delta - Change since the previous period.
 * @csspart verdict - The target verdict ("✓ Đạt chỉ tiêu 60 %").
 * @csspart details - The `<details>` disclosure with counts and source.
 * @csspart sparkline - Recent periods of a history feed and their sentence (`sparkline`).
 *
 * @cssprop [--chiso-gauge-track-color=var(--chiso-color-border)] - Unfilled part of the scale.
 * @cssprop [--chiso-gauge-value-color=var(--chiso-color-accent)] - Filled part when no target is set.
 * @cssprop [--chiso-gauge-good-color=var(--chiso-color-good)] - Filled part at or above the target.
 * @cssprop [--chiso-gauge-bad-color=var(--chiso-color-bad)] - Filled part below the target.
 * @cssprop [--chiso-gauge-target-color=var(--chiso-color-surface)] - Target marker (a notch across the rings).
 * @cssprop [--chiso-gauge-sparkline-color=var(--chiso-color-accent)] - The sparkline's line.
 * @cssprop [--chiso-gauge-transition=300ms] - Duration of value changes (none under reduced motion).
 */
export class ChisoGauge extends ChisoElement {
  static override styles = [themeStyles, gaugeStyles, sparklineStyles];

  static override properties: PropertyDeclarations = {
    service: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    sparkline: { type: Boolean, reflect: true },
    fit: { type: Boolean, reflect: true },
    size: { state: true },
  };

  /** Service id from `feed.services`; empty = all services. */
  declare service: string | null;
  /** `arc` (default): half-ring gauge; `bar`: compact bullet bar for dense layouts. */
  declare variant: GaugeVariant;
  /** Show the recent periods of a history feed as a sparkline with a sentence ("tăng 3 tháng liên tiếp"). */
  declare sparkline: boolean;
  /** Fill the box the page gives the element: arc, number and type follow its width and height. */
  declare fit: boolean;
  /** Layout from the measured width. */
  declare protected size: GaugeSize;

  #model: GaugeModel | ConfigProblem | null = null;

  constructor() {
    super();
    this.service = null;
    this.variant = "arc";
    this.sparkline = false;
    this.fit = false;
    this.size = "regular";
  }

  /** Picks the layout from the element's own width (in em, so the IOC theme's type counts). */
  protected readonly resize = new ResizeController(this, ({ width: px, widthEm: em }) => {
    const size: GaugeSize =
      px > 0 && em < COMPACT_BELOW_EM ? "compact" : em >= WIDE_FROM_EM ? "wide" : "regular";
    if (size !== this.size) this.size = size;
  });

  protected get text(): GaugeMessages {
    return GAUGE_MESSAGES[this.locale];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { feed, warnings } = this.feed.snapshot;
    this.#model = feed ? this.#derive(feed, warnings) : null;
  }

  /** The model, or the configuration problem when the indicator, unit or service is unknown. */
  #derive(
    feed: IndicatorFeed,
    warnings: readonly ConsistencyWarning[],
  ): GaugeModel | ConfigProblem {
    const locale = this.locale;
    const words = this.problemWords;
    const indicator = findIndicator(feed, "ratio", this.indicator);
    if (!indicator) return indicatorProblem(feed, ["ratio"], this.indicator, words);
    const unit = this.unit || feed.publisher.unitCode;
    const observation = findRatioObservation(feed, indicator, unit, this.service);
    if (!observation) {
      const unitKnown = indicator.observations.some((o) => observationUnit(feed, o) === unit);
      if (!unitKnown) return unitProblem(feed, indicator, unit, words);
      const hint = this.service ? this.text.unknownService(this.service) : this.text.noTotal;
      return serviceProblem(feed, indicator, unit, this.service, hint, words);
    }
    const subject = [unitName(feed, unit, locale)];
    if (this.service) subject.push(serviceName(feed, this.service, locale));
    const history = lineHistory(feed, indicator, { unit, service: this.service });
    const period = observationPeriod(feed, observation);
    return {
      label: localize(indicator.label, locale),
      subject: subject.join(" · "),
      // A history feed's gauge shows its latest period, not the whole span of the feed.
      period: localize(period.label ?? feed.period.label, locale),
      dates: formatDateRange(period.start, period.end, locale),
      figure: withHistoryChange(ratioFigure(indicator, observation, warnings), history),
      series: this.sparkline ? history : null,
      unitLabel: localize(indicator.unitLabel, locale),
      previousLabel: localize(observation.previous?.label, locale) || this.text.previousPeriod,
      provenance: observation.provenance ?? indicator.provenance,
      document: feed.source?.docNumber ?? "",
    };
  }

  protected override renderFeed(): TemplateResult {
    const model = this.#model;
    if (model == null) return html``;
    if (isProblem(model)) return this.renderProblem(model);
    return html`<section
      class="gauge ${this.variant === "bar" ? "bar" : "arc"} ${this.fit ? "fit" : this.size} ${this.#tone(model)}"
      aria-label="${model.label} · ${model.subject}"
    >
      ${this.#renderHeader(model)}
      <div class="body">
        ${this.#renderChart(model)}
        <div class="facts">${this.#renderFacts(model)} ${this.#renderDetails(model)}</div>
      </div>
    </section>`;
  }

  /** The gauge in words: the rate (or why there is none), counts, verdict, change, period. */
  protected override textFigures(): TextFigures | null {
    const model = this.#model;
    if (model == null) return null;
    if (isProblem(model)) return problemText(model);
    const { figure } = model;
    const verdict = targetVerdict(figure);
    const target = figure.target == null ? "" : this.#targetText(figure.target);
    const points = figure.deltaPoints;
    const lines = [
      this.#stateText(figure),
      this.#countsText(model),
      verdict == null
        ? null
        : verdict === "meets"
          ? this.text.meetsTarget(target)
          : this.text.belowTarget(target),
      points == null
        ? null
        : `${formatPointsDelta(points, this.locale)} ${this.text.vsPrevious(model.previousLabel)}`,
      `${model.subject} · ${model.period}`,
    ];
    return { title: model.label, lines: lines.filter((line): line is string => Boolean(line)) };
  }

  /** `good` / `bad` against the target, `none` without one or without a rate. */
  #tone(model: GaugeModel): "good" | "bad" | "none" {
    const verdict = targetVerdict(model.figure);
    return verdict == null ? "none" : verdict === "meets" ? "good" : "bad";
  }

  #renderHeader(model: GaugeModel): TemplateResult {
    // The heading names the unit too: a page of gauges has one indicator for several units.
    return html`<div class="header" role="heading" aria-level=${this.headingLevel}>
      <p class="label" part="label">${model.label}</p>
      <p class="subject">${model.subject} · <span class="period">${model.period}</span></p>
    </div>`;
  }

  /** The rate as the user reads it: "85,29 %", "gần 78 %" for a hedged printed rate. */
  #rateText(figure: RatioFigure): string {
    if (figure.rate == null) return "";
    // Without counts the rate is the printed one, and reads as printed.
    return figure.computed
      ? formatPercent(figure.rate, this.locale)
      : this.#statedText(figure, figure.rate);
  }

  /** A printed rate as the report words it: its own precision ("84,7 %") and hedge ("gần 78 %"). */
  #statedText(figure: RatioFigure, statedRate: number): string {
    const rate = this.#targetText(statedRate);
    return figure.qualifier ? `${this.messages.qualifier[figure.qualifier]} ${rate}` : rate;
  }

  #stateText(figure: RatioFigure): string {
    return figure.state === "ok" ? this.#rateText(figure) : this.messages.noRate[figure.state];
  }

  #targetText(target: number): string {
    return formatPercent(target, this.locale, Math.min(2, printedDecimals(target)));
  }

  #renderChart(model: GaugeModel): TemplateResult {
    const { figure } = model;
    const { rate } = figure;
    const text = this.#stateText(figure);
    // Without a rate, bands and target would suggest a value: draw the bare track.
    const target = rate == null ? null : figure.target;
    const visual =
      this.variant === "bar" ? this.#renderBar(rate, target) : this.#renderArc(rate, target);
    const value = html`<p class="value ${rate == null ? "empty" : ""}" part="value">${text}</p>`;
    if (rate == null)
      return html`<div
        class="chart"
        role="img"
        aria-label="${model.label} · ${model.subject}: ${text}"
      >
        ${visual} ${value}
      </div>`;
    return html`<div
      class="chart"
      role="meter"
      aria-label="${model.label} · ${model.subject}"
      aria-valuemin="0"
      aria-valuemax=${Math.max(100, Math.ceil(rate))}
      aria-valuenow=${Math.round(rate * 100) / 100}
      aria-valuetext=${this.#valueText(model)}
    >
      ${visual} ${value}
    </div>`;
  }

  /** "Tỷ lệ hồ sơ trực tuyến 85,29 %, mục tiêu 60 %, tăng 1,86 điểm". */
  #valueText(model: GaugeModel): string {
    const { figure } = model;
    const delta = figure.deltaPoints;
    const change =
      delta == null
        ? null
        : this.text.changeWords(
            Number(delta.toFixed(2)),
            formatCount(Math.abs(delta), this.locale, 2),
          );
    return this.text.valueText(
      model.label,
      this.#rateText(figure),
      figure.target == null ? null : this.#targetText(figure.target),
      change,
    );
  }

  #renderArc(rate: number | null, target: number | null): TemplateResult {
    const geometry = gaugeGeometry(rate, target);
    return html`<svg class="dial" viewBox=${VIEW_BOX} aria-hidden="true" focusable="false">
      <path class="track" d=${geometry.track}></path>
      ${geometry.bands.map((band) => svg`<path class="band ${band.kind}" d=${band.d}></path>`)}
      ${
        geometry.value
          ? svg`<path class="fill" part="arc" d=${geometry.value}
              style=${styleProps({ d: `path("${geometry.value}")` })}></path>`
          : nothing
      }
      ${
        geometry.target
          ? svg`<line class="target" part="target" x1=${geometry.target.x1} y1=${geometry.target.y1}
              x2=${geometry.target.x2} y2=${geometry.target.y2}></line>`
          : nothing
      }
    </svg>`;
  }

  #renderBar(rate: number | null, targetRate: number | null): TemplateResult {
    const fill = fillFraction(rate) * 100;
    const target = targetRate == null ? null : fillFraction(targetRate) * 100;
    return html`<div class="meter-bar" aria-hidden="true">
      ${
        target == null
          ? nothing
          : html`<span class="band below" style=${styleProps({ width: `${target}%` })}></span>`
      }
      <span class="fill" part="bar" style=${styleProps({ width: `${fill}%` })}></span>
      ${
        target == null
          ? nothing
          : html`<span
              class="target"
              part="target"
              style=${styleProps({ left: `${target}%` })}
            ></span>`
      }
    </div>`;
  }

  #renderFacts(model: GaugeModel): TemplateResult {
    const { figure } = model;
    // A computed rate has both counts; the facts show them under the number.
    const counts = figure.computed ? this.#countsText(model) : null;
    return html`
      ${counts ? html`<p class="counts">${counts}</p>` : nothing} ${this.#renderVerdict(figure)}
      ${this.#renderDelta(model)} ${this.#renderStated(figure)}
      ${
        // A disagreeing printed rate is said in words just above.
        warningMark(figure.warnings, this.locale, "rate-mismatch")
      }
      ${model.series ? renderSparkline(model.series, this.locale) : nothing}
    `;
  }

  /**
   * The printed rate when it differs from the one shown: a warning when the counts contradict it,
   * a plain note when it is the same figure rounded or hedged ("Báo cáo ghi 65 %", "gần 78 %").
   */
  #renderStated(figure: RatioFigure): TemplateResult | typeof nothing {
    const { statedRate, rate } = figure;
    if (!figure.computed || statedRate == null || rate == null) return nothing;
    const t = this.text;
    const stated = this.#statedText(figure, statedRate);
    const computed = formatPercent(rate, this.locale);
    if (figure.disagreeingStatedRate != null)
      return html`<p class="warning" role="note">
        <span aria-hidden="true">⚠ </span>${t.statedDisagrees(stated, computed)}
      </p>`;
    if (Math.abs(statedRate - rate) < 0.005) return nothing;
    return html`<p class="note" role="note">
      <span aria-hidden="true">ℹ </span>${t.statedRounded(stated, figure.qualifier != null)}
    </p>`;
  }

  #renderVerdict(figure: RatioFigure): TemplateResult | typeof nothing {
    const verdict = targetVerdict(figure);
    if (verdict == null || figure.target == null) return nothing;
    const target = this.#targetText(figure.target);
    const good = verdict === "meets";
    return html`<p class="verdict ${good ? "good" : "bad"}" part="verdict">
      <span class="icon" aria-hidden="true">${good ? "✓" : "✗"}</span>
      ${good ? this.text.meetsTarget(target) : this.text.belowTarget(target)}
    </p>`;
  }

  #renderDelta(model: GaugeModel): TemplateResult | typeof nothing {
    const points = model.figure.deltaPoints;
    if (points == null) return nothing;
    const rounded = Number(points.toFixed(2));
    return html`<p class="delta ${rounded > 0 ? "up" : rounded < 0 ? "down" : "flat"}" part="delta">
      ${formatPointsDelta(points, this.locale)}
      <span class="muted">${this.text.vsPrevious(model.previousLabel)}</span>
    </p>`;
  }

  /** "42.328 / 49.630 hồ sơ", or the numerator alone when the report gives no total. */
  #countsText({ figure, unitLabel }: GaugeModel): string | null {
    const locale = this.locale;
    const unit = unitLabel ? ` ${unitLabel}` : "";
    if (figure.numerator == null) return null;
    const numerator = formatCount(figure.numerator, locale);
    return figure.denominator == null
      ? this.text.numeratorOnly(`${numerator}${unit}`)
      : `${numerator} / ${formatCount(figure.denominator, locale)}${unit}`;
  }

  #renderDetails(model: GaugeModel): TemplateResult {
    return gaugeDetails(model, {
      t: this.text,
      source: this.messages.source,
      checks: this.messages.checks,
      locale: this.locale,
      counts: this.#countsText(model),
      percent: (rate) => this.#targetText(rate),
      stated: (figure, statedRate) => this.#statedText(figure, statedRate),
      painted: this.painted,
    });
  }
}
