import { html, nothing } from "lit";
import { styleProps } from "../shared/style-props.js";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import type { ConsistencyWarning } from "../../data/consistency.js";
import { bySeverity } from "../../data/warnings.js";
import { funnelFigures, requestedUnits, sharedMax, toBasis } from "../../data/figures/funnel.js";
import type { Basis, FunnelFigures, StageFigure } from "../../data/figures/funnel.js";
import { findFunnelObservation, findIndicator, unitName } from "../../data/lookup.js";
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatPercent,
  localize,
} from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { FunnelIndicator, IndicatorFeed } from "../../data/schema.js";
import { ChisoElement, type TextFigures } from "../shared/chiso-element.js";
import "../shared/events/select.js";
import { indicatorProblem } from "../shared/config-problem.js";
import { ResizeController } from "../shared/resize-controller.js";
import { warningDetails, warningList, warningMark } from "../shared/warning-list.js";
import { themeStyles } from "../shared/theme.styles.js";
import { scaleLength } from "./funnel.draw.js";
import { changeText, funnelTable, funnelTextFigures, qualified } from "./funnel-table.js";
import type { FunnelWords } from "./funnel-table.js";
import { funnelStyles } from "./funnel.styles.js";
import { renderLevels } from "./funnel-levels.js";
import { FUNNEL_MESSAGES } from "./messages.js";
import type { FunnelMessages } from "./messages.js";

export type { ChisoFunnelSelectDetail, ChisoSelectDetail } from "../shared/events/select.js";

export type FunnelLayout = "horizontal" | "vertical";

/** One funnel to draw, or a unit the feed has no figures for. */
type Panel = { unit: string; figures: FunnelFigures | null };

interface Model {
  indicator: FunnelIndicator;
  panels: Panel[];
  max: number;
  warnings: readonly ConsistencyWarning[];
}

/** A funnel narrower than this many em stacks labels above bars. */
const COMPACT_EM = 30;
/** Narrowest column of small multiples, in em (IOC type is larger, so fewer columns). */
const COLUMN_EM = 22;

/**
 * Activation funnel of an indicator (e-ID applications collected → approved → activated, look-ups
 * → successful): one bar per stage with its count, its percentage of a chosen basis, the
 * conversion and drop-off from the stage before, the split by level and a target marker. Several
 * units side by side share one scale.
 *
 * @tagname chiso-funnel
 * @summary Funnel of counts per stage, against targets, with drop-offs.
 * @status experimental
 * @since 0.1.0
 *
 * @attr {"target" | "first" | "previous"} basis - What percentages are of (default `target`: the stage's target, else the quota).
 * @attr {"horizontal" | "vertical"} layout - Bars (default) or columns.
 * @attr {string} units - Small multiples: `all` or comma-separated unit codes, on one shared scale.
 * @attr {boolean} fit - Fit the height the page gives the element (an IOC wall cell): when it is short, each stage tightens to three lines instead of being cut off. The page must give the element a definite height.
 *
 * @csspart stage - One stage (list item).
 * @csspart bar - A stage's bar.
 * @csspart value - A stage's count.
 * @csspart label - A stage's label (a button that shows its details).
 * @csspart target - A stage's target marker.
 * @csspart flags - Flags of a stage (above target, larger than the previous stage, printed rate disagrees).
 *
 * @cssprop [--chiso-funnel-bar-color=var(--chiso-color-accent)] - Bars.
 * @cssprop [--chiso-funnel-track-color=var(--chiso-color-border)] - The track behind bars.
 * @cssprop [--chiso-funnel-target-color=var(--chiso-color-text)] - Target markers.
 * @cssprop [--chiso-funnel-bar-size=1.5em] - Bar thickness.
 * @cssprop [--chiso-funnel-height=14em] - Height of the bars in the vertical layout.
 *
 * @fires {CustomEvent<ChisoFunnelSelectDetail>} chiso-select - The user opened or closed a stage's details (click or Enter on its label); `detail.open` says which.
 */
export class ChisoFunnel extends ChisoElement {
  static override styles = [themeStyles, funnelStyles];

  static override properties: PropertyDeclarations = {
    basis: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    units: { type: String, reflect: true },
    fit: { type: Boolean, reflect: true },
    expanded: { state: true },
    widthEm: { state: true },
  };

  /** What percentages are of: `target` (stage target, else the quota; default), `first` or `previous` stage. */
  declare basis: Basis;
  /** `horizontal` (default) bars, or `vertical` columns. */
  declare layout: FunnelLayout;
  /** Small multiples: `all` or comma-separated unit codes; one funnel each, on one scale. */
  declare units: string | null;
  /** Fit the height the page gives the element, tightening stages when it is short. */
  declare fit: boolean;
  /** Stages whose details are open, as `unit|stage`. */
  declare private expanded: ReadonlySet<string>;
  /** Own width in em; `null` until the element has a box. */
  declare private widthEm: number | null;

  #model: Model | null = null;
  #deriveError: unknown = null;
  #modelKey: unknown[] = [];
  protected readonly resize = new ResizeController(this, ({ width: px, widthEm: em }) => {
    // A fitted funnel's em is its .base's type, which follows the box (theme.styles.ts).
    const base = this.fit ? this.renderRoot.querySelector(".base") : null;
    const basePx = base ? parseFloat(getComputedStyle(base).fontSize) : 0;
    const widthEm = px > 0 ? Math.round((basePx ? px / basePx : em) * 10) / 10 : null;
    if (widthEm !== this.widthEm) this.widthEm = widthEm;
  });

  constructor() {
    super();
    this.basis = "target";
    this.layout = "horizontal";
    this.units = null;
    this.fit = false;
    this.expanded = new Set();
    this.widthEm = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { feed, warnings } = this.feed.snapshot;
    const key = [feed, warnings, this.indicator, this.unit, this.units, this.basis];
    if (key.some((part, i) => part !== this.#modelKey[i])) {
      this.#modelKey = key;
      this.#deriveError = null;
      try {
        this.#model = feed ? this.#derive(feed, warnings) : null;
      } catch (error) {
        // Never let a surprising feed break the update cycle: say so inside the widget instead.
        console.error("[chiso] <chiso-funnel> could not read the feed", error);
        this.#model = null;
        this.#deriveError = error;
      }
    }
  }

  #derive(feed: IndicatorFeed, warnings: readonly ConsistencyWarning[]): Model | null {
    const indicator = findIndicator(feed, "funnel", this.indicator);
    if (!indicator) return null;
    const basis = toBasis(this.basis);
    const units = requestedUnits(indicator, feed.publisher.unitCode, this.unit, this.units);
    const panels = units.map((unit): Panel => {
      const observation = findFunnelObservation(feed, indicator, unit);
      if (!observation) return { unit, figures: null };
      return { unit, figures: funnelFigures(indicator, observation, unit, basis, warnings) };
    });
    const shown = panels.flatMap((panel) => (panel.figures ? [panel.figures] : []));
    return {
      indicator,
      panels,
      max: sharedMax(shown),
      warnings: bySeverity(
        shown.flatMap((f) => [...f.warnings, ...f.stages.flatMap((s) => s.warnings)]),
      ),
    };
  }

  get #strings(): FunnelMessages {
    return FUNNEL_MESSAGES[this.locale];
  }

  get #words(): FunnelWords {
    const shared = this.messages;
    return { s: this.#strings, qualifier: shared.qualifier, shared, locale: this.locale };
  }

  #toggle(panel: Panel, stage: StageFigure): void {
    const key = `${panel.unit}|${stage.id}`;
    const expanded = new Set(this.expanded);
    const open = !expanded.delete(key);
    if (open) expanded.add(key);
    this.expanded = expanded;
    this.emit("chiso-select", {
      indicator: this.#model?.indicator.id ?? "",
      stage: stage.id,
      unit: panel.unit,
      open,
    });
  }

  /** Plain-text fallback: each stage's count and share of the basis. */
  protected override textFigures(feed: IndicatorFeed): TextFigures {
    return funnelTextFigures(feed, this.#model, this.indicator, toBasis(this.basis), this.#words);
  }

  protected override renderFeed(feed: IndicatorFeed): TemplateResult | typeof nothing {
    const model = this.#model;
    if (this.#deriveError != null)
      return this.renderMessage(
        `${this.messages.loadFailed}: ${String(this.#deriveError)}`,
        "error",
      );
    if (!model)
      return this.renderProblem(
        indicatorProblem(feed, ["funnel"], this.indicator, this.problemWords),
      );
    const columns = Math.max(
      1,
      Math.min(model.panels.length, Math.floor((this.widthEm ?? 0) / COLUMN_EM) || 1),
    );
    const panelEm = this.widthEm == null ? null : this.widthEm / columns;
    const compact = panelEm != null && panelEm < COMPACT_EM ? "compact" : "";
    // Columns under 10 em have no room for a count and its drop-off ("−382.607 (−21,7 %)" is
    // 8,7 em): the stages are stacked instead, as at 320 px (WCAG 1.4.10).
    const vertical =
      this.layout === "vertical" && (panelEm ?? 99) >= 10 * model.indicator.stages.length;
    const layout = vertical ? "vertical" : "horizontal";
    return html`<section class="funnel-root ${layout} ${compact}" aria-labelledby="title">
      ${this.#renderHeader(feed, model)}
      <div class="panels" style=${styleProps({ "--_columns": String(columns) })}>
        ${model.panels.map((panel, i) => this.#renderPanel(feed, model, panel, i))}
      </div>
      ${warningDetails(model.warnings, this.locale, this.painted)}
    </section>`;
  }

  /** The title is the region's heading and name, with the units (shown in the captions) heard. */
  #renderHeader(feed: IndicatorFeed, model: Model): TemplateResult {
    const { indicator } = model;
    const locale = this.locale;
    const campaign = indicator.campaign;
    const units = model.panels.map((panel) => unitName(feed, panel.unit, locale)).join(", ");
    return html`<div class="head">
      <p class="title" id="title" role="heading" aria-level=${this.headingLevel}>
        ${localize(indicator.label, locale)}<span class="visually-hidden"> · ${units}</span>
      </p>
      ${
        campaign
          ? html`<p class="campaign">
              ${localize(campaign.label, locale) || this.#strings.campaign} ·
              <span class="dates">${formatDateRange(campaign.start, campaign.end, locale)}</span>
            </p>`
          : nothing
      }
      ${indicator.note ? html`<p class="note">${localize(indicator.note, locale)}</p>` : nothing}
      ${this.#renderLegend(model, locale)}
    </div>`;
  }

  #renderLegend(model: Model, locale: Locale): TemplateResult | typeof nothing {
    const levels = model.indicator.levels ?? [];
    const targets = model.panels.some((panel) =>
      panel.figures?.stages.some((stage) => stage.target != null),
    );
    if (!levels.length && !targets) return nothing;
    return html`<ul class="legend">
      ${levels.map(
        (level, i) =>
          html`<li>
            <span class="swatch level-${i}" aria-hidden="true"></span
            >${localize(level.label, locale)}
          </li>`,
      )}
      ${
        targets
          ? html`<li>
              <span class="swatch target-swatch" aria-hidden="true"></span
              >${this.#strings.targetHeader}
            </li>`
          : nothing
      }
    </ul>`;
  }

  #renderPanel(feed: IndicatorFeed, model: Model, panel: Panel, index: number): TemplateResult {
    const locale = this.locale;
    // The place ("Tỉnh Đắk Nông"), not the publishing organisation: unitName() asks the registry first.
    const name = unitName(feed, panel.unit, locale);
    const captionId = `caption-${index}`;
    const figures = panel.figures;
    if (!figures)
      return html`<figure class="panel missing-unit" aria-labelledby=${captionId}>
        <figcaption id=${captionId}>${name}</figcaption>
        ${this.renderMessage(this.messages.unknownUnit(panel.unit))}
      </figure>`;
    const quota = figures.stages.find((stage) => !stage.ownTarget && stage.target != null)?.target;
    return html`<figure class="panel" aria-labelledby=${captionId}>
      <figcaption id=${captionId}>
        <span class="unit-name">${name}</span>
        ${
          quota != null
            ? html`<span class="quota">${this.#strings.quota(formatCount(quota, locale))}</span>`
            : nothing
        }
      </figcaption>
      <ol class="stages">
        ${figures.stages.map((stage) => this.#renderStage(panel, stage, model.max, index))}
      </ol>
      ${figures.note ? html`<p class="note">${localize(figures.note, locale)}</p>` : nothing}
      ${
        // The screen-reader table: a task after the bars are painted (ChisoElement.painted).
        this.painted
          ? funnelTable(model.indicator, figures, name, toBasis(this.basis), this.#words)
          : nothing
      }
    </figure>`;
  }

  #renderStage(panel: Panel, stage: StageFigure, max: number, panelIndex: number): TemplateResult {
    const locale = this.locale;
    const key = `${panel.unit}|${stage.id}`;
    const open = this.expanded.has(key);
    const detailsId = `details-${panelIndex}-${stage.index}`;
    const classes = [
      "stage",
      stage.missing ? "missing" : "",
      stage.overTarget ? "over" : "",
      stage.grows ? "grows" : "",
    ].join(" ");
    // The drop-off from the stage before is drawn above the stage and read after it.
    return html`<li class=${classes} part="stage">
      <button
        type="button"
        class="stage-label"
        part="label"
        aria-expanded=${open ? "true" : "false"}
        aria-controls=${detailsId}
        @click=${() => this.#toggle(panel, stage)}
      >
        ${localize(stage.label, locale)}
      </button>
      ${this.#renderBar(stage, max)} ${this.#renderFigures(stage)} ${this.#renderStatus(stage)}
      ${this.#renderFlow(stage)} ${renderLevels(stage, this.locale)}
      <div class="details" id=${detailsId} ?hidden=${!open}>
        ${open ? this.#renderDetails(stage) : nothing}
      </div>
    </li>`;
  }

  #renderFlow(stage: StageFigure): TemplateResult | typeof nothing {
    // The first stage has no conversion.
    if (stage.conversion == null || stage.change == null) return nothing;
    return html`<p class="flow">
      ${this.#strings.conversion(formatPercent(stage.conversion, this.locale))} ·
      <span class="change">${changeText(stage, this.locale)}</span>
    </p>`;
  }

  #renderBar(stage: StageFigure, max: number): TemplateResult {
    const length = scaleLength(stage.value, max);
    const target = stage.target != null ? scaleLength(stage.target, max) : null;
    return html`<div class="track" aria-hidden="true">
      ${
        stage.missing
          ? nothing
          : html`<div class="bar" part="bar" style=${styleProps({ "--_length": `${length}%` })}>
              ${stage.levels.map(
                (level) =>
                  html`<span
                    class="segment level-${level.index}"
                    style=${styleProps({ "--_share": `${100 * level.share}%` })}
                  ></span>`,
              )}
            </div>`
      }
      ${
        target != null
          ? html`<div
              class="target"
              part="target"
              style=${styleProps({ "--_at": `${target}%` })}
            ></div>`
          : nothing
      }
    </div>`;
  }

  #renderFigures(stage: StageFigure): TemplateResult {
    const locale = this.locale;
    const s = this.#strings;
    const basis = toBasis(this.basis);
    return html`<p class="figures">
      ${
        stage.value == null
          ? html`<strong class="value missing-text" part="value">${s.missing}</strong>`
          : html`<strong class="value" part="value">${qualified(stage, this.#words)}</strong>`
      }
      ${
        stage.percent != null
          ? html`<span class="percent"
              >${s.percentOf[basis](formatPercent(stage.percent, locale))}</span
            >`
          : nothing
      }
      ${
        stage.target != null
          ? html`<span class="target-text"
              >${stage.ownTarget ? s.target(formatCount(stage.target, locale)) : nothing}</span
            >`
          : nothing
      }
    </p>`;
  }

  #renderStatus(stage: StageFigure): TemplateResult | typeof nothing {
    const s = this.#strings;
    // Growth and over-target have flags of their own; any other warning is marked by severity.
    const others = stage.warnings.filter(
      (w) => w.code !== "funnel-growth" && w.code !== "over-target",
    );
    if (!stage.overTarget && !stage.grows && !others.length) return nothing;
    const flag = (kind: string, mark: string, text: string) =>
      html`<span class="flag ${kind}-flag"><span aria-hidden="true">${mark}</span> ${text}</span>`;
    return html`<p class="status" part="flags">
      ${stage.overTarget ? flag("over", "", s.overTarget) : nothing}
      ${stage.grows ? flag("grows", "⚠", s.grows) : nothing} ${warningMark(others, this.locale)}
    </p>`;
  }

  #renderDetails(stage: StageFigure): TemplateResult {
    const locale = this.locale;
    const source = stage.source;
    const provenance = source?.provenance;
    const where = [provenance?.document, provenance?.section].filter(Boolean).join(", ");
    return html`${source?.asOf ? html`<p>${this.#strings.asOf(formatDate(source.asOf, locale))}</p>` : nothing}
    ${
      stage.target != null && !stage.ownTarget
        ? html`<p>${this.#strings.quota(formatCount(stage.target, locale))}</p>`
        : nothing
    }
    ${source?.note ? html`<p>${localize(source.note, locale)}</p>` : nothing}
    ${stage.warnings.length ? warningList(stage.warnings, locale) : nothing}
    ${provenance?.quote ? html`<blockquote>“${provenance.quote}”</blockquote>` : nothing}
    ${where ? html`<p class="source">${this.#strings.source}: ${where}</p>` : nothing}`;
  }
}
