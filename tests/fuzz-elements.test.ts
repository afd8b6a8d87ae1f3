import { expect, fixture, html } from "@open-wc/testing";
import fc from "fast-check";
import "./support/guard.js";
import { leafPaths, setAt } from "./support/json-paths.js";
import { clone, takeConsole } from "./support/guard.js";
import "../src/elements.js";
import { parseFeed } from "../src/data/parse.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const TAGS = [
  "chiso-gauge",
  "chiso-service-board",
  "chiso-funnel",
  "chiso-status-panel",
  "chiso-choropleth",
];

const hostileValue = fc.oneof(
  fc.constantFrom("NaN", "12,5", "", "<b>x</b>", "\u202Ex", -1, 0, 0.5, 1e12, null, true, {}, []),
  fc.integer({ min: -5, max: 2_000_000 }),
  fc.string({ maxLength: 20 }),
);

/** The load error a visitor sees (the feed chip, or the message), not a warning's "error" tone. */
const LOAD_ERROR = "[part=feed-state].error, .message.error";

/**
 * Thousands of mutated feeds through every element's `data` property: nothing throws out of a
 * component, an invalid feed ends in the error state (or stale, after a good one), a valid one
 * renders without an error box.
 */
describe("elements under fuzzed data", () => {
  for (const tag of TAGS) {
    it(`<${tag}> survives 300 mutated feeds: invalid → error or stale, valid → rendered`, async () => {
      const element = await fixture<Widget>(html`<div></div>`).then((host) => {
        const widget = document.createElement(tag) as Widget;
        host.append(widget);
        return widget;
      });
      const seeds = [bacGiang, ngheAn].map((seed) => ({ seed, paths: leafPaths(seed) }));
      let hadGood = false;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 1 }),
          fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 }),
          async (which, changes) => {
            const { seed, paths } = seeds[which]!;
            const feed = clone(seed);
            for (const [index, value] of changes) setAt(feed, paths[index % paths.length]!, value);
            const valid = parseFeed(feed).ok;
            element.data = feed;
            await element.updateComplete;
            const root = element.shadowRoot!;
            if (valid) {
              hadGood = true;
              expect(root.querySelector(LOAD_ERROR), "a valid feed shows no load error").to.equal(
                null,
              );
            } else if (hadGood) {
              expect(root.querySelector(".stale"), "an invalid feed after a good one is stale").to
                .exist;
            } else {
              expect(root.querySelector(LOAD_ERROR), "an invalid first feed is an error").to.exist;
            }
          },
        ),
        { numRuns: 300 },
      );
      // Widgets may warn about odd data (unmatched units…): that is their job. Errors are failures
      // (a render that threw is logged as an error by ChisoElement).
      const unexpected = takeConsole().filter((line) => line.startsWith("error:"));
      expect(unexpected).to.deep.equal([]);
    });
  }
});
