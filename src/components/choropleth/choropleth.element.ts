import { html, nothing, svg } from "lit";
import { styleProps } from "../shared/style-props.js";
import type { PropertyDeclarations, PropertyValues, SVGTemplateResult, TemplateResult } from "lit";
import { formatCount, formatPercent, localize } from "../../data/format.js";
import type { FeedSnapshot } from "../../data/feed-hub.js";
import type { IndicatorFeed, LocalizedText } from "../../data/schema.js";
import { ChisoElement } from "../shared/chiso-element.js";
import { themeStyles } from "../shared/theme.styles.js";
import {
  aspectOf,
  classify,
  joinFigures,
  labelFits,
  layoutMap,
  luminance,
  neighbour,
  parseThresholds,
  readBoundaries,
  sameVintage,
} from "./choropleth.draw.js";
import type {
  Boundaries,
  Classification,
  Direction,
  JoinResult,
  MapLayout,
  MapUnit,
  ScaleKind,
  UnitFigure,
} from "./choropleth.draw.js";
import { choroplethStyles } from "./choropleth.styles.js";
import { CHOROPLETH_MESSAGES } from "./messages.js";
import type { ChoroplethMessages } from "./messages.js";

/** Detail of `chiso-select` from a map: the unit the user picked (click, Enter or Space). */
export interface ChisoMapSelectDetail {
  code: string;
  name: string;
  /** The unit's rate in percent, `null` without data. */
  value: number | null;
}

/** Detail of `chiso-unmatched`: feed units that are not on the map. */
export interface ChisoUnmatchedDetail {
  codes: string[];
}

export type { ChisoSelectDetail } from "../shared/events.js";

declare global {
  interface GlobalEventHandlersEventMap {
    "chiso-unmatched": CustomEvent<ChisoUnmatchedDetail>;
  }
}

/**
 * The boundaries drawn, and why the last load or parse failed (`null` when it did not, also while
 * loading). A failed reload keeps the last good boundaries.
 */
interface GeoState {
  boundaries: Boundaries | null;
  /** Width / height of the drawn map (see aspectOf), worked out once per boundary file. */
  aspect: number;
  error: string | null;
}

const NO_GEO: GeoState = { boundaries: null, aspect: 1, error: null };

interface Label {
  text: string;
  tone: "dark" | "light" | "plain";
  /** The unit's label anchor (its centroid). */
  x: number;
  y: number;
}

/**
 * SVG keeps every unit a DOM node (crisp, styleable, cheap below ~1 500 paths); above that,
 * 10 600 communes as SVG paths take seconds to lay out and hover, so one canvas draws them.
 */
const CANVAS_ABOVE = 1500;
const ARROWS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};
const NO_DATA_FILL = "url(#no-data)";
const MAX_LABELS = 150;

/** Boundary files are large and shared by every map on a wall: one request per URL. */
const boundaryCache = new Map<string, Promise<unknown>>();
/** Dev warnings said once per page, not on every refresh. */
const warned = new Set<string>();

function fetchBoundaries(url: string): Promise<unknown> {
  let request = boundaryCache.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      return response.json() as Promise<unknown>;
    });
    request.catch(() => boundaryCache.delete(url));
    boundaryCache.set(url, request);
  }
  return request;
}

/** Hit tests on canvas maps: any 2D context tests a point against a Path2D, whatever its size. */
let hitContext: CanvasRenderingContext2D | null = null;

/**
 * A choropleth map of districts, communes or provinces coloured by a feed's per-unit rates.
 *
 * Units are joined to the boundaries by GSO code (or, when asked, by normalised name); every
 * figure that finds no unit is listed on screen and in a `chiso-unmatched` event. Below 1 500
 * units the map is SVG, above it a canvas; both have the same tooltip, keyboard navigation
 * (one tab stop, arrow keys move to the nearest unit that way, Enter/Space selects) and a data
 * table with the same figures. Hoàng Sa and Trường Sa are drawn in an inset.
 *
 * @tagname chiso-choropleth
 * @summary Districts or communes coloured by their rate, with legend, tooltip and data table.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart base - The wrapper of everything.
 * @csspart map - The focusable map area (SVG or canvas inside).
 * @csspart legend - The list of colour classes.
 * @csspart tooltip - The floating details of the hovered or focused unit.
 * @csspart table - The data table (visually hidden until toggled).
 * @csspart status - Loading, error, stale, unmatched and vintage notes.
 * @csspart message - One-line messages (no boundaries, unknown indicator).
 * @csspart retry - The retry button of a failed feed.
 *
 * @cssprop [--chiso-choropleth-height=auto] - Height of the map area; by default it follows the geography's aspect ratio.
 * @cssprop [--chiso-choropleth-max-height=80vh] - Upper bound of the automatic height.
 * @cssprop [--chiso-choropleth-stroke=var(--chiso-color-surface)] - Border between units.
 * @cssprop [--chiso-choropleth-hatch=var(--chiso-color-muted)] - Hatching of units without data.
 * @cssprop [--chiso-choropleth-highlight=var(--chiso-color-text)] - Outline of the hovered / selected unit.
 *
 * @fires {CustomEvent<ChisoMapSelectDetail>} chiso-select - The user selected a unit (click, Enter, Space).
 * @fires {CustomEvent<ChisoUnmatchedDetail>} chiso-unmatched - Feed units that are not on the map, when data and boundaries meet.
 * @fires {CustomEvent<ChisoDataDetail>} chiso-data - A new feed arrived from `src`.
 * @fires {CustomEvent<ChisoFeedErrorDetail>} chiso-feed-error - Loading or validating `src` failed.
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
    geo: { state: true },
    size: { state: true },
    active: { state: true },
    hover: { state: true },
    pointer: { state: true },
    focused: { state: true },
    tableOpen: { state: true },
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
  /** Number of classes wanted for `scale="sequential"` (5–7 on round limits). */
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

  declare private geo: GeoState;
  declare private size: { width: number; height: number };
  declare private active: number;
  declare private hover: number;
  declare private pointer: { x: number; y: number } | null;
  declare private focused: boolean;
  declare private tableOpen: boolean;

  #joined: JoinResult | null = null;
  #joinedFeed: IndicatorFeed | null = null;
  #joinedBoundaries: Boundaries | null = null;
  #classes: Classification | null = null;
  private layout: MapLayout | null = null;
  #layoutKey = "";
  /** The boundaries the layout was projected from: new ones need a new layout, same box or not. */
  #layoutBoundaries: Boundaries | null = null;
  #labels: Label[] = [];
  #names = new Map<string, LocalizedText>();
  #paths: Path2D[] | null = null;
  #outlines: Path2D | null = null;
  #drawnKey: unknown[] = [];
  #reported: JoinResult | null = null;
  #request = 0;
  #mapBox: Element | null = null;
  readonly #resizeObserver: ResizeObserver | null;
  /** How many times geometry was projected; a recolour must not add one (tests read it). */
  layoutBuilds = 0;

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
    this.geo = NO_GEO;
    this.size = { width: 0, height: 0 };
    this.active = -1;
    this.hover = -1;
    this.pointer = null;
    this.focused = false;
    this.tableOpen = false;
    this.#resizeObserver =
      typeof ResizeObserver === "undefined"
        ? null
        : new ResizeObserver((entries) => {
            const box = entries[entries.length - 1]?.contentRect;
            if (!box) return;
            const width = Math.round(box.width);
            const height = Math.round(box.height);
            // Only stored: the SVG/canvas is absolutely positioned, so drawing never resizes the box.
            if (width !== this.size.width || height !== this.size.height)
              this.size = { width, height };
          });
  }

  get #m(): ChoroplethMessages {
    return CHOROPLETH_MESSAGES[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#mapBox) this.#resizeObserver?.observe(this.#mapBox);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has("boundaries") ||
      changed.has("boundaryData") ||
      changed.has("object") ||
      changed.has("codeProperty")
    )
      this.#syncBoundaries();
    const feed = this.feed.snapshot.feed;
    const boundaries = this.geo.boundaries;
    let recolour = false;
    if (
      feed !== this.#joinedFeed ||
      boundaries !== this.#joinedBoundaries ||
      changed.has("indicator") ||
      changed.has("join")
    ) {
      this.#joinedFeed = feed;
      this.#joinedBoundaries = boundaries;
      this.#joined =
        feed && boundaries ? joinFigures(feed, boundaries.units, this.indicator, this.join) : null;
      this.#names = new Map((feed?.units ?? []).map((unit) => [unit.code, unit.name]));
      if (feed) this.#names.set(feed.publisher.unitCode, feed.publisher.name);
      recolour = true;
    }
    if (
      recolour ||
      changed.has("scale") ||
      changed.has("thresholds") ||
      changed.has("bins") ||
      changed.has("targetBand")
    ) {
      const figures = this.#joined?.figures ?? [];
      this.#classes = classify(figures, this.scale, {
        bins: this.bins,
        thresholds: parseThresholds(this.thresholds),
        target: this.#indicatorTarget(),
        band: this.targetBand > 0 ? this.targetBand : 5,
      });
    }
    this.#syncLayout(changed.has("theme") || recolour || changed.has("scale"));
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#observeMapBox();
    this.#reportUnmatched();
    if (this.#useCanvas) this.#drawCanvas();
  }

  // ----- derived state ----------------------------------------------------------------------

  #syncBoundaries(): void {
    const request = ++this.#request;
    if (this.boundaryData != null) {
      this.geo = this.#parseBoundaries(this.boundaryData);
      return;
    }
    if (!this.boundaries) {
      this.geo = NO_GEO;
      return;
    }
    this.geo = { ...this.geo, error: null };
    fetchBoundaries(this.boundaries).then(
      (json) => {
        if (request === this.#request) this.geo = this.#parseBoundaries(json);
      },
      (error: unknown) => {
        if (request === this.#request)
          this.geo = { ...this.geo, error: String((error as Error)?.message ?? error) };
      },
    );
  }

  #parseBoundaries(source: unknown): GeoState {
    try {
      const boundaries = readBoundaries(source, this.object, this.codeProperty);
      return { boundaries, aspect: aspectOf(boundaries.units), error: null };
    } catch (error) {
      return { ...NO_GEO, error: String((error as Error)?.message ?? error) };
    }
  }

  #indicatorTarget(): number | null {
    const indicator = this.#joined?.indicator;
    if (!indicator) return null;
    return (
      indicator.target ??
      this.#joined?.figures.find((figure) => figure?.target != null)?.target ??
      null
    );
  }

  get #zoomCode(): string | null {
    return this.zoomToSelection && this.selected ? this.selected : null;
  }

  #syncLayout(relabel: boolean): void {
    const units = this.geo.boundaries?.units;
    const { width, height } = this.size;
    if (!units || width < 10 || height < 10) {
      this.layout = null;
      return;
    }
    const key = `${width}x${height}|${this.#zoomCode ?? ""}`;
    if (
      key !== this.#layoutKey ||
      this.layout === null ||
      this.geo.boundaries !== this.#layoutBoundaries
    ) {
      this.layout = layoutMap(units, width, height, this.#zoomCode);
      this.#layoutKey = key;
      this.#layoutBoundaries = this.geo.boundaries;
      this.#paths = null;
      this.#outlines = null;
      this.layoutBuilds++;
      relabel = true;
    }
    if (relabel) this.#labels = this.#computeLabels();
  }

  #computeLabels(): Label[] {
    const layout = this.layout;
    const units = this.#units;
    // Above 2 000 units (communes) no unit gets a label: skip measuring them.
    if (!layout || !this.isConnected || layout.units.length > 2000) return [];
    const scale = parseFloat(getComputedStyle(this).getPropertyValue("--_scale")) || 1;
    const fontPx = 11 * scale;
    const labels: (Label & { area: number })[] = [];
    layout.units.forEach((projected, index) => {
      const unit = units[index];
      if (!unit) return;
      const color = this.#colorOf(index);
      const below = this.#classes?.classes[this.#classes.bins[index] ?? -1]?.side === "below";
      const text = `${below ? "▼ " : ""}${unit.shortName}`;
      if (!labelFits(projected, text, fontPx)) return;
      const tone = !color ? "plain" : luminance(color) > 0.3 ? "dark" : "light";
      labels.push({ text, tone, x: projected.cx, y: projected.cy, area: projected.area });
    });
    return labels.sort((a, b) => b.area - a.area).slice(0, MAX_LABELS);
  }

  /** The map's units, none before the boundaries arrive. */
  get #units(): MapUnit[] {
    return this.geo.boundaries?.units ?? [];
  }

  get #useCanvas(): boolean {
    if (this.renderer === "canvas") return true;
    if (this.renderer === "svg") return false;
    return this.#units.length > CANVAS_ABOVE;
  }

  /** Fill colour of a unit, or `null` for no data (hatched). */
  #colorOf(index: number): string | null {
    const bin = this.#classes?.bins[index];
    return bin == null ? null : (this.#classes?.classes[bin]?.color ?? null);
  }

  #nameOf(index: number): string {
    const unit = this.#units[index];
    if (!unit) return "";
    const registered = this.#names.get(unit.code);
    return registered ? localize(registered, this.locale) : unit.name;
  }

  #figureOf(index: number): UnitFigure | null {
    return this.#joined?.figures[index] ?? null;
  }

  #reportUnmatched(): void {
    const joined = this.#joined;
    if (!joined || joined === this.#reported) return;
    this.#reported = joined;
    if (!joined.unmatched.length) return;
    const codes = [...joined.unmatched];
    const key = `${this.#joinedFeed?.id}|${joined.indicator?.id}|${codes.join(",")}`;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(
        `[chiso] <chiso-choropleth>: ${codes.length} figure(s) of "${joined.indicator?.id}" match no unit of the map: ${codes.join(", ")}. Check code-property, object and the unit vintage, or use join="name".`,
      );
    }
    this.dispatchEvent(
      new CustomEvent<ChisoUnmatchedDetail>("chiso-unmatched", {
        detail: { codes },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // ----- formatting -------------------------------------------------------------------------

  #classLabel(bin: number): string {
    const m = this.#m;
    const cls = this.#classes;
    const entry = cls?.classes[bin];
    if (!cls || !entry) return this.messages.noRate["no-data"];
    const f = (value: number) => formatPercent(value, this.locale, cls.decimals);
    if (entry.side === "below") return m.below(f(entry.to ?? 0));
    if (entry.side === "at") return m.at(f(entry.from ?? 0), f(entry.to ?? 0));
    if (entry.side === "above") return m.above(f(entry.from ?? 0));
    if (entry.from == null) return m.lessThan(f(entry.to ?? 0));
    if (entry.to == null) return m.atLeast(f(entry.from));
    return `${f(entry.from)} – ${f(entry.to)}`;
  }

  /** The rate, or why there is none. */
  #valueText(figure: UnitFigure | null): string {
    const m = this.#m;
    if (figure?.rate != null) return formatPercent(figure.rate, this.locale);
    if (figure?.state === "no-dossiers") return m.noDossiers;
    if (figure?.state === "not-applicable") return m.notApplicable;
    return this.messages.noRate["no-data"];
  }

  /** Numerator and denominator, or "" unless both are known. */
  #countsText(figure: UnitFigure | null): string {
    return figure?.numerator != null && figure.denominator != null
      ? this.#m.counts(
          formatCount(figure.numerator, this.locale),
          formatCount(figure.denominator, this.locale),
        )
      : "";
  }

  /** One line per unit for the tooltip, the live region and the table. */
  #describe(index: number): { name: string; value: string; counts: string; rank: string } {
    const figure = this.#figureOf(index);
    return {
      name: this.#nameOf(index),
      value: this.#valueText(figure),
      counts: this.#countsText(figure),
      rank: figure?.rank != null ? this.#m.rank(figure.rank, this.#joined?.ranked ?? 0) : "",
    };
  }

  // ----- interaction ------------------------------------------------------------------------

  /**
   * The map area (not the host: header, notes, legend and table sit outside it) comes and goes
   * with the loading and error states; after each render, observe the one that is there.
   */
  #observeMapBox(): void {
    const box = this.renderRoot.querySelector(".map");
    if (box === this.#mapBox) return;
    if (this.#mapBox) this.#resizeObserver?.unobserve(this.#mapBox);
    this.#mapBox = box;
    if (box) this.#resizeObserver?.observe(box);
  }

  #indexOfCode(code: string | null): number {
    if (!code) return -1;
    return this.#units.findIndex((unit) => unit.code === code);
  }

  /** The first unit in reading order (top-most, then left-most). */
  #firstIndex(): number {
    const units = this.layout?.units ?? [];
    let best = -1;
    units.forEach((unit, index) => {
      const top = units[best];
      if (Number.isFinite(unit.cy) && (!top || unit.cy + unit.cx * 0.2 < top.cy + top.cx * 0.2))
        best = index;
    });
    return best;
  }

  #onFocus(): void {
    this.focused = true;
    if (this.active < 0) {
      const selected = this.#indexOfCode(this.selected);
      this.active = selected >= 0 ? selected : this.#firstIndex();
    }
  }

  #onBlur(): void {
    this.focused = false;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const direction = ARROWS[event.key];
    const units = this.layout?.units;
    if (!units) return;
    if (direction) {
      event.preventDefault();
      this.hover = -1;
      this.active = this.active < 0 ? this.#firstIndex() : neighbour(units, this.active, direction);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      if (this.active >= 0) this.#select(this.active);
    } else if (event.key === "Escape" && this.selected) {
      event.preventDefault();
      this.selected = null;
    }
  }

  #hitTest(event: PointerEvent | MouseEvent): { index: number; x: number; y: number } {
    const rect = this.#mapBox?.getBoundingClientRect();
    const x = event.clientX - (rect?.left ?? 0);
    const y = event.clientY - (rect?.top ?? 0);
    if (!this.#useCanvas) {
      // The listener sits inside the shadow root: the target is the path itself, not retargeted.
      const index = Number((event.target as Element).getAttribute("data-index") ?? -1);
      return { index, x, y };
    }
    const units = this.layout?.units ?? [];
    const paths = this.#pathsFor();
    hitContext ??= document.createElement("canvas").getContext("2d");
    for (let index = units.length - 1; index >= 0; index--) {
      const unit = units[index]!;
      if (x < unit.x0 || x > unit.x1 || y < unit.y0 || y > unit.y1) continue;
      if (hitContext?.isPointInPath(paths[index]!, x, y)) return { index, x, y };
    }
    return { index: -1, x, y };
  }

  #onPointerMove(event: PointerEvent): void {
    const { index, x, y } = this.#hitTest(event);
    this.hover = index;
    if (index >= 0) this.pointer = { x, y };
  }

  #onPointerLeave(): void {
    this.hover = -1;
    this.pointer = null;
  }

  #onClick(event: MouseEvent): void {
    const { index } = this.#hitTest(event);
    if (index >= 0) {
      this.active = index;
      this.#select(index);
    }
  }

  #select(index: number): void {
    const unit = this.#units[index];
    if (!unit) return;
    this.selected = unit.code;
    this.dispatchEvent(
      new CustomEvent<ChisoMapSelectDetail>("chiso-select", {
        detail: {
          code: unit.code,
          name: this.#nameOf(index),
          value: this.#figureOf(index)?.rate ?? null,
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  // ----- canvas -----------------------------------------------------------------------------

  /** Path2D per unit, built once per layout: a recolour or a hover only refills them. */
  #pathsFor(): Path2D[] {
    this.#paths ??= (this.layout?.units ?? []).map((unit) => new Path2D(unit.d));
    return this.#paths;
  }

  /** Every border in one path, so a redraw strokes once rather than once per commune. */
  #outlinesFor(): Path2D {
    if (!this.#outlines) {
      this.#outlines = new Path2D();
      for (const path of this.#pathsFor()) this.#outlines.addPath(path);
    }
    return this.#outlines;
  }

  #drawCanvas(): void {
    const layout = this.layout;
    const [base, overlay] = [...this.renderRoot.querySelectorAll("canvas")];
    if (!layout || !base || !overlay) return;
    const ratio = window.devicePixelRatio || 1;
    const style = getComputedStyle(this);
    // The theme and the element's styles set every --_ variable on :host, each with its own
    // fallback there (the SVG map's CSS reads the same ones), so a value is always there.
    const color = (name: string) => style.getPropertyValue(name).trim();
    const key = [layout, this.#classes, this.#labels, this.theme, ratio, this.locale];
    if (key.some((value, i) => value !== this.#drawnKey[i])) {
      this.#drawnKey = key;
      this.#drawBase(base, layout, ratio, color);
    }
    const context = this.#prepare(overlay, layout, ratio);
    if (!context) return;
    const paths = this.#pathsFor();
    // paths[-1] is undefined: "nothing selected / hovered / active" strokes nothing.
    const outline = (index: number, stroke: string, width: number) => {
      const path = paths[index];
      if (!path) return;
      context.lineJoin = "round";
      context.strokeStyle = stroke;
      context.lineWidth = width;
      context.stroke(path);
    };
    const highlight = color("--_highlight");
    outline(this.#indexOfCode(this.selected), highlight, 3);
    outline(this.hover, highlight, 2);
    if (this.focused) {
      // A surface-coloured halo under the focus ring keeps it visible on every fill colour.
      outline(this.active, color("--_surface"), 6);
      outline(this.active, color("--_focus"), 3);
    }
  }

  #prepare(canvas: HTMLCanvasElement, layout: MapLayout, ratio: number) {
    const width = Math.round(layout.width * ratio);
    const height = Math.round(layout.height * ratio);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const context = canvas.getContext("2d");
    context?.setTransform(ratio, 0, 0, ratio, 0, 0);
    context?.clearRect(0, 0, layout.width, layout.height);
    return context;
  }

  #drawBase(
    canvas: HTMLCanvasElement,
    layout: MapLayout,
    ratio: number,
    color: (name: string) => string,
  ): void {
    const context = this.#prepare(canvas, layout, ratio);
    if (!context) return;
    const paths = this.#pathsFor();
    const hatch = this.#hatchPattern(context, color("--_surface"), color("--_hatch"));
    // Fill by colour class: a few fillStyle changes instead of one per commune.
    const groups = new Map<string | null, Path2D[]>();
    paths.forEach((path, index) => {
      const fill = this.#colorOf(index);
      const group = groups.get(fill);
      if (group) group.push(path);
      else groups.set(fill, [path]);
    });
    for (const [fill, group] of groups) {
      context.fillStyle = fill ?? hatch ?? "#ccc";
      for (const path of group) context.fill(path);
    }
    context.strokeStyle = color("--_stroke");
    context.lineWidth = paths.length > CANVAS_ABOVE ? 0.35 : 0.75;
    context.stroke(this.#outlinesFor());
    if (layout.inset) {
      const { x, y, width, height } = layout.inset;
      context.strokeStyle = color("--_border");
      context.lineWidth = 1;
      context.strokeRect(x, y, width, height);
      context.fillStyle = color("--_muted");
      context.font = `${10 * (parseFloat(color("--_scale")) || 1)}px ${color("--_font")}`;
      context.textAlign = "center";
      for (const label of layout.insetLabels)
        context.fillText(this.#m.islands[label.key], label.x, label.y);
    }
    const scale = parseFloat(color("--_scale")) || 1;
    context.font = `600 ${11 * scale}px ${color("--_font")}`;
    context.textAlign = "center";
    context.textBaseline = "middle";
    context.lineJoin = "round";
    context.lineWidth = 3;
    for (const label of this.#labels) {
      const [fill, halo] =
        label.tone === "dark"
          ? ["#1f2328", "rgba(255,255,255,0.75)"]
          : label.tone === "light"
            ? ["#ffffff", "rgba(0,0,0,0.6)"]
            : [color("--_text"), color("--_surface")];
      context.strokeStyle = halo;
      context.strokeText(label.text, label.x, label.y);
      context.fillStyle = fill;
      context.fillText(label.text, label.x, label.y);
    }
  }

  #hatchPattern(
    context: CanvasRenderingContext2D,
    background: string,
    line: string,
  ): CanvasPattern | null {
    const tile = document.createElement("canvas");
    tile.width = tile.height = 6;
    const tileContext = tile.getContext("2d");
    if (!tileContext) return null;
    tileContext.fillStyle = background;
    tileContext.fillRect(0, 0, 6, 6);
    tileContext.strokeStyle = line;
    tileContext.lineWidth = 1.25;
    tileContext.beginPath();
    tileContext.moveTo(-1, 7);
    tileContext.lineTo(7, -1);
    tileContext.stroke();
    return context.createPattern(tile, "repeat");
  }

  // ----- rendering --------------------------------------------------------------------------

  protected override renderFeed(feed: IndicatorFeed, _snapshot: FeedSnapshot): TemplateResult {
    const m = this.#m;
    if (this.boundaryData == null && !this.boundaries) return this.renderMessage(m.noBoundaries);
    if (!this.geo.boundaries) {
      if (this.geo.error !== null) return this.renderMessage(m.mapFailed(this.geo.error), "error");
      return html`<p class="message loading" part="status" role="status" aria-busy="true">
        ${m.loadingMap}
      </p>`;
    }
    const indicator = this.#joined?.indicator;
    if (!indicator) return this.renderMessage(m.noIndicator(this.indicator ?? ""), "error");
    const title = localize(indicator.label, this.locale);
    return html`${this.#renderHeader(feed, title)} ${this.#renderNotes(feed)}
    ${this.#renderMap(title)} ${this.#renderLegend()} ${this.#renderTable(title)}`;
  }

  #renderHeader(feed: IndicatorFeed, title: string): TemplateResult {
    return html`<header>
      <h2>${title}</h2>
      <p>${localize(feed.period.label, this.locale)}</p>
    </header>`;
  }

  #renderNotes(feed: IndicatorFeed): TemplateResult {
    const m = this.#m;
    const joined = this.#joined;
    const mapVintage = this.vintage || this.geo.boundaries?.vintage || "";
    const total = joined?.total;
    const totalCounts = total ? this.#countsText(total) : "";
    return html`${
      this.geo.error !== null
        ? html`<p class="note warning" part="status" role="status">
            ${m.mapFailed(this.geo.error)}
          </p>`
        : nothing
    }
    ${
      mapVintage && !sameVintage(feed.unitVintage, mapVintage)
        ? html`<p class="note warning vintage" part="status" role="status">
            <span aria-hidden="true">⚠</span> ${m.vintageMismatch(feed.unitVintage, mapVintage)}
          </p>`
        : nothing
    }
    ${
      joined?.unmatched.length
        ? html`<p class="note warning unmatched" part="status" role="status">
            <span aria-hidden="true">⚠</span>
            ${m.unmatched(joined.unmatched.length, joined.unmatched.slice(0, 20).join(", "))}${joined.unmatched.length > 20 ? "…" : ""}
          </p>`
        : nothing
    }
    ${
      this.scale === "target" && this.#classes?.kind !== "target"
        ? html`<p class="note warning" part="status">${m.noTarget}</p>`
        : nothing
    }
    ${
      total
        ? html`<p class="note total">
            ${m.total(localize(this.#names.get(total.code) ?? total.code, this.locale))}:
            <strong>${this.#valueText(total)}</strong>
            ${totalCounts ? `(${totalCounts})` : ""}
          </p>`
        : nothing
    }`;
  }

  #renderMap(title: string): TemplateResult {
    const m = this.#m;
    const active = this.focused && this.active >= 0 ? this.#describe(this.active) : null;
    const live = active
      ? [active.name, active.value, active.rank, active.counts].filter(Boolean).join(", ") +
        (this.#units[this.active]?.code === this.selected ? ` (${m.selected})` : "")
      : "";
    return html`<div
        class="map"
        part="map"
        style=${styleProps({ "--_aspect": this.geo.aspect.toFixed(3) })}
        tabindex="0"
        role="application"
        aria-label=${m.mapLabel(title)}
        aria-describedby="hint"
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
        @keydown=${this.#onKeyDown}
        @pointermove=${this.#onPointerMove}
        @pointerleave=${this.#onPointerLeave}
        @click=${this.#onClick}
      >
        ${
          this.#useCanvas
            ? html`<canvas class="layer-base"></canvas><canvas class="layer-overlay"></canvas>`
            : this.#renderSvg()
        }
        ${this.#renderTooltip()}
      </div>
      <p id="hint" class="visually-hidden">${m.keyboardHint}</p>
      <p class="visually-hidden live" aria-live="polite">${live}</p>`;
  }

  #renderSvg(): TemplateResult | typeof nothing {
    const layout = this.layout;
    const units = this.#units;
    if (!layout) return nothing;
    const selected = this.#indexOfCode(this.selected);
    // units[-1] is undefined: "nothing selected / hovered / active" draws no outline.
    const outline = (index: number, kind: string): SVGTemplateResult | typeof nothing => {
      const unit = layout.units[index];
      return unit
        ? svg`${kind === "active" ? svg`<path class="outline halo" d=${unit.d}></path>` : nothing}<path class="outline ${kind}" d=${unit.d}></path>`
        : nothing;
    };
    return html`<svg
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern
          id="no-data"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect class="hatch-bg" width="6" height="6"></rect>
          <line class="hatch-line" x1="1" y1="0" x2="1" y2="6"></line>
        </pattern>
      </defs>
      <g class="units">
        ${layout.units.map((projected, index) => {
          const color = this.#colorOf(index);
          return svg`<path
            class="unit ${color ? `bin-${this.#classes?.bins[index]}` : "no-data"}"
            d=${projected.d}
            fill=${color ?? NO_DATA_FILL}
            data-index=${index}
            data-code=${units[index]?.code ?? ""}
            data-bin=${this.#classes?.bins[index] ?? "none"}
          ></path>`;
        })}
      </g>
      ${
        layout.inset
          ? svg`<rect class="inset-frame" x=${layout.inset.x} y=${layout.inset.y} width=${layout.inset.width} height=${layout.inset.height}></rect>
            ${layout.insetLabels.map(
              (label) =>
                svg`<text class="inset-caption" x=${label.x} y=${label.y}>${this.#m.islands[label.key]}</text>`,
            )}`
          : nothing
      }
      ${outline(selected, "selected")} ${outline(this.hover, "hover")}
      ${this.focused ? outline(this.active, "active") : nothing}
      <g class="labels">
        ${this.#labels.map(
          (label) =>
            svg`<text class="label ${label.tone}" x=${label.x} y=${label.y}>${label.text}</text>`,
        )}
      </g>
    </svg>`;
  }

  #renderTooltip(): TemplateResult | typeof nothing {
    const layout = this.layout;
    const index = this.hover >= 0 ? this.hover : this.focused ? this.active : -1;
    const unit = layout?.units[index];
    if (!layout || !unit) return nothing;
    const at = this.hover >= 0 && this.pointer ? this.pointer : { x: unit.cx, y: unit.cy };
    const info = this.#describe(index);
    const flipX = at.x > layout.width * 0.6;
    const flipY = at.y > layout.height * 0.7;
    const style = {
      left: `${Math.round(at.x + (flipX ? -12 : 12))}px`,
      top: `${Math.round(at.y + (flipY ? -12 : 12))}px`,
      transform: `translate(${flipX ? "-100%" : "0"},${flipY ? "-100%" : "0"})`,
    };
    const bin = this.#classes?.bins[index];
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${styleProps(style)}>
      <strong>${info.name}</strong>
      <span class="value">${info.value}</span>
      ${info.rank ? html`<span class="muted">· ${info.rank}</span>` : nothing}
      ${info.counts ? html`<div class="muted">${info.counts}</div>` : nothing}
      ${bin != null && this.#classes?.kind === "target" ? html`<div>${this.#classLabel(bin)}</div>` : nothing}
    </div>`;
  }

  #renderLegend(): TemplateResult {
    const m = this.#m;
    const cls = this.#classes;
    const counts = new Map<number | null, number>();
    for (const bin of cls?.bins ?? []) counts.set(bin, (counts.get(bin) ?? 0) + 1);
    const noData = counts.get(null) ?? 0;
    return html`<ul class="legend" part="legend" aria-label=${m.legend}>
      ${(cls?.classes ?? []).map(
        (entry, bin) =>
          html`<li data-bin=${bin}>
            <span
              class="swatch"
              style=${styleProps({ background: entry.color })}
              aria-hidden="true"
            ></span>
            <span>${this.#classLabel(bin)}</span>
            <span class="count">(${formatCount(counts.get(bin) ?? 0, this.locale)})</span>
          </li>`,
      )}
      ${
        noData
          ? html`<li data-bin="none">
              <span class="swatch no-data" aria-hidden="true"></span>
              <span>${this.messages.noRate["no-data"]}</span>
              <span class="count">(${formatCount(noData, this.locale)})</span>
            </li>`
          : nothing
      }
    </ul>`;
  }

  #renderTable(title: string): TemplateResult {
    const m = this.#m;
    const units = this.#units;
    const rows = units
      .map((_, index) => index)
      .sort((a, b) => {
        const ra = this.#figureOf(a)?.rank ?? Infinity;
        const rb = this.#figureOf(b)?.rank ?? Infinity;
        return ra - rb || this.#nameOf(a).localeCompare(this.#nameOf(b), "vi");
      });
    const selected = this.#indexOfCode(this.selected);
    return html`<button
        type="button"
        class="table-toggle"
        aria-expanded=${this.tableOpen ? "true" : "false"}
        @click=${this.#toggleTable}
      >
        ${this.tableOpen ? m.hideTable : m.showTable}
      </button>
      <div
        class=${this.tableOpen ? "table-wrap open" : "table-wrap visually-hidden"}
        tabindex=${this.tableOpen ? "0" : "-1"}
        role="region"
        aria-label=${m.tableCaption(title)}
      >
        <table part="table">
          <caption>
            ${m.tableCaption(title)}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num">${m.columns.rank}</th>
              <th scope="col">${m.columns.unit}</th>
              <th scope="col" class="num">${m.columns.rate}</th>
              <th scope="col" class="num">${m.columns.counts}</th>
              <th scope="col">${m.columns.class}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((index) => {
              const info = this.#describe(index);
              const figure = this.#figureOf(index);
              const bin = this.#classes?.bins[index];
              return html`<tr
                data-code=${units[index]?.code ?? ""}
                class=${index === selected ? "selected" : ""}
              >
                <td class="num">${figure?.rank ?? "–"}</td>
                <th scope="row">${info.name}</th>
                <td class="num">${info.value}</td>
                <td class="num">${info.counts}</td>
                <td>${bin == null ? this.messages.noRate["no-data"] : this.#classLabel(bin)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }
}
