// Trusted Types on locked-down portals: the five elements, from the single-file bundle and from
// an app built on chiso's ES modules, under the three policies a security team may send:
// - strict with the allowlist chiso needs (`trusted-types lit-html`): everything renders, 0 violations;
// - `trusted-types 'none'`: every element still registers and shows its frame, its figures as
//   text and a note naming the directive; exactly two violations (Lit's refused policy and the
//   one probe that confirms enforcement) and one console error saying what to add;
// - no Trusted Types at all: everything renders, 0 violations.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { build } from "vite";
import { launchBrowser, serveStatic } from "./harness.mjs";

const BASE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";
const POLICIES = {
  allowlist: `${BASE_POLICY}; require-trusted-types-for 'script'; trusted-types lit-html`,
  none: `${BASE_POLICY}; require-trusted-types-for 'script'; trusted-types 'none'`,
  off: BASE_POLICY,
};
const TAGS = [
  "chiso-gauge",
  "chiso-service-board",
  "chiso-funnel",
  "chiso-status-panel",
  "chiso-choropleth",
];

let browser;
let site;

before(async () => {
  await build({
    configFile: false,
    logLevel: "warn",
    root: "tests/interop",
    build: {
      outDir: "../../test-results/trusted-types",
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { input: { esm: "tests/interop/tt-esm.html" } },
    },
  });
  site = await serveStatic(
    [
      ["/feeds/", "fixtures/feeds"],
      ["/boundaries/", "fixtures/boundaries"],
      ["/chiso.iife.js", "dist/chiso.iife.js"],
      ["/tt-iife.html", "tests/interop/tt-iife.html"],
      // Chromium asks for one on the first page; a 404 would be a console error.
      ["/favicon.ico", "demo/favicon.svg"],
      ["/", "test-results/trusted-types"],
    ],
    {
      headers: (url) => {
        const policy = POLICIES[url.searchParams.get("policy") ?? ""];
        return url.pathname.endsWith(".html") && policy
          ? { "Content-Security-Policy": policy }
          : {};
      },
    },
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page, recording CSP violations from its very first script on, and console errors. */
async function open(path, policy) {
  const page = await browser.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(event.effectiveDirective),
    );
  });
  await page.goto(`${site.url}${path}?policy=${policy}`);
  return { page, consoleErrors, pageErrors };
}

/** What a visitor sees of each element: its text, whether it is the text fallback. */
function elementsSeen(page) {
  return page.evaluate((tags) => {
    const seen = {};
    for (const tag of tags) {
      const element = document.querySelector(tag);
      const root = element?.shadowRoot;
      seen[tag] = {
        defined: Boolean(customElements.get(tag)),
        text: (root?.textContent ?? "").replace(/\s+/g, " ").trim(),
        fallback: Boolean(root?.querySelector(".text-fallback")),
        notice: root?.querySelector(".text-only-notice")?.textContent ?? "",
        firstFigure: root?.querySelector(".text-figures li")?.textContent ?? "",
      };
    }
    return seen;
  }, TAGS);
}

/** Figures every element shows once its feed (and the map's boundaries) arrived. */
const FIGURES = {
  "chiso-gauge": /85,29 %/,
  "chiso-service-board": /85,29 %/,
  "chiso-funnel": /1\.763\.014/,
  "chiso-status-panel": /Trực tuyến|trực tuyến/,
  "chiso-choropleth": /Việt Yên/,
};

async function waitForFigures(page) {
  await page.waitForFunction(
    ([tags, patterns]) =>
      tags.every((tag) =>
        new RegExp(patterns[tag]).test(document.querySelector(tag)?.shadowRoot?.textContent ?? ""),
      ),
    [TAGS, Object.fromEntries(Object.entries(FIGURES).map(([tag, re]) => [tag, re.source]))],
    { timeout: 15_000 },
  );
}

for (const bundle of ["iife", "esm"]) {
  for (const policy of ["allowlist", "off"]) {
    test(`${bundle}: with ${policy === "off" ? "no Trusted Types" : "trusted-types lit-html"}, every element draws its figures with 0 violations`, async () => {
      const { page, consoleErrors, pageErrors } = await open(`/tt-${bundle}.html`, policy);
      await waitForFigures(page);
      const seen = await elementsSeen(page);
      for (const tag of TAGS) {
        assert.equal(seen[tag].fallback, false, `${tag} fell back to text`);
        assert.match(seen[tag].text, FIGURES[tag], `${tag} shows its figures`);
      }
      // Drawn, not text: the gauge has its meter and the map its unit paths.
      assert.ok(await page.locator("chiso-gauge [role=meter]").count());
      assert.ok((await page.locator("chiso-choropleth path.unit").count()) >= 10);
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
      await page.close();
    });
  }

  test(`${bundle}: with trusted-types 'none', every element registers and shows its frame and figures as text`, async () => {
    const { page, consoleErrors, pageErrors } = await open(`/tt-${bundle}.html`, "none");
    await waitForFigures(page);
    const seen = await elementsSeen(page);
    for (const tag of TAGS) {
      assert.ok(seen[tag].defined, `${tag} is defined`);
      assert.ok(seen[tag].fallback, `${tag} shows the text fallback`);
      assert.match(seen[tag].text, FIGURES[tag], `${tag} shows its figures as text`);
      assert.match(seen[tag].notice, /trusted-types/);
      assert.match(seen[tag].notice, /lit-html/);
    }
    assert.equal(seen["chiso-gauge"].firstFigure, "85,29 %", "the gauge's main figure comes first");
    // The figures are text, never markup: nothing drawn, nothing injected.
    assert.equal(await page.locator("chiso-gauge svg, chiso-choropleth path").count(), 0);
    // Lit's policy refused, and the one probe that tells enforcement: nothing else is attempted.
    assert.deepEqual((await page.evaluate(() => window.violations)).sort(), [
      "require-trusted-types-for",
      "trusted-types",
    ]);
    assert.deepEqual(pageErrors, [], "no uncaught error");
    const advice = consoleErrors.filter((text) => text.startsWith("[chiso]"));
    assert.equal(advice.length, 1, `one console error from chiso: ${consoleErrors.join(" | ")}`);
    assert.match(advice[0], /trusted-types lit-html/);
    await page.close();
  });
}

test("English pages get the note in English", async () => {
  const { page } = await open("/tt-iife.html", "none");
  await waitForFigures(page);
  await page.evaluate(() => document.documentElement.setAttribute("lang", "en"));
  await page.waitForFunction(() =>
    /security policy/.test(
      document.querySelector("chiso-gauge")?.shadowRoot?.querySelector(".text-only-notice")
        ?.textContent ?? "",
    ),
  );
  const seen = await elementsSeen(page);
  assert.match(seen["chiso-gauge"].notice, /add lit-html to the trusted-types directive/);
  assert.equal(seen["chiso-gauge"].firstFigure, "85.29%");
  await page.close();
});
