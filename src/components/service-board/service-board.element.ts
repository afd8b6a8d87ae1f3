import { html, nothing } from "lit";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import { styleProps } from "../shared/style-props.js";
import type { ConsistencyWarning } from "../../data/consistency.js";
import { DEFAULT_ORDER } from "../../data/figures/rank.js";
import type { ServiceRow, SortKey, SortOrder } from "../../data/figures/rank.js";
import { printedDecimals } from "../../data/figures/rate.js";
import { ratioFigure } from "../../data/figures/ratio.js";
import { findIndicator, observationUnit, serviceName, unitName } from "../../data/lookup.js";
import { currentObservations } from "../../data/periods.js";
import { collator, formatCount, formatPercent, localize } from "../../data/format.js";
import type { IndicatorFeed } from "../../data/schema.js";
import { ChisoElement, type TextFigures } from "../shared/chiso-element.js";
import "../shared/events/sort.js";
import { renderMore } from "../shared/more.js";
import { pagerStyles, renderPager } from "../shared/pager.js";
import { PagingController } from "../shared/paging-controller.js";
import {
  indicatorProblem,
  isProblem,
  problemText,
  unitProblem,
  type ConfigProblem,
} from "../shared/config-problem.js";
import { ResizeController } from "../shared/resize-controller.js";
import { themeStyles } from "../shared/theme.styles.js";
import { BOARD_MESSAGES } from "./messages.js";
import type { BoardMessages } from "./messages.js";
import { boardWarnings, hasStatus, renderStatus } from "./board-status.js";
import { boardTextFigures } from "./board-text.js";
import { clampPercent, figureBar, rankRows, rateText } from "./service-board.draw.js";
import type { BoardModel, RankedRow } from "./service-board.draw.js";
import { measurePages } from "./service-board.fit.js";
import { boardStyles } from "./service-board.styles.js";
// The single-file bundle builds with shared/sparkline-none.ts here (scripts/build.mjs): 64 kB.
import {
  lineHistory,
  sparklineCell,
  sparklineHeader,
  sparklineStyles,
} from "../shared/sparkline.js";

export type { SortKey, SortOrder } from "../../data/figures/rank.js";

export type { ChisoSortDetail } from "../shared/events/sort.js";

/**
 * Below this width (in em of the host: 640 px at 16 px, 960 px in the IOC theme) the board drops the rank column, stacks bars under the rates and moves
 * the target verdict under the service name: a 400 px card has no room for five columns.
 */
const COMPACT_BELOW_EM = 40;

const SORT_KEYS: readonly SortKey[] = ["rate", "volume", "name"];
/** Seconds a page of a fitted board stays before the next one. */
const PAGE_SECONDS = 10;
/**
 * Rows rendered at first, and added by each "Xem thêm" step (issue 22.4): 100 000 services were
 * 1,2 million shadow nodes and 30 s of work; 25 essential services are far below.
 */
export const ROW_LIMIT = 200;

/**
 * Every per-service figure of a ratio indicator — the 25 essential public services — as a ranked
 * list with a small bar each, sortable by rate, volume or name. It is a real `<table>` (row
 * headers, `aria-sort`, sort buttons), styled as a list.
 *
 * Services below the target carry an icon and the words "Dưới chỉ tiêu" / "Below target". Services
 * with no dossiers (`0/0`, the reports' `#DIV/0!`), no data or not handled at this tier say so in
 * words and always sort last; they are never shown as 0 % or 100 %. The all-services figure is the
 * totals row.
 *
 * **Limits.** At most 200 rows are rendered; a button under the table ("Xem thêm 200 dịch vụ (còn
 * 99.800)" / "Show 200 more services (99,800 left)") adds the next 200, so every row stays
 * reachable, and the summary and the totals count all of them. With `fit`, the pages turn through
 * the rows shown.
 *
 * @tagname chiso-service-board
 * @summary Ranked, sortable table of per-service online rates with targets.
 * @status experimental
 * @since 0.1.0
 *
 * @attr {boolean} fit - Fill the box the page gives the element (an IOC wall cell): the type follows the cell, caption, column heads and totals stay in view, and the rows are shown a page at a time, turning every `page-interval` seconds, with a pause button (WCAG 2.2.2); under reduced motion the pages are turned by hand. The page must give the element a definite height.
 * @attr {boolean} sparkline - With a history feed, a "Xu hướng" / "Trend" column: each row's recent periods as a small line (gaps as breaks) and a sentence ("tăng 3 tháng liên tiếp"), the sentence being its text equivalent. ES modules only: the single-file bundle has no sparklines.
 * @attr {number} page-interval - With `fit`: seconds each page of rows stays (default 10; 0 turns pages by hand only).
 *
 * @csspart table - The `<table>`.
 * @csspart caption - Title, unit and period.
 * @csspart summary - "4/21 services below the 60 % target".
 * @csspart row - Each service row (`tbody > tr`).
 * @csspart total - The totals row.
 * @csspart bar - Each bar's track.
 * @csspart sort-button - The column sort buttons.
 * @csspart pager - With `fit`, when the rows take several pages: page number, rows shown, buttons.
 * @csspart pager-button - The pager's previous, pause / resume and next buttons.
 * @csspart more - The button that shows the next 200 rows, when the feed has more.
 * @csspart sparkline - Each row's recent periods and their sentence (`sparkline`).
 *
 * @cssprop [--chiso-service-board-track-color=var(--chiso-color-border)] - Unfilled part of each bar.
 * @cssprop [--chiso-service-board-sparkline-color=var(--chiso-color-accent)] - The rows' sparklines.
 * @cssprop [--chiso-service-board-bar-color=var(--chiso-color-accent)] - Bars when no target is set.
 * @cssprop [--chiso-service-board-good-color=var(--chiso-color-good)] - Bars at or above the target.
 * @cssprop [--chiso-service-board-bad-color=var(--chiso-color-bad)] - Bars below the target.
 * @cssprop [--chiso-service-board-row-gap=0.375em] - Vertical padding of each row.
 * @cssprop [--chiso-service-board-transition=300ms] - Bar width transition (none under reduced motion).
 *
 * @fires {CustomEvent<ChisoSortDetail>} chiso-sort - The user clicked a sort button; `detail` has the new `sort` and `order`.
 */
export class ChisoServiceBoard extends ChisoElement {
  static override styles = [themeStyles, boardStyles, pagerStyles, sparklineStyles];

  static override properties: PropertyDeclarations = {
    sort: { type: String, reflect: true },
    order: { type: String, reflect: true },
    fit: { type: Boolean, reflect: true },
    sparkline: { type: Boolean, reflect: true },
    pageInterval: { type: Number, attribute: "page-interval" },
    compact: { state: true },
  };

  /** Column to sort by: `rate` (default), `volume` (dossiers received) or `name`. */
  declare sort: SortKey;
  /** `desc` (default) or `asc`. Rows without a rate stay last either way. */
  declare order: SortOrder;
  /** Fill the box the page gives the element, showing the rows a page at a time. */
  declare fit: boolean;
  /** With `fit`: seconds each page of rows stays; 0 = turned by hand only. */
  declare pageInterval: number;
  /** Each row's recent periods of a history feed as a sparkline with its sentence. */
  declare sparkline: boolean;
  /** Narrow layout, from the measured width. */
  declare protected compact: boolean;

  #model: BoardModel | ConfigProblem | string | null = null;
  /** What the model was derived from (and the rows measured for): redone when one changes. */
  #inputs: unknown[] = [];
  /** Rows rendered: `ROW_LIMIT`, and as many more per "Xem thêm" step. */
  #limit = ROW_LIMIT;

  constructor() {
    super();
    this.sort = "rate";
    this.order = "desc";
    this.fit = false;
    this.sparkline = false;
    this.pageInterval = PAGE_SECONDS;
    this.compact = false;
  }

  #measuredBox = "";
  #fitFrame = 0;
  /** With `fit`: every row is laid out this update, to be measured into pages. */
  #measuring = false;
  protected readonly paging = new PagingController(this, () =>
    Math.max(0, (Number(this.pageInterval) || 0) * 1000),
  );

  /** Narrow layout from the element's own width (in em, so the IOC theme's type counts). */
  protected readonly resize = new ResizeController(
    this,
    ({ width: px, widthEm: em, height: heightPx }) => {
      // A fitted board's type follows its box, which leaves it the room of its wall layout.
      const compact = !this.fit && px > 0 && em < COMPACT_BELOW_EM;
      if (compact !== this.compact) this.compact = compact;
      // A new box size changes how many rows fit: lay them all out again and re-measure.
      const box = `${Math.round(px)}x${Math.round(heightPx)}`;
      if (this.fit && box !== this.#measuredBox) {
        this.#measuredBox = box;
        this.#measuring = true;
        this.requestUpdate();
      }
    },
  );

  protected get text(): BoardMessages {
    return BOARD_MESSAGES[this.locale];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { feed, warnings, status } = this.feed.snapshot;
    // Derived and measured again only when what they show changes — not on every age tick or
    // page turn (100 000 rows take a while to rank); new rows, order, language or a stale line
    // wrap differently, so a fitted board measures again (before paint).
    const { locale, sort, order, indicator, unit, sparkline } = this;
    const inputs = [feed, warnings, status, locale, sort, order, indicator, unit, sparkline];
    const changedInputs = inputs.some((value, i) => value !== this.#inputs[i]);
    this.#inputs = inputs;
    const model = changedInputs ? (feed ? this.#derive(feed, warnings) : null) : this.#model;
    if (this.fit && (changedInputs || changed.has("fit"))) this.#measuring = true;
    if (!this.fit && this.paging.pages > 1) this.paging.setPages([0], 0);
    if (changed.has("pageInterval")) this.paging.sync();
    this.#model = model;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Measured in the next animation frame, which still runs before that frame is painted (so
    // the full table never shows), rather than here, where a new state would re-enter the update.
    if (this.fit && this.#measuring) {
      cancelAnimationFrame(this.#fitFrame);
      this.#fitFrame = requestAnimationFrame(() => this.#fitRows());
    }
  }

  /** With every row laid out, splits them into pages that fit (service-board.fit.ts). */
  #fitRows(): void {
    const table = this.renderRoot.querySelector("table");
    const base = this.renderRoot.querySelector<HTMLElement>(".base");
    if (!this.isConnected || !table || !base || !this.#measuring) return;
    this.#measuring = false;
    const model = this.#model;
    this.paging.setPages(
      measurePages(table, base),
      model && typeof model === "object" && !isProblem(model)
        ? Math.min(model.rows.length, this.#limit)
        : 0,
    );
  }

  get #sortKey(): SortKey {
    return SORT_KEYS.includes(this.sort) ? this.sort : "rate";
  }

  get #sortOrder(): SortOrder {
    return this.order === "asc" ? "asc" : "desc";
  }

  #derive(
    feed: IndicatorFeed,
    warnings: readonly ConsistencyWarning[],
  ): BoardModel | ConfigProblem | string {
    const locale = this.locale;
    const indicator = findIndicator(feed, "ratio", this.indicator);
    if (!indicator) return indicatorProblem(feed, ["ratio"], this.indicator, this.problemWords);
    const unit = this.unit || feed.publisher.unitCode;
    const observations = currentObservations(feed, indicator).filter(
      (o) => observationUnit(feed, o) === unit,
    );
    if (!observations.length) return unitProblem(feed, indicator, unit, this.problemWords);
    const rows: ServiceRow[] = [];
    let total: BoardModel["total"] = null;
    for (const observation of observations) {
      const { service } = observation;
      const figure = ratioFigure(indicator, observation, warnings);
      // A line's recent periods, only when asked: the board shows one period otherwise.
      const series = this.sparkline ? lineHistory(feed, indicator, { unit, service }) : null;
      if (service)
        rows.push({ id: service, name: serviceName(feed, service, locale), figure, series });
      else total ??= { ...figure, series };
    }
    if (!rows.length) return this.text.noServices;
    const ranked = rankRows(rows, this.#sortKey, this.#sortOrder, collator(locale));
    return {
      label: localize(indicator.label, locale),
      subject: `${unitName(feed, unit, locale)} · ${localize(feed.period.label, locale)}`,
      rows: ranked,
      total,
      trend: ranked.some((row) => row.series),
      target: indicator.target ?? null,
      hasStatus: hasStatus([...ranked.map((row) => row.figure), ...(total ? [total] : [])]),
    };
  }

  /** The order a click on `key`'s button sorts by: the other way round, or the key's natural one. */
  #nextOrder(key: SortKey): SortOrder {
    if (key !== this.#sortKey) return DEFAULT_ORDER[key];
    return this.#sortOrder === "asc" ? "desc" : "asc";
  }

  #onSort(key: SortKey): void {
    const order = this.#nextOrder(key);
    this.sort = key;
    this.order = order;
    this.emit("chiso-sort", { sort: key, order });
  }

  protected override renderFeed(): TemplateResult {
    const model = this.#model;
    if (model == null) return html``;
    if (isProblem(model)) return this.renderProblem(model);
    if (typeof model === "string") return this.renderMessage(model, "error");
    // With fit, rows off the page are flattened, not removed: the columns keep their widths.
    const paged = this.fit && !this.#measuring;
    const rows = model.rows.slice(0, this.#limit);
    const [start, end] = paged ? this.paging.range : [0, rows.length];
    return html`<table class="board ${this.compact ? "compact" : ""}" part="table" tabindex="-1">
        <caption part="caption">
          <span role="heading" aria-level=${this.headingLevel}
            ><span class="label">${model.label}</span>
            <span class="subject">${model.subject}</span></span
          >
          ${this.#renderSummary(model)}
        </caption>
        ${this.#renderHead(model)}
        <tbody>
          ${rows.map((row, i) => this.#renderRow(row, model, i < start || i >= end))}
        </tbody>
        ${this.#renderTotal(model)}
      </table>
      ${boardWarnings(model, this.text, this.locale, this.painted)}
      ${this.fit ? renderPager(this.paging, this.locale, this.text.shown(start + 1, end, rows.length)) : nothing}
      ${renderMore(model.rows.length - rows.length, ROW_LIMIT, this.text.more, () => this.#showMore(), this.locale)}`;
  }

  /** The next `ROW_LIMIT` rows; when none are left, focus goes to the table (the button goes). */
  #showMore(): void {
    this.#limit += ROW_LIMIT;
    this.#measuring = this.fit;
    this.requestUpdate();
    const model = this.#model as BoardModel;
    if (model.rows.length <= this.#limit)
      void this.updateComplete.then(() => this.renderRoot.querySelector("table")?.focus());
  }

  /** The board in words: the total and the summary, then one line per service (board-text.ts). */
  protected override textFigures(): TextFigures | null {
    const model = this.#model;
    if (model == null) return null;
    if (isProblem(model)) return problemText(model);
    if (typeof model === "string") return { title: "", lines: [model] };
    return boardTextFigures(model, this.text, this.messages.noRate, this.locale);
  }

  #renderSummary(model: BoardModel): TemplateResult | typeof nothing {
    if (model.target == null) return nothing;
    const withRate = model.rows.filter((row) => row.below != null);
    const below = withRate.filter((row) => row.below).length;
    return html`<span class="summary ${below ? "bad" : "good"}" part="summary">
      <span aria-hidden="true">${below ? "✗" : "✓"}</span>
      ${this.text.summary(
        below,
        withRate.length,
        formatPercent(model.target, this.locale, printedDecimals(model.target)),
      )}
    </span>`;
  }

  #renderHead(model: BoardModel): TemplateResult {
    const t = this.text;
    const sortable = (key: SortKey, label: string) => {
      const active = key === this.#sortKey;
      const ascending = this.#sortOrder === "asc";
      return html`<th
        scope="col"
        class=${key}
        aria-sort=${active ? (ascending ? "ascending" : "descending") : "none"}
      >
        <button
          type="button"
          part="sort-button"
          class=${active ? "active" : ""}
          title=${t.sortBy(t.columns[key], this.#nextOrder(key))}
          @click=${() => this.#onSort(key)}
        >
          ${label}<span class="arrow" aria-hidden="true"
            >${active ? (ascending ? "▲" : "▼") : "↕"}</span
          >
        </button>
      </th>`;
    };
    return html`<thead>
      <tr>
        <th scope="col" class="rank">${t.rank}</th>
        ${sortable("name", t.service)} ${sortable("rate", t.rate)}
        ${sortable("volume", this.compact || this.fit ? t.volumeShort : t.volume)}
        ${sparklineHeader(model.trend, this.locale)}
        ${
          model.hasStatus && !this.compact
            ? html`<th scope="col" class="status">${t.status}</th>`
            : nothing
        }
      </tr>
    </thead>`;
  }

  #renderRow(row: RankedRow, model: BoardModel, offPage: boolean): TemplateResult {
    return html`<tr class="row ${row.figure.state} ${offPage ? "off-page" : ""}" part="row">
      <td class="rank">${row.rank ?? "—"}</td>
      ${this.#renderCells(row, model)}
    </tr>`;
  }

  #renderTotal(model: BoardModel): TemplateResult | typeof nothing {
    const figure = model.total;
    if (!figure) return nothing;
    return html`<tfoot>
      <tr class="total" part="total">
        <td class="rank"></td>
        ${this.#renderCells(
          { name: this.text.total, figure, series: figure.series, ...figureBar(figure) },
          model,
        )}
      </tr>
    </tfoot>`;
  }

  /** Name, rate + bar, volume, sparkline and status cells, shared by service rows and the totals row. */
  #renderCells(
    {
      name,
      figure,
      fill,
      below,
      series,
    }: Pick<RankedRow, "name" | "figure" | "fill" | "below" | "series">,
    model: BoardModel,
  ): TemplateResult {
    const locale = this.locale;
    const tone = below == null ? "" : below ? "bad" : "good";
    const count = (value: number | null) => (value == null ? "—" : formatCount(value, locale));
    const volume =
      figure.numerator == null && figure.denominator == null
        ? "—"
        : `${count(figure.numerator)} / ${count(figure.denominator)}`;
    const target = figure.target == null ? null : clampPercent(figure.target);
    return html`<th scope="row" class="name">
        <span class="name-text">${name}</span>
        ${
          this.compact && model.hasStatus
            ? html`<span class="inline-status"
                >${renderStatus(figure, below, this.text, locale)}</span
              >`
            : nothing
        }
      </th>
      <td class="rate ${tone}">
        ${
          figure.state === "ok"
            ? html`<span class="num">${rateText(figure, locale)}</span>
                <span class="track" part="bar" aria-hidden="true"
                  ><span class="fill" style=${styleProps({ width: `${fill}%` })}></span>${
                    target == null
                      ? nothing
                      : html`<span class="tick" style=${styleProps({ left: `${target}%` })}></span>`
                  }</span
                >`
            : html`<span class="state">${this.messages.noRate[figure.state]}</span>`
        }
      </td>
      <td class="volume">${volume}</td>
      ${sparklineCell(model.trend, series, locale)}
      ${
        model.hasStatus && !this.compact
          ? html`<td class="status">${renderStatus(figure, below, this.text, locale)}</td>`
          : nothing
      }`;
  }
}
