import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import "../src/components/gauge/define.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";
import { SURFACES, THEME_AND_LANG_CONTROLS } from "./shared.js";
import type { StoryTheme } from "./shared.js";

interface GaugeArgs {
  feed: unknown;
  src?: string;
  indicator?: string;
  unit?: string;
  service?: string;
  variant: "arc" | "bar";
  theme: StoryTheme;
  lang: "vi" | "en";
  staleAfter?: number;
  width: string;
}

/** Bắc Giang with the all-services figure changed (edge cases the seeds do not show). */
function bacGiangTotal(change: Record<string, unknown>): unknown {
  const feed = structuredClone(bacGiang);
  Object.assign(feed.indicators[0]!.observations[0]!, change);
  return feed;
}

const meta: Meta<GaugeArgs> = {
  title: "Widgets/Gauge",
  component: "chiso-gauge",
  tags: ["autodocs"],
  argTypes: {
    feed: { control: false },
    variant: { control: "inline-radio", options: ["arc", "bar"] },
    ...THEME_AND_LANG_CONTROLS,
  },
  args: {
    feed: bacGiang,
    variant: "arc",
    theme: "light",
    lang: "vi",
    width: "400px",
  },
  render: (args) =>
    html`<div lang=${args.lang} style="background: ${SURFACES[args.theme]}; padding: 1rem">
      <chiso-gauge
        style="width: ${args.width}"
        .data=${args.src ? undefined : args.feed}
        src=${ifDefined(args.src)}
        indicator=${ifDefined(args.indicator)}
        unit=${ifDefined(args.unit)}
        service=${ifDefined(args.service)}
        variant=${args.variant}
        theme=${args.theme}
        stale-after=${ifDefined(args.staleAfter)}
      ></chiso-gauge>
    </div>`,
};
export default meta;

type Story = StoryObj<GaugeArgs>;

/** Bắc Giang 16/01–15/02/2023: 36.100 / 42.328 hồ sơ → 85,29 %, above the 60 % target. */
export const BacGiang: Story = {};

/** The same figure as a compact bullet bar for dense layouts. */
export const Bar: Story = { args: { variant: "bar" } };

/** A 160 px portal tile: number under the arc, label clamped, details one keypress away. */
export const Tile: Story = { args: { width: "160px" } };

/** A 1920 px IOC wall cell: arc and facts side by side, type scaled with the cell. */
export const WallCell: Story = { args: { width: "1920px", theme: "ioc" } };

/** English: 85.29%, 36,100 / 42,328 dossiers. */
export const English: Story = { args: { lang: "en" } };

/** A service below target: driving licences, 57,91 % against 60 %. */
export const BelowTarget: Story = { args: { service: "gplx" } };

/** Bình Long: the counts give 64,71 %; Phụ lục 02 prints 65 % (rounded), said in a note. */
export const RoundedStatedRate: Story = { args: { feed: binhLong } };

/** Nghệ An 07/2023: 62.950 / 80.935 = 77,78 %; the report says "gần 78 %". */
export const NgheAn: Story = { args: { feed: ngheAn } };

/** Quảng Ngãi's police services: 95,91 %, ▲ +1,86 điểm % since June (a printed rate only). */
export const DeltaUp: Story = { args: { feed: quangNgai, service: "nhom-cong-an" } };

/** Quảng Ngãi's ministry services: 22,83 %, ▼ −33,08 điểm % since June. */
export const DeltaDown: Story = {
  args: { feed: quangNgai, service: "nhom-bo-nganh", variant: "bar" },
};

/** A district from the second ratio indicator (Bắc Giang city, 93,27 %). */
export const District: Story = { args: { indicator: "dvc-online-district", unit: "213" } };

/** `0/0`, printed "#DIV/0!": "Không có hồ sơ", never 0 % or 100 %. */
export const NoDossiers: Story = { args: { service: "con-dau-thu-nho" } };

/** "0/0 … đạt 100 %" (illustrative): still "Không có hồ sơ". */
export const ZeroOverZeroPrintedAsFull: Story = {
  args: { feed: bacGiangTotal({ numerator: 0, denominator: 0, statedRate: 100 }) },
};

/** Above 100 % (illustrative 43.683 / 42.328): the arc is full, the true 103,20 % is printed. */
export const AboveHundred: Story = {
  args: { feed: bacGiangTotal({ numerator: 43683, denominator: 42328, statedRate: 103.2 }) },
};

/** A printed rate the counts contradict (illustrative 95 %): the computed 85,29 % plus a warning. */
export const DisagreeingStatedRate: Story = {
  args: { feed: bacGiangTotal({ statedRate: 95 }) },
};

/** Not handled at this tier (Bình Long, passports are provincial). */
export const NotApplicable: Story = { args: { feed: binhLong, service: "ho-chieu" } };

/** Not reported (Bình Long, driving licences). */
export const NoData: Story = { args: { feed: binhLong, service: "gplx" } };

/** An unknown indicator id: the widget says so. */
export const UnknownIndicator: Story = { args: { indicator: "khong-co" } };

/** An unknown unit code. */
export const UnknownUnit: Story = { args: { unit: "99" } };

/** Data older than `stale-after` seconds: the shared stale badge. */
export const Stale: Story = { args: { staleAfter: 60 } };

/** Loaded over HTTP from the published fixture. */
export const FromUrl: Story = { args: { src: "/fixtures/feeds/bac-giang-2023-02.json" } };

/** A feed that cannot be loaded: the error state with a retry button. */
export const LoadError: Story = { args: { src: "/fixtures/feeds/khong-co.json" } };
