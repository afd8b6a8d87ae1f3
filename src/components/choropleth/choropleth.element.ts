import { html, nothing } from "lit";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import type { ScaleKind } from "../../data/figures/classify.js";
import { localize } from "../../data/format.js";
import type { IndicatorFeed } from "../../data/schema.js";
import { ChisoElement, type TextFigures } from "../shared/chiso-element.js";
import { indicatorProblem } from "../shared/config-problem.js";
import "../shared/events/drill.js";
import "../shared/events/select.js";
import "../shared/events/unmatched.js";
import { ResizeController } from "../shared/resize-controller.js";
import { styleProps } from "../shared/style-props.js";
import { themeStyles } from "../shared/theme.styles.js";
import { BoundaryController } from "./boundary-controller.js";
import { CanvasRenderer, type MapScene } from "./canvas-renderer.js";
import { choroplethStyles } from "./choropleth.styles.js";
import { ARROWS, firstInReadingOrder, neighbour } from "./keyboard.js";
import { MapModel } from "./map-model.js";
import { DEFAULT_SORT, dataTable } from "./data-table.js";
import type { TableSort } from "./data-table.js";
import { mapLegend } from "./legend.js";
import { announcement, mapTextFigures, unitLine } from "./map-text.js";
import type { MapWords } from "./map-text.js";
import { CHOROPLETH_MESSAGES } from "./messages.js";
import type { ChoroplethMessages } from "./messages.js";
import { classColors } from "./palette.js";
import { mapNotes, warnUnmatchedOnce } from "./notes.js";
import { svgHitTest, svgMap } from "./svg-renderer.js";
import { mapTooltip } from "./tooltip.js";

export type { ChisoDrillDetail } from "../shared/events/drill.js";
export type { ChisoMapSelectDetail, ChisoSelectDetail } from "../shared/events/select.js";
export type { ChisoUnmatchedDetail } from "../shared/events/unmatched.js";

/**
 * SVG keeps every unit a DOM node (crisp, styleable, cheap below ~1 500 paths); above that,
 * 10 600 communes as SVG paths take seconds to lay out and hover, so one canvas draws them.
 */
const CANVAS_ABOVE = 1500;

/**
 * A choropleth map of districts, communes or provinces coloured by a feed's per-unit rates.
 *
 * Units are joined to the boundaries by GSO code (or, when asked, by normalised name); every
 * figure that finds no unit is listed on screen and in a `chiso-unmatched` event. Below 1 500
 * units the map is SVG, above it a canvas; both have the same tooltip, keyboard navigation
 * (one tab stop, arrow keys move to the nearest unit that way, Enter/Space selects; a live
 * region says each unit's name, value, rank, counts and class) and a sortable data table with
 * the same figures, built when opened. Hoàng Sa and Trường Sa are drawn in an inset.
 *
 * The class colours are tokens: by default one blue whose lightness grows away from the surface
 * with the rate, every class 3:1 on it, per theme (colour-blind safe, prints in greyscale).
 *
 * @tagname chiso-choropleth
 * @summary Districts or communes coloured by their rate, with legend, tooltip and data table.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart map - The focusable map area (SVG or canvas inside).
 * @csspart legend - The list of colour classes.
 * @csspart tooltip - The floating details of the hovered or focused unit.
 * @csspart table - The data table, built when the reader opens it ("Xem bảng số liệu").
 * @csspart trail - The drill-down breadcrumb (`drill`): the way back to the upper level.
 * @csspart note - Notes above the map: unmatched units, another unit vintage, a map that failed to reload, a target scale without a target.
 *
 * @cssprop [--chiso-choropleth-height=auto] - Height of the map area; by default it follows the geography's aspect ratio.
 * @cssprop [--chiso-choropleth-max-height=80vh] - Upper bound of the automatic height.
 * @cssprop [--chiso-choropleth-stroke=var(--chiso-color-surface)] - Border between units.
 * @cssprop [--chiso-choropleth-hatch=var(--chiso-color-muted)] - Hatching of units without data.
 * @cssprop [--chiso-choropleth-highlight=var(--chiso-color-text)] - Outline of the hovered / selected unit.
 * @cssprop [--chiso-choropleth-group-border=var(--chiso-color-text)] - Borders between the units' `parent`s (province outlines over 2025 communes).
 * @cssprop [--chiso-choropleth-class-1] - Colour of the lowest class (`sequential` and `threshold` scales); default: the theme's blue ramp, mixed for the number of classes shown.
 * @cssprop [--chiso-choropleth-class-2] - Colour of the 2nd class.
 * @cssprop [--chiso-choropleth-class-3] - Colour of the 3rd class.
 * @cssprop [--chiso-choropleth-class-4] - Colour of the 4th class.
 * @cssprop [--chiso-choropleth-class-5] - Colour of the 5th class.
 * @cssprop [--chiso-choropleth-class-6] - Colour of the 6th class.
 * @cssprop [--chiso-choropleth-class-7] - Colour of the 7th class.
 * @cssprop [--chiso-choropleth-class-8] - Colour of the 8th class (the most a map has).
 * @cssprop [--chiso-choropleth-below] - Units below the target (`scale="target"`); default: warm, the ramp's low end.
 * @cssprop [--chiso-choropleth-at] - Units at the target, within `target-band`; default: the ramp's middle.
 * @cssprop [--chiso-choropleth-above] - Units above the target band; default: the ramp's high end.
 *
 * @fires {CustomEvent<ChisoMapSelectDetail>} chiso-select - The user selected a unit (click, Enter, Space).
 * @fires {CustomEvent<ChisoDrillDetail>} chiso-drill - The user opened a unit's own map (`drill`) — `code` and `name` of that unit — or went back up (`code` `null`).
 * @fires {CustomEvent<ChisoUnmatchedDetail>} chiso-unmatched - Feed units that are not on the map, once per join of data and boundaries — also when the page set them (a data diagnostic, the one exception to "no events for programmatic changes").
 */
export class ChisoChoropleth extends ChisoElement {
  static override styles = [themeStyles, choroplethStyles];

  static override properties: PropertyDeclarations = {
    boundaries: { type: String, reflect: true },
    boundaryData: { attribute: false },
    object: { type: String },
    codeProperty: { type: String, attribute: "code-property" },
    join: { type: String },
    scale: { type: String, reflect: true },
    thresholds: { type: String },
    bins: { type: Number },
    targetBand: { type: Number, attribute: "target-band" },
    vintage: { type: String },
    zoomToSelection: { type: Boolean, attribute: "zoom-to-selection" },
    selected: { type: String, reflect: true },
    renderer: { type: String },
    drill: { type: String },
    drilled: { state: true },
    drillError: { state: true },
    size: { state: true },
    active: { state: true },
    hover: { state: true },
    pointer: { state: true },
    focused: { state: true },
    tableOpen: { state: true },
    tableSort: { state: true },
  };

  /** URL of a TopoJSON or GeoJSON boundary file. */
  declare boundaries: string | null;
  /** Boundaries as an object (TopoJSON topology or GeoJSON); takes precedence over `boundaries`. */
  declare boundaryData: unknown;
  /** Name of the TopoJSON object to draw; default: the first. */
  declare object: string | null;
  /** Feature property holding the GSO code; default `code`, falling back to the feature id. */
  declare codeProperty: string | null;
  /** `code` (default) joins figures by GSO code; `name` by normalised unit name (fallback only). */
  declare join: "code" | "name";
  /** `sequential` (default, 5–7 round classes), `target` (below / at / above) or `threshold`. */
  declare scale: ScaleKind;
  /** Class limits of `scale="threshold"`, in percent: `60,80,90`. */
  declare thresholds: string | null;
  /** Classes wanted for `scale="sequential"` (round limits; fewer when one would be empty). */
  declare bins: number;
  /** Width of the "at target" class in percentage points (`scale="target"`). */
  declare targetBand: number;
  /** Unit-list year of the boundaries (`2023`, `2025`); default: detected from the file. */
  declare vintage: string | null;
  /** Zoom the map to the selected unit. */
  declare zoomToSelection: boolean;
  /** GSO code of the selected unit (set by the user's selection; may be set by the page). */
  declare selected: string | null;
  /** `auto` (default: SVG up to 1 500 units, canvas above), `svg` or `canvas`. */
  declare renderer: "auto" | "svg" | "canvas";
  /**
   * Drill-down: URL template of a unit's own map, `{code}` standing for the unit's code
   * (`/maps/communes-{code}.topo.json`). Choosing a unit (pointer, Enter, Space) opens its map
   * with a breadcrumb back; Escape or Backspace goes back. One file per province, so a national
   * map never loads 3 321 communes to show 130.
   */
  declare drill: string | null;

  /** The unit whose own map is shown (`drill`), or `null` on the upper level. */
  declare private drilled: { code: string; name: string } | null;
  /** Why the last unit's map could not be opened. */
  declare private drillError: string | null;

  declare private size: { width: number; height: number };
  declare private active: number;
  declare private hover: number;
  declare private pointer: { x: number; y: number } | null;
  declare private focused: boolean;
  declare private tableOpen: boolean;
  declare private tableSort: TableSort;

  protected readonly geo = new BoundaryController(this, () => ({
    data: this.drilled ? null : this.boundaryData,
    url: this.drilled
      ? (this.drill ?? "").replaceAll("{code}", encodeURIComponent(this.drilled.code))
      : this.boundaries,
    object: this.object,
    codeProperty: this.codeProperty,
  }));
  /** The map area's size (header, notes, legend and table sit outside it). */
  protected readonly resize = new ResizeController(
    this,
    ({ width, height }) => {
      // Only stored: the SVG/canvas is absolutely positioned, so drawing never resizes the box.
      const size = { width: Math.round(width), height: Math.round(height) };
      if (size.width !== this.size.width || size.height !== this.size.height) this.size = size;
    },
    () => this.#mapArea,
  );
  readonly #model = new MapModel();
  readonly #canvas = new CanvasRenderer();
  #reported: unknown = null;
  /** Bumped on every connection, so the palette is read again (styles may have changed). */
  #connections = 0;
  /** The upper level's boundaries while a unit's map loads (its failure is told by them). */
  #upper: unknown = null;
  /** Focus the map after the next render (a drill step moved the reader's place). */
  #refocus = false;
  /** The units `active` indexes. */
  #placedOn: readonly unknown[] = [];

  constructor() {
    super();
    this.boundaries = null;
    this.object = null;
    this.codeProperty = null;
    this.join = "code";
    this.scale = "sequential";
    this.thresholds = null;
    this.bins = 5;
    this.targetBand = 5;
    this.vintage = null;
    this.zoomToSelection = false;
    this.selected = null;
    this.renderer = "auto";
    this.drill = null;
    this.drilled = null;
    this.drillError = null;
    this.size = { width: 0, height: 0 };
    this.active = -1;
    this.hover = -1;
    this.pointer = null;
    this.focused = false;
    this.tableOpen = false;
    this.tableSort = DEFAULT_SORT;
  }

  /** How many times geometry was projected; a recolour must not add one (tests read it). */
  get layoutBuilds(): number {
    return this.#model.layoutBuilds;
  }

  /** The projected geometry (tests find units on a canvas with it). */
  private get layout() {
    return this.#model.layout;
  }

  get #m(): ChoroplethMessages {
    return CHOROPLETH_MESSAGES[this.locale];
  }

  get #words(): MapWords {
    return { m: this.#m, noRate: this.messages.noRate, locale: this.locale };
  }

  get #mapArea(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(".map");
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connections++;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.geo.sync();
    const geo = this.geo.state;
    if (this.drilled && geo.error !== null && geo.boundaries === this.#upper) {
      // The unit has no map (yet): stay on the upper level and say why.
      this.drillError = this.#m.drillFailed(this.drilled.name, geo.error);
      this.drilled = null;
      this.geo.sync();
    }
    const { feed, warnings } = this.feed.snapshot;
    const style = getComputedStyle(this);
    this.#model.update(
      {
        feed,
        warnings,
        boundaries: this.geo.state.boundaries,
        indicator: this.indicator,
        join: this.join,
        scale: this.scale,
        thresholds: this.thresholds,
        bins: this.bins,
        targetBand: this.targetBand,
        width: this.size.width,
        height: this.size.height,
        zoomCode: this.zoomToSelection && this.selected ? this.selected : null,
        paletteKey: `${this.theme}|${this.#connections}`,
      },
      {
        classColors: (classes) => classColors(style, classes.classes),
        labelPx: () => 11 * (parseFloat(style.getPropertyValue("--_scale")) || 1),
      },
    );
    // New units (a drill step, another file): the reader is put on the selected (or first) one.
    if (this.#model.units !== this.#placedOn) {
      this.#placedOn = this.#model.units;
      this.active = -1;
    }
    if (this.focused && this.active < 0 && this.layout) this.#onFocus();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#reportUnmatched();
    const map = this.#mapArea;
    if (this.#refocus && map) {
      this.#refocus = false;
      // After this update: focusing sets `focused`, which is an update of its own.
      void this.updateComplete.then(() => map.focus());
    }
    const canvases = [...this.renderRoot.querySelectorAll("canvas")];
    const scene = this.#scene();
    if (this.#useCanvas && scene && canvases.length) {
      const style = getComputedStyle(this);
      // The theme and the element's styles set every --_ variable on :host, each with its own
      // fallback there (the SVG map's CSS reads the same ones), so a value is always there.
      const token = (name: string) => style.getPropertyValue(name).trim();
      this.#canvas.draw(canvases, scene, token, window.devicePixelRatio || 1);
    }
  }

  get #useCanvas(): boolean {
    if (this.renderer === "canvas") return true;
    if (this.renderer === "svg") return false;
    return this.#model.units.length > CANVAS_ABOVE;
  }

  #scene(): MapScene | null {
    const layout = this.#model.layout;
    if (!layout) return null;
    return {
      layout,
      fills: this.#model.fills,
      labels: this.#model.labels,
      islands: this.#m.islands,
      selected: this.#indexOfCode(this.selected),
      hover: this.hover,
      active: this.active,
      focused: this.focused,
    };
  }

  /** Tells the page (and, once, its developer) which figures found no unit: once per join. */
  #reportUnmatched(): void {
    const joined = this.#model.joined;
    if (!joined || joined === this.#reported) return;
    this.#reported = joined;
    if (!joined.unmatched.length) return;
    const codes = [...joined.unmatched];
    warnUnmatchedOnce(this.feed.snapshot.feed?.id, joined.indicator?.id, codes);
    this.emit("chiso-unmatched", { codes });
  }

  // ----- interaction ------------------------------------------------------------------------

  #indexOfCode(code: string | null): number {
    if (!code) return -1;
    return this.#model.units.findIndex((unit) => unit.code === code);
  }

  #onFocus(): void {
    this.focused = true;
    if (this.active < 0) {
      const selected = this.#indexOfCode(this.selected);
      this.active = selected >= 0 ? selected : firstInReadingOrder(this.layout?.units ?? []);
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const direction = ARROWS[event.key];
    const units = this.layout?.units;
    if (!units) return;
    if (direction) {
      event.preventDefault();
      this.hover = -1;
      this.active =
        this.active < 0 ? firstInReadingOrder(units) : neighbour(units, this.active, direction);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      if (this.active >= 0) this.#select(this.active);
    } else if (event.key === "Escape" && this.selected) {
      event.preventDefault();
      this.selected = null;
    } else if ((event.key === "Escape" || event.key === "Backspace") && this.drilled) {
      event.preventDefault();
      this.#back();
    }
  }

  /** The unit under the pointer, and the pointer in map pixels. */
  #hitTest(event: PointerEvent | MouseEvent): { index: number; x: number; y: number } {
    const rect = this.#mapArea?.getBoundingClientRect();
    const x = event.clientX - (rect?.left ?? 0);
    const y = event.clientY - (rect?.top ?? 0);
    const index = this.#useCanvas ? this.#canvas.hitTest(x, y) : svgHitTest(event.target);
    return { index, x, y };
  }

  #onPointerMove(event: PointerEvent): void {
    const { index, x, y } = this.#hitTest(event);
    this.hover = index;
    if (index >= 0) this.pointer = { x, y };
  }

  #onClick(event: MouseEvent): void {
    const { index } = this.#hitTest(event);
    if (index >= 0) {
      this.active = index;
      this.#select(index);
    }
  }

  #select(index: number): void {
    const unit = this.#model.units[index];
    if (!unit) return;
    this.selected = unit.code;
    const line = unitLine(this.#model, index, this.#words);
    this.emit("chiso-select", { code: unit.code, name: line.name, value: line.rate });
    if (this.drill && !this.drilled) this.#open(unit.code, line.name);
  }

  /** Opens a unit's own map (`drill`); the upper level stays drawn until it has loaded. */
  #open(code: string, name: string): void {
    this.#upper = this.geo.state.boundaries;
    this.drilled = { code, name };
    this.drillError = null;
    this.selected = null;
    this.#stepped();
    this.emit("chiso-drill", { code, name });
  }

  /** Back to the upper level, on the unit the reader came from. */
  #back(): void {
    const from = this.drilled?.code ?? null;
    this.drilled = null;
    this.selected = from;
    this.#stepped();
    this.emit("chiso-drill", { code: null, name: null });
  }

  #stepped(): void {
    [this.active, this.hover, this.pointer] = [-1, -1, null];
    this.#refocus = true;
  }

  // ----- rendering (and, for the plain-text fallback, the units in words: map-text.ts) ------
  protected override textFigures(): TextFigures {
    return mapTextFigures(this.#model, this.geo.state, this.#words);
  }

  protected override renderFeed(feed: IndicatorFeed): TemplateResult {
    const m = this.#m;
    const geo = this.geo.state;
    if (this.boundaryData == null && !this.boundaries) return this.renderMessage(m.noBoundaries);
    if (!geo.boundaries) {
      if (geo.error !== null) return this.renderMessage(m.mapFailed(geo.error), "error");
      return html`<p class="message loading" part="message" role="status" aria-busy="true">
        ${m.loadingMap}
      </p>`;
    }
    const indicator = this.#model.joined?.indicator;
    const w = this.problemWords;
    if (!indicator) return this.renderProblem(indicatorProblem(feed, ["ratio"], this.indicator, w));
    const title = localize(indicator.label, this.locale);
    return html`<div class="header">
        <h2>${title}</h2>
        <p>${localize(feed.period.label, this.locale)}</p>
      </div>
      ${this.#renderTrail()}
      ${mapNotes({
        feed,
        joined: this.#model.joined,
        classes: this.#model.classes,
        scale: this.scale,
        mapVintage: this.vintage || this.geo.state.boundaries?.vintage || "",
        mapError: this.geo.state.error,
        names: this.#model.names,
        words: this.#words,
      })}
      ${this.#renderMap(title)} ${mapLegend(this.#model.classes, this.#model.colors, this.#words)}
      ${dataTable({
        title,
        units: this.#model.units,
        classes: this.#model.classes,
        describe: (index) => unitLine(this.#model, index, this.#words),
        selected: this.#indexOfCode(this.selected),
        open: this.tableOpen,
        onToggle: () => (this.tableOpen = !this.tableOpen),
        sort: this.tableSort,
        onSort: (sort) => (this.tableSort = sort),
        words: this.#words,
      })}`;
  }

  /** The drill-down breadcrumb: where the map is, the way back, and what is loading or failed. */
  #renderTrail(): TemplateResult | typeof nothing {
    if (!this.drill) return nothing;
    const m = this.#m;
    const drilled = this.drilled;
    const loading = drilled && this.geo.state.boundaries === this.#upper;
    return html`<nav class="trail" part="trail" aria-label=${m.drillTrail}>
        ${
          drilled
            ? html`<button type="button" @click=${this.#back}>${m.drillTop}</button>
                <span aria-hidden="true">›</span>
                <span aria-current="page">${drilled.name}</span>`
            : html`<span aria-current="page">${m.drillTop}</span>`
        }
        <span role="status">${loading ? m.loadingMap : ""}</span>
      </nav>
      ${this.drillError ? html`<p class="note" part="note">${this.drillError}</p>` : nothing}`;
  }

  #renderMap(title: string): TemplateResult {
    const m = this.#m;
    const active = this.focused ? this.active : -1;
    const live = announcement(this.#model, active, this.selected, this.#words);
    const scene = this.#scene();
    return html`<div
        class="map"
        part="map"
        style=${styleProps({ "--_aspect": this.geo.state.aspect.toFixed(3) })}
        tabindex="0"
        role="application"
        aria-label=${m.mapLabel(this.drilled ? `${title} — ${this.drilled.name}` : title)}
        aria-describedby="hint"
        @focus=${this.#onFocus}
        @blur=${() => (this.focused = false)}
        @keydown=${this.#onKeyDown}
        @pointermove=${this.#onPointerMove}
        @pointerleave=${() => ([this.hover, this.pointer] = [-1, null])}
        @click=${this.#onClick}
      >
        ${
          this.#useCanvas
            ? html`<canvas class="layer-base"></canvas><canvas class="layer-lines"></canvas
                ><canvas class="layer-overlay"></canvas>`
            : scene
              ? svgMap(
                  scene,
                  this.#model.units.map((unit) => unit.code),
                  this.#model.classes?.bins ?? [],
                )
              : nothing
        }
        ${this.#renderTooltip()}
      </div>
      <p id="hint" class="visually-hidden">
        ${m.keyboardHint} ${this.drill ? m.drillHint : nothing}
      </p>
      <p class="visually-hidden live" aria-live="polite">${live}</p>`;
  }

  #renderTooltip(): TemplateResult | typeof nothing {
    const index = this.hover >= 0 ? this.hover : this.focused ? this.active : -1;
    const layout = this.layout;
    if (!layout || index < 0) return nothing;
    const pointer = this.hover >= 0 ? this.pointer : null;
    const line = unitLine(this.#model, index, this.#words);
    return mapTooltip(layout, index, pointer, line, this.#model.classes, this.#words);
  }
}
