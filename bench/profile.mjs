// `npm run profile` — where the first render of a map goes: a Chromium performance trace and a
// CPU profile of <chiso-choropleth>'s create → first paint (bench page, `data` + TopoJSON, as in
// `npm run bench`) at 10 real districts, 700 synthetic units, 705 real districts, 3 321 real
// communes and 10 000 synthetic units (`PROFILE_ONLY="700|10 districts"` picks some); then
// the 1,5 s after the first paint (deferred work, long tasks). Prints, per map, the median of
// PROFILE_REPS runs: main-thread time by kind (script, style, layout, font, paint, GC), the top
// self-time functions, and the longest task after the first paint. Markdown on stdout;
// `PROFILE_OUT=file.md` writes it there too. Timings are noisy: a profile, not a test.
// "font" is the font look-ups inside layout (a family matched, a size's render style, a fallback
// font for a glyph the font lacks: each a round trip to the browser process on Linux); the
// counts of look-ups and fallbacks are printed too, since they cost more on a busy machine.
import { CHROME_ARGS, chromePath } from "../scripts/chrome.mjs";
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { buildPages, MAPS, prepare, serveSite } from "./site.mjs";

const REPS = Number(process.env.PROFILE_REPS || 3);
const ONLY = process.env.PROFILE_ONLY ?? "";
const VIEWPORT = (process.env.PROFILE_VIEWPORT || "1920x1080").split("x").map(Number);
const IDLE_MS = 1500;
process.chdir(new URL("..", import.meta.url).pathname);
prepare();
await buildPages(["chiso", "chiso-gauge", "chiso-funnel"], { minify: false });
const site = await serveSite();

/**
 * `PROFILE_SCENARIO=gauge` (or `funnel`) profiles that widget's create → first paint instead;
 * `PROFILE_UPDATE=1` profiles one data update → painted frame (a recolour) after the first;
 * `PROFILE_AUTO=1` (gauge, funnel) profiles script → first paint as `npm run bench` measures it:
 * from the navigation to the page with that widget alone (chiso-gauge.html?auto=gauge), the
 * bundle's load, parse and evaluation included. Its CPU profile comes from the trace (the
 * navigation may change renderer process, which a CDP profiler would not follow).
 */
const SCENARIO = process.env.PROFILE_SCENARIO || "map";
const AUTO = Boolean(process.env.PROFILE_AUTO) && SCENARIO !== "map";
const wanted =
  SCENARIO === "map"
    ? MAPS.filter(
        ([label]) =>
          /^(10 districts|700|705|3 321|10 000)/.test(label) &&
          ONLY.split("|").some((part) => label.includes(part)),
      )
    : [[SCENARIO, null]];

/** Trace event name → kind of main-thread work (self time; anything else is "other"). */
function kindOf(name) {
  if (
    /^(FontCache::|WebSandboxSupportLinux::|FontDataManager|FontServiceThread|FontLoader)/.test(
      name,
    )
  )
    return "font";
  if (
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)$/.test(
      name,
    )
  )
    return "style";
  if (
    /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections)$/.test(
      name,
    )
  )
    return "layout";
  if (
    /^(PrePaint|Paint|PaintImage|Layerize|Commit|CompositeLayers|UpdateLayer|UpdateLayerTree|Decode.*|RasterTask|ImageDecodeTask|PaintArtifactCompositor.*|LocalFrameView::.*Paint.*)$/.test(
      name,
    )
  )
    return "paint";
  if (/GC|V8\.GC|BlinkGC|Scavenge|MarkCompact/i.test(name)) return "gc";
  if (
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|TimerFire|FireAnimationFrame|EventDispatch|FireIdleCallback|HandlePostMessage|XHRReadyStateChange|ParseHTML|CpuProfiler|ProfileCall|v8\.callFunction|v8\.run|V8\.Execute|ResourceReceivedData|ParseJSON)/.test(
      name,
    )
  )
    return "script";
  return "other";
}

function analyseTrace(events) {
  const paint = events.find((e) => e.name === "bench-first-paint");
  // Script → first paint starts at the navigation (the renderer's own mark).
  const start = events.find(
    (e) => e.name === (AUTO ? "navigationStart" : "bench-start") && e.pid === paint?.pid,
  );
  if (!start || !paint) throw new Error("trace without the bench marks");
  const pid = start.pid;
  const mainTid = events.find(
    (e) =>
      e.pid === pid &&
      e.ph === "M" &&
      e.name === "thread_name" &&
      e.args?.name === "CrRendererMain",
  )?.tid;
  const main = events
    .filter((e) => e.pid === pid && e.tid === mainTid && e.ph === "X" && e.dur != null)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const windows = {
    first: [start.ts, paint.ts],
    after: [paint.ts, paint.ts + IDLE_MS * 1000],
  };
  const result = {};
  for (const [key, [from, to]] of Object.entries(windows)) {
    const kinds = { script: 0, style: 0, layout: 0, font: 0, paint: 0, gc: 0, other: 0 };
    /** Font look-ups (a family, a size's render style) and fallbacks for missing glyphs. */
    const fonts = { lookups: 0, fallbacks: 0 };
    // Self time: an event's duration less its children's, clipped to the window.
    const stack = [];
    const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
    let longest = 0;
    for (const event of main) {
      const end = event.ts + event.dur;
      if (end < from || event.ts > to) continue;
      while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
      const parent = stack.at(-1);
      const own = clip(event.ts, end);
      if (parent) parent.self -= own;
      if (own > 0 && event.name === "FontCache::GetFontPlatformData") fonts.lookups++;
      if (own > 0 && event.name === "FontCache::FallbackFontForCharacter") fonts.fallbacks++;
      const frame = { end, self: own, kind: kindOf(event.name) };
      if (!parent && (event.name === "RunTask" || event.name === "ThreadControllerImpl::RunTask"))
        longest = Math.max(longest, event.dur);
      stack.push(frame);
      frame.commit = () => (kinds[frame.kind] += frame.self);
      event.frame = frame;
    }
    const otherNames = new Map();
    for (const event of main)
      if (event.frame) {
        event.frame.commit();
        if (event.frame.kind === "other")
          otherNames.set(event.name, (otherNames.get(event.name) ?? 0) + event.frame.self / 1000);
        delete event.frame;
      }
    if (process.env.PROFILE_DEBUG) {
      console.error(key, [...otherNames].sort((a, b) => b[1] - a[1]).slice(0, 12));
      console.error(
        main
          .filter(
            (e) =>
              e.ts >= from &&
              e.ts <= to &&
              /^(Layout|UpdateLayoutTree|Paint|PrePaint)$/.test(e.name),
          )
          .map(
            (e) => `${e.name} ${(e.dur / 1000).toFixed(1)} @${((e.ts - from) / 1000).toFixed(0)}`,
          )
          .join("; "),
      );
    }
    result[key] = {
      kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v / 1000])),
      fonts,
      longest: longest / 1000,
      wall: (to - from) / 1000,
    };
  }
  return { ...result, start: start.ts, paint: paint.ts, pid };
}

/** The renderer's CPU profile as the trace holds it (ProfileChunk events), in CDP's shape. */
function profileOfTrace(events, pid) {
  const chunks = events.filter(
    (e) => e.pid === pid && (e.name === "Profile" || e.name === "ProfileChunk"),
  );
  const profile = { nodes: [], samples: [], timeDeltas: [], startTime: 0 };
  for (const event of chunks) {
    const data = event.args.data;
    if (event.name === "Profile") profile.startTime = data.startTime;
    else {
      profile.nodes.push(...(data.cpuProfile?.nodes ?? []));
      profile.samples.push(...(data.cpuProfile?.samples ?? []));
      profile.timeDeltas.push(...(data.timeDeltas ?? []));
    }
  }
  return profile;
}

/** Self time (ms) per function within [from, to] (µs, trace clock). */
function selfTimes(profile, from, to) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    // (A trace's profile leaves out the url and line of native frames.)
    const { functionName, url = "", lineNumber = 0 } = byId.get(profile.samples[i]).callFrame;
    if (functionName === "(idle)" || (functionName === "(program)" && false)) continue;
    const file =
      url
        .split("/")
        .pop()
        ?.replace(/-[\w]{8}\.js$/, ".js") ?? "";
    const key =
      `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + next / 1000);
  }
  return totals;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"],
});
const lines = [
  `Profile of chiso's ${SCENARIO} ${AUTO ? "script → first paint" : process.env.PROFILE_UPDATE ? "recolour → painted frame" : "create → first paint"}, ${VIEWPORT.join("×")}, median of ${REPS} runs, ${new Date().toISOString()}`,
  `${execSync(`${chromePath()} --version 2>/dev/null`).toString().trim()}; \`npm run profile\` (bench/profile.mjs).`,
  "",
];
for (const [label, url] of wanted) {
  const runs = [];
  for (let rep = 0; rep < REPS; rep++) {
    const page = await browser.newPage({ viewport: { width: VIEWPORT[0], height: VIEWPORT[1] } });
    const categories = [
      "devtools.timeline",
      "disabled-by-default-devtools.timeline",
      "blink.user_timing",
      "v8",
      "blink.gc",
      "toplevel",
      "fonts",
    ];
    if (AUTO) {
      await browser.startTracing(page, {
        categories: [...categories, "disabled-by-default-v8.cpu_profiler"],
      });
      await page.goto(`${site.url}/chiso-${SCENARIO}.html?auto=${SCENARIO}`);
      await page.waitForFunction(() => window.autoResult, null, { timeout: 30_000 });
      const metrics = await page.evaluate(() => window.autoResult);
      await page.waitForTimeout(IDLE_MS);
      const events = JSON.parse((await browser.stopTracing()).toString());
      await page.close();
      const traceEvents = events.traceEvents ?? events;
      const analysis = analyseTrace(traceEvents);
      const profile = profileOfTrace(traceEvents, analysis.pid);
      runs.push({
        metrics: { ...metrics, firstRender: metrics.scriptToPaint },
        analysis,
        self: selfTimes(profile, analysis.start, analysis.paint),
        selfAfter: selfTimes(profile, analysis.paint, analysis.paint + IDLE_MS * 1000),
      });
      process.stderr.write(".");
      continue;
    }
    await page.goto(`${site.url}/chiso.html`);
    await page.waitForFunction(() => typeof window.runScenario === "function");
    // PROFILE_WARM=1: a first render on the same page before the profiled one (fonts, templates
    // and styles warm), to tell first-on-the-page costs from the widget's own.
    if (process.env.PROFILE_WARM)
      await page.evaluate(
        ([name, arg]) => window.runScenario(name, arg, { firstOnly: true }),
        [SCENARIO, url],
      );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await browser.startTracing(page, { categories });
    await cdp.send("Profiler.start");
    const metrics = await page.evaluate(
      ([name, arg, idleMs, updateOnly]) =>
        window.runScenario(name, arg, { firstOnly: true, idleMs, updateOnly }),
      [SCENARIO, url, IDLE_MS, Boolean(process.env.PROFILE_UPDATE)],
    );
    const { profile } = await cdp.send("Profiler.stop");
    const trace = JSON.parse((await browser.stopTracing()).toString());
    // PROFILE_SAVE=dir: each run's CPU profile as a .cpuprofile (DevTools' Performance panel
    // opens it), to read inclusive times and callers the summary below leaves out.
    if (process.env.PROFILE_SAVE) {
      mkdirSync(process.env.PROFILE_SAVE, { recursive: true });
      const name = `${label.split(" (")[0].replaceAll(" ", "")}-${rep + 1}.cpuprofile`;
      writeFileSync(`${process.env.PROFILE_SAVE}/${name}`, JSON.stringify(profile));
      writeFileSync(
        `${process.env.PROFILE_SAVE}/${name.replace(".cpuprofile", ".trace.json")}`,
        JSON.stringify(trace),
      );
    }
    await page.close();
    const analysis = analyseTrace(trace.traceEvents ?? trace);
    runs.push({
      metrics,
      analysis,
      self: selfTimes(profile, analysis.start, analysis.paint),
      selfAfter: selfTimes(profile, analysis.paint, analysis.paint + IDLE_MS * 1000),
    });
    process.stderr.write(".");
  }
  const m = (pick) => median(runs.map(pick));
  const kinds = Object.keys(runs[0].analysis.first.kinds);
  const fmt = (v) => v.toFixed(0);
  const window = AUTO ? "script → first paint" : "create → first paint";
  /** JavaScript's own time by the CPU profile (the trace files a page.evaluate under "other"). */
  const js = (self) =>
    [...self].reduce(
      (sum, [key, v]) => (/^\((program|idle|garbage collector)\)/.test(key) ? sum : sum + v),
      0,
    );
  lines.push(`## ${label}`, "");
  lines.push(
    `${window} ${fmt(m((r) => r.metrics.firstRender))} ms (runs: ${runs.map((r) => fmt(r.metrics.firstRender)).join(", ")}); DOM elements ${m((r) => r.metrics.domElements)}; longest task in the ${IDLE_MS / 1000} s after first paint ${fmt(m((r) => r.metrics.longTaskAfterPaint ?? 0))} ms (long-task API) / ${fmt(m((r) => r.analysis.after.longest))} ms (trace). JavaScript (CPU profile) ${fmt(m((r) => js(r.self)))} ms; font look-ups ${m((r) => r.analysis.first.fonts.lookups)}, fallback fonts for missing glyphs ${m((r) => r.analysis.first.fonts.fallbacks)}.`,
    "",
    "| main thread, self time | " + kinds.join(" | ") + " |",
    "|---|" + kinds.map(() => "---:").join("|") + "|",
    `| ${window} | ` +
      kinds.map((k) => fmt(m((r) => r.analysis.first.kinds[k]))).join(" | ") +
      " |",
    `| ${IDLE_MS / 1000} s after first paint | ` +
      kinds.map((k) => fmt(m((r) => r.analysis.after.kinds[k]))).join(" | ") +
      " |",
    "",
    `Top self time, ${window} (CPU profile, median ms):`,
    "",
  );
  const keys = new Set(runs.flatMap((r) => [...r.self.keys()]));
  const top = [...keys]
    .map((key) => [key, m((r) => r.self.get(key) ?? 0)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_TOP || 12));
  for (const [key, value] of top) lines.push(`- ${value.toFixed(1)} ms  \`${key}\``);
  lines.push("");
  // PROFILE_FUNCTIONS=groupBorders,traceBorders: those functions' self time wherever they rank
  // (summed over every line of that name), to tell whether one pass shows up at all.
  const named = (process.env.PROFILE_FUNCTIONS ?? "").split(",").filter(Boolean);
  if (named.length) {
    lines.push(`Named functions, ${window} (self time, median ms):`, "");
    for (const name of named) {
      const sum = (r) =>
        [...r.self].reduce((total, [key, v]) => total + (key.split(" ")[0] === name ? v : 0), 0);
      lines.push(
        `- ${m(sum).toFixed(1)} ms  \`${name}\` (runs: ${runs.map((r) => sum(r).toFixed(1)).join(", ")})`,
      );
    }
    lines.push("");
  }
  const keysAfter = new Set(runs.flatMap((r) => [...r.selfAfter.keys()]));
  const topAfter = [...keysAfter]
    .map((key) => [key, m((r) => r.selfAfter.get(key) ?? 0)])
    .filter(([key]) => !/^\((idle|program)\)/.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  if (topAfter.length) {
    lines.push("After first paint (deferred work):", "");
    for (const [key, value] of topAfter) lines.push(`- ${value.toFixed(1)} ms  \`${key}\``);
    lines.push("");
  }
}
await browser.close();
await site.close();
const text = lines.join("\n");
console.log("\n" + text);
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, text + "\n");
