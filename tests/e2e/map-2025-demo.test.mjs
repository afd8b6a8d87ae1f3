// The 2025 map page through the real demo server (strict CSP), in system Chromium: the 34
// provinces drill into Nghệ An's 130 communes and back by keyboard, the 3 321 communes are drawn,
// and Bắc Giang's real 2023 figures are re-aggregated to the 2025 province — or refused, with why.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useDemoServer } from "./harness.mjs";

const demo = useDemoServer();

const unitCount = (page, role) =>
  page.evaluate(
    (r) =>
      document.querySelector(`[data-role="${r}"]`)?.shadowRoot?.querySelectorAll("path.unit")
        .length ?? 0,
    role,
  );
const trail = (page) =>
  page.evaluate(() =>
    (
      document.querySelector('[data-role="drill"]').shadowRoot.querySelector('[part="trail"]')
        ?.textContent ?? ""
    )
      .replace(/\s+/g, " ")
      .trim(),
  );

test("the 2025 map page: drill-down by keyboard, the national commune map, the crosswalk", async () => {
  const page = await demo.browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${demo.base}/map-2025.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-role="drill"]')?.shadowRoot?.querySelectorAll("path.unit")
        .length === 34,
    null,
    { timeout: 20_000 },
  );
  assert.match(await page.textContent(".illustrative"), /Dữ liệu minh họa/);
  assert.equal(await trail(page), "Cả nước");

  // A pointer opens Nghệ An; the keyboard comes back and opens it again.
  await page.click('[data-role="drill"] >> path.unit[data-code="40"]');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-role="drill"]').shadowRoot.querySelectorAll("path.unit")
        .length === 130,
    null,
    { timeout: 20_000 },
  );
  assert.equal(await trail(page), "Cả nước › Tỉnh Nghệ An");
  const focused = () =>
    page.evaluate(() => {
      const map = document.querySelector('[data-role="drill"]');
      return map.shadowRoot.activeElement === map.shadowRoot.querySelector('[part="map"]');
    });
  assert.ok(await focused(), "focus on the communes' map");
  await page.keyboard.press("Escape");
  await page.waitForFunction(
    () =>
      document.querySelector('[data-role="drill"]').shadowRoot.querySelectorAll("path.unit")
        .length === 34,
  );
  assert.ok(await focused(), "focus on the provinces' map");
  assert.match(
    await page.evaluate(
      () =>
        document.querySelector('[data-role="drill"]').shadowRoot.querySelector(".live").textContent,
    ),
    /Nghệ An/,
  );
  // Back on Nghệ An: Enter opens it again, by keyboard alone.
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () =>
      document.querySelector('[data-role="drill"]').shadowRoot.querySelectorAll("path.unit")
        .length === 130,
  );
  await page.keyboard.press("Backspace");
  await page.waitForFunction(
    () =>
      document.querySelector('[data-role="drill"]').shadowRoot.querySelectorAll("path.unit")
        .length === 34,
  );

  // The national map: 3 321 communes on a canvas; its table lists real names.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-role="national"]')?.shadowRoot?.querySelector("canvas") &&
      !document
        .querySelector('[data-role="national"]')
        .shadowRoot.querySelector('[aria-busy="true"]'),
    null,
    { timeout: 90_000 },
  );
  await page.click('[data-role="national"] >> .table-toggle');
  const rows = await page.evaluate(() =>
    [
      ...document
        .querySelector('[data-role="national"]')
        .shadowRoot.querySelectorAll("tbody tr th"),
    ].map((cell) => cell.textContent.trim()),
  );
  assert.equal(rows.length, 3321);
  assert.ok(rows.includes("Phường Ba Đình") && rows.includes("Đặc khu Hoàng Sa"));

  // The reform: the real 2023 district figures, and the 2025 province refused with its reason.
  assert.equal(await unitCount(page, "districts-2023"), 10);
  await page.waitForFunction(
    () => !/Đang quy đổi/.test(document.querySelector('[data-role="conversion"]').textContent),
  );
  const conversion = await page.textContent('[data-role="conversion"]');
  assert.match(
    conversion,
    /Tỉnh Bắc Ninh: không quy đổi được — thiếu số liệu của: Tỉnh Bắc Ninh \(27\)/,
  );
  assert.equal(await unitCount(page, "province-2025"), 34);
  assert.equal(await unitCount(page, "communes-24"), 99);
  assert.deepEqual(problems, []);
  await page.close();
});
