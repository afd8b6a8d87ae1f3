/**
 * The map's colours come from its tokens, not from code: each colour class names a palette step
 * (see classify.ts), the element's styles resolve it — a page's `--chiso-choropleth-class-*` or
 * the default ramp — and this reads the resolved colours once per classification, for the SVG
 * fills, the canvas, the legend and the label tones alike.
 */
import type { ColorClass } from "../../data/figures/classify.js";

/** The internal custom property that holds a class's colour (set in choropleth.styles.ts). */
export function classColorProperty(entry: ColorClass): string {
  if (entry.side) return `--_${entry.side}`;
  const { of, step } = entry.ramp ?? { of: 1, step: 0 };
  return `--_ramp-${of}-${step + 1}`;
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour as `#rrggbb` (or `rgba(…)` when translucent), the way a canvas reports its
 * fill: a page may set a token to `rebeccapurple` or `rgb(…)`, label tones need the channels.
 */
function normalizeColor(value: string): string {
  probe ??= document.createElement("canvas").getContext("2d");
  if (!probe) return value;
  probe.fillStyle = "#000000";
  probe.fillStyle = value;
  return String(probe.fillStyle);
}

/** The resolved colour of every class, in class order. */
export function classColors(style: CSSStyleDeclaration, classes: readonly ColorClass[]): string[] {
  return classes.map((entry) =>
    normalizeColor(style.getPropertyValue(classColorProperty(entry)).trim()),
  );
}
