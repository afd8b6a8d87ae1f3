import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import "../src/components/trend/define.js";
// Illustrative monthly history anchored on the real Bắc Giang February 2023 figure
// (scripts/build-history-fixtures.mjs); labelled "dữ liệu minh họa" in the feed.
import history from "../fixtures/history/history.json";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
// Illustrative too: the 34 provinces of the 2025 list, 36 months (scripts/build-history-fixtures.mjs).
import provinces from "../fixtures/history/provinces-2025.json";
import reformHistory from "../fixtures/history/reform-bac-ninh.json";
import crosswalkSample from "../fixtures/crosswalk/crosswalk-2023-2025-sample.json";
import { Crosswalk, seriesAcrossReform } from "../src/data/crosswalk/index.js";
import { parseFeed } from "../src/data/parse.js";
import { SURFACES, THEME_AND_LANG_CONTROLS } from "./shared.js";
import type { StoryTheme } from "./shared.js";

interface TrendArgs {
  feed: unknown;
  src?: string;
  variant: "line" | "columns";
  periods: number;
  /** Small multiples: GSO codes or `*`. */
  units?: string;
  /** A wall cell: `fit` with this height. */
  height?: string;
  theme: StoryTheme;
  lang: "vi" | "en";
  width: string;
}

const meta: Meta<TrendArgs> = {
  title: "Widgets/Trend",
  component: "chiso-trend",
  tags: ["autodocs"],
  argTypes: {
    feed: { control: false },
    variant: { control: "inline-radio", options: ["line", "columns"] },
    periods: { control: { type: "range", min: 2, max: 47 } },
    ...THEME_AND_LANG_CONTROLS,
  },
  args: { feed: history, variant: "line", periods: 24, theme: "light", lang: "vi", width: "640px" },
  render: (args) =>
    html`<div lang=${args.lang} style="background: ${SURFACES[args.theme]}; padding: 1rem">
      <p style="margin: 0 0 0.5rem; color: ${args.theme === "light" ? "#444" : "#ccc"}">
        Dữ liệu minh họa · Illustrative data
      </p>
      <chiso-trend
        style="display: block; width: ${args.width}${args.height ? `; height: ${args.height}` : ""}"
        ?fit=${Boolean(args.height)}
        units=${ifDefined(args.units)}
        .data=${args.src ? undefined : args.feed}
        src=${ifDefined(args.src)}
        variant=${args.variant}
        periods=${args.periods}
        theme=${args.theme}
      ></chiso-trend>
    </div>`,
};
export default meta;
type Story = StoryObj<TrendArgs>;

/** Two years of monthly figures: the gap of August 2024, the 1 July 2025 reform mark, target 60 %. */
export const TwoYears: Story = {};

/** Every month since January 2023, with the "90 ngày đêm" campaign band and the June 2023 restatement. */
export const WholeHistory: Story = { args: { periods: 47 } };

/** The last twelve months as columns. */
export const Columns: Story = { args: { variant: "columns", periods: 12 } };

/** An IOC wall cell: large type, no hover needed (the readout shows the latest month). */
export const WallCell: Story = { args: { width: "1200px", theme: "ioc" } };

export const English: Story = { args: { lang: "en" } };

/** A 1.0 feed with a single period: one figure, no changes. */
export const SinglePeriod: Story = { args: { feed: bacGiang } };

/** Before the feed arrives. */
export const Loading: Story = { args: { src: "/feeds/script/never-answers" } };

/** Small multiples: the 34 provinces on one scale, three years, target 80 %. */
export const ThirtyFourProvinces: Story = {
  args: { feed: provinces, units: "*", periods: 36, width: "1366px" },
};

/** Three units listed by code, in that order; up / down moves between them. */
export const ThreeUnits: Story = {
  args: { feed: provinces, units: "01 79 48", periods: 36, width: "720px" },
};

/** Two units, as columns. */
export const TwoUnitsColumns: Story = {
  args: { feed: provinces, units: "01 48", periods: 12, variant: "columns", width: "640px" },
};

/** The 34 provinces in an IOC wall cell: fitted to the cell, large type, nothing needs hover. */
export const ThirtyFourProvincesWall: Story = {
  args: {
    feed: provinces,
    units: "*",
    periods: 36,
    theme: "ioc",
    width: "1900px",
    height: "1000px",
  },
};

export const SmallMultiplesEnglish: Story = {
  args: { feed: provinces, units: "*", periods: 24, lang: "en", width: "1024px" },
};

/**
 * Bắc Ninh (24) across 1 July 2025 through chiso/crosswalk's `seriesAcrossReform`: before the
 * reform, Bắc Giang (24, 2023 list) and old Bắc Ninh (27) added up month by month (numerators and
 * denominators, not rates); a month either did not report is a gap, never one province alone
 * (03/2024: 27; 08/2024: 24); from 07/2025 the new province's own figures.
 */
export const AcrossTheReform: Story = {
  args: {
    feed: (() => {
      const parsed = parseFeed(reformHistory);
      if (!parsed.ok) throw new Error(parsed.issues[0]!.message.en);
      return seriesAcrossReform(parsed.feed, Crosswalk.from(crosswalkSample), {
        indicator: "dvc-online",
        unit: "24",
      }).feed;
    })(),
    periods: 47,
  },
};
