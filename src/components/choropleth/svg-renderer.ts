/**
 * The SVG renderer of maps up to ~1 500 units: every unit a `<path>` (crisp, styleable, cheap to
 * hover at that size), with the same scene as the canvas renderer. Hit-testing is the browser's:
 * each path carries its unit's index.
 */
import { html, nothing, svg } from "lit";
import type { SVGTemplateResult, TemplateResult } from "lit";
import type { MapScene } from "./canvas-renderer.js";
import { bordersPathData, pathData } from "./projection.js";

const NO_DATA_FILL = "url(#no-data)";

/** The unit index an SVG map's event target stands for; `-1` for none. */
export function svgHitTest(target: EventTarget | null): number {
  // The listener sits inside the shadow root: the target is the path itself, not retargeted.
  return Number((target as Element | null)?.getAttribute?.("data-index") ?? -1);
}

/**
 * The map as SVG. `codes` and `bins` are aligned with the layout's units (`bins[i]` = colour
 * class, `null` = no data); they become `data-code` / `data-bin` for styling and tests.
 */
export function svgMap(
  scene: MapScene,
  codes: readonly string[],
  bins: readonly (number | null)[],
): TemplateResult {
  const { layout } = scene;
  const borders = bordersPathData(layout);
  // units[-1] is undefined: "nothing selected / hovered / active" draws no outline. Each outline
  // lies on a surface-coloured halo: the text-coloured line vanishes on the ramp's end nearest
  // the text colour, the halo is 3:1 on every class (every class is 3:1 on the surface).
  const outline = (index: number, kind: string): SVGTemplateResult | typeof nothing => {
    if (!layout.units[index]) return nothing;
    const d = pathData(layout, index);
    return svg`<path class="outline halo" d=${d}></path><path class="outline ${kind}" d=${d}></path>`;
  };
  // The <svg> root in an html`` template (Lit's svg`` is for what goes inside one).
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
      ${layout.units.map((_, index) => {
        const fill = scene.fills[index] ?? null;
        // The class is the same for every unit (data-bin names its colour class, fill paints it):
        // a binding fewer per unit, 700 setAttribute calls fewer on a 700-unit map.
        return svg`<path
          class="unit"
          d=${pathData(layout, index)}
          fill=${fill ?? NO_DATA_FILL}
          data-index=${index}
          data-code=${codes[index] ?? ""}
          data-bin=${bins[index] ?? "none"}
        ></path>`;
      })}
    </g>
    ${borders ? svg`<path class="group-borders" d=${borders}></path>` : nothing}
    ${
      layout.inset
        ? svg`<rect class="inset-frame" x=${layout.inset.x} y=${layout.inset.y} width=${layout.inset.width} height=${layout.inset.height}></rect>
          ${layout.insetLabels.map(
            (label) =>
              svg`<text class="inset-caption" x=${label.x} y=${label.y}>${scene.islands[label.key]}</text>`,
          )}`
        : nothing
    }
    ${outline(scene.selected, "selected")} ${outline(scene.hover, "hover")}
    ${scene.focused ? outline(scene.active, "active") : nothing}
    <g class="labels">
      ${scene.labels.map(
        (label) =>
          svg`<text class="label ${label.tone}" x=${label.x} y=${label.y}>${label.text}</text>`,
      )}
    </g>
  </svg>`;
}
