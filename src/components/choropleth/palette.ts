/**
 * The map's colours come from its tokens, not from code: each colour class names a palette step
 * (see classify.ts), the element's styles give the ramp's two ends per theme (`--_lo`, `--_hi`)
 * and the target's sides, and this resolves them once per classification — for the SVG fills,
 * the canvas, the legend and the label tones alike. Class i of N is mixed i/(N−1) of the way
 * from `--_lo` to `--_hi` in OKLab (even lightness steps for any N, not 36 hand-picked tokens);
 * a page's `--chiso-choropleth-class-i` (inherited, read here) wins whatever N.
 */
import type { ColorClass } from "../../data/figures/classify.js";

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour as `#rrggbb` (or `rgba(…)` when translucent), the way label tones need it: a
 * page may set a token to `rebeccapurple` or `rgb(…)`, and a mix reads back as `oklab(…)`, so
 * anything else is painted and its pixel read.
 */
function normalizeColor(value: string): string {
  probe ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!probe) return value;
  probe.fillStyle = "#000000";
  probe.fillStyle = value;
  const color = String(probe.fillStyle);
  if (color[0] == "#" || color[0] == "r") return color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return `#${((1 << 24) | (r! << 16) | (g! << 8) | b!).toString(16).slice(1)}`;
}

/** The resolved colour of every class, in class order. */
export function classColors(style: CSSStyleDeclaration, classes: readonly ColorClass[]): string[] {
  const token = (name: string) => style.getPropertyValue(name).trim();
  return classes.map(({ side, ramp }) => {
    const { of, step } = ramp ?? { of: 1, step: 0 };
    return normalizeColor(
      side
        ? token(`--_${side}`)
        : token(`--chiso-choropleth-class-${step + 1}`) ||
            `color-mix(in oklab,${token("--_hi")} ${(100 * step) / (of - 1 || 1)}%,${token("--_lo")})`,
    );
  });
}
