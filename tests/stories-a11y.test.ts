import { expect } from "@open-wc/testing";
import { render } from "lit";
import type { TemplateResult } from "lit";
import "./support/guard.js";
import { takeConsole } from "./support/guard.js";
import { DECORATORS } from "../stories/shared.js";
import type { StoryTheme } from "../stories/shared.js";
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
interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

const MODULES = {
  choropleth,
  funnel,
  gauge,
  serviceBoard,
  statusPanel,
  trend,
} as unknown as Record<string, StoryModule>;

/** The toolbar's three themes; `undefined` is no choice, each story in its own. */
const THEMES: (StoryTheme | undefined)[] = [undefined, "light", "dark", "ioc"];

/** The success criteria the audit of issue 19 holds every story to, and axe's best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

type Context = { args: Args; globals: Record<string, unknown>; id: string };
type Decorate = (story: (update?: Partial<Context>) => unknown, context: Context) => unknown;

/**
 * Storybook's composition of decorators (preview-api's defaultDecorateStory, which cannot load
 * in the test page: it brings the testing library): the first decorator wraps the story, each
 * next one wraps the last, and a decorator's `story(update)` renders with `update` merged into
 * the context — which is how the theme decorator hands the story its `theme` and `lang`.
 */
function decorate(render: Render, decorators: readonly Decorate[]) {
  return decorators.reduce<(context: Context) => unknown>(
    (inner, decorator) => (context) =>
      decorator((update) => inner({ ...context, ...update }), context),
    (context) => render(context.args, context),
  );
}

const settle = async (root: Element) => {
  // Stories that load by URL (`src`, `boundaries`) or sit in a loading state settle in a moment.
  for (let i = 0; i < 40; i++) {
    const elements = chisoElements(root);
    await Promise.all(
      elements.map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    const busy = elements.some((e) => e.shadowRoot?.querySelector('[aria-busy="true"]'));
    if (!busy && i > 2) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const chisoElements = (root: Element) =>
  [...root.querySelectorAll("*")].filter((e) => e.tagName.startsWith("CHISO-"));

/**
 * Violations the audit of issue 19 found and a later part of it fixes, by story title. Listed,
 * not skipped: the test fails when they are fixed too, so the entry goes with the fix. (The
 * national wall's 49×12 px tiles, 2.5.8, are fixed: tiles keep 12 px type and 24 px targets.)
 */
const KNOWN: Record<string, string[]> = {};

async function axeViolations(root: Element): Promise<{ ids: string[]; report: string }> {
  // The browser build registers window.axe (as chai-a11y-axe loads it); it ships no types.
  // @ts-expect-error -- no declaration file for axe.min.js
  if (!window.axe) await import("axe-core/axe.min.js");
  const result = await window.axe!.run(root, {
    runOnly: { type: "tag", values: AXE_TAGS },
    resultTypes: ["violations"],
  });
  const report = result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}×)\n` +
      v.nodes
        .slice(0, 3)
        .map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`)
        .join("\n"),
  );
  return { ids: result.violations.map((v) => v.id), report: report.join("\n") };
}

/**
 * Every story as Storybook renders it: its meta args and its own, its render function, wrapped
 * in the project's decorators (the ones .storybook/preview.ts gives Storybook) by Storybook's
 * way of composing them (`decorate` above), with the toolbar's theme unset (the story's own) and set to each
 * theme — then checked with axe-core.
 */
describe("every Storybook story is accessible (axe) in every theme, through the decorators", () => {
  for (const [file, module] of Object.entries(MODULES)) {
    const meta = module.default;
    for (const [name, value] of Object.entries(module)) {
      if (name === "default" || !value || typeof value !== "object") continue;
      const story = value as { args?: Args; render?: Render; name?: string };
      for (const theme of THEMES) {
        const args = { ...meta.args, ...story.args };
        const expected = theme ?? (args.theme as StoryTheme | undefined) ?? "light";
        const title = `${meta.title ?? file} / ${story.name ?? name} · ${theme ?? "own theme"}`;
        it(title, async function () {
          // axe over the 10 600-commune story's data table takes a while.
          this.timeout(180_000);
          const renderStory = story.render ?? meta.render;
          expect(renderStory, "the story renders").to.be.a("function");
          const decorated = decorate(renderStory!, DECORATORS as unknown as Decorate[]);
          const host = document.createElement("div");
          document.body.append(host);
          try {
            render(decorated({ args, globals: theme ? { theme } : {}, id: name }), host);
            await settle(host);
            const elements = chisoElements(host);
            expect(elements.length, "the story shows a chiso element").to.be.greaterThan(0);
            // What a reader sees: the element in the theme the story (or the toolbar) asks for.
            for (const element of elements)
              expect(element.getAttribute("theme"), element.tagName).to.equal(expected);
            const { ids, report } = await axeViolations(host);
            expect(ids, report).to.deep.equal(KNOWN[title] ?? []);
          } finally {
            host.remove();
            takeConsole(); // a story of a failing feed warns by design
          }
        });
      }
    }
  }
});
