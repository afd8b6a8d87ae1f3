/**
 * The canvas renderer of maps too large for SVG (10 600 communes as SVG paths take seconds to lay
 * out and hover): `draw()` paints a scene on three canvases — the fills, repainted when the
 * colours change; the lines above them (borders, province outlines, inset, labels), repainted
 * only when those change; and an overlay (selection, hover, focus) repainted on every
 * interaction — and `hitTest()` finds the unit under a point.
 */
import type { Label } from "./labels.js";
import { traceBorders, tracePath } from "./projection.js";
import type { MapLayout } from "./projection.js";

/** What a map shows, for either renderer. */
export interface MapScene {
  layout: MapLayout;
  /** Fill of each unit as a CSS colour; `null` = no data (hatched). Same array while unchanged. */
  fills: readonly (string | null)[];
  labels: readonly Label[];
  /** The archipelago captions, in the page's language. */
  islands: { hoangSa: string; truongSa: string };
  /** Unit indexes outlined; `-1` = none. */
  selected: number;
  hover: number;
  /** The keyboard's unit, outlined with the focus ring while `focused`. */
  active: number;
  focused: boolean;
}

/** Reads one of the element's resolved custom properties (`--_stroke`, `--_font`…). */
export type TokenReader = (name: string) => string;

/** The tokens each layer paints with; a change of any repaints that layer. */
const FILL_TOKENS = ["--_surface", "--_hatch"];
const LINE_TOKENS = [
  "--_surface",
  "--_stroke",
  "--_group-border",
  "--_border",
  "--_muted",
  "--_text",
  "--_scale",
  "--_font",
];

/** Above this many units the borders are drawn thinner, so communes do not merge into grey. */
const THIN_BORDERS_ABOVE = 1500;

/** Any 2D context tests a point against a Path2D, whatever its size: one per page. */
let hitContext: CanvasRenderingContext2D | null = null;

export class CanvasRenderer {
  #layout: MapLayout | null = null;
  #paths: Path2D[] = [];
  #outlines: Path2D | null = null;
  /** The province outlines (`layout.borders`), traced once per layout as the units are. */
  #borders: Path2D | null = null;
  #fillKey: unknown[] = [];
  #lineKey: unknown[] = [];
  /** The overlay holds outlines that a later frame must clear. */
  #overlayUsed = false;

  /** Paints `scene` on the three canvases at `ratio` device pixels per CSS pixel. */
  draw(
    [base, lines, overlay]: HTMLCanvasElement[],
    scene: MapScene,
    token: TokenReader,
    ratio: number,
  ): void {
    const { layout } = scene;
    const paths = this.#pathsFor(layout);
    // A recolour repaints the fills alone: the software rasteriser then redraws 3 321 communes'
    // fills, not their 133 666 border points and the province outlines on top (most of a
    // recolour's frame, measured; a fresh bitmap costs 8 MB at 1920×1080).
    const changed = (key: unknown[], last: unknown[]) => key.some((value, i) => value !== last[i]);
    const fillKey = [layout, scene.fills, ratio, ...FILL_TOKENS.map(token)];
    if (changed(fillKey, this.#fillKey)) {
      this.#fillKey = fillKey;
      this.#drawFills(base!, scene, token, ratio);
    }
    const lineKey = [layout, scene.labels, scene.islands.hoangSa, ratio, ...LINE_TOKENS.map(token)];
    if (changed(lineKey, this.#lineKey)) {
      this.#lineKey = lineKey;
      this.#drawLines(lines!, scene, token, ratio);
    }
    // Nothing outlined (the usual first paint): no second full-size bitmap to allocate and clear
    // (8 MB at 1920×1080, 33 MB at 3840×2160) until the pointer or the keyboard needs one.
    const outlined = scene.selected >= 0 || scene.hover >= 0 || scene.focused;
    if (!outlined && !this.#overlayUsed) return;
    this.#overlayUsed = outlined;
    const context = prepare(overlay!, layout, ratio);
    if (!context) return;
    // paths[-1] is undefined: "nothing selected / hovered / active" strokes nothing. Each
    // outline lies on a surface-coloured halo, as in the SVG map (svg-renderer.ts says why).
    const outline = (index: number, stroke: string, width: number) => {
      const path = paths[index];
      if (!path) return;
      context.lineJoin = "round";
      for (const [color, size] of [
        [token("--_surface"), 6],
        [stroke, width],
      ] as const) {
        context.strokeStyle = color;
        context.lineWidth = size;
        context.stroke(path);
      }
    };
    const highlight = token("--_highlight");
    outline(scene.selected, highlight, 3);
    outline(scene.hover, highlight, 2);
    if (scene.focused) outline(scene.active, token("--_focus"), 3);
  }

  /** The unit drawn at (x, y) in CSS pixels of the map, topmost first; `-1` for none. */
  hitTest(x: number, y: number): number {
    const units = this.#layout?.units ?? [];
    hitContext ??= document.createElement("canvas").getContext("2d");
    for (let index = units.length - 1; index >= 0; index--) {
      const unit = units[index]!;
      if (x < unit.x0 || x > unit.x1 || y < unit.y0 || y > unit.y1) continue;
      if (hitContext?.isPointInPath(this.#paths[index]!, x, y)) return index;
    }
    return -1;
  }

  /**
   * Path2D per unit, built once per layout straight from the projected points (no path text to
   * write and parse again): a recolour or a hover only refills them. The borders are one path of
   * them all (`addPath`, a copy inside the browser), so a redraw strokes once rather than once
   * per commune — and each point crosses from script to the canvas once, not twice (133 666
   * points at 3 321 communes).
   */
  #pathsFor(layout: MapLayout): Path2D[] {
    if (layout !== this.#layout) {
      this.#layout = layout;
      const outlines = new Path2D();
      this.#outlines = outlines;
      this.#paths = layout.units.map((_, index) => {
        const path = new Path2D();
        tracePath(layout, index, path);
        outlines.addPath(path);
        return path;
      });
      this.#borders = null;
      if (layout.borders.length) traceBorders(layout, (this.#borders = new Path2D()));
    }
    return this.#paths;
  }

  #drawFills(canvas: HTMLCanvasElement, scene: MapScene, token: TokenReader, ratio: number): void {
    const context = prepare(canvas, scene.layout, ratio);
    if (!context) return;
    const hatch = hatchPattern(context, token("--_surface"), token("--_hatch"));
    // Fill by colour class: one path per class, filled once (units do not overlap, so the union
    // fills the same pixels), instead of a fill call per commune.
    const groups = new Map<string | null, Path2D>();
    this.#paths.forEach((path, index) => {
      const fill = scene.fills[index] ?? null;
      let group = groups.get(fill);
      if (!group) groups.set(fill, (group = new Path2D()));
      group.addPath(path);
    });
    for (const [fill, group] of groups) {
      context.fillStyle = fill ?? hatch ?? "#ccc";
      context.fill(group);
    }
  }

  #drawLines(canvas: HTMLCanvasElement, scene: MapScene, token: TokenReader, ratio: number): void {
    const { layout } = scene;
    const context = prepare(canvas, layout, ratio);
    if (!context) return;
    context.strokeStyle = token("--_stroke");
    context.lineWidth = this.#paths.length > THIN_BORDERS_ABOVE ? 0.35 : 0.75;
    if (this.#outlines) context.stroke(this.#outlines);
    if (this.#borders) {
      // Province outlines over the communes, as the SVG map's .group-borders.
      context.strokeStyle = token("--_group-border");
      context.lineWidth = 1.25;
      context.lineJoin = "round";
      context.stroke(this.#borders);
    }
    const scale = parseFloat(token("--_scale")) || 1;
    if (layout.inset) {
      const { x, y, width, height } = layout.inset;
      context.strokeStyle = token("--_border");
      context.lineWidth = 1;
      context.strokeRect(x, y, width, height);
      context.fillStyle = token("--_muted");
      context.font = `${10 * scale}px ${token("--_font")}`;
      context.textAlign = "center";
      for (const label of layout.insetLabels)
        context.fillText(scene.islands[label.key], label.x, label.y);
    }
    context.font = `600 ${11 * scale}px ${token("--_font")}`;
    context.textAlign = "center";
    context.textBaseline = "middle";
    context.lineJoin = "round";
    context.lineWidth = 3;
    for (const label of scene.labels) {
      const [fill, halo] =
        label.tone === "dark"
          ? ["#1f2328", "rgba(255,255,255,0.75)"]
          : label.tone === "light"
            ? ["#ffffff", "rgba(0,0,0,0.6)"]
            : [token("--_text"), token("--_surface")];
      context.strokeStyle = halo;
      context.strokeText(label.text, label.x, label.y);
      context.fillStyle = fill;
      context.fillText(label.text, label.x, label.y);
    }
  }
}

/** Sizes a canvas for the layout at `ratio` and clears it. */
function prepare(
  canvas: HTMLCanvasElement,
  layout: MapLayout,
  ratio: number,
): CanvasRenderingContext2D | null {
  const width = Math.round(layout.width * ratio);
  const height = Math.round(layout.height * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext("2d");
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  context?.clearRect(0, 0, layout.width, layout.height);
  return context;
}

/** The no-data hatch, as the SVG map's pattern: diagonal lines on the surface colour. */
function hatchPattern(
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
