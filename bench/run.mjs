// `npm run bench` — chiso against Apache ECharts 6, Highcharts 13 and a deliberately naive
// lit + d3 element, in one headless Chromium run, contenders interleaved (rotating who goes
// first), BENCH_REPS repetitions (7), medians with min–max; gzip sizes; ratios chiso ÷ each peer
// and ÷ the faster of ECharts and Highcharts. Output: a table on stdout, bench/results/bench.json
// and bench/results/bench.md. Not part of the tests (timings are noisy); sizes are also asserted
// by the tests, timings never.
//
// Metrics: firstRender = create → first painted frame (two rAFs); scriptToPaint (gauge, funnel)
// = navigation → first paint with the widget created as soon as the page's module runs (chiso
// and naive: a page with that widget alone; peers: their library); update =
// one recolour / new data → painted frame; perUpdate = steady-state cost of 20 (maps) or 1 000
// updates; heapFirst = JS heap after the first render less before it (the boundary data the page
// parsed for every contender included); domElements = elements in the stage, shadow roots
// included; longTaskAfterPaint = the longest task in the second after the first paint (maps).
import { CHROME_ARGS, chromePath } from "../scripts/chrome.mjs";
import { execSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { chromium } from "playwright-core";
import { measureSizes } from "../scripts/size.mjs";
import { buildPages, MAPS, prepare, serveSite } from "./site.mjs";

const REPS = Number(process.env.BENCH_REPS || 7);
/** `BENCH_ONLY="3 321"` runs only the scenarios whose label contains that text (a quick re-check). */
const ONLY = process.env.BENCH_ONLY ?? "";
const ROOT = new URL("..", import.meta.url).pathname;
process.chdir(ROOT);
prepare();
if (!existsSync("dist/chiso.iife.js")) execSync("node scripts/build.mjs", { stdio: "inherit" });

// ── Sizes ────────────────────────────────────────────────────────────────────────────────────
async function gzipOfEntry(contents) {
  const result = await esbuild({
    stdin: { contents, resolveDir: `${ROOT}bench/pages`, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const chisoSizes = await measureSizes();
const peerSizes = {
  echarts: await gzipOfEntry(`import * as echarts from "echarts/core";
    import { FunnelChart, GaugeChart, MapChart } from "echarts/charts";
    import { TooltipComponent, VisualMapComponent } from "echarts/components";
    import { CanvasRenderer } from "echarts/renderers";
    echarts.use([GaugeChart, FunnelChart, MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);
    export { echarts };`),
  highcharts: await gzipOfEntry(`import H from "highcharts/es-modules/masters/highcharts.src.js";
    import "highcharts/es-modules/masters/highcharts-more.src.js";
    import "highcharts/es-modules/masters/modules/solid-gauge.src.js";
    import "highcharts/es-modules/masters/modules/funnel.src.js";
    import "highcharts/es-modules/masters/modules/map.src.js";
    export { H };`),
  // What a trend costs each: ECharts' line chart with grids, titles and a target line; Highcharts'
  // core (the line series is built in).
  echartsTrend: await gzipOfEntry(`import * as echarts from "echarts/core";
    import { LineChart } from "echarts/charts";
    import { GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from "echarts/components";
    import { CanvasRenderer } from "echarts/renderers";
    echarts.use([LineChart, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);
    export { echarts };`),
  highchartsTrend:
    await gzipOfEntry(`import H from "highcharts/es-modules/masters/highcharts.src.js";
    export { H };`),
};

// ── Pages ────────────────────────────────────────────────────────────────────────────────────
const CONTENDERS = ["chiso", "echarts", "highcharts", "naive"];
const PEERS = ["echarts", "highcharts"];
/**
 * Pages that load one widget only, for script → first paint (a page with a gauge loads chiso's
 * gauge entry, not the map); the peers' pages are their tree-shaken library either way.
 */
const SINGLE = ["chiso-gauge", "chiso-funnel", "naive-gauge", "naive-funnel"];
/** The peers' trend pages load only what a line chart needs (their other pages stay as they were). */
const TREND_PAGES = ["echarts-trend", "highcharts-trend"];
await buildPages([...CONTENDERS, ...SINGLE, ...TREND_PAGES]);
const site = await serveSite();

const SCENARIOS = [
  { name: "gauge", arg: null, viewport: [1920, 1080], auto: true },
  { name: "funnel", arg: null, viewport: [1920, 1080], auto: true },
  { name: "status", arg: 9, viewport: [1920, 1080], label: "status panel, 9 subsystems" },
  { name: "status", arg: 500, viewport: [1920, 1080], label: "status panel, 500 subsystems" },
  { name: "trend", arg: 1, viewport: [1920, 1080], label: "trend, 1 unit × 36 months" },
  {
    name: "trend",
    arg: 34,
    viewport: [1920, 1080],
    label: "trend, 34 small multiples × 36 months",
  },
];
/** URL → file on disk (the synthetic layer is served from .cache). */
const fileOf = (url) =>
  url
    .replace(/^\/synthetic\//, ".cache/synthetic-10000/")
    .replace(/^\/synthetic-700\//, ".cache/synthetic-700/")
    .replace(/^\//, "");
for (const [label, url] of MAPS)
  if (existsSync(fileOf(url)))
    for (const viewport of [
      [1920, 1080],
      [3840, 2160],
    ])
      SCENARIOS.push({
        name: "map",
        arg: url,
        viewport,
        label: `map, ${label}, ${viewport.join("×")}`,
      });

const selected = SCENARIOS.filter((scenario) => (scenario.label ?? scenario.name).includes(ONLY));
const browser = await chromium.launch({
  executablePath: chromePath(),
  // Heap readings need precise memory info and a gc() to call between runs.
  args: [...CHROME_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"],
});

const results = {};
const started = Date.now();
for (const scenario of selected) {
  const key = scenario.label ?? scenario.name;
  results[key] = {};
  for (let rep = 0; rep < REPS; rep++) {
    // Interleave, rotating who goes first, so drift in the machine's speed hits everyone alike.
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + rep) % CONTENDERS.length]);
    for (const contender of order) {
      const record = (metrics) => {
        for (const [metric, value] of Object.entries(metrics ?? {})) {
          if (value == null) continue;
          ((results[key][contender] ??= {})[metric] ??= []).push(value);
        }
      };
      const viewport = { width: scenario.viewport[0], height: scenario.viewport[1] };
      const page = await browser.newPage({ viewport });
      const file = TREND_PAGES.includes(`${contender}-${scenario.name}`)
        ? `${contender}-${scenario.name}`
        : contender;
      await page.goto(`${site.url}/${file}.html`);
      await page.waitForFunction(() => typeof window.runScenario === "function");
      try {
        record(
          await page.evaluate(
            ([name, arg, idleMs]) => window.runScenario(name, arg, { idleMs }),
            [scenario.name, scenario.arg, scenario.name === "map" ? 1000 : 0],
          ),
        );
      } catch (error) {
        console.error(`${contender} ${key}: ${error.message.split("\n")[0]}`);
      }
      await page.close();
      if (!scenario.auto) continue;
      const cold = await browser.newPage({ viewport });
      try {
        const single = `${contender}-${scenario.name}`;
        const file = SINGLE.includes(single) ? single : contender;
        await cold.goto(`${site.url}/${file}.html?auto=${scenario.name}`);
        await cold.waitForFunction(() => window.autoResult, null, { timeout: 30_000 });
        const { scriptToPaint } = await cold.evaluate(() => window.autoResult);
        record({ scriptToPaint });
      } catch (error) {
        console.error(`${contender} ${key} (script → paint): ${error.message.split("\n")[0]}`);
      }
      await cold.close();
    }
  }
  process.stdout.write(".");
}
await browser.close();
await site.close();

// ── Report ───────────────────────────────────────────────────────────────────────────────────
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = {};
for (const [scenario, byContender] of Object.entries(results)) {
  summary[scenario] = {};
  for (const [contender, metrics] of Object.entries(byContender)) {
    summary[scenario][contender] = {};
    for (const [metric, values] of Object.entries(metrics))
      summary[scenario][contender][metric] = {
        median: median(values),
        min: Math.min(...values),
        max: Math.max(...values),
        n: values.length,
      };
  }
}
const load = execSync("cat /proc/loadavg").toString().trim();
const out = {
  date: new Date().toISOString(),
  minutes: (Date.now() - started) / 60_000,
  loadAverageAtEnd: load,
  reps: REPS,
  chromium: execSync(`${chromePath()} --version 2>/dev/null`).toString().trim(),
  sizes: { chiso: chisoSizes, peers: peerSizes },
  timings: summary,
};
// A partial run must not overwrite the full one.
const stem = ONLY ? "bench/results/bench-partial" : "bench/results/bench";
writeFileSync(`${stem}.json`, JSON.stringify(out, null, 2));

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const METRICS = [
  ["firstRender", "create → first paint", "ms"],
  ["scriptToPaint", "script → first paint", "ms"],
  ["update", "update → frame", "ms"],
  ["perUpdate", "per update (steady)", "ms"],
  ["heapFirst", "JS heap after first render", "bytes"],
  ["domElements", "DOM elements", "count"],
  ["longTaskAfterPaint", "longest task after first paint", "ms"],
];
const cell = (stat, unit) =>
  !stat
    ? "—"
    : unit === "bytes"
      ? mb(stat.median)
      : unit === "count"
        ? String(Math.round(stat.median))
        : `${stat.median.toFixed(1)} ms`;
const ratio = (a, b) => (a != null && b ? (a / b).toFixed(2).replace(".", ",") : "—");
const md = [
  `# npm run bench — ${out.date}`,
  "",
  `${out.chromium}; ${REPS} interleaved repetitions, medians; ${out.minutes.toFixed(0)} min; load average at the end: ${load} (2 cores, shared: NOT a quiet machine unless this says otherwise).`,
  "",
  `Sizes (gzip -9, minified): chiso single-file bundle ${kb(chisoSizes.bundle)}; ECharts (gauge + funnel + map, tree-shaken) ${kb(peerSizes.echarts)}; Highcharts (same) ${kb(peerSizes.highcharts)}.`,
  "",
  `Trend sizes: chiso's trend single file dist/chiso-trend.iife.js ${kb(chisoSizes.trendBundle)} (Lit and the data layer included); ECharts (line + grid + title + markLine + tooltip) ${kb(peerSizes.echartsTrend)}; Highcharts core ${kb(peerSizes.highchartsTrend)}.`,
  "",
  "| scenario | metric | chiso | ECharts | Highcharts | naive lit + d3 | ÷ ECharts | ÷ Highcharts | ÷ faster peer | ÷ naive |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
];
console.log(`\n\nTimings, median of ${REPS}; ratio = chiso / peer:`);
for (const [scenario, byContender] of Object.entries(summary)) {
  for (const [metric, label, unit] of METRICS) {
    const stat = (contender) => byContender[contender]?.[metric];
    if (!CONTENDERS.some(stat)) continue;
    const chiso = stat("chiso")?.median;
    const peers = PEERS.map((peer) => stat(peer)?.median).filter((v) => v != null);
    const best = unit === "count" || unit === "bytes" || !peers.length ? null : Math.min(...peers);
    const row = [
      scenario,
      label,
      ...CONTENDERS.map((contender) => cell(stat(contender), unit)),
      ...PEERS.map((peer) => ratio(chiso, stat(peer)?.median)),
      ratio(chiso, best),
      ratio(chiso, stat("naive")?.median),
    ];
    md.push(`| ${row.join(" | ")} |`);
    console.log(`  ${row.join(" | ")}`);
  }
}
writeFileSync(`${stem}.md`, md.join("\n") + "\n");
console.log(`\nwritten ${stem}.json and ${stem}.md`);
