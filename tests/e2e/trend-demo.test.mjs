// The portal demo's trend: the trend's own single file beside the core one, through the real demo
// server, in system Chromium — what a visitor scrolling to the bottom of the portal sees.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { freePort, launchBrowser, startDemoServer, stopServer, widgetTexts } from "./harness.mjs";

let browser;
let server;
let base;

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startDemoServer(port, { CHISO_LIVE_TICK: "3600" });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

test("the portal's trend shows the latest month, its changes and the illustrative-data label", async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/portal.html`);
  await page.waitForFunction(
    () => document.querySelector("chiso-trend")?.shadowRoot?.querySelector('[part~="value"]'),
    null,
    { timeout: 20_000 },
  );
  const trend = (await widgetTexts(page)).find((widget) => widget.tag === "chiso-trend");
  assert.ok(trend, "a trend on the portal");
  assert.match(trend.text, /Tháng 11\/2026/);
  assert.match(trend.text, /\d{2},\d{2} %/);
  assert.match(trend.text, /điểm % so với cùng kỳ năm trước/);
  assert.deepEqual(trend.alerts, []);
  const label = await page.textContent(".illustrative");
  assert.match(label, /Dữ liệu minh họa/);
  // Both single files on one page: the core elements still render next to the trend.
  const gauges = (await widgetTexts(page)).filter((widget) => widget.tag === "chiso-gauge");
  assert.ok(gauges.length >= 2 && gauges.every((gauge) => /%/.test(gauge.text)));
  assert.deepEqual(errors, []);
  await page.close();
});
