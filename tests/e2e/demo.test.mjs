// The demos as a visitor and an operator see them: the portal section and the IOC wall load the
// single-file bundle from the real demo server, every widget renders real figures (no error
// state), screenshots match reviewed baselines, and the wall goes stale when the feed server
// stops and recovers when it comes back.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  compareWithBaseline,
  freePort,
  launchBrowser,
  startDemoServer,
  stopServer,
  waitForWidgets,
  widgetTexts,
} from "./harness.mjs";

let browser;
let server;
let port;
let base;

before(async () => {
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // A frozen live feed (no ticking) keeps screenshots comparable run to run.
  server = await startDemoServer(port, { CHISO_LIVE_TICK: "3600" });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

async function openPage(path, width, height) {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: "reduce" });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`${base}${path}`);
  return { page, errors };
}

/** Masks what legitimately changes between runs (the wall clock). */
async function freeze(page) {
  await page.addStyleTag({ content: "#wall-clock { visibility: hidden; }" });
}

async function screenshotMatches(page, name) {
  const png = await page.screenshot({ fullPage: false });
  const result = await compareWithBaseline(page, png, name);
  assert.ok(
    result.created || result.ok,
    `${name} differs from its baseline on ${(result.ratio * 100).toFixed(2)} % of pixels (see test-results/screenshots/${name}.png)`,
  );
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
]) {
  test(`the portal demo renders every widget with real figures at ${width}×${height}`, async () => {
    const { page, errors } = await openPage("/portal.html", width, height);
    const widgets = await waitForWidgets(page);
    assert.deepEqual(
      widgets.filter((widget) => widget.alerts.length),
      [],
      "no widget may be in an error state",
    );
    const text = widgets.map((widget) => widget.text).join(" | ");
    assert.match(text, /85,29 %/, "Bắc Giang overall online rate");
    assert.match(text, /36\.100/, "numerator");
    assert.match(text, /42\.328/, "denominator");
    assert.match(text, /448\.073/, "chip look-ups");
    await page.waitForTimeout(500);
    await screenshotMatches(page, `portal-${width}x${height}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("the portal's report selector switches every widget to the chosen report", async () => {
  const { page, errors } = await openPage("/portal.html", 1366, 768);
  await waitForWidgets(page);
  await page.selectOption("#report", "nghe-an-2023-07");
  await page.waitForFunction(() => {
    const gauge = document.querySelector('chiso-gauge[data-role="overall"]');
    return gauge?.shadowRoot?.textContent?.includes("77,78 %");
  });
  const widgets = await widgetTexts(page);
  const funnel = widgets.find((widget) => widget.tag === "chiso-funnel");
  assert.match(funnel.text, /1\.763\.014/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** What each report of the portal must show: its own figures, read off the source report. */
const REPORT_FIGURES = {
  "bac-giang-2023-02": [/85,29 %/, /88,66 %/, /448\.073/],
  "nghe-an-2023-07": [/77,78 %/, /trên 51 %/, /1\.763\.014/],
  "binh-long-2023-09": [/64,71 %/, /61,35 %/, /Đăng ký thường trú/],
  "dak-nong-2023-12": [/88,01 %/, /75,26 %/, /342\.934/],
  "quang-ngai-2023-07": [/95,91 %/, /22,83 %/, /473\.554/],
};

test("every report of the portal shows real figures: no configuration text, no empty card (issue 13.2)", async () => {
  const { page, errors } = await openPage("/portal.html", 1366, 768);
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  for (const [report, figures] of Object.entries(REPORT_FIGURES)) {
    await page.selectOption("#report", report);
    await page.waitForFunction(
      (pattern) =>
        new RegExp(pattern).test(
          document.querySelector('chiso-gauge[data-role="overall"]')?.shadowRoot?.textContent ?? "",
        ),
      figures[0].source,
    );
    const widgets = await waitForWidgets(page);
    const text = widgets.map((widget) => widget.text).join(" | ");
    for (const figure of figures) assert.match(text, figure, `${report}: ${figure}`);
    assert.deepEqual(
      widgets.filter((widget) => widget.alerts.length),
      [],
      `${report}: no widget in an error state`,
    );
    assert.doesNotMatch(text, /thuộc tính|Chưa có số liệu tổng hợp|Chưa có số liệu$/, report);
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll("[config-problem]")].map((element) =>
        element.getAttribute("config-problem"),
      ),
    );
    assert.deepEqual(problems, [], `${report}: configuration problems`);
    // No card is left empty: every visible card holds a widget with content.
    const emptyCards = await page.evaluate(() =>
      [...document.querySelectorAll(".portal-grid > article")]
        .filter((card) => !card.hidden)
        .filter((card) => {
          const widget = [...card.querySelectorAll("*")].find((e) =>
            e.tagName.startsWith("CHISO-"),
          );
          return !widget || (widget.shadowRoot?.textContent ?? "").trim().length < 20;
        })
        .map((card) => card.getAttribute("aria-label")),
    );
    assert.deepEqual(emptyCards, [], `${report}: empty cards`);
  }
  assert.deepEqual(warnings, [], "no developer hint in the console");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a configuration problem shows the widget's frame and a visitor's sentence; the hint is for the developer", async () => {
  const { page } = await openPage("/portal.html?report=quang-ngai-2023-07", 1366, 768);
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await waitForWidgets(page);
  // The portal as first configured: the all-services gauge on a report that has only groups.
  await page.evaluate(() => {
    const gauge = document.querySelector('chiso-gauge[data-role="overall"]');
    gauge.removeAttribute("service");
  });
  await page.waitForFunction(() =>
    document.querySelector('chiso-gauge[data-role="overall"]')?.hasAttribute("config-problem"),
  );
  const gauge = await page.evaluate(() => {
    const element = document.querySelector('chiso-gauge[data-role="overall"]');
    return {
      text: element.shadowRoot.textContent.replace(/\s+/g, " ").trim(),
      alerts: element.shadowRoot.querySelectorAll('[role="alert"]').length,
      hint: element.getAttribute("config-problem"),
    };
  });
  assert.equal(
    gauge.text,
    "Tỷ lệ hồ sơ trực tuyến – 25 dịch vụ công thiết yếu, theo nhóm Tỉnh Quảng Ngãi Chưa có số liệu tổng hợp",
  );
  assert.equal(gauge.alerts, 0);
  assert.match(
    gauge.hint,
    /thuộc tính service\)\. Giá trị có số liệu của thuộc tính service: nhom-cong-an, nhom-bo-nganh$/,
  );
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^\[chiso\] <chiso-gauge>: Nguồn dữ liệu không có số liệu chung/);
  await page.close();
});

test("the wall clock shows a four-digit year", async () => {
  const { page } = await openPage("/wall.html", 1920, 1080);
  const clock = await page.textContent("#wall-clock");
  assert.match(clock, new RegExp(`\\b${new Date().getFullYear()}\\b`));
  await page.close();
});

// No size flag: the wall follows the screen (what an operator sees there: wall.test.mjs).
for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
]) {
  test(`the IOC wall fills ${width}×${height} without scrollbars and shows live figures`, async () => {
    const { page, errors } = await openPage("/wall.html", width, height);
    const widgets = await waitForWidgets(page);
    assert.deepEqual(
      widgets.filter((widget) => widget.alerts.length),
      [],
    );
    assert.match(
      widgets.find((widget) => widget.tag === "chiso-status-panel").text,
      /Hành chính công/,
    );
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth > innerWidth,
      y: document.documentElement.scrollHeight > innerHeight,
    }));
    assert.deepEqual(overflow, { x: false, y: false });
    await freeze(page);
    await page.waitForTimeout(500);
    await screenshotMatches(page, `wall-${width}x${height}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("the wall goes stale when the feed server stops and recovers when it restarts", async () => {
  const { page } = await openPage("/wall.html?refresh=2", 1920, 1080);
  await waitForWidgets(page);
  await stopServer(server);
  await page.waitForFunction(
    () =>
      document
        .querySelector("chiso-status-panel")
        ?.shadowRoot?.textContent?.includes("Mất kết nối"),
    null,
    { timeout: 20_000 },
  );
  const stale = await widgetTexts(page);
  assert.match(
    stale.find((widget) => widget.tag === "chiso-status-panel").text,
    /Hành chính công/,
    "last data stays on screen",
  );
  server = await startDemoServer(port, { CHISO_LIVE_TICK: "3600" });
  await page.waitForFunction(
    () =>
      !document
        .querySelector("chiso-status-panel")
        ?.shadowRoot?.textContent?.includes("Mất kết nối"),
    null,
    { timeout: 30_000 },
  );
  await page.close();
});

test("the validator shows each warning's severity in words, the most serious first, with both figures", async () => {
  const { page } = await openPage("/validator.html", 1366, 768);
  // Bắc Giang: the errors (on-time + overdue above the total, and format 1.2's relations) first,
  // then warnings, then infos.
  await page.waitForFunction(() => document.querySelectorAll("#result li").length >= 23);
  const heading = await page.textContent("#result h3");
  assert.match(
    heading,
    /Consistency warnings: 23 \(11 lỗi số liệu \/ error, 4 cảnh báo \/ warning, 8 lưu ý \/ info\)/,
  );
  const items = await page.$$eval("#result li", (list) => list.map((li) => li.textContent));
  assert.match(
    items[0],
    /^\[lỗi số liệu \/ error\] indicators\[0\]\.observations\[10\]\.detail đúng hạn 1\.667 \+ quá hạn 20 = 1\.687 vượt tổng 1\.647/,
  );
  assert.ok(
    items.some((item) =>
      /^\[lỗi số liệu \/ error\] indicators\[0\]\.observations\[0\]\.parts 25 thành phần cộng lại được số đúng hạn 42\.489, khác tổng 36\.017/.test(
        item,
      ),
    ),
  );
  assert.match(items.at(-1), /^\[lưu ý \/ info\]/);
  // A pasted feed with a printed remainder that does not close: the relation rule of format 1.2.
  await page.fill(
    "#feed-text",
    JSON.stringify({
      schemaVersion: "1.2",
      id: "remainder",
      publisher: { name: "Bình Long", unitCode: "70" },
      period: { start: "2023-01-01", end: "2023-09-30", label: "9 tháng 2023" },
      generatedAt: "2023-10-05T09:00:00+07:00",
      unitVintage: "2023",
      indicators: [
        {
          id: "vaccination",
          label: "Tiêm chủng",
          kind: "progress",
          observations: [{ done: 6373, total: 11020, remaining: 4774 }],
        },
      ],
    }),
  );
  await page.click("#validate");
  await page.waitForFunction(() => document.querySelector("#result li"));
  assert.match(
    await page.textContent("#result li"),
    /\[lỗi số liệu \/ error\] .*số đã làm 6\.373 \+ số còn lại 4\.774 = 11\.147, khác tổng 11\.020 — done 6,373 \+ remaining 4,774 = 11,147, not the total 11,020 \(remainder-mismatch\)/,
  );
  await page.close();
});

test("the validator's text box draws Vietnamese with a font that has its letters", async () => {
  const { page } = await openPage("/validator.html", 1366, 768);
  await page.waitForFunction(() => document.querySelector("#feed-text")?.value.length > 1000);
  // The fonts Chromium actually uses for Vietnamese text in the text box's font stack.
  await page.evaluate(() => {
    const probe = document.createElement("span");
    probe.id = "probe";
    probe.style.fontFamily = getComputedStyle(document.querySelector("#feed-text")).fontFamily;
    probe.textContent =
      "Tổ công tác Đề án 06 tỉnh Bắc Giang: cấp đổi, cấp lại thẻ CCCD; Quảng Ngãi";
    document.body.append(probe);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector: "#probe",
  });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  const families = fonts.map((font) => font.familyName);
  assert.ok(families.length > 0, "no font reported");
  // DejaVu Sans Mono, the system's default monospace, has no precomposed ổ, ề, ắ: the tone
  // marks then stand beside the letters (what the validator showed before).
  assert.ok(!families.includes("DejaVu Sans Mono"), `rendered with ${families.join(", ")}`);
  await page.close();
});

for (const path of ["/", "/portal.html", "/wall.html", "/validator.html"]) {
  test(`axe-core finds no WCAG 2.1 A/AA violation on ${path}`, async () => {
    // bypassCSP only lets the test inject axe; the page itself runs under the demo's policy.
    const page = await browser.newPage({
      viewport: { width: 1920, height: 1080 },
      reducedMotion: "reduce",
      bypassCSP: true,
    });
    await page.goto(`${base}${path}`);
    if (path !== "/" && path !== "/validator.html") await waitForWidgets(page);
    await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`,
      );
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
}

test("the demo server answers malformed and hostile requests and stays up", async () => {
  const { request } = await import("node:http");
  const get = (path, headers = {}) =>
    new Promise((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode));
      });
      req.on("error", reject);
      req.end();
    });
  // "//" once crashed the server (new URL("//", base) throws); now it is just the index.
  // "%" is a malformed escape.
  assert.equal(await get("//"), 200);
  assert.equal(await get("/%"), 404);
  assert.equal(await get("/fixtures/%E0%A4%A"), 404);
  // Out of a mounted folder, including into a sibling whose name starts the same way.
  assert.equal(await get("/fixtures/..%2fpackage.json"), 404);
  assert.equal(await get("/dist/..%2fdist-secret/x.js"), 404);
  assert.equal(await get("/portal.html", { Host: "bad host name" }), 200);
  // Still serving after all that.
  assert.equal(await get("/wall.html"), 200);
  assert.equal(server.exitCode, null);
});
