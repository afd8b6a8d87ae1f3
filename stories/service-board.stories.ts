import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import "../src/components/service-board/define.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";
import servicesHistory from "../fixtures/history/services-bac-giang.json";
import { SURFACES, THEME_AND_LANG_CONTROLS } from "./shared.js";
import type { StoryTheme } from "./shared.js";

interface BoardArgs {
  feed: unknown;
  src?: string;
  indicator?: string;
  unit?: string;
  sort: "rate" | "volume" | "name";
  order: "asc" | "desc";
  theme: StoryTheme;
  lang: "vi" | "en";
  staleAfter?: number;
  width: string;
  /** A fixed height (with `fit`, the board shows only the rows that fit). */
  height?: string;
  fit?: boolean;
  sparkline?: boolean;
}

/** Bắc Giang with driving licences above 100 % (illustrative 2.062 / 1.998). */
function aboveHundred(): unknown {
  const feed = structuredClone(bacGiang);
  const observations = feed.indicators[0]!.observations as Record<string, unknown>[];
  Object.assign(
    observations.find((o) => o.service === "gplx")!,
    {
      numerator: 2062,
      denominator: 1998,
      statedRate: 103.2,
    },
  );
  return feed;
}

const meta: Meta<BoardArgs> = {
  title: "Widgets/Service board",
  component: "chiso-service-board",
  tags: ["autodocs"],
  argTypes: {
    feed: { control: false },
    sort: { control: "inline-radio", options: ["rate", "volume", "name"] },
    order: { control: "inline-radio", options: ["desc", "asc"] },
    ...THEME_AND_LANG_CONTROLS,
  },
  args: {
    feed: bacGiang,
    sort: "rate",
    order: "desc",
    theme: "light",
    lang: "vi",
    width: "900px",
  },
  render: (args) =>
    html`<div lang=${args.lang} style="background: ${SURFACES[args.theme]}; padding: 1rem">
      <chiso-service-board
        style="width: ${args.width}; ${args.height ? `height: ${args.height}; display: block` : ""}"
        ?fit=${args.fit}
        ?sparkline=${args.sparkline}
        .data=${args.src ? undefined : args.feed}
        src=${ifDefined(args.src)}
        indicator=${ifDefined(args.indicator)}
        unit=${ifDefined(args.unit)}
        sort=${args.sort}
        order=${args.order}
        theme=${args.theme}
        stale-after=${ifDefined(args.staleAfter)}
      ></chiso-service-board>
    </div>`,
};
export default meta;

type Story = StoryObj<BoardArgs>;

/**
 * Bắc Giang, Phụ lục I: 25 services, 5 below the 60 % target (the report's four plus the linked
 * death service, 0 / 25), three with no dossiers (#DIV/0!) last, and the 85,29 % total.
 */
export const BacGiang: Story = {};

/** Sorted by name (Vietnamese collation). */
export const ByName: Story = { args: { sort: "name", order: "asc" } };

/** Sorted by dossiers received. */
export const ByVolume: Story = { args: { sort: "volume" } };

/** Lowest rates first; rows without a rate still come last. */
export const Ascending: Story = { args: { order: "asc" } };

/** Bình Long: "Cấp tỉnh" services not handled at this tier, no data, and no dossiers, in words. */
export const BinhLong: Story = { args: { feed: binhLong } };

/**
 * `sparkline` with a history feed: each service's last twelve months and the sentence that says
 * which way it went. Illustrative months (dữ liệu minh họa) ending in the report's real Phụ lục I;
 * the number-plate service was not reported in 09/2022, a break in its line.
 */
export const Sparklines: Story = {
  args: { feed: servicesHistory, sparkline: true, width: "1100px" },
};

/** The same in the IOC theme, in English. */
export const SparklinesWall: Story = {
  args: { feed: servicesHistory, sparkline: true, width: "1400px", theme: "ioc", lang: "en" },
};

/** A 400 px card: no rank column, bars under the rates, verdict under the name. */
export const Card: Story = { args: { width: "400px" } };

/** A 1920 px IOC wall cell. */
export const WallCell: Story = { args: { width: "1920px", theme: "ioc" } };

/** A 1080p wall's board cell (700 × 520 px) with `fit`: the type follows the cell; caption, column heads and totals stay, and the rows are paged with a pause button. */
export const WallCellFit: Story = {
  args: { width: "700px", height: "520px", theme: "ioc", fit: true },
};

export const English: Story = { args: { lang: "en" } };

/** Quảng Ngãi footnotes: printed rates only, kept at their printed precision, no totals row. */
export const PrintedRatesOnly: Story = {
  args: { feed: quangNgai, indicator: "dvc-online-services" },
};

/** Đắk Nông: groups and services mixed, many printed rates without counts. */
export const DakNong: Story = { args: { feed: dakNong } };

/** A row above 100 % (illustrative): full bar, true 103,20 %. */
export const AboveHundred: Story = { args: { feed: aboveHundred() } };

/** A district without per-service figures: the widget says so. */
export const NoServices: Story = { args: { indicator: "dvc-online-district", unit: "213" } };

export const UnknownIndicator: Story = { args: { indicator: "khong-co" } };

export const UnknownUnit: Story = { args: { unit: "99" } };

export const Stale: Story = { args: { staleAfter: 60 } };

export const FromUrl: Story = { args: { src: "/fixtures/feeds/bac-giang-2023-02.json" } };

export const LoadError: Story = { args: { src: "/fixtures/feeds/khong-co.json" } };
