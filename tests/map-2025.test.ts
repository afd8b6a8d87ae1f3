/**
 * The map of today's Vietnam: 2025 communes with province outlines, the name join within one
 * province, drill-down from the 34 provinces into a province's communes (real HTTP: the test
 * server serves fixtures/), and the warning for a district code in a 2025 feed.
 */
import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "./support/guard.js";
import { clone, shadowText, until } from "./support/guard.js";
import "../src/components/choropleth/define.js";
import type { ChisoChoropleth } from "../src/components/choropleth/choropleth.element.js";
import { readBoundaries } from "../src/components/choropleth/boundaries.js";
import type { MapLayout } from "../src/components/choropleth/projection.js";
import { joinFigures } from "../src/data/figures/join.js";
import { checkConsistency } from "../src/data/consistency.js";
import { parseFeed } from "../src/data/parse.js";
import type { IndicatorFeed } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import communesTopo from "../fixtures/boundaries/vn-communes-2025.topo.json";
import communesNgheAn from "../fixtures/boundaries/communes-2025/40.topo.json";
import districtsTopo from "../fixtures/boundaries/vn-districts-2023.topo.json";
import provinces2025 from "../fixtures/boundaries/vn-provinces-2025.topo.json";

const DRILL = "/feeds/maps/communes-2025/{code}.topo.json";
const root = (element: ChisoChoropleth) => element.shadowRoot!;
const mapArea = (element: ChisoChoropleth) =>
  root(element).querySelector<HTMLElement>('[part="map"]')!;
const unitCodes = (element: ChisoChoropleth) =>
  [...root(element).querySelectorAll("path.unit")].map((path) => path.getAttribute("data-code"));
const trailText = (element: ChisoChoropleth) =>
  (root(element).querySelector('[part="trail"]')?.textContent ?? "").replace(/\s+/g, " ").trim();
const liveText = (element: ChisoChoropleth) =>
  (root(element).querySelector(".live")?.textContent ?? "").trim();
const layoutOf = (element: ChisoChoropleth) =>
  (element as unknown as { layout: MapLayout | null }).layout;

interface Unit {
  code: string;
  name: string;
  parent?: string;
  level: "province" | "commune";
}

/** Units of a boundary file, as a feed registers them. */
function unitsOf(topology: unknown, level: Unit["level"]): Unit[] {
  return readBoundaries(topology).units.map((unit) => ({
    code: unit.code,
    name: unit.name,
    level,
    ...(level === "commune" && unit.parent ? { parent: unit.parent } : {}),
  }));
}

/**
 * A 2025 feed (illustrative figures, deterministic) with one rate per unit given, the units
 * registered with their level — a feed for a map that drills from provinces into communes.
 */
function feed2025(units: Unit[], register = true): IndicatorFeed {
  const feed = clone(bacGiang) as unknown as Record<string, unknown>;
  feed["id"] = "demo-2025";
  feed["unitVintage"] = "2025";
  feed["publisher"] = { name: "Tổ công tác Đề án 06 (minh họa)", unitCode: "VN" };
  feed["units"] = register
    ? units.map(({ code, name, parent, level }) => ({
        code,
        name: { vi: name },
        level,
        ...(parent ? { parent } : {}),
      }))
    : [];
  feed["indicators"] = [
    {
      id: "dvc-online",
      kind: "ratio",
      label: { vi: "Tỷ lệ hồ sơ trực tuyến (minh họa)", en: "Online dossiers (illustrative)" },
      target: 60,
      observations: units.map((unit, i) => ({
        unit: unit.code,
        numerator: 400 + ((i * 37) % 600),
        denominator: 1000,
      })),
    },
  ];
  const parsed = parseFeed(feed);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.feed;
}

describe("2025 maps", () => {
  describe("province outlines over communes", () => {
    it("finds the borders between the 34 provinces in the national commune file, none inside one province", () => {
      const national = readBoundaries(communesTopo);
      expect(national.borders.length).to.be.greaterThan(100);
      expect(readBoundaries(communesNgheAn).borders).to.deep.equal([]);
      // The 2025 province file has one parent ("VN") for all: nothing to outline.
      expect(readBoundaries(provinces2025).borders).to.deep.equal([]);
    });

    it("draws the province outlines in the text colour over the national canvas map", async () => {
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          vintage="2025"
          style="width: 700px; --chiso-choropleth-height: 800px; --chiso-choropleth-group-border: rgb(255, 0, 0)"
          .boundaryData=${communesTopo}
          .data=${feed2025(unitsOf(communesTopo, "commune"), false)}
        ></chiso-choropleth>`,
      );
      await until(() => layoutOf(element), "layout", 15_000);
      await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // The outlines are drawn on the lines layer, over the fills (a recolour repaints the fills).
      const canvas = root(element).querySelector<HTMLCanvasElement>("canvas.layer-lines")!;
      const context = canvas.getContext("2d")!;
      const fills = root(element).querySelector<HTMLCanvasElement>("canvas.layer-base")!;
      const layout = layoutOf(element)!;
      const ratio = canvas.width / layout.width;
      const { k, tx, ty } = layout.main;
      // Pixels along the borders are red (the page's token); a commune's centre is not.
      let red = 0;
      let sampled = 0;
      for (const line of layout.borders.filter((_, i) => i % 7 === 0)) {
        const mid = Math.floor(line.length / 4) * 2;
        const x = Math.round((tx + k * line[mid]!) * ratio);
        const y = Math.round((ty + k * line[mid + 1]!) * ratio);
        const [r, g, b] = context.getImageData(x, y, 1, 1).data;
        sampled++;
        if (r! > 150 && g! < 110 && b! < 110) red++;
      }
      expect(sampled).to.be.greaterThan(20);
      expect(red / sampled, "border pixels drawn in the border colour").to.be.greaterThan(0.6);
      const [cx, cy] = [layout.units[0]!.cx, layout.units[0]!.cy];
      const [r, g] = fills
        .getContext("2d")!
        .getImageData(Math.round(cx * ratio), Math.round(cy * ratio), 1, 1).data;
      expect(r! > 150 && g! < 110, "a commune's centre is not a border").to.equal(false);
    });

    it("keeps the province outlines over the national canvas map when a new feed recolours it", async () => {
      const units = unitsOf(communesTopo, "commune");
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          vintage="2025"
          style="width: 700px; --chiso-choropleth-height: 800px; --chiso-choropleth-group-border: rgb(255, 0, 0)"
          .boundaryData=${communesTopo}
          .data=${feed2025(units, false)}
        ></chiso-choropleth>`,
      );
      await until(() => layoutOf(element), "layout", 15_000);
      const fills = root(element).querySelector<HTMLCanvasElement>("canvas.layer-base")!;
      const lines = root(element).querySelector<HTMLCanvasElement>("canvas.layer-lines")!;
      const layout = layoutOf(element)!;
      const ratio = fills.width / layout.width;
      const { k, tx, ty } = layout.main;
      const pixel = (canvas: HTMLCanvasElement, x: number, y: number) =>
        [
          ...canvas
            .getContext("2d")!
            .getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data,
        ].join();
      const redBorders = () =>
        layout.borders
          .filter((_, i) => i % 7 === 0)
          .filter((line) => {
            const mid = Math.floor(line.length / 4) * 2;
            const [r, g] = pixel(lines, tx + k * line[mid]!, ty + k * line[mid + 1]!)
              .split(",")
              .map(Number);
            return r! > 150 && g! < 110;
          }).length;
      const { cx, cy } = layout.units[0]!;
      const before = pixel(fills, cx, cy);
      const bordersBefore = redBorders();
      expect(bordersBefore).to.be.greaterThan(20);
      // Every commune at 100 %: the first one (at 40 %) changes class, hence colour.
      const full = feed2025(units, false);
      const { observations } = full.indicators[0] as unknown as {
        observations: { numerator: number }[];
      };
      for (const observation of observations) observation.numerator = 1000;
      const builds = element.layoutBuilds;
      element.data = full;
      await until(() => pixel(fills, cx, cy) !== before, "the recoloured fill", 15_000);
      expect(element.layoutBuilds, "a recolour projects nothing again").to.equal(builds);
      expect(redBorders(), "the outlines are still drawn over the new fills").to.equal(
        bordersBefore,
      );
    });

    it("outlines 2023 provinces over the 705 districts as one SVG path above the units", async () => {
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          style="width: 600px; --chiso-choropleth-height: 700px"
          renderer="svg"
          .boundaryData=${districtsTopo}
          .data=${bacGiang}
        ></chiso-choropleth>`,
      );
      await until(() => root(element).querySelector("path.group-borders"), "province outlines");
      const borders = root(element).querySelector<SVGPathElement>("path.group-borders")!;
      expect(borders.getAttribute("d")!.length).to.be.greaterThan(1000);
      expect(getComputedStyle(borders).fill).to.equal("none");
      expect(getComputedStyle(borders).pointerEvents).to.equal("none");
      // Drawn after the units (on top), before the selection outlines.
      expect(borders.previousElementSibling?.classList.contains("units")).to.equal(true);
    });
  });

  describe("joins by name within one province", () => {
    it("matches a short name that repeats across provinces only in the province the feed names", () => {
      const units = readBoundaries(communesTopo).units;
      const byShort = new Map<string, typeof units>();
      for (const unit of units) byShort.set(unit.name, [...(byShort.get(unit.name) ?? []), unit]);
      const [name, twins] = [...byShort].find(([, list]) => list.length >= 3)!;
      const wanted = twins[1]!;
      const feed = feed2025([{ code: "99999", name, level: "commune", parent: wanted.parent! }]);
      const joined = joinFigures(feed, units, { join: "name", warnings: [] });
      const index = joined.figures.findIndex((figure) => figure != null);
      expect(units[index]?.code, `${name} in province ${wanted.parent}`).to.equal(wanted.code);
      // Without the province, a repeated name is not guessed: it is listed as not on the map.
      const unplaced = feed2025([{ code: "99999", name, level: "commune" }]);
      const guess = joinFigures(unplaced, units, { join: "name", warnings: [] });
      expect(guess.figures.filter((figure) => figure != null)).to.have.length(0);
      expect(guess.unmatched).to.deep.equal(["99999"]);
    });
  });

  describe("drill-down from the provinces into a province's communes", () => {
    async function drillMap(): Promise<ChisoChoropleth> {
      const feed = feed2025([
        ...unitsOf(provinces2025, "province"),
        ...unitsOf(communesNgheAn, "commune"),
        // Another province's communes: on neither map, and not "not on the map" either.
        ...unitsOf(communesTopo, "commune").filter((unit) => unit.parent === "24"),
      ]);
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          vintage="2025"
          drill=${DRILL}
          style="width: 640px; --chiso-choropleth-height: 640px"
          .boundaryData=${provinces2025}
          .data=${feed}
        ></chiso-choropleth>`,
      );
      await until(() => unitCodes(element).length === 34, "34 provinces");
      return element;
    }

    it("opens Nghệ An's 130 communes on a click, with a breadcrumb, and comes back by keyboard", async () => {
      let unmatched = 0;
      const element = await drillMap();
      element.addEventListener("chiso-unmatched", () => unmatched++);
      expect(trailText(element)).to.equal("Cả nước");
      const ngheAn = root(element).querySelector<SVGPathElement>('path.unit[data-code="40"]')!;
      const drilled = oneEvent(element, "chiso-drill");
      ngheAn.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      expect((await drilled).detail).to.deep.equal({ code: "40", name: "Tỉnh Nghệ An" });
      await until(() => unitCodes(element).length === 130, "Nghệ An's communes", 10_000);
      expect(trailText(element)).to.equal("Cả nước › Tỉnh Nghệ An");
      expect(mapArea(element).getAttribute("aria-label")).to.contain("Tỉnh Nghệ An");
      expect(root(element).activeElement, "focus on the map").to.equal(mapArea(element));
      // The communes carry their figures: the feed held both levels, nothing "not on the map".
      expect(root(element).querySelectorAll("path.unit.no-data")).to.have.length(0);
      expect(shadowText(element)).not.to.contain("không có trên bản đồ");
      expect(unmatched).to.equal(0);

      const back = oneEvent(element, "chiso-drill");
      await sendKeys({ press: "Escape" });
      expect((await back).detail).to.deep.equal({ code: null, name: null });
      await until(() => unitCodes(element).length === 34, "back to the provinces");
      expect(trailText(element)).to.equal("Cả nước");
      expect(element.selected).to.equal("40");
      expect(root(element).activeElement).to.equal(mapArea(element));
      await element.updateComplete;
      expect(liveText(element)).to.contain("Nghệ An");

      // Enter on the province the reader is on opens it again; Backspace goes back.
      await sendKeys({ press: "Enter" });
      await until(() => unitCodes(element).length === 130, "communes again");
      await sendKeys({ press: "Backspace" });
      await until(() => unitCodes(element).length === 34, "provinces again");
    });

    it("goes back with the breadcrumb's button", async () => {
      const element = await drillMap();
      element.selected = null;
      root(element)
        .querySelector('path.unit[data-code="40"]')!
        .dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      await until(() => unitCodes(element).length === 130, "communes");
      const button = root(element).querySelector<HTMLButtonElement>('[part="trail"] button')!;
      expect(button.textContent!.trim()).to.equal("Cả nước");
      button.click();
      await until(() => unitCodes(element).length === 34, "provinces");
    });

    it("stays on the provinces and says so when a province has no commune map", async () => {
      const element = await drillMap();
      root(element)
        .querySelector('path.unit[data-code="01"]')!
        .dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      await until(
        () => shadowText(element).includes("Chưa có bản đồ chi tiết của Thành phố Hà Nội"),
        "the note",
      );
      expect(unitCodes(element)).to.have.length(34);
      expect(trailText(element)).to.equal("Cả nước");
    });
  });

  describe("a district code in a 2025 feed", () => {
    it("is warned: there are no districts since 1 July 2025", () => {
      const feed = clone(bacGiang) as unknown as Record<string, unknown>;
      feed["unitVintage"] = "2025";
      const parsed = parseFeed(feed);
      expect(parsed.ok).to.equal(true);
      if (!parsed.ok) return;
      const warnings = checkConsistency(parsed.feed).filter(
        (warning) => warning.code === "district-code-after-reform",
      );
      expect(warnings.length).to.equal(10);
      expect(warnings[0]!.severity).to.equal("warning");
      expect(warnings[0]!.path).to.match(/^indicators\[1\]\.observations\[\d+\]\.unit$/);
      expect(warnings[0]!.message.vi).to.contain("là mã huyện; danh mục 2025 không còn cấp huyện");
      expect(warnings[0]!.message.en).to.contain("the 2025 list has no districts");
      // The same feed of the 2023 list is fine.
      const as2023 = parseFeed(bacGiang);
      expect(
        as2023.ok &&
          checkConsistency(as2023.feed).some((w) => w.code === "district-code-after-reform"),
      ).to.equal(false);
    });
  });
});
