import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "../src/components/status-panel/define.js";
import type { ChisoStatusPanel } from "../src/components/status-panel/status-panel.element.js";
import type { DataMode, Health, IndicatorFeed, StatusIndicator } from "../src/data/schema.js";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import { SURFACES, THEME_AND_LANG_CONTROLS } from "./shared.js";
import type { StoryTheme } from "./shared.js";

interface StatusPanelArgs {
  feed: unknown;
  layout: "tiles" | "list";
  groupBy: "none" | "mode" | "group";
  sort: "feed" | "mode" | "staleness" | "name";
  theme: StoryTheme;
  lang: "vi" | "en";
  pixelShift: boolean;
  /** Pretend the wall's clock reads this instant (ISO), so the 2023 report looks live. */
  at?: string;
  width: string;
  height: string;
}

const statusOf = (feed: IndicatorFeed) =>
  feed.indicators.find((indicator) => indicator.kind === "status") as StatusIndicator;

/** A clock that starts at `iso` and runs in real time. */
function clockAt(iso: string | undefined) {
  if (!iso) return Date;
  const offset = Date.parse(iso) - Date.now();
  return { now: () => Date.now() + offset };
}

/** A national wall: 34 provinces × 15 subsystems, labels illustrative. */
function nationalWall(): IndicatorFeed {
  const feed = structuredClone(ngheAn) as IndicatorFeed;
  const base = statusOf(feed).subsystems;
  statusOf(feed).subsystems = Array.from({ length: 510 }, (_, i) => {
    const model = base[i % base.length]!;
    return {
      ...model,
      id: `tinh-${Math.floor(i / 15) + 1}-${i % 15}`,
      label: `${typeof model.label === "string" ? model.label : model.label.vi} · Tỉnh ${Math.floor(i / 15) + 1}`,
      group: `Tỉnh ${Math.floor(i / 15) + 1}`,
      health: (i % 47 === 0 ? "down" : i % 13 === 0 ? "degraded" : "ok") as Health,
    };
  });
  return feed;
}

const meta: Meta<StatusPanelArgs> = {
  title: "Widgets/Status panel",
  component: "chiso-status-panel",
  tags: ["autodocs"],
  argTypes: {
    feed: { control: false },
    layout: { control: "inline-radio", options: ["tiles", "list"] },
    groupBy: { control: "inline-radio", options: ["none", "mode", "group"] },
    sort: { control: "inline-radio", options: ["feed", "mode", "staleness", "name"] },
    ...THEME_AND_LANG_CONTROLS,
  },
  args: {
    feed: ngheAn,
    layout: "tiles",
    groupBy: "none",
    sort: "feed",
    theme: "ioc",
    lang: "vi",
    pixelShift: false,
    at: "2023-07-26T17:02:00+07:00",
    width: "100%",
    height: "720px",
  },
  render: (args) =>
    html`<div
      lang=${args.lang}
      style="background: ${SURFACES[args.theme]}; width: ${args.width}; height: ${args.height}"
    >
      <chiso-status-panel
        .data=${args.feed}
        .clock=${clockAt(args.at)}
        layout=${args.layout}
        group-by=${args.groupBy}
        sort=${args.sort}
        theme=${args.theme}
        ?pixel-shift=${args.pixelShift}
      ></chiso-status-panel>
    </div>`,
};
export default meta;

type Story = StoryObj<StatusPanelArgs>;

/**
 * Nghệ An IOC, report 552/BC-TCT of 26/7/2023: 5 online, 2 manual, 1 simulated, 1 awaiting a
 * service contract. Update times are illustrative; the clock is set to 17:02 that day.
 */
export const NgheAnIoc: Story = {};

/** 45 minutes later with no new data: the online feeds are overdue (⚠ and a yellow frame). */
export const Overdue: Story = { args: { at: "2023-07-26T17:40:00+07:00", sort: "staleness" } };

/** The same data today: everything is years old, which is exactly what a wall should say. */
export const RealClock: Story = { args: { at: undefined } };

export const GroupedByMode: Story = { args: { groupBy: "mode" } };

/** Portal: compact rows, light theme, grouped by mode; height follows the content. */
export const PortalList: Story = {
  args: { layout: "list", theme: "light", groupBy: "mode", height: "auto", width: "860px" },
};

export const English: Story = { args: { lang: "en" } };

export const NarrowList: Story = {
  args: { layout: "list", theme: "light", width: "360px", height: "auto" },
};

/**
 * A national wall with 510 subsystems: tiles turn dense (name on two lines and state icon) and
 * keep 12 px type and 24 px targets; the grid scrolls (a wall cell with `fit` pages them).
 */
export const NationalWall: Story = {
  args: { feed: nationalWall(), sort: "staleness", height: "900px" },
};

const MODES_CYCLE: DataMode[] = ["online", "online", "online", "manual", "offline"];

/**
 * A simulated live feed: every 3 s a new `data` object arrives (never mutated in place). Online
 * subsystems report on time, one of them drops out now and then, Tourism switches between manual
 * and online; the live region announces each change once.
 */
export const LiveSimulated: Story = {
  args: { at: undefined, pixelShift: true },
  render: (args) => {
    let step = 0;
    const next = (): IndicatorFeed => {
      const feed = structuredClone(ngheAn) as IndicatorFeed;
      const now = Date.now();
      feed.generatedAt = new Date(now).toISOString();
      for (const [i, subsystem] of statusOf(feed).subsystems.entries()) {
        if (subsystem.mode === "online") {
          const late = (step + i) % 7 === 0;
          subsystem.lastUpdated = new Date(now - (late ? 20 : 2) * 60_000).toISOString();
          subsystem.health = (step + i) % 11 === 0 ? "down" : "ok";
        } else if (subsystem.lastUpdated) {
          subsystem.lastUpdated = new Date(now - 30 * 60_000).toISOString();
        }
        if (subsystem.id === "du-lich") subsystem.mode = MODES_CYCLE[step % MODES_CYCLE.length]!;
      }
      step += 1;
      return feed;
    };
    const timer: ReturnType<typeof setInterval> = setInterval(() => {
      const element = document.querySelector<ChisoStatusPanel>(".live-story chiso-status-panel");
      if (!element) {
        if (step > 0) clearInterval(timer); // the story was left
        return;
      }
      element.data = next();
    }, 3_000);
    const template = meta.render!({ ...args, feed: next() }, {} as never);
    return html`<div class="live-story">${template}</div>`;
  },
};

/** The feed URL cannot be reached and there never was data: the shared error state. */
export const LoadError: Story = {
  render: (args) =>
    html`<div style="background: ${SURFACES[args.theme]}; height: 240px">
      <chiso-status-panel theme=${args.theme} src="/feeds/does-not-exist.json"></chiso-status-panel>
    </div>`,
};
