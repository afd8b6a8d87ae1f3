import { expect, fixture, html } from "@open-wc/testing";
import "./support/guard.js";
import "../src/components/gauge/define.js";
import "../src/components/choropleth/define.js";
import "../src/components/funnel/define.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";

/**
 * Contrast computed from what the themes resolve to, in the real browser: the tokens each
 * element reads (`--_text`, `--_good`, `--_ramp-5-1` …) and the colours its marks are painted in
 * (the computed `fill`/`stroke`/`background` of the gauge's track, value and target). WCAG 2.2:
 * text against its surface 4,5:1 (1.4.3); a mark that carries meaning 3:1 against what it is
 * read against (1.4.11) — the focus ring, the gauge's value against its track, its target
 * against the value, its track against the surface, its two target zones against each other,
 * the funnel's target marker against its bars, a map class against the surface.
 */
const THEMES = ["light", "dark", "ioc"] as const;
type Theme = (typeof THEMES)[number];

let probe: CanvasRenderingContext2D | null = null;

/** Any CSS colour as [r, g, b, a] (0–255, a 0–1), the way the canvas reads it. */
function rgba(color: string): [number, number, number, number] {
  probe ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = color.trim();
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** WCAG relative luminance of an opaque colour. */
function luminance(color: string): number {
  const [r, g, b, a] = rgba(color);
  expect(a, `${color} is opaque`).to.equal(1);
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1–21. */
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

interface Pair {
  name: string;
  fg: string;
  bg: string;
  min: number;
}

/** The pairs under their minimum, as "name 2,41:1 < 3" lines (empty when all pass). */
function failures(pairs: Pair[]): string[] {
  return pairs
    .map((p) => ({ ...p, ratio: contrast(p.fg, p.bg) }))
    .filter((p) => p.ratio < p.min)
    .map((p) => `${p.name} ${p.fg} on ${p.bg}: ${p.ratio.toFixed(2)}:1 < ${p.min}`);
}

const token = (element: Element, name: string) =>
  getComputedStyle(element).getPropertyValue(name).trim();

/** `color` at `alpha` over the opaque `below`, as the screen shows it (sRGB blending). */
function over(color: string, alpha: number, below: string): string {
  const [r, g, b, a] = rgba(color);
  const [R, G, B] = rgba(below);
  const mix = (top: number, under: number) => Math.round(top * a * alpha + under * (1 - a * alpha));
  return `rgb(${mix(r, R)}, ${mix(g, G)}, ${mix(b, B)})`;
}

/** A painted property of the first element matching `selector` in the shadow root. */
function painted(
  host: Element,
  selector: string,
  property: "fill" | "stroke" | "background-color",
) {
  const node = host.shadowRoot!.querySelector(selector);
  expect(node, `${host.tagName} ${selector}`).to.exist;
  return getComputedStyle(node!).getPropertyValue(property);
}

/**
 * Pairs a later part of issue 19 fixes, with what they measure now: the map's default palette
 * is ColorBrewer's Blues and PuOr in every theme. On white its light classes look empty (1,04–
 * 2,43:1) and "at target" is 1,27:1; on the dark surfaces its darkest classes (the highest
 * rates) sink into the background (2,06–2,67:1), so the lowest rate glows brightest. The fix
 * needs a palette per theme (new tokens: bytes the single-file bundle does not have today).
 * Listed so the test still fails on any new failure and on a fixed one (the entry goes with
 * the fix).
 */
const KNOWN: Record<Theme, string[]> = {
  light: [
    "map class 1/1 vs surface #6baed6 on #ffffff: 2.43:1 < 3",
    "map class 1/2 vs surface #bdd7e7 on #ffffff: 1.50:1 < 3",
    "map class 1/3 vs surface #deebf7 on #ffffff: 1.21:1 < 3",
    "map class 2/3 vs surface #9ecae1 on #ffffff: 1.75:1 < 3",
    "map class 1/4 vs surface #eff3ff on #ffffff: 1.11:1 < 3",
    "map class 2/4 vs surface #bdd7e7 on #ffffff: 1.50:1 < 3",
    "map class 3/4 vs surface #6baed6 on #ffffff: 2.43:1 < 3",
    "map class 1/5 vs surface #eff3ff on #ffffff: 1.11:1 < 3",
    "map class 2/5 vs surface #bdd7e7 on #ffffff: 1.50:1 < 3",
    "map class 3/5 vs surface #6baed6 on #ffffff: 2.43:1 < 3",
    "map class 1/6 vs surface #eff3ff on #ffffff: 1.11:1 < 3",
    "map class 2/6 vs surface #c6dbef on #ffffff: 1.42:1 < 3",
    "map class 3/6 vs surface #9ecae1 on #ffffff: 1.75:1 < 3",
    "map class 4/6 vs surface #6baed6 on #ffffff: 2.43:1 < 3",
    "map class 1/7 vs surface #eff3ff on #ffffff: 1.11:1 < 3",
    "map class 2/7 vs surface #c6dbef on #ffffff: 1.42:1 < 3",
    "map class 3/7 vs surface #9ecae1 on #ffffff: 1.75:1 < 3",
    "map class 4/7 vs surface #6baed6 on #ffffff: 2.43:1 < 3",
    "map class 1/8 vs surface #f7fbff on #ffffff: 1.04:1 < 3",
    "map class 2/8 vs surface #deebf7 on #ffffff: 1.21:1 < 3",
    "map class 3/8 vs surface #c6dbef on #ffffff: 1.42:1 < 3",
    "map class 4/8 vs surface #9ecae1 on #ffffff: 1.75:1 < 3",
    "map class 5/8 vs surface #6baed6 on #ffffff: 2.43:1 < 3",
    "map at vs surface #fee0b6 on #ffffff: 1.27:1 < 3",
  ],
  dark: [
    "map class 5/5 vs surface #08519c on #0d1117: 2.40:1 < 3",
    "map class 6/6 vs surface #08519c on #0d1117: 2.40:1 < 3",
    "map class 7/7 vs surface #084594 on #0d1117: 2.06:1 < 3",
    "map class 8/8 vs surface #084594 on #0d1117: 2.06:1 < 3",
    "map above vs surface #5e3c99 on #0d1117: 2.33:1 < 3",
  ],
  ioc: [
    "map class 5/5 vs surface #08519c on #000000: 2.67:1 < 3",
    "map class 6/6 vs surface #08519c on #000000: 2.67:1 < 3",
    "map class 7/7 vs surface #084594 on #000000: 2.29:1 < 3",
    "map class 8/8 vs surface #084594 on #000000: 2.29:1 < 3",
    "map above vs surface #5e3c99 on #000000: 2.58:1 < 3",
  ],
};

for (const theme of THEMES) {
  describe(`contrast of the ${theme} theme (WCAG 1.4.3, 1.4.11)`, () => {
    it("every text colour is 4,5:1 on the surface and the focus ring 3:1", async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge theme=${theme} .data=${bacGiang}></chiso-gauge>`,
      );
      await element.updateComplete;
      const surface = token(element, "--_surface");
      const pairs: Pair[] = ["--_text", "--_muted", "--_accent", "--_good", "--_bad", "--_warning"]
        .map((name) => ({ name, fg: token(element, name), bg: surface, min: 4.5 }))
        .concat({ name: "--_focus", fg: token(element, "--_focus"), bg: surface, min: 3 });
      // The surface the tokens are read against is the one the element paints.
      expect(rgba(getComputedStyle(element).backgroundColor)).to.deep.equal(rgba(surface));
      expect(failures(pairs)).to.deep.equal(KNOWN[theme].filter((f) => f.startsWith("--_")));
    });

    for (const variant of ["arc", "bar"] as const)
      for (const [verdict, service] of [
        ["above", undefined],
        ["below", "gplx"],
      ] as const)
        it(`the ${variant} gauge ${verdict} target: value vs track, target vs value, track vs surface 3:1`, async () => {
          const element = await fixture<ChisoGauge>(
            html`<chiso-gauge
              theme=${theme}
              variant=${variant}
              service=${service ?? ""}
              .data=${bacGiang}
            ></chiso-gauge>`,
          );
          await element.updateComplete;
          const arc = variant === "arc";
          const surface = getComputedStyle(element).backgroundColor;
          const track = arc
            ? painted(element, ".track", "fill")
            : painted(element, ".meter-bar", "background-color");
          const value = arc
            ? painted(element, ".fill", "fill")
            : painted(element, ".meter-bar .fill", "background-color");
          const target = arc
            ? painted(element, "line.target", "stroke")
            : painted(element, ".meter-bar .target", "background-color");
          const name = `${variant} ${verdict}`;
          expect(
            failures([
              { name: `${name} value vs track`, fg: value, bg: track, min: 3 },
              { name: `${name} target vs value`, fg: target, bg: value, min: 3 },
              { name: `${name} track vs surface`, fg: track, bg: surface, min: 3 },
            ]),
          ).to.deep.equal(KNOWN[theme].filter((f) => f.startsWith(name)));
        });

    it("the arc gauge's two target zones differ in lightness 3:1, not in hue alone", async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge theme=${theme} .data=${bacGiang}></chiso-gauge>`,
      );
      await element.updateComplete;
      const surface = getComputedStyle(element).backgroundColor;
      const zone = (kind: "below" | "above") => {
        const band = element.shadowRoot!.querySelector(`.band.${kind}`)!;
        const style = getComputedStyle(band);
        return over(style.fill, Number(style.opacity), surface);
      };
      expect(
        failures([
          { name: "arc zones below vs above", fg: zone("below"), bg: zone("above"), min: 3 },
        ]),
      ).to.deep.equal([]);
    });

    it("the funnel's target marker meets the bars with a 3:1 edge and shows 3:1 off them", async () => {
      const element = await fixture(
        html`<chiso-funnel
          theme=${theme}
          indicator="eid-campaign"
          .data=${binhLong}
        ></chiso-funnel>`,
      );
      const surface = getComputedStyle(element).backgroundColor;
      const target = painted(element, ".target", "background-color");
      const shadow = getComputedStyle(element.shadowRoot!.querySelector(".target")!).boxShadow;
      // "rgb(255, 255, 255) 0px 0px 0px 2px": the edge's colour and its width.
      const edge = /^rgba?\([^)]*\)/.exec(shadow)![0];
      expect(parseFloat(shadow.split(" ").at(-1)!), "edge width").to.be.at.least(2);
      const bar = painted(element, ".bar", "background-color");
      expect(
        failures([
          { name: "funnel target edge vs bar", fg: edge, bg: bar, min: 3 },
          { name: "funnel target vs its edge", fg: target, bg: edge, min: 3 },
          { name: "funnel target vs surface", fg: target, bg: surface, min: 3 },
        ]),
      ).to.deep.equal([]);
    });

    it("every class of the map's default palette is 3:1 on the surface; two classes 3:1 apart", async () => {
      const element = await fixture(html`<chiso-choropleth theme=${theme}></chiso-choropleth>`);
      const surface = token(element, "--_surface");
      const pairs: Pair[] = [];
      for (let of = 1; of <= 8; of++)
        for (let step = 1; step <= of; step++)
          pairs.push({
            name: `map class ${step}/${of} vs surface`,
            fg: token(element, `--_ramp-${of}-${step}`),
            bg: surface,
            min: 3,
          });
      // With more classes, 3:1 between neighbours and with the surface cannot all hold (three
      // steps of 3:1 need 27:1; black to white is 21:1): two classes is where it can.
      pairs.push({
        name: "map class 1/2 vs 2/2",
        fg: token(element, "--_ramp-2-1"),
        bg: token(element, "--_ramp-2-2"),
        min: 3,
      });
      for (const side of ["below", "at", "above"])
        pairs.push({
          name: `map ${side} vs surface`,
          fg: token(element, `--_${side}`),
          bg: surface,
          min: 3,
        });
      expect(failures(pairs)).to.deep.equal(KNOWN[theme].filter((f) => f.startsWith("map")));
    });
  });
}
