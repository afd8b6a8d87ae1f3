import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import "../src/components/funnel/define.js";
import type { IndicatorFeed } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";
import { SURFACES, THEME_AND_LANG_CONTROLS } from "./shared.js";
import type { StoryTheme } from "./shared.js";

interface FunnelArgs {
  feed: unknown;
  src?: string;
  indicator?: string;
  unit?: string;
  units?: string;
  basis: "target" | "first" | "previous";
  layout: "horizontal" | "vertical";
  theme: StoryTheme;
  lang: "vi" | "en";
  staleAfter?: number;
  width: string;
  /** A fixed height for the wrapper (with `fit`, the funnel fills it). */
  height?: string;
  fit?: boolean;
}

/**
 * Đắk Nông with a second, made-up unit (Gia Nghĩa city): the seed reports give e-ID funnels for
 * one unit only, so this shows small multiples with illustrative figures.
 */
function dakNongWithGiaNghia(): IndicatorFeed {
  const feed = structuredClone(dakNong) as IndicatorFeed;
  const indicator = feed.indicators[0];
  if (indicator?.kind === "funnel")
    indicator.observations.push({
      unit: "660",
      quota: 60000,
      note: "Số liệu minh hoạ, không có trong báo cáo.",
      stages: {
        registered: { value: 51000, levels: { "level-1": 9000, "level-2": 42000 } },
        activated: { value: 34000, levels: { "level-1": 6000, "level-2": 28000 } },
      },
    });
  return feed;
}

const meta: Meta<FunnelArgs> = {
  title: "Widgets/Funnel",
  component: "chiso-funnel",
  tags: ["autodocs"],
  argTypes: {
    feed: { control: false },
    basis: { control: "inline-radio", options: ["target", "first", "previous"] },
    layout: { control: "inline-radio", options: ["horizontal", "vertical"] },
    ...THEME_AND_LANG_CONTROLS,
  },
  args: {
    feed: ngheAn,
    indicator: "eid",
    basis: "target",
    layout: "horizontal",
    theme: "light",
    lang: "vi",
    width: "760px",
  },
  render: (args) =>
    html`<div
      lang=${args.lang}
      style="background: ${SURFACES[args.theme]}; padding: 1rem; max-width: ${args.width}; ${
        args.height ? `height: ${args.height}; display: flex; flex-direction: column` : ""
      }"
    >
      <chiso-funnel
        .data=${args.src ? undefined : args.feed}
        src=${ifDefined(args.src)}
        indicator=${ifDefined(args.indicator)}
        unit=${ifDefined(args.unit)}
        units=${ifDefined(args.units)}
        basis=${args.basis}
        layout=${args.layout}
        theme=${args.theme}
        stale-after=${ifDefined(args.staleAfter)}
        ?fit=${args.fit}
        style=${args.height ? "flex: 1; min-height: 0" : ""}
      ></chiso-funnel>
    </div>`,
};
export default meta;

type Story = StoryObj<FunnelArgs>;

/** Nghệ An, 13/7/2023: collected 103,19 % of the quota (above target); the report's 77,93 % for activations disagrees with its own counts (80,39 %). */
export const NgheAn: Story = {};

/** Đắk Nông, 9/12/2023: registered and activated split into mức 1 / mức 2 (hatched / solid). */
export const DakNongLevels: Story = { args: { feed: dakNong, indicator: "eid" } };

/** Bình Long's "90 ngày đêm" campaign: each stage has its own target (27.410 and 40.896). */
export const BinhLongCampaign: Story = { args: { feed: binhLong, indicator: "eid-campaign" } };

/** Bắc Giang: health-insurance look-ups by chip ID, 448.073 → 289.580 successful. */
export const HealthInsuranceLookups: Story = {
  args: { feed: bacGiang, indicator: "bhyt-chip-lookup" },
};

/** Quảng Ngãi's Youth Union: "hơn 9.000" activations after "hơn 5.000" collections, flagged, not clamped. */
export const GrowingStage: Story = { args: { feed: quangNgai, indicator: "eid-youth-union" } };

/** Bắc Giang's e-ID funnel: only the first stage is reported; the others show as missing, not 0. */
export const MissingStages: Story = { args: { feed: bacGiang, indicator: "eid" } };

/** Percentages of the first stage instead of the quota. */
export const BasisFirst: Story = { args: { basis: "first" } };

/** Percentages of the previous stage (step conversion). */
export const BasisPrevious: Story = { args: { basis: "previous" } };

export const Vertical: Story = { args: { layout: "vertical" } };

export const VerticalLevels: Story = {
  args: { feed: dakNong, indicator: "eid", layout: "vertical" },
};

export const English: Story = { args: { lang: "en" } };

/** Wall display: high contrast, large type. */
export const Ioc: Story = { args: { theme: "ioc", width: "1200px" } };

/** An IOC wall cell at 1080p (668 × 496 px): with `fit` the type follows the cell, and in a wide cell each stage tightens to three lines instead of running past the bottom. */
export const IocWallCell: Story = {
  args: { theme: "ioc", width: "668px", height: "496px", fit: true },
};

export const IocVertical: Story = {
  args: { feed: binhLong, indicator: "eid-campaign", theme: "ioc", layout: "vertical", lang: "en" },
};

export const Dark: Story = { args: { feed: dakNong, indicator: "eid", theme: "dark" } };

/** Two units on one shared scale (the Gia Nghĩa figures are illustrative). */
export const SmallMultiples: Story = {
  args: { feed: dakNongWithGiaNghia(), indicator: "eid", units: "all", width: "1200px" },
};

/** A narrow container: labels stack above the bars. */
export const Narrow: Story = { args: { width: "320px" } };

/** The feed is older than `stale-after`: the shared stale chip. */
export const Stale: Story = { args: { staleAfter: 3600 } };

/** The feed could not be loaded: the shared error state with a retry button. */
export const LoadError: Story = { args: { src: "/feeds/does-not-exist.json" } };
