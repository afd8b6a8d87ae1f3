import { expect } from "@open-wc/testing";
import { render } from "lit";
import type { TemplateResult } from "lit";
import "./support/guard.js";
import { takeConsole } from "./support/guard.js";
import * as choropleth from "../stories/choropleth.stories.js";
import * as funnel from "../stories/funnel.stories.js";
import * as gauge from "../stories/gauge.stories.js";
import * as serviceBoard from "../stories/service-board.stories.js";
import * as statusPanel from "../stories/status-panel.stories.js";
import * as trend from "../stories/trend.stories.js";

type Args = Record<string, unknown>;
type Render = (args: Args, context: unknown) => TemplateResult;
interface StoryModule {
  default: { title?: string; args?: Args; render?: Render };
  [name: string]: unknown;
}

const MODULES = {
  choropleth,
  funnel,
  gauge,
  serviceBoard,
  statusPanel,
  trend,
} as unknown as Record<string, StoryModule>;

const settle = async (root: Element) => {
  // Stories that load by URL (`src`, `boundaries`) or sit in a loading state settle in a moment.
  for (let i = 0; i < 40; i++) {
    const elements = [...root.querySelectorAll("*")].filter((e) => e.tagName.startsWith("CHISO-"));
    await Promise.all(
      elements.map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    const busy = elements.some((e) => e.shadowRoot?.querySelector('[aria-busy="true"]'));
    if (!busy && i > 2) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/**
 * Every story, exactly as Storybook renders it (its meta args, its own args, its render
 * function), checked with axe-core: the accessibility addon's findings, but in the test command.
 */
describe("every Storybook story is accessible (axe)", () => {
  for (const [file, module] of Object.entries(MODULES)) {
    const meta = module.default;
    for (const [name, value] of Object.entries(module)) {
      if (name === "default" || !value || typeof value !== "object") continue;
      const story = value as { args?: Args; render?: Render; name?: string };
      it(`${meta.title ?? file} / ${story.name ?? name}`, async function () {
        // axe over the 10 600-commune story's data table takes a while.
        this.timeout(180_000);
        const args = { ...meta.args, ...story.args };
        const renderStory = story.render ?? meta.render;
        expect(renderStory, "the story renders").to.be.a("function");
        const host = document.createElement("div");
        host.className = "chiso-story";
        document.body.append(host);
        try {
          render(renderStory!(args, { args, globals: {}, id: name }), host);
          await settle(host);
          await expect(host).to.be.accessible();
        } finally {
          host.remove();
          takeConsole(); // a story of a failing feed warns by design
        }
      });
    }
  }
});
