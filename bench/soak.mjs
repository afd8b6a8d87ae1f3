// `npm run soak -- [--quick]` — the five core elements left on a wall (issue 22), not a test: a
// measurement of what they leave behind. Over loopback HTTP (real fetches, conditional requests):
//   1. a mount/unmount loop: 1 000 cycles (100 with --quick) of all five elements created with
//      `src` and `refresh-interval="1"`, drawn, then removed;
//   2. a refreshing period: the five stay mounted for 120 s (15 s with --quick), refetching every
//      second, then are removed.
// Before and after each phase (after a forced GC): JS heap, DOM nodes and event listeners
// (CDP Memory.getDOMCounters), live timers (setTimeout / setInterval not yet run or cleared),
// the feed hub's sources and what the elements say they still hold (`heldResources`).
// Markdown on stdout and in bench/results/soak.md. `node bench/soak-status.mjs` is the 24-hour
// status-panel soak under a fake clock.
import { chromium } from "playwright-core";
import { build } from "esbuild";
import { createServer } from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import { CHROME_ARGS, chromePath } from "../scripts/chrome.mjs";

const quick = process.argv.includes("--quick");
const CYCLES = quick ? 100 : 1_000;
const REFRESH_SECONDS = quick ? 15 : 120;
const root = new URL("../", import.meta.url);

const bundle = await build({
  stdin: {
    contents: `export * from "./src/elements.ts"; import { feedHub } from "./src/data/feed-hub.ts"; window.__feedHub = feedHub;`,
    resolveDir: root.pathname,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  minify: true,
  write: false,
  conditions: ["production"],
  logLevel: "error",
});
const code = bundle.outputFiles[0].text;

let requests = 0;
const server = createServer((req, res) => {
  const path = (req.url ?? "/").split("?")[0];
  if (path === "/") {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end('<!doctype html><html lang="vi"><body style="margin:0"></body></html>');
    return;
  }
  try {
    const text = readFileSync(new URL(`fixtures${path}`, root));
    requests += 1;
    res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-cache" });
    res.end(text);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** The five elements: tag and attributes (each with its own feed, all refreshing every second). */
const WALL = [
  ["chiso-gauge", 'src="/feeds/nghe-an-2023-07.json"'],
  ["chiso-service-board", 'src="/feeds/nghe-an-2023-07.json"'],
  ["chiso-funnel", 'src="/feeds/nghe-an-2023-07.json"'],
  ["chiso-status-panel", 'src="/feeds/nghe-an-2023-07.json"'],
  [
    "chiso-choropleth",
    'src="/feeds/bac-giang-2023-02.json" boundaries="/boundaries/vn-districts-2023-bac-giang.topo.json"',
  ],
];

const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, "--js-flags=--expose-gc"],
});
const lines = [];
const log = (line = "") => {
  lines.push(line);
  console.log(line);
};
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on("pageerror", (error) => console.error("[page error]", error.message));
  // Live timers, counted from the page's first script: a leak of timers shows here.
  await page.addInitScript(() => {
    const live = new Set();
    const wrap = (set, clear, once) => {
      const original = window[set];
      const originalClear = window[clear];
      window[set] = (fn, ms, ...rest) => {
        const id = original(
          (...args) => {
            if (once) live.delete(id);
            return typeof fn === "function" ? fn(...args) : undefined;
          },
          ms,
          ...rest,
        );
        live.add(id);
        return id;
      };
      window[clear] = (id) => {
        live.delete(id);
        return originalClear(id);
      };
    };
    wrap("setTimeout", "clearTimeout", true);
    wrap("setInterval", "clearInterval", false);
    window.__liveTimers = () => live.size;
  });
  await page.goto(`${origin}/`);
  await page.addScriptTag({ type: "module", content: code });
  await page.waitForFunction(() => customElements.get("chiso-choropleth") && window.__feedHub);
  const cdp = await page.context().newCDPSession(page);

  await page.evaluate((wall) => {
    window.__mount = () => {
      const box = document.createElement("div");
      box.style.cssText = "display:grid;grid-template-columns:repeat(3,1fr);height:100vh";
      for (const [tag, attributes] of wall) {
        const element = document.createElement(tag);
        for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g))
          element.setAttribute(name, value);
        element.setAttribute("refresh-interval", "1");
        box.append(element);
      }
      document.body.append(box);
      window.__wall = box;
      return box;
    };
    /** Drawn: every element has shown its figures (or said why not). */
    window.__drawn = async () => {
      for (const element of window.__wall.children) {
        while (!element.shadowRoot?.querySelector('[part~="base"] > :not([part~="feed-state"])'))
          await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    window.__unmount = () => {
      const held = [...window.__wall.children];
      window.__wall.remove();
      window.__wall = null;
      return held;
    };
    window.__held = (elements) => elements.reduce((sum, each) => sum + each.heldResources, 0);
  }, WALL);

  /** `heldBy`: whose `heldResources` to add up — "removed" (the last removed), "wall" (mounted). */
  const measure = async (label, heldBy = "none") => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
    const page_ = await page.evaluate(
      (held) => ({
        timers: window.__liveTimers(),
        hub: window.__feedHub.size,
        held: window.__held(
          held === "removed"
            ? window.__removed
            : held === "wall"
              ? [...window.__wall.children]
              : [],
        ),
      }),
      heldBy,
    );
    return { label, heap: usedSize, nodes, listeners: jsEventListeners, requests, ...page_ };
  };

  const started = performance.now();
  const samples = [await measure("before")];

  // 1. Mount / unmount loop.
  await page.evaluate(() => (window.__removed = []));
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    await page.evaluate(async () => {
      window.__mount();
      await window.__drawn();
      window.__removed = window.__unmount();
    });
  }
  samples.push(await measure(`after ${CYCLES} mount/unmount cycles`, "removed"));
  const loopSeconds = (performance.now() - started) / 1000;

  // 2. A refreshing period: mounted, refetching every second, then removed.
  const requestsBefore = requests;
  await page.evaluate(async () => {
    window.__mount();
    await window.__drawn();
  });
  samples.push(await measure("mounted, refreshing", "wall"));
  await page.waitForTimeout(REFRESH_SECONDS * 1000);
  samples.push(await measure(`after ${REFRESH_SECONDS} s refreshing`, "wall"));
  const refreshRequests = requests - requestsBefore;
  await page.evaluate(() => (window.__removed = window.__unmount()));
  samples.push(await measure("removed", "removed"));
  const atRemoval = requests;
  await page.waitForTimeout(3_000);
  const afterRemoval = requests - atRemoval;

  const mb = (bytes) => `${(bytes / 1048576).toFixed(2).replace(".", ",")} MB`;
  log(`# npm run soak${quick ? " -- --quick" : ""} — ${new Date().toISOString()}`);
  log();
  log(
    `Five elements (gauge, service board, funnel, status panel, choropleth), each \`src\` over loopback HTTP with \`refresh-interval="1"\`; production build, headless Chromium. ` +
      `${CYCLES} mount → drawn → remove cycles in ${loopSeconds.toFixed(0)} s, then ${REFRESH_SECONDS} s mounted and refreshing (${refreshRequests} requests), then removed. ` +
      "Each row after a forced GC. Timers: setTimeout / setInterval not yet run or cleared; hub: the feed hub's sources; held: what the elements say they hold (`heldResources`: timers, subscriptions, loads, observers).",
  );
  log();
  log(
    "| when | JS heap | DOM nodes | JS event listeners | live timers | hub sources | held by the elements |",
  );
  log("|---|---:|---:|---:|---:|---:|---:|");
  for (const s of samples)
    log(
      `| ${s.label} | ${mb(s.heap)} | ${s.nodes} | ${s.listeners} | ${s.timers} | ${s.hub} | ${s.held} |`,
    );
  log();
  log(
    `Requests in the 3 s after the last removal: ${afterRemoval}. Heap growth over the loop: ${mb(samples[1].heap - samples[0].heap)}; ` +
      `over the refreshing period: ${mb(samples[3].heap - samples[2].heap)}.`,
  );
} finally {
  await browser.close();
  server.close();
}
if (!quick) writeFileSync(new URL("bench/results/soak.md", root), `${lines.join("\n")}\n`);
