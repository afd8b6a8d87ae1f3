// Every element in Vietnamese and English, light and IOC theme, from the committed seed feeds:
// each renders real figures in its language's number format, with no error state, and the page is
// saved to test-results/screenshots/gallery-<lang>-<theme>.png for a human to look at (these are
// artefacts, not baselines: the status panel's ages move with the date).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { launchBrowser, servePages, waitForWidgets } from "./harness.mjs";

let browser;
let site;

before(async () => {
  site = await servePages("tests/e2e/gallery");
  browser = await launchBrowser();
  mkdirSync("test-results/screenshots", { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** What each language must show: Bắc Giang's overall rate and counts, Nghệ An's e-ID count. */
const EXPECTED = {
  vi: { rate: "85,29 %", count: "42.328", eid: "1.763.014", words: "Dưới chỉ tiêu" },
  en: { rate: "85.29%", count: "42,328", eid: "1,763,014", words: "Below target" },
};

for (const lang of ["vi", "en"])
  for (const theme of ["light", "ioc"])
    test(`every element renders real figures in ${lang}, ${theme} theme`, async () => {
      const page = await browser.newPage({
        viewport: { width: 1600, height: 1000 },
        reducedMotion: "reduce",
      });
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${site.url}/?lang=${lang}&theme=${theme}`);
      const widgets = await waitForWidgets(page);
      assert.equal(widgets.length, 5);
      assert.deepEqual(
        widgets.filter((widget) => widget.alerts.length),
        [],
        "no widget may be in an error state",
      );
      const text = (tag) => widgets.find((widget) => widget.tag === tag).text;
      const expected = EXPECTED[lang];
      assert.ok(text("chiso-gauge").includes(expected.rate), text("chiso-gauge"));
      assert.ok(text("chiso-gauge").includes(expected.count));
      assert.ok(text("chiso-funnel").includes(expected.eid));
      assert.ok(text("chiso-service-board").includes(expected.words));
      assert.ok(text("chiso-choropleth").includes(lang === "vi" ? "88,66 %" : "88.66%"));
      // Nothing is wider than its box (a hidden screen-reader table once widened the funnel by
      // 200 px under the IOC theme's larger type, giving the page a sideways scrollbar).
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - innerWidth,
        elements: [...document.querySelectorAll("#gallery > *")]
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.tagName.toLowerCase()),
      }));
      assert.deepEqual(overflow, { page: 0, elements: [] });
      // The other language's number format must not leak in.
      const other = EXPECTED[lang === "vi" ? "en" : "vi"];
      assert.ok(!text("chiso-gauge").includes(other.rate));
      await page.waitForTimeout(400);
      await page.screenshot({
        path: `test-results/screenshots/gallery-${lang}-${theme}.png`,
        fullPage: true,
      });
      assert.deepEqual(errors, []);
      await page.close();
    });
