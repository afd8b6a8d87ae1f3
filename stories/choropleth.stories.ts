import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { Topology } from "topojson-specification";
import "../src/components/choropleth/define.js";
import { syntheticCommunes, syntheticFeed } from "../fixtures/synthetic/synthetic-communes.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import bacGiangDistricts from "../fixtures/boundaries/vn-districts-2023-bac-giang.topo.json";
import districts2023 from "../fixtures/boundaries/vn-districts-2023.topo.json";
import provinces2023 from "../fixtures/boundaries/vn-provinces-2023.topo.json";
import provinces2025 from "../fixtures/boundaries/vn-provinces-2025.topo.json";
import communes2025 from "../fixtures/boundaries/vn-communes-2025.topo.json";
import communesNgheAn from "../fixtures/boundaries/communes-2025/40.topo.json";
import illustrative2025 from "../fixtures/maps-2025/dvc-online-2025-11.json";
import { SURFACES, THEME_AND_LANG_CONTROLS } from "./shared.js";
import type { StoryTheme } from "./shared.js";

interface ChoroplethArgs {
  feed: unknown;
  boundaries: unknown;
  indicator?: string;
  scale: "sequential" | "target" | "threshold";
  thresholds?: string;
  renderer: "auto" | "svg" | "canvas";
  zoomToSelection: boolean;
  /** Unit-list year of the boundaries, for files that do not say it (the 2025 commune files). */
  vintage?: string;
  /** URL template of a unit's own map (`drill`). */
  drill?: string;
  theme: StoryTheme;
  lang: "vi" | "en";
  staleAfter?: number;
  /** GSO code of the selected unit. */
  selected?: string;
  width: string;
  height: string;
}

/**
 * A ratio feed with GENERATED figures (a deterministic hash of the code, not real data) for
 * every unit of a boundary file, so national maps can be shown before any province publishes
 * per-unit figures. The label says so on screen.
 */
function generatedFeed(topology: unknown, vintage: "2023" | "2025") {
  const objects = (topology as Topology).objects;
  const geometries = (
    objects[Object.keys(objects)[0]!] as unknown as {
      geometries: { properties: { code: string } }[];
    }
  ).geometries;
  return {
    schemaVersion: "1.0",
    id: `generated-${vintage}`,
    publisher: { name: { vi: "Dữ liệu minh hoạ", en: "Illustrative data" }, unitCode: "VN" },
    period: {
      start: vintage === "2025" ? "2026-01-01" : "2023-06-01",
      end: vintage === "2025" ? "2026-01-31" : "2023-06-30",
      label: {
        vi: "Giá trị sinh tự động — không phải số liệu thật",
        en: "Generated values — not real figures",
      },
    },
    generatedAt: "2026-02-01T08:00:00+07:00",
    unitVintage: vintage,
    indicators: [
      {
        id: "generated-online-rate",
        kind: "ratio",
        label: {
          vi: "Tỷ lệ hồ sơ trực tuyến (minh hoạ)",
          en: "Online dossier rate (illustrative)",
        },
        target: 80,
        observations: geometries.map(({ properties: { code } }, index) => {
          if (index % 19 === 11) return { unit: code, noData: true };
          const hash = [...code].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1000, 7);
          const denominator = 2000 + ((hash * 13) % 8000);
          return {
            unit: code,
            numerator: Math.round(denominator * (0.55 + hash / 2300)),
            denominator,
          };
        }),
      },
    ],
  };
}

let communes: { topology: Topology; feed: unknown } | null = null;
/** The synthetic commune layer, generated on first use (~0,3 s). */
function syntheticCommuneData() {
  if (!communes) {
    const topology = syntheticCommunes(provinces2023 as unknown as Topology);
    communes = { topology, feed: syntheticFeed(topology) };
  }
  return communes;
}

const meta: Meta<ChoroplethArgs> = {
  title: "Widgets/Choropleth",
  component: "chiso-choropleth",
  tags: ["autodocs"],
  argTypes: {
    feed: { control: false },
    boundaries: { control: false },
    scale: { control: "inline-radio", options: ["sequential", "target", "threshold"] },
    renderer: { control: "inline-radio", options: ["auto", "svg", "canvas"] },
    ...THEME_AND_LANG_CONTROLS,
  },
  args: {
    feed: bacGiang,
    boundaries: bacGiangDistricts,
    indicator: "dvc-online-district",
    scale: "sequential",
    renderer: "auto",
    zoomToSelection: false,
    theme: "light",
    lang: "vi",
    width: "760px",
    height: "420px",
  },
  render: (args) =>
    html`<div
      lang=${args.lang}
      style="background: ${SURFACES[args.theme]}; padding: 1rem; max-width: ${args.width}"
    >
      <chiso-choropleth
        style="--chiso-choropleth-height: ${args.height}"
        .data=${args.feed}
        .boundaryData=${args.boundaries}
        indicator=${ifDefined(args.indicator)}
        scale=${args.scale}
        thresholds=${ifDefined(args.thresholds)}
        renderer=${args.renderer}
        ?zoom-to-selection=${args.zoomToSelection}
        vintage=${ifDefined(args.vintage)}
        drill=${ifDefined(args.drill)}
        theme=${args.theme}
        stale-after=${ifDefined(args.staleAfter)}
        selected=${ifDefined(args.selected)}
      ></chiso-choropleth>
    </div>`,
};
export default meta;

type Story = StoryObj<ChoroplethArgs>;

/**
 * Bắc Giang, Phụ lục II (16/1–15/2/2023): online submissions of the 18 essential services by
 * district, from 80,63 % (Việt Yên) to 93,60 % (Tân Yên); province total 21.730 / 24.510.
 */
export const BacGiang: Story = {};

/** The same figures against the 60 % target: every district is above it. */
export const BacGiangTarget: Story = { args: { scale: "target" } };

/** Fixed classes `thresholds="82,88,92"`. */
export const BacGiangThresholds: Story = { args: { scale: "threshold", thresholds: "82,88,92" } };

/** Click or press Enter on a district to zoom to it; Esc zooms out. */
export const ZoomToSelection: Story = { args: { zoomToSelection: true } };

export const English: Story = { args: { lang: "en" } };

/** Wall display: high contrast, large type. */
export const Ioc: Story = { args: { theme: "ioc", width: "1100px", height: "560px" } };

export const Dark: Story = { args: { theme: "dark" } };

/**
 * Tân Yên selected in the dark theme: its class is the ramp's brightest, next to the text colour,
 * so the outline's surface-coloured halo is what keeps it visible (3:1 on every class).
 */
export const DarkSelected: Story = { args: { theme: "dark", selected: "216" } };

/** Seven fixed classes, the ramp mixed for seven: each still 3:1 on the surface. */
export const SevenClasses: Story = {
  args: { scale: "threshold", thresholds: "81,83,86,89,91,93" },
};

/** 63 provinces (2023 list) with generated values; Hoàng Sa and Trường Sa in the inset. */
export const Provinces2023: Story = {
  args: {
    boundaries: provinces2023,
    feed: generatedFeed(provinces2023, "2023"),
    indicator: undefined,
    height: "640px",
  },
};

/** 34 provinces after 1 July 2025 (2025 list) with generated values, against an 80 % target. */
export const Provinces2025: Story = {
  args: {
    boundaries: provinces2025,
    feed: generatedFeed(provinces2025, "2025"),
    indicator: undefined,
    scale: "target",
    height: "640px",
  },
};

/** A 2025 feed on the 2023 map: the widget warns that the unit lists differ. */
export const VintageMismatch: Story = {
  args: {
    boundaries: provinces2023,
    feed: generatedFeed(provinces2025, "2025"),
    indicator: undefined,
    height: "640px",
  },
};

/** 705 districts (2023) with generated values, drawn on a canvas. */
export const Districts2023Canvas: Story = {
  args: {
    boundaries: districts2023,
    feed: generatedFeed(districts2023, "2023"),
    indicator: undefined,
    renderer: "canvas",
    height: "760px",
  },
};

/** ~10 600 SYNTHETIC hexagon "communes" with made-up rates: canvas chosen automatically. */
export const SyntheticCommunes: Story = {
  render: (args, context) => {
    const { topology, feed } = syntheticCommuneData();
    return meta.render!({ ...args, boundaries: topology, feed }, context);
  },
  args: { indicator: undefined, height: "820px", scale: "threshold", thresholds: "50,60,70,80" },
};

/** The feed is older than `stale-after`: the shared stale chip. */
export const Stale: Story = { args: { staleAfter: 3600 } };

/**
 * The 130 communes of Nghệ An after 1 July 2025 (xã, phường), real names and codes, with
 * ILLUSTRATIVE figures (fixtures/maps-2025: no seed report has 2025 commune figures).
 */
export const Communes2025NgheAn: Story = {
  args: {
    boundaries: communesNgheAn,
    feed: illustrative2025,
    indicator: undefined,
    vintage: "2025",
    scale: "target",
    height: "560px",
  },
};

/**
 * All 3 321 communes of 2025 on a canvas, the 34 provinces outlined over them (a mesh of the
 * borders between communes of different provinces), Hoàng Sa and Trường Sa in the inset.
 * ILLUSTRATIVE figures.
 */
export const Communes2025National: Story = {
  args: {
    boundaries: communes2025,
    feed: illustrative2025,
    indicator: undefined,
    vintage: "2025",
    scale: "target",
    width: "900px",
    height: "900px",
  },
};

/**
 * Drill-down: the 34 provinces; choose one (click, or arrows then Enter) to open its communes,
 * "Cả nước" or Esc to come back. Commune maps exist for the seed provinces: Bắc Ninh, Nghệ An,
 * Quảng Ngãi, Lâm Đồng and Đồng Nai (one file per province, `{code}` in the URL template).
 * ILLUSTRATIVE figures, both levels in one feed.
 */
export const DrillDown2025: Story = {
  args: {
    boundaries: provinces2025,
    feed: illustrative2025,
    indicator: undefined,
    vintage: "2025",
    drill: "/fixtures/boundaries/communes-2025/{code}.topo.json",
    scale: "target",
    height: "640px",
  },
};
