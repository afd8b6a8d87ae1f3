// `node bench/large-feeds.mjs [--quick]` — very large valid feeds (issue 22.4), not a test: for
// each scenario, a page loads a generated feed over loopback HTTP (`src`) and the script records
// how long until the element shows it, the longest main-thread task meanwhile (PerformanceObserver
// 'longtask'), the shadow nodes and the JS heap. Markdown on stdout; tests/large-feeds.test.ts
// asserts what a visitor sees with the same feeds, never these timings.
import { chromium } from "playwright-core";
import { build } from "esbuild";
import { createServer } from "node:http";
import { CHROME_ARGS, chromePath } from "../scripts/chrome.mjs";
import { largeFeed } from "../tests/support/large-feeds.mjs";

const quick = process.argv.includes("--quick");
const root = new URL("../", import.meta.url);

const bundle = await build({
  entryPoints: [new URL("src/elements.ts", root).pathname],
  bundle: true,
  format: "esm",
  minify: true,
  write: false,
  conditions: ["production"],
  logLevel: "error",
});
const code = bundle.outputFiles[0].text;

/** [label, tag, attributes, feed kind, count, what shows the feed has arrived] */
const SCENARIOS = [
  ["service board, 100 000 services", "chiso-service-board", "", "services", 100_000, "tbody tr"],
  ["service board, 20 000 services", "chiso-service-board", "", "services", 20_000, "tbody tr"],
  ["status panel, 10 000 subsystems", "chiso-status-panel", "", "status", 10_000, "button.tile"],
  [
    "status panel, 10 000 subsystems, list",
    "chiso-status-panel",
    'layout="list"',
    "status",
    10_000,
    "button.tile",
  ],
  ["gauge, 100 000 services", "chiso-gauge", "", "services", 100_000, '[part~="value"]'],
  ["funnel, 8 stages (the schema's most)", "chiso-funnel", "", "funnel", 8, '[part~="stage"]'],
];

const feeds = new Map();
const server = createServer((req, res) => {
  const [, kind, count] = /^\/large\/(\w+)\/(\d+)\.json$/.exec(req.url ?? "") ?? [];
  if (!kind) {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end('<!doctype html><html lang="vi"><body style="margin:0"></body></html>');
    return;
  }
  const key = `${kind}/${count}`;
  if (!feeds.has(key)) feeds.set(key, JSON.stringify(largeFeed(kind, Number(count))));
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-cache" });
  res.end(feeds.get(key));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, "--js-flags=--expose-gc"],
});
const rows = [];
try {
  for (const [label, tag, attributes, kind, count, ready] of quick
    ? SCENARIOS.slice(0, 3)
    : SCENARIOS) {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on("pageerror", (error) => console.error("[page error]", error.message));
    await page.goto(`${origin}/`);
    await page.addScriptTag({ type: "module", content: code });
    await page.waitForFunction((name) => customElements.get(name), tag);
    const cdp = await page.context().newCDPSession(page);
    const result = await page.evaluate(
      async ({ tag, attributes, url, ready }) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
        observer.observe({ type: "longtask", buffered: false });
        const start = performance.now();
        const box = document.createElement("div");
        box.style.cssText = "width:1200px;height:900px";
        const element = document.createElement(tag);
        for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g))
          element.setAttribute(name, value);
        element.src = url;
        box.append(element);
        document.body.append(box);
        while (!element.shadowRoot?.querySelector(ready))
          await new Promise((r) => setTimeout(r, 20));
        const shown = performance.now() - start;
        // Long tasks are reported after they end: give the last one a moment.
        await new Promise((r) => setTimeout(r, 300));
        observer.disconnect();
        return {
          shown,
          longest: Math.max(0, ...tasks.map((task) => task.duration)),
          over200: tasks.filter((task) => task.duration > 200).length,
          nodes: element.shadowRoot.querySelectorAll("*").length,
          more: element.shadowRoot.querySelector('[part~="more"]')?.textContent.trim() ?? "",
        };
      },
      { tag, attributes, url: `${origin}/large/${kind}/${count}.json`, ready },
    );
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    rows.push({ label, ...result, heap: usedSize, chars: feeds.get(`${kind}/${count}`).length });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => `${Math.round(value).toLocaleString("vi-VN")} ms`;
console.log(
  `# Very large feeds (issue 22.4) — ${new Date().toISOString()}\n\n` +
    "Loopback HTTP, production build, headless Chromium, 1920×1080; one run each (a busy 2-core machine: noisy).\n\n" +
    "| scenario | feed | shown after | longest task | tasks > 200 ms | shadow nodes | JS heap | “more” step |\n|---|---:|---:|---:|---:|---:|---:|---|",
);
for (const row of rows)
  console.log(
    `| ${row.label} | ${(row.chars / 1e6).toFixed(1).replace(".", ",")} MB | ${ms(row.shown)} | ${ms(row.longest)} | ${row.over200} | ${row.nodes.toLocaleString("vi-VN")} | ${(row.heap / 1048576).toFixed(0)} MB | ${row.more} |`,
  );
