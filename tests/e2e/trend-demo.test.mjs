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

test("the wall's trend: five provinces in one cell, readable without hover, updated in place", async () => {
  // Its own server with a 2 s tick, so the latest month moves while the page is open.
  const port = await freePort();
  const live = await startDemoServer(port, { CHISO_LIVE_TICK: "2" });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(`http://127.0.0.1:${port}/wall.html`);
    await page.waitForFunction(
      () => document.querySelector("chiso-trend")?.shadowRoot?.querySelectorAll(".panel").length,
      null,
      { timeout: 20_000 },
    );
    const read = () =>
      page.evaluate(() => {
        const trend = document.querySelector("chiso-trend");
        const panels = [...trend.shadowRoot.querySelectorAll(".panel")];
        const cell = trend.getBoundingClientRect();
        const inside = (e) => {
          const box = e.getBoundingClientRect();
          return box.top >= cell.top - 1 && box.bottom <= cell.bottom + 1;
        };
        return {
          names: panels.map((p) => p.querySelector(".name").textContent.trim()),
          values: panels.map((p) => p.querySelector(".panel-value").textContent.trim()),
          valuePx: parseFloat(getComputedStyle(panels[0].querySelector(".panel-value")).fontSize),
          inCell: [...trend.shadowRoot.querySelectorAll(".panel, .readout, summary")].every(inside),
          sameNode: panels[0].dataset.seen === "yes",
          mark: (panels[0].dataset.seen = "yes"),
        };
      });
    const first = await read();
    assert.deepEqual(first.names, ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế"]);
    for (const value of first.values) assert.match(value, /^\d{2},\d{2} %$/);
    assert.ok(first.inCell, "panels, readout and table button inside the cell");
    assert.ok(first.valuePx >= 24, `latest values in ${first.valuePx} px type at 1080p`);
    // The next ticks change November's counts: the same panels show the new values.
    await page.waitForFunction(
      (before) =>
        [...document.querySelector("chiso-trend").shadowRoot.querySelectorAll(".panel-value")]
          .map((v) => v.textContent.trim())
          .join("|") !== before,
      first.values.join("|"),
      { timeout: 20_000 },
    );
    const next = await read();
    assert.ok(next.sameNode, "updated in place, not rebuilt");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await stopServer(live);
  }
});
