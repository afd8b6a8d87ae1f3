// `npm run bench` — chiso against Apache ECharts 6 and Highcharts 13, in one headless Chromium
// run, contenders interleaved, 7 repetitions, medians with min–max; gzip sizes; ratios chiso/peer.
// Output: a table on stdout and bench/results/bench.json. Not part of the tests (timings are
// noisy); sizes are also asserted by the tests, timings never.
import { CHROME_ARGS, chromePath } from "../scripts/chrome.mjs";
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { build } from "vite";
import { chromium } from "playwright-core";
import { measureSizes } from "../scripts/size.mjs";
import { serveStatic } from "../tests/e2e/harness.mjs";

const REPS = Number(process.env.BENCH_REPS || 7);
/** `BENCH_ONLY="10.600"` runs only the scenarios whose label contains that text (a quick re-check). */
const ONLY = process.env.BENCH_ONLY ?? "";
const ROOT = new URL("..", import.meta.url).pathname;
process.chdir(ROOT);

if (!existsSync("bench/node_modules/echarts"))
  execSync("npm install --prefix bench --no-audit --no-fund", { stdio: "inherit" });
if (!existsSync("dist/chiso.iife.js")) execSync("node scripts/build.mjs", { stdio: "inherit" });
if (!existsSync(".cache/synthetic/vn-communes-synthetic.topo.json"))
  execSync("node scripts/gen-synthetic-communes.mjs", { stdio: "inherit" });
mkdirSync("bench/results", { recursive: true });

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
};

// ── Pages ────────────────────────────────────────────────────────────────────────────────────
await build({
  configFile: false,
  logLevel: "warn",
  root: "bench/pages",
  build: {
    outDir: "../results/pages",
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      input: {
        chiso: "bench/pages/chiso.html",
        echarts: "bench/pages/echarts.html",
        highcharts: "bench/pages/highcharts.html",
      },
    },
  },
});
const site = await serveStatic([
  ["/fixtures/", "fixtures"],
  ["/synthetic/", ".cache/synthetic"],
  ["/", "bench/results/pages"],
]);

const SCENARIOS = [
  { name: "gauge", arg: null, viewport: [1920, 1080] },
  { name: "funnel", arg: null, viewport: [1920, 1080] },
  { name: "status", arg: 9, viewport: [1920, 1080], label: "status panel, 9 subsystems" },
  { name: "status", arg: 500, viewport: [1920, 1080], label: "status panel, 500 subsystems" },
];
const MAPS = [
  ["10 districts (Bắc Giang)", "/fixtures/boundaries/vn-districts-2023-bac-giang.topo.json"],
  ["705 districts (Vietnam 2023)", "/fixtures/boundaries/vn-districts-2023.topo.json"],
  ["~10.600 communes (synthetic)", "/synthetic/vn-communes-synthetic.topo.json"],
];
/** URL → file on disk (the synthetic layer is served from .cache/synthetic). */
const fileOf = (url) => url.replace(/^\/synthetic\//, ".cache/synthetic/").replace(/^\//, "");
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
const CONTENDERS = ["chiso", "echarts", "highcharts"];
const browser = await chromium.launch({
  executablePath: chromePath(),
  // Heap readings need precise memory info and a gc() to call between runs.
  args: [...CHROME_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"],
});

const results = {};
for (const scenario of selected) {
  const key = scenario.label ?? scenario.name;
  results[key] = {};
  for (let rep = 0; rep < REPS; rep++) {
    // Interleave, rotating who goes first, so drift in the machine's speed hits everyone alike.
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + rep) % CONTENDERS.length]);
    for (const contender of order) {
      const page = await browser.newPage({
        viewport: { width: scenario.viewport[0], height: scenario.viewport[1] },
      });
      await page.goto(`${site.url}/${contender}.html`);
      await page.waitForFunction(() => typeof window.runScenario === "function");
      let metrics = null;
      try {
        metrics = await page.evaluate(
          ([name, arg]) => window.runScenario(name, arg),
          [scenario.name, scenario.arg],
        );
      } catch (error) {
        console.error(`${contender} ${key}: ${error.message.split("\n")[0]}`);
      }
      await page.close();
      if (!metrics) continue;
      for (const [metric, value] of Object.entries(metrics)) {
        if (value == null) continue;
        ((results[key][contender] ??= {})[metric] ??= []).push(value);
      }
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
const out = {
  date: new Date().toISOString(),
  reps: REPS,
  chromium: execSync(`${chromePath()} --version 2>/dev/null`).toString().trim(),
  sizes: { chiso: chisoSizes, peers: peerSizes },
  timings: summary,
};
// A partial run must not overwrite the full one.
const outFile = ONLY ? "bench/results/bench-partial.json" : "bench/results/bench.json";
writeFileSync(outFile, JSON.stringify(out, null, 2));

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (stat) =>
  stat ? `${stat.median.toFixed(1)} ms (${stat.min.toFixed(1)}–${stat.max.toFixed(1)})` : "—";
console.log("\n\nSizes (gzip -9, minified):");
console.log(
  `  chiso single-file bundle (all elements + runtime + validation): ${kb(chisoSizes.bundle)}`,
);
console.log(`  chiso shared runtime: ${kb(chisoSizes.runtime)}`);
for (const [name, size] of Object.entries(chisoSizes.elements))
  console.log(`  chiso ${name}: own ${kb(size.own)}, standalone ${kb(size.total)}`);
for (const [peer, size] of Object.entries(peerSizes))
  console.log(
    `  ${peer} (gauge + funnel + map, tree-shaken): ${kb(size)}  → chiso/${peer} = ${(chisoSizes.bundle / size).toFixed(2)}`,
  );
console.log(`\nTimings, median (min–max) of ${REPS}; ratio = chiso / peer:`);
for (const [scenario, byContender] of Object.entries(summary)) {
  console.log(`\n  ${scenario}`);
  for (const metric of ["firstRender", "update", "perUpdate", "heapGrowth"]) {
    const cells = CONTENDERS.map((contender) => {
      const stat = byContender[contender]?.[metric];
      if (!stat) return `${contender}: —`;
      return metric === "heapGrowth"
        ? `${contender}: ${kb(stat.median)}`
        : `${contender}: ${ms(stat)}`;
    });
    const chiso = byContender.chiso?.[metric]?.median;
    const ratios = ["echarts", "highcharts"]
      .map((peer) => byContender[peer]?.[metric]?.median)
      .map((value, i) =>
        chiso != null && value
          ? `÷${["echarts", "highcharts"][i]} ${(chiso / value).toFixed(2)}`
          : null,
      )
      .filter(Boolean);
    console.log(
      `    ${metric.padEnd(11)} ${cells.join(" | ")}${ratios.length ? "   " + ratios.join(" ") : ""}`,
    );
  }
}
console.log(`\nwritten ${outFile}`);
