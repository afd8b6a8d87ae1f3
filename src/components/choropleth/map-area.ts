/**
 * The map area: the focusable region (one tab stop, `role="application"`), the SVG or the two
 * canvases, the tooltip of the hovered or focused unit, the keyboard hint and the live region.
 * The element keeps the state and the handlers; this draws them.
 */
import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { CanvasRenderer, MapScene } from "./canvas-renderer.js";
import { announcement, unitLine } from "./map-text.js";
import type { MapWords } from "./map-text.js";
import type { MapModel } from "./map-model.js";
import { svgHitTest, svgMap } from "./svg-renderer.js";
import { mapTooltip } from "./tooltip.js";
import { styleProps } from "../shared/style-props.js";

export interface MapAreaView {
  model: MapModel;
  scene: MapScene | null;
  /** Its accessible name ("Bản đồ: …"), the drilled unit's name included. */
  label: string;
  aspect: number;
  canvas: boolean;
  /** The unit the keyboard is on (`-1`: none), hovered, selected. */
  active: number;
  hover: number;
  selected: string | null;
  focused: boolean;
  pointer: { x: number; y: number } | null;
  /** The drill-down's key hint is added when the map drills. */
  drills: boolean;
  words: MapWords;
  on: {
    focus: () => void;
    blur: () => void;
    keydown: (event: KeyboardEvent) => void;
    pointermove: (event: PointerEvent) => void;
    pointerleave: () => void;
    click: (event: MouseEvent) => void;
  };
}

export function mapArea(view: MapAreaView): TemplateResult {
  const { model, scene, words } = view;
  const m = words.m;
  const active = view.focused ? view.active : -1;
  return html`<div
      class="map"
      part="map"
      style=${styleProps({ "--_aspect": view.aspect.toFixed(3) })}
      tabindex="0"
      role="application"
      aria-label=${m.mapLabel(view.label)}
      aria-describedby="hint"
      @focus=${view.on.focus}
      @blur=${view.on.blur}
      @keydown=${view.on.keydown}
      @pointermove=${view.on.pointermove}
      @pointerleave=${view.on.pointerleave}
      @click=${view.on.click}
    >
      ${
        view.canvas
          ? html`<canvas class="layer-base"></canvas><canvas class="layer-overlay"></canvas>`
          : scene
            ? svgMap(
                scene,
                model.units.map((unit) => unit.code),
                model.classes?.bins ?? [],
              )
            : nothing
      }
      ${tooltip(view)}
    </div>
    <p id="hint" class="visually-hidden">
      ${m.keyboardHint} ${view.drills ? m.drillHint : nothing}
    </p>
    <p class="visually-hidden live" aria-live="polite">
      ${announcement(model, active, view.selected, words)}
    </p>`;
}

function tooltip(view: MapAreaView): TemplateResult | typeof nothing {
  const index = view.hover >= 0 ? view.hover : view.focused ? view.active : -1;
  const layout = view.model.layout;
  if (!layout || index < 0) return nothing;
  const pointer = view.hover >= 0 ? view.pointer : null;
  const line = unitLine(view.model, index, view.words);
  return mapTooltip(layout, index, pointer, line, view.model.classes, view.words);
}

/** The unit under the pointer (`-1`: none) and the pointer in map pixels; `canvas` when drawn on one. */
export function unitAt(
  event: PointerEvent | MouseEvent,
  area: HTMLElement | null,
  canvas: CanvasRenderer | null,
): { index: number; x: number; y: number } {
  const rect = area?.getBoundingClientRect();
  const x = event.clientX - (rect?.left ?? 0);
  const y = event.clientY - (rect?.top ?? 0);
  return { index: canvas ? canvas.hitTest(x, y) : svgHitTest(event.target), x, y };
}
