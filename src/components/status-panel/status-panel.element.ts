/* eslint-disable lit-a11y/no-redundant-role -- the tile list has `list-style: none` and
   `display: contents`, which make Safari/VoiceOver drop the list semantics unless stated. */
import { html, nothing } from "lit";
import { styleProps } from "../shared/style-props.js";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import {
  ageOf,
  countModes,
  freshness,
  groupRows,
  prepareRows,
  sortRows,
} from "../../data/figures/status.js";
import type {
  GroupBy,
  StatusSortOrder as SortOrder,
  SubsystemGroup as Group,
  SubsystemRow as Row,
} from "../../data/figures/status.js";
import { findIndicator } from "../../data/lookup.js";
import { collator, localize, type Locale } from "../../data/format.js";
import type { DataMode, StatusIndicator } from "../../data/schema.js";
import { ChisoElement, type TextFigures } from "../shared/chiso-element.js";
import { indicatorProblem } from "../shared/config-problem.js";
import "../shared/events/subsystem-select.js";
import { PAGER_EM, pagerStyles, renderPager } from "../shared/pager.js";
import { PagingController } from "../shared/paging-controller.js";
import { ResizeController } from "../shared/resize-controller.js";
import { themeStyles } from "../shared/theme.styles.js";
import { STATUS_PANEL_MESSAGES, type StatusPanelMessages } from "./messages.js";
import { panelTextFigures } from "./panel-text.js";
import { renderMore } from "../shared/more.js";
import { fitGrid, type GridFit } from "./status-panel.draw.js";
import { ChangeAnnouncer } from "./announcer.js";
import { subsystemAgeText, type AgeWords } from "./age-text.js";
import { BurnInController } from "./burn-in.js";
import { MODE_ICONS, STATE_ICONS, icon } from "./icons.js";
import { warningsAbout } from "../../data/warnings.js";
import { warningMark } from "../shared/warning-list.js";
import { subsystemDetail } from "./subsystem-detail.js";
import { panelHeader } from "./panel-header.js";
import { statusPanelStyles } from "./status-panel.styles.js";

export type Layout = "tiles" | "list";

export type { ChisoSubsystemSelectDetail } from "../shared/events/subsystem-select.js";

import type { Live } from "./subsystem-detail.js";

/** Ages must visibly move on a wall; `formatAge` is coarse, so a 1 s tick costs little. */
const TICK_MS = 1_000;
/** Tiles rendered at first, and added by each "Xem thêm" step (10 000 hung a page for 45 s). */
export const TILE_LIMIT = 500;
/** One 2 px burn-in step every three minutes: invisible to viewers, enough for OLED/plasma. */
const PIXEL_SHIFT_MS = 180_000;
/** With `fit`: tiles in type under this share of the element's are paged instead, … */
const PAGE_BELOW_EM = 0.75;
/** … on at most this many pages (a whole round in under a minute), each for 10 s. */
const MAX_PAGES = 5;
const PAGE_MS = 10_000;
/**
 * Which IOC subsystems deliver live data, and whether that data is on time — for provincial
 * portals (`layout="list"`) and 24/7 operations-centre walls (`layout="tiles"`, `theme="ioc"`).
 *
 * Each subsystem shows its data mode (icon + word + colour), its freshness ("Quá hạn cập nhật"
 * when older than its `expectedInterval`, "Mất tín hiệu" when offline or down) and the age of its
 * last update, which ticks every second without refetching. A summary counts the modes
 * ("5 trực tuyến · 2 thủ công · 1 mô phỏng · 1 chờ kết nối"). Changes of state are announced once
 * in a polite live region. A last update the feed could not have known is marked ("⚠ Cảnh báo").
 * When the feed cannot be reached the last data stays, under the shared feed chip.
 *
 * **Clock correction.** Ages are `clock.now() + clockOffset(snapshot) − lastUpdated`, the rule
 * every chiso element shares (src/data/clock.ts): the server's `Date` header minus the local time
 * when the hub could read one, otherwise `generatedAt − receivedAt` when the feed claims to be
 * generated in the viewer's future (the local clock is behind), otherwise 0 — and only when the
 * difference is at most 5 min: outside clocks are untrusted. A `lastUpdated` later than that is
 * shown as not plausible, not as "just now".
 *
 * **Wall fit.** In `tiles` layout the element fills its box (`height: 100%`, a 16:9 box when the
 * parent gives no height), chooses the column count that gives the largest type and shrinks tiles,
 * to name and icons, down to 12 px; then the grid scrolls (issue 19). With `fit` (a wall cell),
 * tiles that would be smaller than ¾ of the element's type — which follows the cell — are shown a
 * page at a time instead (at most 5 pages, 10 s each) with a pause button (WCAG 2.2.2), as the
 * service board does; under reduced motion the pages are turned by hand.
 *
 * **Limits.** At most 500 tiles are rendered (in the chosen order: `sort="staleness"` puts the
 * overdue first); a button after them ("Xem thêm 500 phân hệ (còn 9.500)" / "Show 500 more
 * subsystems (9,500 left)") adds the next 500, so every subsystem stays reachable. The summary
 * counts, the health line and the announcements cover all of them.
 *
 * @tagname chiso-status-panel
 * @summary IOC subsystem status: data mode, freshness and age per subsystem.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart summary - The line counting subsystems per data mode.
 * @csspart tile - One subsystem (a button that opens its details).
 * @csspart mode - A subsystem's data mode (icon and word).
 * @csspart state - A subsystem's freshness ("Đúng hạn", "Quá hạn cập nhật", "Mất tín hiệu").
 * @csspart age - The age of a subsystem's last update ("cập nhật 3 phút trước").
 * @csspart detail - The details of the selected subsystem.
 * @csspart more - The button that shows the next 500 tiles, when the feed has more.
 * @csspart pager - With `fit`, when the tiles take several pages: page number, tiles shown, buttons.
 * @csspart pager-button - The pager's previous, pause / resume and next buttons.
 *
 * @cssprop [--chiso-status-panel-gap=8px] - Space between tiles (the fit accounts for it).
 *
 * @fires {CustomEvent<ChisoSubsystemSelectDetail>} chiso-subsystem-select - The user opened a subsystem's details.
 */
export class ChisoStatusPanel extends ChisoElement {
  static override styles = [themeStyles, statusPanelStyles, pagerStyles];

  static override properties: PropertyDeclarations = {
    layout: { type: String, reflect: true },
    groupBy: { type: String, attribute: "group-by", reflect: true },
    sort: { type: String, reflect: true },
    pixelShift: { type: Boolean, attribute: "pixel-shift", reflect: true },
    fit: { type: Boolean, reflect: true },
    selected: { state: true },
    box: { state: true },
  };

  /** `tiles` (default; fills its box, for walls) or `list` (compact rows, for portals). */
  declare layout: Layout;
  /** Group subsystems by data `mode`, by their feed `group`, or `none` (default). */
  declare groupBy: GroupBy;
  /** Order: `feed` (default, as published), `mode`, `staleness` (most overdue first) or `name`. */
  declare sort: SortOrder;
  /** Moves the content by ±2 px every three minutes against burn-in (not under reduced motion). */
  declare pixelShift: boolean;
  /** Fill the box the page gives (a wall cell): type follows the cell, small tiles are paged. */
  declare fit: boolean;
  /** Key of the subsystem whose details are open. */
  declare private selected: string | null;
  /** Measured size of the tile grid. */
  declare private box: { width: number; height: number; gap: number; em: number } | null;

  // Derived in willUpdate(): the order only when its inputs change, freshness on every tick.
  #indicatorValue: StatusIndicator | undefined = undefined;
  #rows: Row[] = [];
  #groups: Group[] = [];
  #live: Live[] = [];
  #modeCounts: Record<DataMode, number> = countModes([]);
  #orderKey: unknown[] = [];
  #fit: GridFit | null = null;
  #fitKey = "";
  /** Tiles rendered: `TILE_LIMIT`, and as many more per "Xem thêm" step. */
  #limit = TILE_LIMIT;
  readonly #announcer = new ChangeAnnouncer();
  #focusAfterUpdate: "detail" | string | null = null;

  /** The tile grid's size (the header and feed chip sit outside it). */
  protected readonly resize = new ResizeController(
    this,
    ({ width, height, target }) => {
      // Store the size only; the grid's size never depends on its tiles, so this cannot loop.
      const w = Math.floor(width);
      const h = Math.floor(height);
      if (w <= 0 || h <= 0) return;
      const gap = parseFloat(getComputedStyle(target).rowGap) || 0;
      const em = parseFloat(getComputedStyle(target.parentElement!).fontSize);
      const box = this.box;
      if (box?.width !== w || box.height !== h || box.gap !== gap || box.em !== em)
        this.box = { width: w, height: h, gap, em };
    },
    () => this.renderRoot.querySelector(".grid"),
  );
  protected readonly paging = new PagingController(this, () => PAGE_MS);
  protected readonly burnIn = new BurnInController(
    this,
    () => this.pixelShift,
    () => this.pixelShiftMs,
  );

  constructor() {
    super();
    this.layout = "tiles";
    this.groupBy = "none";
    this.sort = "feed";
    this.pixelShift = false;
    this.selected = null;
    this.box = null;
  }

  protected override get tickMs(): number {
    return TICK_MS;
  }

  /** Milliseconds between burn-in steps; a subclass may shorten it (tests). */
  protected get pixelShiftMs(): number {
    return PIXEL_SHIFT_MS;
  }

  get #text(): StatusPanelMessages {
    return STATUS_PANEL_MESSAGES[this.locale];
  }

  get #ageWords(): AgeWords {
    return { m: this.#text, shared: this.messages, locale: this.locale };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("pixelShift")) this.burnIn.sync();
    const snapshot = this.feed.snapshot;
    const locale = this.locale;
    const indicator = snapshot.feed
      ? findIndicator(snapshot.feed, "status", this.indicator)
      : undefined;
    const orderKey = [indicator, locale, this.sort, this.groupBy];
    if (orderKey.some((value, i) => value !== this.#orderKey[i])) {
      this.#orderKey = orderKey;
      this.#derive(indicator, locale);
    }
    // Per tick: only ages and freshness, O(n) arithmetic.
    const now = this.trueNow(snapshot);
    this.#live = this.#rows.map((row) => ({
      freshness: freshness(row, now),
      ageMs: ageOf(row, now),
    }));
    const feed = snapshot.feed;
    this.#announcer.update(
      feed && indicator ? `${feed.id}|${indicator.id}` : "",
      this.#rows,
      (row) => this.#live[row.index]!.freshness,
      this.#text,
      locale,
    );
    if (this.selected && !this.#rows.some((row) => row.key === this.selected)) this.selected = null;
    this.#updateFit();
  }

  /** Rows, order, groups and counts: once per feed / sort / grouping / language. */
  #derive(indicator: StatusIndicator | undefined, locale: Locale): void {
    this.#indicatorValue = indicator;
    const rows = prepareRows(indicator?.subsystems ?? [], (text) => localize(text, locale));
    this.#rows = rows;
    this.#modeCounts = countModes(rows);
    const sorted = sortRows(rows, this.sort, collator(locale, { sensitivity: "base" }));
    this.#groups = groupRows(sorted, this.groupBy, this.#text);
  }

  #updateFit(): void {
    if (this.layout !== "tiles" || !this.box) {
      this.#fit = null;
      this.#fitKey = "";
      if (this.paging.pages > 1) this.paging.setPages([0], 0);
      return;
    }
    const headings = this.groupBy === "none" ? 0 : this.#groups.length;
    const cells = Math.min(this.#rows.length, this.#limit) + headings;
    const { width, height, gap, em } = this.box;
    const fitted = this.fit && !headings;
    const key = `${cells}|${width}|${height}|${gap}|${em}|${fitted}`;
    if (key === this.#fitKey) return;
    this.#fitKey = key;
    // The grid's height as if there were no pager (it takes its line from the grid), so showing
    // or hiding the pager cannot change the decision.
    const pager = (PAGER_EM + 0.5) * em; // the pager and the panel's gap above it
    const room = height + (this.paging.pages > 1 ? pager : 0);
    let fit = fitGrid(cells, width, room, gap);
    let starts = [0];
    for (let pages = 2; fitted && fit.fontPx < PAGE_BELOW_EM * em && pages <= MAX_PAGES; pages++) {
      const per = Math.ceil(cells / pages);
      fit = fitGrid(per, width, room - pager, gap);
      starts = Array.from({ length: Math.ceil(cells / per) }, (_, i) => i * per);
    }
    this.#fit = fit;
    this.paging.setPages(starts, cells);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate) {
      const target =
        this.#focusAfterUpdate === "detail"
          ? this.renderRoot.querySelector<HTMLElement>(".detail")
          : this.#tileButton(this.#focusAfterUpdate);
      this.#focusAfterUpdate = null;
      target?.focus();
    }
  }

  #tileButton(key: string): HTMLElement | null {
    return this.renderRoot.querySelector(`button.tile[data-key="${CSS.escape(key)}"]`);
  }

  #onTileClick(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key ?? null;
    const row = this.#rows.find((candidate) => candidate.key === key);
    if (!row) return;
    if (this.selected === row.key) {
      this.#closeDetail();
      return;
    }
    this.selected = row.key;
    this.#focusAfterUpdate = "detail";
    this.emit("chiso-subsystem-select", { subsystem: row.subsystem });
  }

  #closeDetail(): void {
    if (!this.selected) return;
    this.#focusAfterUpdate = this.selected;
    this.selected = null;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.selected) {
      event.stopPropagation();
      this.#closeDetail();
    }
  }

  /** Plain-text fallback: the count per data mode, then each subsystem (panel-text.ts). */
  protected override textFigures(): TextFigures | null {
    const words = { m: this.#text, shared: this.messages, locale: this.locale };
    const rows = this.#groups.flatMap((group) => group.rows);
    return panelTextFigures(this.#indicatorValue, rows, this.#live, this.#modeCounts, words);
  }

  protected renderFeed(): TemplateResult {
    const indicator = this.#indicatorValue;
    if (!indicator)
      return this.renderProblem(
        indicatorProblem(this.feed.snapshot.feed!, ["status"], this.indicator, this.problemWords),
      );
    const [dx, dy] = this.burnIn.offset;
    // The overlay (tiles layout) takes focus and gives it back on close; what it may cover cannot
    // take focus meanwhile (WCAG 2.4.11), and a click there (on the panel) closes it.
    return html`<div
      class="panel ${this.#fit?.dense ? "dense" : ""}"
      style=${styleProps({ transform: dx || dy ? `translate(${dx}px, ${dy}px)` : null })}
      @keydown=${this.#onKeydown}
      @click=${(event: Event) => event.target === event.currentTarget && this.#closeDetail()}
    >
      ${panelHeader(indicator, this.#rows.length, this.#modeCounts, this.#live, this.#text, this.locale)}
      <div class="behind" ?inert=${this.layout !== "list" && !!this.selected}>
        ${this.#rows.length ? this.#renderGrid() : this.renderMessage(this.#text.empty)}
        ${renderPager(this.paging, this.locale, this.#text.shown(...this.paging.range, this.#rows.length))}
        ${renderMore(this.#rows.length - this.#limit, TILE_LIMIT, this.#text.more, () => this.#showMore(), this.locale)}
      </div>
      ${this.#renderDetail()} ${this.#renderAnnouncements()}
    </div>`;
  }

  /** The next `TILE_LIMIT` tiles; when none are left, focus goes to the first of them. */
  #showMore(): void {
    const first = this.#groups.flatMap((group) => group.rows)[this.#limit];
    this.#limit += TILE_LIMIT;
    if (this.#rows.length <= this.#limit && first) this.#focusAfterUpdate = first.key;
    this.requestUpdate();
  }

  #renderGrid(): TemplateResult {
    const fit = this.#fit;
    const style = fit
      ? {
          "--_cols": String(fit.cols),
          "--_rows": String(fit.rows),
          "--_tile-font": `${fit.fontPx.toFixed(1)}px`,
        }
      : {};
    const grouped = this.groupBy !== "none";
    let room = this.#limit;
    // Paged only when not grouped (#updateFit): one group, cut to the page shown.
    const [start, end] = this.paging.pages > 1 ? this.paging.range : [0, this.#limit];
    return html`<div class="grid ${fit ? "fitted" : ""}" style=${styleProps(style)}>
      ${repeat(
        this.#groups,
        (group) => group.key,
        (group) => {
          const rows = group.rows.slice(start, Math.min(end, start + Math.max(0, room)));
          room -= rows.length;
          return rows.length
            ? html`<section class="group" aria-label=${group.label || this.#text.listLabel}>
                ${
                  grouped
                    ? html`<h3 class="group-title ${group.mode ? `mode-${group.mode}` : ""}">
                        ${group.mode ? icon(MODE_ICONS[group.mode]) : nothing}
                        <span>${group.label}</span>
                        <span class="group-count">${group.rows.length}</span>
                      </h3>`
                    : nothing
                }
                <ul class="cells" role="list">
                  ${repeat(
                    rows,
                    (row) => row.key,
                    (row) => this.#renderTile(row),
                  )}
                </ul>
              </section>`
            : nothing;
        },
      )}
    </div>`;
  }

  #renderTile(row: Row): TemplateResult {
    const m = this.#text;
    const live = this.#live[row.index]!;
    const { mode, health } = row.subsystem;
    const state =
      health === "degraded" && live.freshness === "fresh"
        ? m.health.degraded
        : m.freshness[live.freshness];
    const age = subsystemAgeText(row, live.ageMs, this.#ageWords);
    const warnings = warningsAbout(this.feed.snapshot.warnings, row.subsystem);
    return html`<li class="cell">
      <button
        type="button"
        class="tile mode-${mode} is-${live.freshness}"
        part="tile"
        data-key=${row.key}
        aria-expanded=${this.selected === row.key ? "true" : "false"}
        aria-controls=${this.selected === row.key ? "detail" : nothing}
        @click=${this.#onTileClick}
      >
        <span class="name">${row.label}</span>
        <span class="mode" part="mode">${icon(MODE_ICONS[mode])}<span>${m.mode[mode]}</span></span>
        <span class="state" part="state"
          >${icon(STATE_ICONS[live.freshness])}<span>${state}</span></span
        >
        <span class="age" part="age">${age} ${warningMark(warnings, this.locale)}</span>
      </button>
    </li>`;
  }

  #renderDetail(): TemplateResult | typeof nothing {
    const row = this.#rows.find((candidate) => candidate.key === this.selected);
    if (!row) return nothing;
    return subsystemDetail(row, this.#live[row.index]!, {
      ...this.#ageWords,
      source: this.messages.source,
      warnings: warningsAbout(this.feed.snapshot.warnings, row.subsystem),
      onClose: () => this.#closeDetail(),
    });
  }

  #renderAnnouncements(): TemplateResult {
    return html`<div class="visually-hidden announcements" aria-live="polite">
      ${repeat(
        this.#announcer.announcements,
        (announcement) => announcement.id,
        (announcement) => html`<p>${announcement.text}</p>`,
      )}
    </div>`;
  }
}
