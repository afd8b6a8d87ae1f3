// Security: every element renders under a strict CSP (no inline script or style, Trusted Types
// required) with zero violations, and feeds whose every text field is an attack render as inert
// text: no element created, no handler run, the attack visible as characters.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, servePages, serveStatic } from "./harness.mjs";

let browser;
let site;

before(async () => {
  site = await servePages("tests/interop");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test("every element renders hostile feed text as inert text under a strict CSP, with zero violations", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site.url}/csp.html`);
  await page.waitForFunction(() => window.ready === true);
  await page.waitForTimeout(1000);
  const report = await page.evaluate(() => {
    const elements = [...document.querySelectorAll("body > *")].filter((e) =>
      e.tagName.startsWith("CHISO-"),
    );
    return {
      violations: window.violations,
      pwned: window.pwned ?? null,
      rendered: elements.map((element) => ({
        tag: element.tagName.toLowerCase(),
        text: element.shadowRoot?.textContent ?? "",
        injected:
          element.shadowRoot?.querySelectorAll("img, script, iframe, a[href^='javascript']")
            .length ?? -1,
      })),
    };
  });
  assert.deepEqual(report.violations, [], "CSP violations");
  assert.equal(report.pwned, null, "an attack ran");
  for (const element of report.rendered) {
    assert.equal(element.injected, 0, `${element.tag} created elements from feed text`);
    assert.ok(element.text.length > 50, `${element.tag} rendered nothing`);
  }
  const all = report.rendered.map((element) => element.text).join(" ");
  assert.ok(all.includes("<img src=x onerror="), "the attack shows as text");
  assert.deepEqual(errors, []);
  await page.close();
});

test("cross-origin feeds are requested without credentials", async () => {
  const page = await browser.newPage();
  // Same host name, other port: a different origin (cookies ignore ports, so one is sent if allowed).
  const other = await serveStatic([["/feeds/", "fixtures/feeds"]]);
  const credentials = [];
  await page.route(`${other.url}/feeds/**`, async (route) => {
    credentials.push((await route.request().allHeaders())["cookie"] ?? "none");
    await route.continue();
  });
  await page.context().addCookies([{ name: "session", value: "secret", url: other.url }]);
  await page.goto(`${site.url}/plain.html`);
  await page.evaluate((url) => {
    const gauge = document.createElement("chiso-gauge");
    gauge.setAttribute("src", `${url}/feeds/nghe-an-2023-07.json`);
    document.body.append(gauge);
  }, other.url);
  await page.waitForTimeout(1500);
  await other.close();
  assert.ok(credentials.length >= 1);
  assert.ok(
    credentials.every((cookie) => !cookie.includes("secret")),
    `cookies sent: ${credentials}`,
  );
  await page.close();
});
