import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import "../src/components/trend/define.js";
// Illustrative monthly history anchored on the real Bắc Giang February 2023 figure
// (scripts/build-history-fixtures.mjs); labelled "dữ liệu minh họa" in the feed.
import history from "../fixtures/history/history.json";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import { SURFACES, THEME_AND_LANG_CONTROLS } from "./shared.js";
import type { StoryTheme } from "./shared.js";

interface TrendArgs {
  feed: unknown;
  src?: string;
  variant: "line" | "columns";
  periods: number;
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
        style="width: ${args.width}"
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
