// Interop in the spirit of Custom Elements Everywhere: the same elements used from React 19 (the
// typed wrappers of `chiso/react`), Vue 3 and plain HTML. Properties, attributes and events
// round-trip; two copies of the single-file bundle on one page do not throw.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { build } from "vite";
import { launchBrowser, servePages, serveStatic } from "./harness.mjs";

let browser;
let apps;
let plain;

before(async () => {
  await build({
    configFile: false,
    logLevel: "warn",
    root: "tests/interop",
    build: {
      outDir: "../../test-results/interop",
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: { react: "tests/interop/react.html", vue: "tests/interop/vue.html" },
      },
    },
  });
  apps = await serveStatic([["/", "test-results/interop"]]);
  plain = await servePages("tests/interop");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await apps?.close();
  await plain?.close();
});

const shadowText = (page, selector) =>
  page.evaluate(
    (s) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, " ") ?? "",
    selector,
  );

for (const framework of ["react", "vue"]) {
  test(`${framework}: an object reaches the data property, attributes and events round-trip`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${apps.url}/${framework}.html`);
    await page.waitForFunction(() =>
      document.querySelector("#gauge")?.shadowRoot?.textContent?.includes("85,29 %"),
    );
    // Attribute set by the framework reached the element's reactive property.
    assert.equal(await page.evaluate(() => document.querySelector("#board").sort), "name");
    // Property replaced by the framework re-renders.
    await page.evaluate(() => window.switchFeed());
    await page.waitForFunction(() =>
      document.querySelector("#gauge")?.shadowRoot?.textContent?.includes("77,78 %"),
    );
    // Language from an ancestor attribute the framework changes.
    await page.evaluate(() => window.switchLang());
    await page.waitForFunction(() =>
      document.querySelector("#gauge")?.shadowRoot?.textContent?.includes("77.78%"),
    );
    // A user action inside the element reaches the framework's handler with the typed detail.
    await page.evaluate(() => {
      const buttons = [...document.querySelector("#board").shadowRoot.querySelectorAll("button")];
      buttons.find((button) => /rate|tỷ lệ/i.test(button.textContent)).click();
    });
    await page.waitForFunction(() => window.interopEvents.length > 0);
    const events = await page.evaluate(() => window.interopEvents);
    assert.match(events[0], /^sort:rate:(asc|desc)$/);
    assert.deepEqual(errors, []);
    assert.match(await shadowText(page, "#board"), /\d/);
    if (framework === "react")
      // The per-element wrappers registered their own elements only (no map, no d3).
      assert.deepEqual(
        await page.evaluate(() =>
          ["gauge", "service-board", "funnel", "status-panel", "choropleth"].filter((name) =>
            customElements.get(`chiso-${name}`),
          ),
        ),
        ["gauge", "service-board"],
      );
    await page.close();
  });
}

test("plain HTML: two copies of the single-file bundle on one page warn instead of throwing, and the first keeps window.chiso", async () => {
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.goto(`${plain.url}/plain.html`);
  await page.waitForFunction(() =>
    document.querySelector("#gauge")?.shadowRoot?.textContent?.includes("85,29 %"),
  );
  assert.deepEqual(errors, []);
  assert.ok(
    warnings.some((text) => text.includes("<chiso-gauge> is already defined")),
    warnings.join("\n"),
  );
  // window.chiso stays the first copy's: the one whose elements are on the page and whose hub
  // they share (the second copy's hub never saw this feed).
  const first = await page.evaluate(() => ({
    kept: window.chiso === window.firstChiso,
    sameClass: document.querySelector("#gauge") instanceof window.chiso.ChisoGauge,
    hubStatus: window.chiso.feedHub.peek("/feeds/bac-giang-2023-02.json")?.status ?? "unknown",
  }));
  assert.deepEqual(first, { kept: true, sameClass: true, hubStatus: "ok" });
  assert.ok(
    warnings.some((text) => text.includes("window.chiso is already set")),
    warnings.join("\n"),
  );
  await page.close();
});
