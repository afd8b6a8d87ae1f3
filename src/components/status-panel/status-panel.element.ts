/* eslint-disable lit-a11y/no-redundant-role -- the tile list has `list-style: none` and
   `display: contents`, which make Safari/VoiceOver drop the list semantics unless stated. */
import { html, nothing, svg } from "lit";
import { styleProps } from "../shared/style-props.js";
import type { PropertyDeclarations, PropertyValues, SVGTemplateResult, TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import type { FeedSnapshot } from "../../data/feed-hub.js";
import { findIndicator } from "../../data/figures.js";
import { collator, formatAge, formatDateTime, localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { DataMode, IndicatorFeed, StatusIndicator, Subsystem } from "../../data/schema.js";
import { ChisoElement } from "../shared/chiso-element.js";
import { themeStyles } from "../shared/theme.styles.js";
import { STATUS_PANEL_MESSAGES } from "./messages.js";
import type { StatusPanelMessages } from "./messages.js";
import {
  MODES,
  ageOf,
  clockOffset,
  countModes,
  durationParts,
  fitGrid,
  freshness,
  groupRows,
  pixelShift,
  prepareRows,
  sortRows,
} from "./status-panel.draw.js";
import type {
  Freshness,
  GridFit,
  Group,
  GroupBy,
  Layout,
  Row,
  SortOrder,
} from "./status-panel.draw.js";
import { statusPanelStyles } from "./status-panel.styles.js";

/** Detail of `chiso-subsystem-select`: the user opened a subsystem's details. */
export interface ChisoSubsystemSelectDetail {
  subsystem: Subsystem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-subsystem-select": CustomEvent<ChisoSubsystemSelectDetail>;
  }
}

/** Time source for ages; `Date` by default, a fake in tests and soaks. */
export interface StatusClock {
  now(): number;
}

interface Live {
  freshness: Freshness;
  ageMs: number | null;
}

interface Announcement {
  id: number;
  text: string;
}

/** Ages must visibly move on a wall; `formatAge` is coarse, so a 1 s tick costs little. */
const TICK_MS = 1_000;
/** One 2 px burn-in step every three minutes: invisible to viewers, enough for OLED/plasma. */
const PIXEL_SHIFT_MS = 180_000;
const MAX_ANNOUNCEMENTS = 3;
const MAX_CHANGES_SPOKEN = 4;

const stroke = (d: string) =>
  svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;

/** Shapes differ per meaning, so colour is never the only cue (nor needed in forced colours). */
const MODE_ICONS: Record<DataMode, SVGTemplateResult> = {
  online: svg`<circle cx="8" cy="8" r="5.5" fill="currentColor"/>`,
  manual: stroke("M3 13l1-3.5 6.5-6.5 2.5 2.5-6.5 6.5zM9 5l2.5 2.5"),
  simulated: stroke("M1.5 8c1.5-4.5 3.5-4.5 6.5 0s5 4.5 6.5 0"),
  "awaiting-connection": stroke("M8 2.5a5.5 5.5 0 1 0 0.01 0M8 5v3.2l2.2 1.6"),
  offline: stroke("M3.5 3.5l9 9M12.5 3.5l-9 9"),
};
const STATE_ICONS: Record<Freshness, SVGTemplateResult> = {
  fresh: stroke("M2.5 8.5l3.5 3.5 7.5-8"),
  stale: svg`<path d="M8 1.5l7 13H1z" fill="currentColor"/><path d="M8 6v4M8 11.8v.2" stroke="var(--_surface)" stroke-width="1.8" stroke-linecap="round"/>`,
  offline: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke="var(--_surface)" stroke-width="2" stroke-linecap="round"/>`,
  unknown: stroke("M5.5 5.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M8 12.5v.2"),
};

function icon(shape: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${shape}
  </svg>`;
}

/**
 * Which IOC subsystems deliver live data, and whether that data is on time — for provincial
 * portals (`layout="list"`) and 24/7 operations-centre walls (`layout="tiles"`, `theme="ioc"`).
 *
 * Each subsystem shows its data mode (icon + word + colour), its freshness ("Quá hạn cập nhật"
 * when older than its `expectedInterval`, "Mất tín hiệu" when offline or down) and the age of its
 * last update, which ticks every second without refetching. A summary counts the modes
 * ("5 trực tuyến · 2 thủ công · 1 mô phỏng · 1 chờ kết nối"). Changes of state are announced once
 * in a polite live region. When the feed itself cannot be reached the last data stays, under a
 * "Mất kết nối" banner that disappears by itself when the feed returns.
 *
 * **Clock correction.** Ages are `clock.now() + offset − lastUpdated`, where `offset` is the
 * server's `Date` header minus the local time when the hub could read one, otherwise
 * `generatedAt − receivedAt` when the feed claims to be generated in the viewer's future (the
 * local clock is behind), otherwise 0.
 *
 * **Wall fit.** In `tiles` layout the element fills its box (`height: 100%`, a 16:9 box when the
 * parent gives no height), chooses the column count that gives the largest type, and shrinks tiles
 * instead of scrolling; very small tiles drop to name and icons.
 *
 * @tagname chiso-status-panel
 * @summary IOC subsystem status: data mode, freshness and age per subsystem.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart base - The outer wrapper.
 * @csspart summary - The line counting subsystems per data mode.
 * @csspart tile - One subsystem (a button that opens its details).
 * @csspart mode - A subsystem's data mode (icon and word).
 * @csspart state - A subsystem's freshness ("Đúng hạn", "Quá hạn cập nhật", "Mất tín hiệu").
 * @csspart age - The age of a subsystem's last update ("cập nhật 3 phút trước").
 * @csspart banner - The "Connection lost" banner shown while the feed is unreachable.
 * @csspart status - Loading, error and stale-data messages.
 * @csspart detail - The details of the selected subsystem.
 *
 * @cssprop [--chiso-status-gap=8px] - Space between tiles (the fit accounts for it).
 *
 * @fires chiso-subsystem-select - The user opened a subsystem's details. Detail: `{ subsystem: Subsystem }`.
 * @fires chiso-data - A new feed arrived over the network. Detail: `{ feed, src }`.
 * @fires chiso-feed-error - Loading or validating the feed failed. Detail: `{ error, src, stale }`.
 */
export class ChisoStatusPanel extends ChisoElement {
  static override styles = [themeStyles, statusPanelStyles];

  static override properties: PropertyDeclarations = {
    layout: { type: String, reflect: true },
    groupBy: { type: String, attribute: "group-by", reflect: true },
    sort: { type: String, reflect: true },
    pixelShift: { type: Boolean, attribute: "pixel-shift", reflect: true },
    clock: { attribute: false },
    selected: { state: true },
    box: { state: true },
    shiftStep: { state: true },
  };

  /** `tiles` (default; fills its box, for walls) or `list` (compact rows, for portals). */
  declare layout: Layout;
  /** Group subsystems by data `mode`, by their feed `group`, or `none` (default). */
  declare groupBy: GroupBy;
  /** Order: `feed` (default, as published), `mode`, `staleness` (most overdue first) or `name`. */
  declare sort: SortOrder;
  /** Moves the content by ±2 px every three minutes against burn-in (not under reduced motion). */
  declare pixelShift: boolean;
  /** Time source for ages: `Date` by default; assign `{ now: () => ms }` to fake the time. */
  declare clock: StatusClock;
  /** Key of the subsystem whose details are open. */
  declare private selected: string | null;
  /** Measured size of the tile grid. */
  declare private box: { width: number; height: number; gap: number } | null;
  declare private shiftStep: number;

  // Derived in willUpdate(): the order only when its inputs change, freshness on every tick.
  #indicatorValue: StatusIndicator | undefined = undefined;
  #rows: Row[] = [];
  #groups: Group[] = [];
  #live: Live[] = [];
  #modeCounts: Record<DataMode, number> = countModes([]);
  #orderKey: unknown[] = [];
  #fit: GridFit | null = null;
  #fitKey = "";
  // Announcements: the last announced state of each subsystem, per indicator.
  #scope = "";
  #spoken = new Map<string, string>();
  #announcements: Announcement[] = [];
  #announcementId = 0;

  #resizeObserver: ResizeObserver | null = null;
  #observed: Element | null = null;
  #shiftTimer: ReturnType<typeof setInterval> | null = null;
  #focusAfterUpdate: "detail" | string | null = null;

  constructor() {
    super();
    this.layout = "tiles";
    this.groupBy = "none";
    this.sort = "feed";
    this.pixelShift = false;
    this.clock = Date;
    this.selected = null;
    this.box = null;
    this.shiftStep = 0;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver((entries) => this.#onResize(entries));
    this.#syncShiftTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#observed = null;
    if (this.#shiftTimer) clearInterval(this.#shiftTimer);
    this.#shiftTimer = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("pixelShift")) this.#syncShiftTimer();
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
    const now = this.clock.now() + clockOffset(snapshot);
    this.#live = this.#rows.map((row) => ({
      freshness: freshness(row, now),
      ageMs: ageOf(row, now),
    }));
    this.#announceChanges(snapshot.feed, indicator);
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

  #announceChanges(feed: IndicatorFeed | null, indicator: StatusIndicator | undefined): void {
    const scope = feed && indicator ? `${feed.id}|${indicator.id}` : "";
    const first = scope !== this.#scope;
    this.#scope = scope;
    const m = this.#text;
    const changes: string[] = [];
    const next = new Map<string, string>();
    for (const row of this.#rows) {
      const { mode, health } = row.subsystem;
      const state = this.#live[row.index]!.freshness;
      const signature = `${mode}|${state}|${health ?? ""}`;
      next.set(row.key, signature);
      const before = this.#spoken.get(row.key);
      if (first || before === undefined || before === signature) continue;
      const [beforeMode] = before.split("|");
      const what =
        beforeMode !== mode
          ? `${m.mode[mode]} (${m.freshness[state].toLocaleLowerCase(this.locale)})`
          : state === "offline" && health === "down"
            ? m.health.down
            : m.freshness[state];
      changes.push(m.change(row.label, what));
    }
    this.#spoken = next;
    if (!changes.length) return;
    const spoken = changes.slice(0, MAX_CHANGES_SPOKEN);
    if (changes.length > spoken.length) spoken.push(m.moreChanges(changes.length - spoken.length));
    this.#announcementId += 1;
    this.#announcements = [
      ...this.#announcements.slice(1 - MAX_ANNOUNCEMENTS),
      { id: this.#announcementId, text: spoken.join("; ") },
    ];
  }

  #updateFit(): void {
    if (this.layout !== "tiles" || !this.box) {
      this.#fit = null;
      this.#fitKey = "";
      return;
    }
    const headings = this.groupBy === "none" ? 0 : this.#groups.length;
    const cells = this.#rows.length + headings;
    const { width, height, gap } = this.box;
    const key = `${cells}|${width}|${height}|${gap}`;
    if (key === this.#fitKey) return;
    this.#fitKey = key;
    this.#fit = fitGrid(cells, width, height, gap);
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    // Store the size only; the grid's size never depends on its tiles, so this cannot loop.
    const width = Math.floor(entry.contentRect.width);
    const height = Math.floor(entry.contentRect.height);
    if (width <= 0 || height <= 0) return;
    const gap = parseFloat(getComputedStyle(entry.target).rowGap) || 0;
    const box = this.box;
    if (box?.width !== width || box.height !== height || box.gap !== gap)
      this.box = { width, height, gap };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const grid = this.renderRoot.querySelector(".grid");
    if (grid !== this.#observed) {
      if (this.#observed) this.#resizeObserver?.unobserve(this.#observed);
      this.#observed = grid;
      if (grid) this.#resizeObserver?.observe(grid);
    }
    if (this.#focusAfterUpdate) {
      const target =
        this.#focusAfterUpdate === "detail"
          ? this.renderRoot.querySelector<HTMLElement>(".detail")
          : this.#tileButton(this.#focusAfterUpdate);
      this.#focusAfterUpdate = null;
      target?.focus();
    }
  }

  #syncShiftTimer(): void {
    if (this.#shiftTimer) clearInterval(this.#shiftTimer);
    this.#shiftTimer = null;
    if (!this.pixelShift || !this.isConnected) {
      this.shiftStep = 0;
      return;
    }
    this.#shiftTimer = setInterval(() => {
      this.shiftStep = reducedMotion() ? 0 : this.shiftStep + 1;
    }, this.pixelShiftMs);
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
    this.dispatchEvent(
      new CustomEvent<ChisoSubsystemSelectDetail>("chiso-subsystem-select", {
        detail: { subsystem: row.subsystem },
        bubbles: true,
        composed: true,
      }),
    );
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

  /**
   * A lost connection gets the wall-sized "Connection lost" banner instead of the shared stale
   * badge; an invalid feed keeps the shared badge, which names the faulty path.
   */
  protected override renderFeedState(snapshot: FeedSnapshot): TemplateResult | typeof nothing {
    if (snapshot.feed && isConnectionLost(snapshot)) return nothing;
    return super.renderFeedState(snapshot);
  }

  protected renderFeed(feed: IndicatorFeed, snapshot: FeedSnapshot): TemplateResult {
    const indicator = this.#indicatorValue;
    if (!indicator)
      return this.renderMessage(this.messages.unknownIndicator(this.indicator ?? "", "status"));
    // Without pixel-shift the step stays 0, which is no shift (#syncShiftTimer).
    const [dx, dy] = pixelShift(this.shiftStep);
    return html`<div
      class="panel ${this.#fit?.dense ? "dense" : ""}"
      style=${styleProps({ transform: dx || dy ? `translate(${dx}px, ${dy}px)` : null })}
      @keydown=${this.#onKeydown}
    >
      ${this.#renderBanner(feed, snapshot)} ${this.#renderHeader(indicator)}
      ${this.#rows.length ? this.#renderGrid() : this.renderMessage(this.#text.empty)}
      ${this.#renderDetail()} ${this.#renderAnnouncements()}
    </div>`;
  }

  #renderBanner(feed: IndicatorFeed, snapshot: FeedSnapshot): TemplateResult | typeof nothing {
    if (!isConnectionLost(snapshot)) return nothing;
    const m = this.#text;
    const locale = this.locale;
    const received = snapshot.receivedAt ?? Date.parse(feed.generatedAt);
    const age = formatAge(Math.max(0, this.now - received), locale);
    return html`<div class="banner" part="banner">
      <p class="banner-title" role="alert">
        ${icon(STATE_ICONS.offline)}<strong>${m.connectionLost}</strong>
        <span class="banner-retry">· ${m.reconnecting}</span>
      </p>
      <p class="banner-detail">
        ${m.showingSince(formatDateTime(received, locale), age)}${
          snapshot.error ? html` · ${snapshot.error.message[locale]}` : nothing
        }
      </p>
    </div>`;
  }

  #renderHeader(indicator: StatusIndicator): TemplateResult {
    const m = this.#text;
    const modes = MODES.filter((mode) => this.#modeCounts[mode] > 0);
    return html`<header class="header">
      <h2 class="title">${localize(indicator.label, this.locale)}</h2>
      <p class="summary" part="summary">
        <span class="visually-hidden">${m.subsystems(this.#rows.length)}:</span>
        ${modes.map(
          (mode, i) =>
            html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span
                class="count mode-${mode}"
                >${icon(MODE_ICONS[mode])} ${m.modeCount(mode, this.#modeCounts[mode])}</span
              >`,
        )}
      </p>
      ${this.#renderHealthSummary()}
    </header>`;
  }

  /** "1 mất tín hiệu 5 quá hạn cập nhật", or "Tất cả cập nhật đúng hạn". */
  #renderHealthSummary(): TemplateResult {
    const m = this.#text;
    let stale = 0;
    let offline = 0;
    for (const live of this.#live) {
      if (live.freshness === "stale") stale += 1;
      else if (live.freshness === "offline") offline += 1;
    }
    const count = (state: Freshness, text: string) =>
      html`<span class="count is-${state}">${icon(STATE_ICONS[state])} ${text}</span>`;
    return html`<p class="health-summary">
      ${offline ? count("offline", m.offlineCount(offline)) : nothing}
      ${stale ? count("stale", m.staleCount(stale)) : nothing}
      ${!stale && !offline && this.#rows.length ? count("fresh", m.allFresh) : nothing}
    </p>`;
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
    return html`<div class="grid ${fit ? "fitted" : ""}" style=${styleProps(style)}>
      ${repeat(
        this.#groups,
        (group) => group.key,
        (group) =>
          html`<section class="group" aria-label=${group.label || this.#text.listLabel}>
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
                group.rows,
                (row) => row.key,
                (row) => this.#renderTile(row),
              )}
            </ul>
          </section>`,
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
    const age =
      live.ageMs == null ? m.never : this.messages.updated(formatAge(live.ageMs, this.locale));
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
        <span class="age" part="age">${age}</span>
      </button>
    </li>`;
  }

  #renderDetail(): TemplateResult | typeof nothing {
    const row = this.#rows.find((candidate) => candidate.key === this.selected);
    if (!row) return nothing;
    const m = this.#text;
    const locale = this.locale;
    const live = this.#live[row.index]!;
    const { subsystem } = row;
    const provenance = subsystem.provenance;
    const source = provenance
      ? [provenance.document, provenance.section].filter(Boolean).join(", ")
      : "";
    const interval = subsystem.expectedInterval
      ? durationParts(subsystem.expectedInterval)
          .map(([value, unit]) => m.duration(value, unit))
          .join(" ")
      : "";
    return html`<section
      id="detail"
      class="detail"
      part="detail"
      tabindex="-1"
      aria-labelledby="detail-title"
    >
      <h3 id="detail-title" class="detail-title">${row.label}</h3>
      <dl>
        <dt>${m.modeLabel}</dt>
        <dd class="mode-${subsystem.mode}">
          ${icon(MODE_ICONS[subsystem.mode])} ${m.mode[subsystem.mode]}
        </dd>
        <dt>${m.healthLabel}</dt>
        <dd class="is-${live.freshness}">
          ${icon(STATE_ICONS[live.freshness])}
          ${m.freshness[live.freshness]}${
            subsystem.health ? ` · ${m.health[subsystem.health]}` : ""
          }
        </dd>
        <dt>${m.lastUpdated}</dt>
        <dd>
          ${
            row.lastMs == null || live.ageMs == null
              ? m.never
              : `${formatDateTime(row.lastMs, locale)} (${formatAge(live.ageMs, locale)})`
          }
        </dd>
        ${optionalTerm(m.expectedInterval, interval && m.every(interval))}
        ${optionalTerm(m.group, row.group)}
        ${optionalTerm(m.note, localize(subsystem.note, locale))}
        ${optionalTerm(
          this.messages.source,
          provenance &&
            html`${source}${provenance.quote ? html`<q class="quote">${provenance.quote}</q>` : nothing}`,
        )}
      </dl>
      <button type="button" class="close" @click=${this.#closeDetail}>${m.close}</button>
    </section>`;
  }

  #renderAnnouncements(): TemplateResult {
    return html`<div class="visually-hidden announcements" aria-live="polite">
      ${repeat(
        this.#announcements,
        (announcement) => announcement.id,
        (announcement) => html`<p>${announcement.text}</p>`,
      )}
    </div>`;
  }
}

/** A `<dt>`/`<dd>` pair of the details, left out when there is nothing to say. */
function optionalTerm(term: string, description: string | TemplateResult | undefined) {
  return description
    ? html`<dt>${term}</dt>
        <dd>${description}</dd>`
    : nothing;
}

function reducedMotion(): boolean {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/** Stale because the network failed, not because the last feed was invalid. */
function isConnectionLost(snapshot: FeedSnapshot): boolean {
  return snapshot.status === "stale" && !snapshot.error?.issues?.length;
}
