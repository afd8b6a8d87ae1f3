import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import "./support/guard.js";
import { clone, nextFrame, shadowText, takeConsole, until } from "./support/guard.js";
import "../src/components/choropleth/define.js";
import type {
  ChisoChoropleth,
  ChisoMapSelectDetail,
} from "../src/components/choropleth/choropleth.element.js";
import { readBoundaries } from "../src/components/choropleth/boundaries.js";
import { neighbour } from "../src/components/choropleth/keyboard.js";
import { layoutMap, pathData } from "../src/components/choropleth/projection.js";
import type { MapLayout } from "../src/components/choropleth/projection.js";
import { classify, niceLimits } from "../src/data/figures/classify.js";
import { normalizeName } from "../src/data/figures/join.js";
import { geoPath, geoTransform } from "d3-geo";
import { syntheticCommunes, syntheticFeed } from "../fixtures/synthetic/synthetic-communes.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import bacGiangTopo from "../fixtures/boundaries/vn-districts-2023-bac-giang.topo.json";
import districtsTopo from "../fixtures/boundaries/vn-districts-2023.topo.json";
import communesTopo from "../fixtures/boundaries/vn-communes-2025.topo.json";
import communesNgheAn from "../fixtures/boundaries/communes-2025/40.topo.json";
import provinces2023 from "../fixtures/boundaries/vn-provinces-2023.topo.json";
import provinces2025 from "../fixtures/boundaries/vn-provinces-2025.topo.json";

type Feed = typeof bacGiang;
/** The light theme's three-class ramp: its two ends (choropleth.styles.ts) and their middle. */
const RAMP_3 = ["#4292c6", "#215a8d", "#062657"];
/**
 * Phụ lục II: online rate class of each district with 5-point classes from 80 to 95 % (2,5-point
 * classes would leave 85–87,5 % empty: ten districts fill three classes, see map-model.ts).
 */
const EXPECTED_BINS: Record<string, number> = {
  "222": 0, // Việt Yên 80,63 %
  "220": 0, // Sơn Động 82,96 %
  "215": 0, // Yên Thế 84,09 %
  "217": 1, // Lạng Giang 88,32 %
  "219": 1, // Lục Ngạn 89,51 %
  "218": 2, // Lục Nam 90,47 %
  "223": 2, // Hiệp Hòa 91,55 %
  "221": 2, // Yên Dũng 92,12 %
  "213": 2, // TP Bắc Giang 93,27 %
  "216": 2, // Tân Yên 93,60 %
};

const root = (element: ChisoChoropleth) => element.shadowRoot!;
const unitPath = (element: ChisoChoropleth, code: string) =>
  root(element).querySelector<SVGPathElement>(`path.unit[data-code="${code}"]`);
const mapArea = (element: ChisoChoropleth) =>
  root(element).querySelector<HTMLElement>('[part="map"]')!;
const liveText = (element: ChisoChoropleth) =>
  (root(element).querySelector(".live")?.textContent ?? "").trim();
const tableRows = (element: ChisoChoropleth) =>
  [...root(element).querySelectorAll("tbody tr")].map((row) =>
    (row.textContent ?? "").replace(/\s+/g, " ").trim(),
  );
/**
 * What a screen reader can say in the map's shadow root: each description (the text of the
 * aria-describedby targets, hidden ones included, as the browser computes it) and each text the
 * accessibility tree holds — rendered (a visually hidden paragraph is) and not aria-hidden.
 */
function spoken(element: ChisoChoropleth): string[] {
  const shadow = root(element);
  const descriptions = [...shadow.querySelectorAll("[aria-describedby]")].map((node) =>
    node
      .getAttribute("aria-describedby")!
      .split(/\s+/)
      .map((id) => shadow.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.checkVisibility({ visibilityProperty: true }) && !parent.closest("[aria-hidden]"))
      texts.push(node.textContent!);
  }
  return [...descriptions, ...texts];
}
/** Opens the data table as a reader does ("Xem bảng số liệu"); it is built only then. */
async function openTable(element: ChisoChoropleth): Promise<void> {
  const toggle = root(element).querySelector<HTMLButtonElement>(".table-toggle")!;
  if (toggle.getAttribute("aria-expanded") !== "true") toggle.click();
  await element.updateComplete;
}
/** Every element in the host's shadow root (what a map costs the page in DOM). */
const elementCount = (element: ChisoChoropleth) => root(element).querySelectorAll("*").length;
/** The projected geometry, to find where a unit is drawn on a canvas. */
const layoutOf = (element: ChisoChoropleth) =>
  (element as unknown as { layout: MapLayout | null }).layout;

async function bacGiangMap(
  options: { feed?: unknown; attrs?: Record<string, string>; style?: string } = {},
): Promise<ChisoChoropleth> {
  const element = await fixture<ChisoChoropleth>(
    html`<chiso-choropleth
      style="width: 640px; --chiso-choropleth-height: 360px; ${options.style ?? ""}"
      .boundaryData=${bacGiangTopo}
      .data=${options.feed ?? bacGiang}
    ></chiso-choropleth>`,
  );
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
  await until(() => unitPath(element, "213"), "the map drawn");
  await element.updateComplete;
  return element;
}

/** A ratio feed with one generated figure per code (deterministic), vintage as given. */
function generatedFeed(codes: string[], vintage = "2023"): Feed {
  const feed = clone(bacGiang) as unknown as Record<string, unknown>;
  feed["unitVintage"] = vintage;
  feed["units"] = [];
  feed["indicators"] = [
    {
      id: "generated",
      kind: "ratio",
      label: { vi: "Tỷ lệ giả lập", en: "Generated rate" },
      target: 60,
      observations: codes.map((unit, i) => ({
        unit,
        numerator: 400 + ((i * 37) % 600),
        denominator: 1000,
      })),
    },
  ];
  return feed as unknown as Feed;
}

/** Bắc Giang with one more district figure, for unit "999", which no map has. */
function withUnitNotOnTheMap(): Feed {
  const feed = clone(bacGiang);
  feed.indicators[1]!.observations.push({ unit: "999", numerator: 5, denominator: 10 } as never);
  return feed;
}

const codesOf = (topology: unknown) => readBoundaries(topology).units.map((unit) => unit.code);

describe("chiso-choropleth", () => {
  describe("draw helpers", () => {
    it("projects once and draws and measures as d3's geoPath: path data, area, bounds, centroid", () => {
      for (const topo of [bacGiangTopo, provinces2025, communesNgheAn]) {
        const topology = topo as unknown as Topology;
        const boundaries = readBoundaries(topology);
        const layout = layoutMap(boundaries, 640, 480);
        // The same Mercator, written as a d3 transform: d3 walks the GeoJSON, chiso its arrays.
        const { k, tx, ty } = layout.main;
        const mercator = geoTransform({
          point(lon: number, lat: number) {
            const radians = Math.PI / 180;
            this.stream.point(
              tx + k * (lon * radians),
              ty + k * -Math.log(Math.tan(Math.PI / 4 + (lat * radians) / 2)),
            );
          },
        });
        const d3Path = geoPath(mercator).digits(1);
        // d3 reads topojson-client's GeoJSON; chiso decodes the arcs itself.
        const { features } = topoFeature(
          topology,
          Object.values(topology.objects)[0]!,
        ) as unknown as FeatureCollection;
        const byCode = new Map(features.map((f) => [String(f.properties?.["code"]), f]));
        let compared = 0;
        boundaries.units.forEach((unit, index) => {
          const { partStart } = boundaries.geometry;
          // The inset has its own projection: units with islands there are checked by eye.
          if (partStart[index * 2 + 2]! > partStart[index * 2 + 1]!) return;
          const feature = byCode.get(unit.code)!;
          compared++;
          expect(pathData(layout, index), unit.code).to.equal(d3Path(feature));
          const projected = layout.units[index]!;
          expect(projected.area).to.be.closeTo(d3Path.area(feature), 1e-6 * projected.area);
          const [[x0, y0], [x1, y1]] = d3Path.bounds(feature);
          for (const [ours, theirs] of [
            [projected.x0, x0],
            [projected.y0, y0],
            [projected.x1, x1],
            [projected.y1, y1],
          ])
            expect(ours).to.be.closeTo(theirs!, 1e-9);
          const [cx, cy] = d3Path.centroid(feature);
          expect(projected.cx).to.be.closeTo(cx, 1e-4);
          expect(projected.cy).to.be.closeTo(cy, 1e-4);
        });
        expect(compared).to.be.greaterThan(9);
      }
    });

    it("normalizeName() folds diacritics, đ and unit types so report and GSO names meet", () => {
      expect(normalizeName("H. Việt Yên")).to.equal("viet yen");
      expect(normalizeName("Huyện Việt Yên")).to.equal("viet yen");
      expect(normalizeName("TP. Bắc Giang")).to.equal("bac giang");
      expect(normalizeName("Thành phố Bắc Giang")).to.equal("bac giang");
      expect(normalizeName("Thị xã Đức Phổ")).to.equal("duc pho");
      expect(normalizeName("Huyện Đăk Glong")).to.equal("dak glong");
      expect(normalizeName("Tỉnh Bắc Giang")).to.equal("bac giang");
      expect(normalizeName("Quận 1")).to.equal("quan 1");
    });

    it("niceLimits() puts 5–7 classes on round numbers", () => {
      expect(niceLimits(80.63, 93.6, 5)).to.deep.equal([80, 82.5, 85, 87.5, 90, 92.5, 95]);
      expect(niceLimits(0, 100, 5)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    });

    it("classify() keeps no data apart from zero", () => {
      const figure = (rate: number | null) =>
        ({ code: "1", state: rate == null ? "no-data" : "ok", rate }) as never;
      const result = classify([figure(0), figure(null), figure(50)], "threshold", {
        thresholds: [10, 40],
      });
      expect(result.bins).to.deep.equal([0, null, 2]);
    });

    it("neighbour() moves to the nearest centroid in the arrow's direction", () => {
      const points = [
        { cx: 0, cy: 0 },
        { cx: 10, cy: 1 },
        { cx: 5, cy: -40 },
        { cx: -10, cy: 0 },
      ];
      expect(neighbour(points, 0, "right")).to.equal(1);
      expect(neighbour(points, 0, "left")).to.equal(3);
      expect(neighbour(points, 0, "up")).to.equal(2);
      expect(neighbour(points, 1, "right")).to.equal(1);
    });
  });

  describe("Bắc Giang districts (Phụ lục II)", () => {
    it("shows ten districts coloured by their online rate class", async () => {
      const element = await bacGiangMap();
      const paths = root(element).querySelectorAll("path.unit");
      expect(paths.length).to.equal(10);
      for (const [code, bin] of Object.entries(EXPECTED_BINS)) {
        const path = unitPath(element, code)!;
        expect(path.getAttribute("data-bin"), code).to.equal(String(bin));
        expect(path.getAttribute("fill"), code).to.equal(RAMP_3[bin]);
      }
      const legend = root(element).querySelector('[part="legend"]')!.textContent!;
      expect(legend.replace(/\s+/g, " ")).to.contain("80 % – 85 % (3)");
      expect(legend.replace(/\s+/g, " ")).to.contain("90 % – 95 % (5)");
    });

    it("draws no empty class: ten districts asked for five classes get three, each holding one", async () => {
      const element = await bacGiangMap();
      const counts = [...root(element).querySelectorAll(".legend li")].map(
        (entry) => entry.querySelector(".count")!.textContent,
      );
      expect(counts).to.deep.equal(["(3)", "(2)", "(5)"]);
      // With Lục Ngạn at 86 %, 85–87,5 % holds a district: 2,5-point classes again, six, none empty.
      const feed = clone(bacGiang);
      const observations = feed.indicators[1]!.observations as Record<string, unknown>[];
      const lagging = observations.find((o) => o["unit"] === "219")!; // Lục Ngạn 89,51 % → 86 %
      Object.assign(lagging, { numerator: 1689 });
      delete lagging["statedRate"];
      element.data = feed;
      await element.updateComplete;
      const spread = [...root(element).querySelectorAll(".legend .count")].map(
        (c) => c.textContent,
      );
      expect(spread).to.have.length(6);
      expect(spread).to.not.include("(0)");
    });

    it("reads the keyboard hint once: as the map's description, not again as a paragraph", async () => {
      const element = await bacGiangMap();
      const hint = "Dùng phím mũi tên để chuyển giữa các đơn vị";
      expect(spoken(element).filter((text) => text.includes(hint))).to.have.length(1);
      // … and that once is the focusable map's description, said when the reader reaches it.
      expect(mapArea(element).getAttribute("aria-describedby")).to.equal("hint");
      expect(root(element).getElementById("hint")!.textContent).to.contain(hint);
    });

    it("lists the same figures in a data table sorted by rank, and the province total", async () => {
      const element = await bacGiangMap();
      expect(shadowText(element)).to.contain("(tổng): 88,66 % (21.730 / 24.510)");
      const toggle = root(element).querySelector<HTMLButtonElement>(".table-toggle")!;
      expect(toggle.textContent!.trim()).to.equal("Xem bảng số liệu");
      expect(toggle.getAttribute("aria-expanded")).to.equal("false");
      // Closed, the table is not built at all (the map and its live region carry the figures).
      expect(root(element).querySelector("table")).to.equal(null);
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute("aria-expanded")).to.equal("true");
      expect(toggle.textContent!.trim()).to.equal("Ẩn bảng số liệu");
      const rows = tableRows(element);
      expect(rows).to.have.length(10);
      expect(rows[0]).to.contain("1 Huyện Tân Yên 93,60 % 1.346 / 1.438");
      expect(rows[2]).to.contain("3 Huyện Yên Dũng 92,12 %");
      expect(rows[9]).to.contain("10 Huyện Việt Yên 80,63 % 1.707 / 2.117");
      expect(rows[9]).to.contain("80 % – 85 %");
      const headers = [...root(element).querySelectorAll("thead th")].map((th) =>
        (th.textContent ?? "").replace(/[▲▼↕\s]+/g, " ").trim(),
      );
      expect(headers).to.deep.equal(["Hạng", "Đơn vị", "Tỷ lệ", "Số liệu", "Nhóm"]);
      toggle.click();
      await element.updateComplete;
      expect(root(element).querySelector("table")).to.equal(null);
    });

    it("sorts the table by name or rate when a column header is clicked", async () => {
      const element = await bacGiangMap();
      await openTable(element);
      const header = (label: string) =>
        [...root(element).querySelectorAll<HTMLElement>("thead th")].find((th) =>
          th.textContent!.includes(label),
        )!;
      const firstNames = () => tableRows(element).map((row) => row.split(" %")[0]);
      expect(header("Hạng").getAttribute("aria-sort")).to.equal("ascending");
      header("Đơn vị").querySelector("button")!.click();
      await element.updateComplete;
      expect(header("Đơn vị").getAttribute("aria-sort")).to.equal("ascending");
      expect(header("Hạng").getAttribute("aria-sort")).to.equal("none");
      // Vietnamese order: Hiệp Hòa, Lạng Giang, Lục Nam, Lục Ngạn, Sơn Động, Tân Yên…, Thành phố last.
      expect(tableRows(element)[0]).to.contain("Huyện Hiệp Hòa");
      expect(tableRows(element)[9]).to.contain("Thành phố Bắc Giang");
      header("Đơn vị").querySelector("button")!.click();
      await element.updateComplete;
      expect(header("Đơn vị").getAttribute("aria-sort")).to.equal("descending");
      expect(tableRows(element)[0]).to.contain("Thành phố Bắc Giang");
      header("Tỷ lệ").querySelector("button")!.click();
      await element.updateComplete;
      expect(tableRows(element)[0]).to.contain("Việt Yên 80,63 %");
      expect(firstNames()).to.have.length(10);
    });

    it("speaks English with English figures under lang=en", async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <chiso-choropleth
            style="width: 600px"
            .boundaryData=${bacGiangTopo}
            .data=${bacGiang}
          ></chiso-choropleth>
        </div>`,
      );
      const element = wrapper.querySelector("chiso-choropleth")!;
      await until(() => unitPath(element, "213"), "map");
      expect(shadowText(element)).to.contain("Show data table");
      await openTable(element);
      expect(tableRows(element)[0]).to.contain("Tân Yên District 93.60% 1,346 / 1,438");
      expect(shadowText(element)).to.contain("80% – 85%");
    });

    it('colours by threshold classes from thresholds="82,88,92"', async () => {
      const element = await bacGiangMap({ attrs: { scale: "threshold", thresholds: "82,88,92" } });
      const bin = (code: string) => unitPath(element, code)!.getAttribute("data-bin");
      expect([bin("222"), bin("220"), bin("217"), bin("216")]).to.deep.equal(["0", "1", "2", "3"]);
      const legend = root(element).querySelector('[part="legend"]')!.textContent!;
      expect(legend).to.contain("< 82 %");
      expect(legend).to.contain("≥ 92 %");
    });

    it("colours below / at / above the 60 % target with words in the legend", async () => {
      const feed = clone(bacGiang);
      const observations = feed.indicators[1]!.observations as Record<string, unknown>[];
      const district = observations.find((o) => o["unit"] === "222")!;
      district["numerator"] = 1000; // 47,24 %: below the 60 % target
      delete district["statedRate"];
      const element = await bacGiangMap({ feed, attrs: { scale: "target" } });
      // Below: warm and the lightest; above: the ramp's dark end (the order of the ramp).
      expect(unitPath(element, "222")!.getAttribute("fill")).to.equal("#c8650f");
      expect(unitPath(element, "216")!.getAttribute("fill")).to.equal(RAMP_3[2]);
      const legend = root(element).querySelector('[part="legend"]')!.textContent!;
      expect(legend).to.contain("Dưới mục tiêu (< 60 %)");
      expect(legend).to.contain("Vượt mục tiêu (≥ 65 %)");
      // The label of a lagging district carries an arrow, not only a colour.
      const labels = [...root(element).querySelectorAll("text.label")].map((t) => t.textContent);
      expect(labels).to.include("▼ Việt Yên");
    });

    it("shows no data as a hatch pattern, distinct from a zero rate", async () => {
      const feed = clone(bacGiang);
      const observations = feed.indicators[1]!.observations as Record<string, unknown>[];
      const zero = observations.find((o) => o["unit"] === "222")!;
      Object.assign(zero, { numerator: 0 });
      delete zero["statedRate"];
      const missing = observations.find((o) => o["unit"] === "220")!;
      for (const key of ["numerator", "denominator", "statedRate"]) delete missing[key];
      missing["noData"] = true;
      const element = await bacGiangMap({ feed });
      expect(unitPath(element, "220")!.getAttribute("fill")).to.equal("url(#no-data)");
      expect(unitPath(element, "220")!.getAttribute("data-bin")).to.equal("none");
      expect(root(element).querySelector("pattern#no-data")).to.exist;
      const zeroFill = unitPath(element, "222")!.getAttribute("fill")!;
      expect(zeroFill).to.match(/^#[0-9a-f]{6}$/);
      expect(unitPath(element, "222")!.getAttribute("data-bin")).to.equal("0");
      const legend = root(element).querySelector('[part="legend"]')!;
      expect(legend.querySelector('[data-bin="none"] .swatch.no-data')).to.exist;
      expect(legend.textContent!.replace(/\s+/g, " ")).to.contain("Không có số liệu (1)");
      await openTable(element);
      const rows = tableRows(element);
      expect(rows.at(-1)).to.contain("Huyện Sơn Động Không có số liệu");
      expect(rows.at(-2)).to.contain("0,00 % 0 / 2.117");
    });

    it("reports a unit that is not on the map: event, visible note and one console warning", async () => {
      const feed = withUnitNotOnTheMap();
      const element = document.createElement("chiso-choropleth");
      element.boundaryData = bacGiangTopo;
      const reported = oneEvent(element, "chiso-unmatched");
      element.data = feed;
      document.body.append(element);
      try {
        const event = await reported;
        expect(event.detail.codes).to.deep.equal(["999"]);
        await element.updateComplete;
        const note = root(element).querySelector(".note.unmatched")!;
        expect(note.textContent!.replace(/\s+/g, " ")).to.contain(
          "1 đơn vị trong số liệu không có trên bản đồ (mã: 999)",
        );
        element.scale = "threshold";
        await element.updateComplete;
        const logged = takeConsole();
        expect(logged).to.have.length(1);
        expect(logged[0]).to.contain("999");
      } finally {
        element.remove();
      }
    });

    it('joins by normalised name only when join="name"', async () => {
      // Boundaries from another source: no GSO codes, ids of their own, names as printed.
      const topo = clone(bacGiangTopo) as unknown as {
        objects: {
          districts: { geometries: { id: string; properties: Record<string, string> }[] };
        };
      };
      for (const geometry of topo.objects.districts.geometries) {
        geometry.id = `x${geometry.id}`;
        geometry.properties = {
          name: geometry.properties["name"]!.replace("Huyện ", "H. ").replace("Thành phố ", "TP. "),
        };
      }
      const byCode = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth .boundaryData=${topo} .data=${bacGiang}></chiso-choropleth>`,
      );
      await until(() => root(byCode).querySelector(".note.unmatched"), "unmatched note");
      expect(takeConsole()).to.have.length(1);
      const byName = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          join="name"
          .boundaryData=${topo}
          .data=${bacGiang}
        ></chiso-choropleth>`,
      );
      await until(() => root(byName).querySelector('path[data-code="x222"]'), "map");
      expect(root(byName).querySelector(".note.unmatched")).to.equal(null);
      expect(
        root(byName).querySelector('path[data-code="x222"]')!.getAttribute("data-bin"),
      ).to.equal("0");
    });

    it("moves between districts with the arrow keys and selects with Enter", async () => {
      const element = await bacGiangMap();
      let fired = 0;
      element.addEventListener("chiso-select", () => fired++);
      element.selected = "223"; // Hiệp Hòa, the west end; set by the page: no event
      await element.updateComplete;
      mapArea(element).focus();
      await element.updateComplete;
      expect(liveText(element)).to.match(/^Huyện Hiệp Hòa, 91,55 %, hạng 4\/10/);
      await sendKeys({ press: "ArrowRight" });
      await element.updateComplete;
      const east = liveText(element);
      expect(east).to.not.contain("Hiệp Hòa");
      const tooltip = root(element).querySelector('[part="tooltip"]')!;
      expect(tooltip.textContent).to.contain(east.split(",")[0]!);
      const selection = oneEvent(element, "chiso-select");
      await sendKeys({ press: "Enter" });
      const detail = (await selection).detail as ChisoMapSelectDetail;
      expect(east).to.contain(detail.name);
      expect(detail.code).to.match(/^2(1[3-9]|2[0-3])$/);
      expect(detail.code).to.not.equal("223");
      expect(element.selected).to.equal(detail.code);
      expect(fired).to.equal(1);
      await sendKeys({ press: "Escape" });
      await element.updateComplete;
      expect(element.selected).to.equal(null);
    });

    it("walks from Việt Yên east to TP Bắc Giang, back, and north to Tân Yên", async () => {
      const element = await bacGiangMap();
      element.selected = "222";
      await element.updateComplete;
      mapArea(element).focus();
      await element.updateComplete;
      await sendKeys({ press: "ArrowRight" });
      await element.updateComplete;
      expect(liveText(element)).to.contain("Thành phố Bắc Giang");
      await sendKeys({ press: "ArrowLeft" });
      await element.updateComplete;
      expect(liveText(element)).to.contain("Việt Yên");
      await sendKeys({ press: "ArrowUp" });
      await element.updateComplete;
      expect(liveText(element)).to.contain("Tân Yên");
    });

    it("fires chiso-select on click, never when the page sets data or selected", async () => {
      const element = await bacGiangMap();
      let fired = 0;
      element.addEventListener("chiso-select", () => fired++);
      element.selected = "216";
      element.data = clone(bacGiang);
      element.scale = "threshold";
      await element.updateComplete;
      expect(fired).to.equal(0);
      const selection = oneEvent(element, "chiso-select");
      unitPath(element, "218")!.dispatchEvent(
        new MouseEvent("click", { bubbles: true, composed: true }),
      );
      const detail = (await selection).detail as ChisoMapSelectDetail;
      expect(detail).to.deep.include({ code: "218", name: "Huyện Lục Nam" });
      expect(detail.value).to.be.closeTo(90.47, 0.01);
      await element.updateComplete;
      expect(root(element).querySelector("path.outline.selected")).to.exist;
      await openTable(element);
      expect(root(element).querySelector('tr.selected[data-code="218"]')).to.exist;
    });

    it("zooms to the selected unit with zoom-to-selection", async () => {
      const element = await bacGiangMap({ attrs: { "zoom-to-selection": "" } });
      const before = unitPath(element, "213")!.getBBox();
      element.selected = "213";
      await element.updateComplete;
      const after = unitPath(element, "213")!.getBBox();
      expect(after.width).to.be.greaterThan(before.width * 3);
    });

    it("recolours new figures without re-projecting, re-projects on resize", async () => {
      const element = await bacGiangMap();
      const builds = element.layoutBuilds;
      const feed = clone(bacGiang);
      const observations = feed.indicators[1]!.observations as {
        unit?: string;
        numerator?: number;
      }[];
      observations.find((o) => o.unit === "216")!.numerator = 900;
      element.data = feed;
      await element.updateComplete;
      expect(element.layoutBuilds).to.equal(builds);
      expect(unitPath(element, "216")!.getAttribute("data-bin")).to.not.equal("5");
      const viewBox = root(element).querySelector("svg")!.getAttribute("viewBox");
      element.style.width = "420px";
      await until(() => root(element).querySelector("svg")!.getAttribute("viewBox") !== viewBox);
      expect(element.layoutBuilds).to.be.greaterThan(builds);
      expect(root(element).querySelector("svg")!.getAttribute("viewBox")).to.match(/^0 0 39\d /);
    });

    it("loads boundaries from a URL and says when it cannot", async () => {
      // A blob: URL, because the test server turns every .json request into a JS module.
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(bacGiangTopo)], { type: "application/json" }),
      );
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth boundaries=${url} .data=${bacGiang}></chiso-choropleth>`,
      );
      await until(() => root(element).querySelectorAll("path.unit").length === 10, "map");
      const missing = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          boundaries="/fixtures/boundaries/none.json"
          .data=${bacGiang}
        ></chiso-choropleth>`,
      );
      await until(() => shadowText(missing).includes("Không tải được bản đồ"), "map error");
      expect(shadowText(missing)).to.contain("HTTP 404");
      expect(root(missing).querySelector('[role="alert"]')).to.exist;
      takeConsole(); // the browser logs the 404 itself
    });
  });

  describe("palette tokens, boundary loading and chiso-unmatched", () => {
    it("takes its class colours from --chiso-choropleth-class-* (legend and units alike)", async () => {
      const element = await bacGiangMap();
      expect(unitPath(element, "222")!.getAttribute("fill")).to.equal(RAMP_3[0]);
      const themed = await bacGiangMap({ style: "--chiso-choropleth-class-1: rebeccapurple" });
      // Việt Yên is in the lowest class: the page's colour, resolved for SVG and canvas alike.
      expect(unitPath(themed, "222")!.getAttribute("fill")).to.equal("#663399");
      expect(unitPath(themed, "213")!.getAttribute("fill")).to.equal(RAMP_3[2]);
      const swatch = root(themed).querySelector<HTMLElement>('[data-bin="0"] .swatch')!;
      expect(swatch.style.background).to.equal("rgb(102, 51, 153)");
    });

    it("loads one boundary file once for every map of it, and keeps it when a reload fails", async () => {
      const name = `boundaries-${Date.now()}`;
      await fetch(`/feeds/script/${name}`, {
        method: "POST",
        body: JSON.stringify([{ body: bacGiangTopo, delayMs: 200 }]),
      });
      const url = `/feeds/script/${name}`;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <chiso-choropleth boundaries=${url} .data=${bacGiang}></chiso-choropleth>
          <chiso-choropleth boundaries=${url} .data=${bacGiang}></chiso-choropleth>
        </div>`,
      );
      const maps = [...wrapper.querySelectorAll("chiso-choropleth")];
      await until(() => maps.every((map) => unitPath(map, "213")), "both maps drawn");
      const stats = await (await fetch(`/feeds/stats/${name}`)).json();
      expect(stats.requests).to.equal(1);
      // A new file that fails: the last good map stays, with a note saying why.
      maps[0]!.boundaries = "/feeds/script/none-such-map";
      await until(() => root(maps[0]!).querySelector('[part="note"]'), "the failure noted");
      expect(root(maps[0]!).querySelector('[part="note"]')!.textContent).to.contain("HTTP 404");
      expect(root(maps[0]!).querySelectorAll("path.unit").length).to.equal(10);
      takeConsole(); // the browser logs the 404 itself
    });

    it("fires chiso-unmatched once per join: never again for a recolour, a resize or a selection", async () => {
      const feed = withUnitNotOnTheMap();
      const events: string[][] = [];
      const element = document.createElement("chiso-choropleth");
      element.style.width = "640px";
      element.addEventListener("chiso-unmatched", (event) => events.push(event.detail.codes));
      element.boundaryData = bacGiangTopo;
      element.data = feed;
      document.body.append(element);
      try {
        await until(() => events.length === 1, "the first report");
        element.scale = "threshold";
        element.thresholds = "85";
        element.selected = "213";
        element.style.width = "500px";
        await nextFrame();
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(events).to.deep.equal([["999"]]);
        // New data is a new join: the page hears of its unmatched figures again.
        element.data = clone(feed);
        await until(() => events.length === 2, "a report for the new data");
      } finally {
        element.remove();
        takeConsole(); // the developer warning, said once per page
      }
    });
  });

  it("draws GeoJSON boundaries the same whichever way their rings wind", async () => {
    const { features } = topoFeature(
      bacGiangTopo as unknown as Topology,
      Object.values((bacGiangTopo as unknown as Topology).objects)[0]!,
    ) as unknown as FeatureCollection;
    // RFC 7946 winds outer rings anticlockwise, TopoJSON tools clockwise: flip every ring.
    const flipped: FeatureCollection = {
      type: "FeatureCollection",
      features: features.map((feature) => {
        const geometry = feature.geometry as Polygon | MultiPolygon;
        const flip = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
        return {
          ...feature,
          geometry:
            geometry.type === "Polygon"
              ? { ...geometry, coordinates: flip(geometry.coordinates) }
              : { ...geometry, coordinates: geometry.coordinates.map(flip) },
        };
      }),
    };
    const boxOf = async (boundaries: unknown) => {
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          style="width: 640px; --chiso-choropleth-height: 360px"
          .boundaryData=${boundaries}
          .data=${bacGiang}
        ></chiso-choropleth>`,
      );
      await until(() => unitPath(element, "213"), "the map drawn");
      const { x, y, width, height } = unitPath(element, "213")!.getBBox();
      return [x, y, width, height].map(Math.round);
    };
    const fromTopo = await boxOf(bacGiangTopo);
    // TP Bắc Giang is a small city: a few percent of the map, not the whole box.
    expect(fromTopo[2]).to.be.within(20, 200);
    expect(await boxOf({ type: "FeatureCollection", features })).to.deep.equal(fromTopo);
    expect(await boxOf(flipped)).to.deep.equal(fromTopo);
  });

  describe("national maps and vintages", () => {
    /** The 63 provinces of 2023 with a generated figure each, in a 600 × 560 box. */
    const provinceMap = () =>
      fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          style="width: 600px; --chiso-choropleth-height: 560px"
          .boundaryData=${provinces2023}
          .data=${generatedFeed(codesOf(provinces2023))}
        ></chiso-choropleth>`,
      );

    it("redraws when boundaries of the same shape replace the old ones (63 → 34 provinces)", async () => {
      const element = await provinceMap();
      await until(() => root(element).querySelectorAll("path.unit").length === 63, "63 provinces");
      element.boundaryData = provinces2025;
      element.data = generatedFeed(codesOf(provinces2025));
      await until(() => root(element).querySelectorAll("path.unit").length === 34, "34 provinces");
      expect(layoutOf(element)!.units).to.have.length(34);
    });

    it("draws Hoàng Sa and Trường Sa in an inset on the province map", async () => {
      const element = await provinceMap();
      await until(() => unitPath(element, "48"), "map");
      expect(root(element).querySelectorAll("path.unit").length).to.equal(63);
      const frame = root(element).querySelector("rect.inset-frame")!;
      expect(frame).to.exist;
      const captions = [...root(element).querySelectorAll("text.inset-caption")].map(
        (t) => t.textContent,
      );
      expect(captions).to.deep.equal(["QĐ Hoàng Sa", "QĐ Trường Sa"]);
      // Đà Nẵng's Hoàng Sa islands are drawn inside the frame.
      const insetLeft = Number(frame.getAttribute("x"));
      const daNang = unitPath(element, "48")!.getBBox();
      expect(daNang.x + daNang.width).to.be.greaterThan(insetLeft);
    });

    it("warns when the feed's unit list and the map's differ (2025 feed on a 2023 map)", async () => {
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          .boundaryData=${provinces2023}
          .data=${generatedFeed(codesOf(provinces2025), "2025")}
        ></chiso-choropleth>`,
      );
      await until(() => root(element).querySelector(".note.vintage"), "vintage warning");
      expect(root(element).querySelector(".note.vintage")!.textContent).to.contain(
        "năm 2025, bản đồ theo danh mục năm 2023",
      );
      const matching = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          .boundaryData=${provinces2025}
          .data=${generatedFeed(codesOf(provinces2025), "2025")}
        ></chiso-choropleth>`,
      );
      await until(() => root(matching).querySelector("path.unit"), "map");
      expect(root(matching).querySelector(".note.vintage")).to.equal(null);
      expect(root(matching).querySelectorAll("path.unit").length).to.equal(34);
      matching.vintage = "2023";
      await matching.updateComplete;
      expect(root(matching).querySelector(".note.vintage")).to.exist;
    });

    it("renders the 705-district file on a canvas with keyboard, click and table", async () => {
      const codes = codesOf(districtsTopo);
      expect(codes).to.have.length(705);
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          renderer="canvas"
          style="width: 700px; --chiso-choropleth-height: 700px"
          .boundaryData=${districtsTopo}
          .data=${generatedFeed(codes)}
        ></chiso-choropleth>`,
      );
      await until(() => layoutOf(element), "layout");
      await element.updateComplete;
      await nextFrame();
      expect(root(element).querySelector("path.unit")).to.equal(null);
      const canvas = root(element).querySelector<HTMLCanvasElement>("canvas.layer-base")!;
      expect(canvas.width).to.equal(Math.round(mapArea(element).clientWidth * devicePixelRatio));
      // The biggest district is painted in its class colour where its centroid is.
      const layout = layoutOf(element)!;
      const biggest = layout.units.reduce((a, b, i) => (b.area > layout.units[a]!.area ? i : a), 0);
      const { cx, cy } = layout.units[biggest]!;
      const pixel = canvas
        .getContext("2d")!
        .getImageData(
          Math.round(cx * devicePixelRatio),
          Math.round(cy * devicePixelRatio),
          1,
          1,
        ).data;
      const code = codes[biggest]!;
      const hex = `#${[...pixel.slice(0, 3)].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
      const legendColors = [...root(element).querySelectorAll<HTMLElement>(".legend .swatch")].map(
        (swatch) => swatch.style.background,
      );
      const rgb = `rgb(${pixel[0]}, ${pixel[1]}, ${pixel[2]})`;
      expect(legendColors, hex).to.include(rgb);
      // Click there: the same district is selected.
      const rect = mapArea(element).getBoundingClientRect();
      const selection = oneEvent(element, "chiso-select");
      mapArea(element).dispatchEvent(
        new MouseEvent("click", {
          bubbles: true,
          composed: true,
          clientX: rect.left + cx,
          clientY: rect.top + cy,
        }),
      );
      expect(((await selection).detail as ChisoMapSelectDetail).code).to.equal(code);
      // Keyboard: focus, move, select.
      mapArea(element).focus();
      await element.updateComplete;
      const start = liveText(element);
      expect(start).to.contain("hạng");
      await sendKeys({ press: "ArrowDown" });
      await element.updateComplete;
      expect(liveText(element)).to.not.equal(start);
      const next = oneEvent(element, "chiso-select");
      await sendKeys({ press: " " });
      expect(liveText(element)).to.contain(((await next).detail as ChisoMapSelectDetail).name);
      await openTable(element);
      expect(tableRows(element)).to.have.length(705);
      expect(root(element).querySelector(`tr[data-code="${code}"]`)).to.exist;
    });

    it("lists all 3 321 communes of 2025, real names, when the table is opened", async () => {
      const boundaries = readBoundaries(communesTopo);
      expect(boundaries.units).to.have.length(3321);
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          vintage="2025"
          style="width: 700px; --chiso-choropleth-height: 800px"
          .boundaryData=${communesTopo}
          .data=${generatedFeed(codesOf(communesTopo), "2025")}
        ></chiso-choropleth>`,
      );
      await until(() => layoutOf(element), "layout", 15_000);
      await element.updateComplete;
      expect(root(element).querySelector("canvas.layer-base")).to.exist;
      expect(root(element).querySelector("table")).to.equal(null);
      await openTable(element);
      const rows = [...root(element).querySelectorAll("tbody tr")];
      expect(rows).to.have.length(3321);
      const named = new Map(
        rows.map((row) => [row.getAttribute("data-code"), row.querySelector("th")!.textContent]),
      );
      expect(named.size).to.equal(3321);
      for (const unit of boundaries.units)
        expect(named.get(unit.code), unit.code).to.equal(unit.name);
      expect(named.get("00004")).to.equal("Phường Ba Đình");
      expect(named.get("20333")).to.equal("Đặc khu Hoàng Sa");
      // Trường Sa, its banks west of 110,5°E included, is drawn in the inset, nothing of it on
      // the mainland map; Phú Quý (108,9°E) stays on it.
      const index = boundaries.units.findIndex((unit) => unit.code === "22736");
      const { partStart } = boundaries.geometry;
      expect(partStart[index * 2 + 1]! - partStart[index * 2]!, "main polygons").to.equal(0);
      expect(partStart[index * 2 + 2]! - partStart[index * 2 + 1]!).to.be.greaterThan(100);
      const layout = layoutOf(element)!;
      const inset = layout.inset!;
      const truongSa = layout.units[index]!;
      expect(truongSa.x0).to.be.at.least(inset.x);
      expect(truongSa.y1).to.be.at.most(inset.y + inset.height);
      const phuQuy = boundaries.units.findIndex((unit) => unit.name === "Đặc khu Phú Quý");
      expect(phuQuy).to.be.at.least(0);
      expect(layout.units[phuQuy]!.x1).to.be.below(inset.x);
    });

    it("keeps a 10 000-unit canvas map under 2 000 elements until the table is opened, and walks it by keyboard", async () => {
      const topology = syntheticCommunes(provinces2023 as unknown as Topology, 10_000);
      const count = (topology.objects["communes"] as unknown as { geometries: unknown[] })
        .geometries.length;
      expect(count).to.be.within(9_900, 10_100);
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          style="width: 800px; --chiso-choropleth-height: 900px"
          .boundaryData=${topology}
          .data=${syntheticFeed(topology)}
        ></chiso-choropleth>`,
      );
      await until(() => layoutOf(element), "layout", 15_000);
      await element.updateComplete;
      await nextFrame();
      expect(root(element).querySelector("canvas.layer-base")).to.exist;
      expect(elementCount(element)).to.be.below(2000);
      // Every unit is still reachable: arrow keys walk the map, the live region names each one
      // with its value and colour class.
      mapArea(element).focus();
      await element.updateComplete;
      const said = new Set([liveText(element)]);
      for (const key of ["ArrowRight", "ArrowDown", "ArrowDown", "ArrowLeft", "ArrowDown"]) {
        await sendKeys({ press: key });
        await element.updateComplete;
        said.add(liveText(element));
      }
      expect(said.size).to.be.greaterThan(4);
      for (const text of said) expect(text).to.match(/^Xã giả lập \d{5}, /);
      expect([...said].some((text) => /\d+,\d\d %.*nhóm /.test(text))).to.be.true;
      const selection = oneEvent(element, "chiso-select");
      await sendKeys({ press: "Enter" });
      const { code } = (await selection).detail as ChisoMapSelectDetail;
      expect(liveText(element)).to.contain(`Xã giả lập ${code}`);
      expect(elementCount(element)).to.be.below(2000);
    });

    it("switches to canvas by itself for ~10 600 synthetic communes", async () => {
      const topology = syntheticCommunes(provinces2023 as unknown as Topology);
      const feed = syntheticFeed(topology);
      const count = (topology.objects["communes"] as unknown as { geometries: unknown[] })
        .geometries.length;
      expect(count).to.be.within(10_400, 10_800);
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          style="width: 600px; --chiso-choropleth-height: 800px"
          .boundaryData=${topology}
          .data=${feed}
        ></chiso-choropleth>`,
      );
      await until(() => layoutOf(element), "layout", 15_000);
      await element.updateComplete;
      // How fast is for `npm run bench` to say (machines are noisy); here: canvas, not SVG.
      expect(root(element).querySelector("canvas.layer-base")).to.exist;
      expect(root(element).querySelector("path.unit")).to.equal(null);
      // A new feed only recolours.
      const builds = element.layoutBuilds;
      element.scale = "threshold";
      element.thresholds = "50,70";
      await element.updateComplete;
      expect(element.layoutBuilds).to.equal(builds);
      mapArea(element).focus();
      await sendKeys({ press: "ArrowRight" });
      await element.updateComplete;
      expect(liveText(element)).to.contain("Xã giả lập");
    });
  });

  describe("is accessible (axe)", () => {
    for (const theme of ["light", "ioc"]) {
      it(`in the ${theme} theme, with focus and the table open`, async () => {
        const element = await bacGiangMap({ attrs: { theme } });
        await expect(element).to.be.accessible();
        mapArea(element).focus();
        root(element).querySelector<HTMLButtonElement>(".table-toggle")!.click();
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    }

    it("while loading, on error and when stale", async () => {
      const name = `choropleth-${Date.now()}`;
      await fetch(`/feeds/script/${name}-slow`, {
        method: "POST",
        body: JSON.stringify([{ fixture: "bac-giang-2023-02", delayMs: 3000 }]),
      });
      const loading = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          src="/feeds/script/${name}-slow"
          .boundaryData=${bacGiangTopo}
        ></chiso-choropleth>`,
      );
      expect(shadowText(loading)).to.contain("Đang tải dữ liệu");
      await expect(loading).to.be.accessible();

      await fetch(`/feeds/script/${name}-fail`, {
        method: "POST",
        body: JSON.stringify([{ status: 500, body: "oops" }]),
      });
      const failing = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          theme="ioc"
          src="/feeds/script/${name}-fail"
          .boundaryData=${bacGiangTopo}
        ></chiso-choropleth>`,
      );
      await until(() => root(failing).querySelector('[role="alert"]'), "error state");
      await expect(failing).to.be.accessible();
      takeConsole();

      const stale = await bacGiangMap({ attrs: { "stale-after": "60" } });
      expect(shadowText(stale)).to.contain("Dữ liệu cũ");
      await expect(stale).to.be.accessible();
    });
  });
});
