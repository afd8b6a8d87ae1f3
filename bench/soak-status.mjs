// Soak of <chiso-status-panel> — not a test, a measurement:
//   npm run soak -- [hours=24] [subsystems=9]     (node bench/soak-status.mjs …)
//
// Simulates `hours` of a wall display receiving a new feed every second under a fake clock
// (24 h = 86.400 updates): each second the clock moves on, the online subsystems report (one of
// them falls silent for 20 minutes every hour, so it turns stale and back and is announced), and a new `data` object
// is assigned. JS heap is measured after a forced GC every simulated hour; the growth between the
// first and the last hour is what a months-long wall would accumulate.
import { chromium } from "playwright-core";
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { CHROME_ARGS, chromePath } from "../scripts/chrome.mjs";

const hours = Number(process.argv[2] ?? 24);
const subsystems = Number(process.argv[3] ?? 9);
const root = new URL("../", import.meta.url);

const bundle = await build({
  entryPoints: [new URL("src/components/status-panel/define.ts", root).pathname],
  bundle: true,
  format: "esm",
  minify: true,
  write: false,
  // Production Lit: the dev build's warnings are not what a wall runs.
  conditions: ["production"],
  logLevel: "error",
});
const code = bundle.outputFiles[0].text;
const feed = JSON.parse(readFileSync(new URL("fixtures/feeds/nghe-an-2023-07.json", root), "utf8"));
// The status indicator only: the soak measures the panel, not the validation of other figures.
feed.indicators = feed.indicators.filter((indicator) => indicator.kind === "status");

const browser = await chromium.launch({
  executablePath: chromePath(),
  args: [...CHROME_ARGS, "--js-flags=--expose-gc"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on("pageerror", (error) => console.error("[page error]", error.message));
  await page.setContent(
    `<!doctype html><html lang="vi"><body style="margin:0;background:#000">
      <div style="height:100vh"><chiso-status-panel theme="ioc"></chiso-status-panel></div>
    </body></html>`,
  );
  await page.addScriptTag({ type: "module", content: code });
  await page.waitForFunction(() => customElements.get("chiso-status-panel"));
  const cdp = await page.context().newCDPSession(page);

  await page.evaluate(
    ({ feed, subsystems }) => {
      const element = document.querySelector("chiso-status-panel");
      const status = feed.indicators[0];
      const models = status.subsystems;
      status.subsystems = Array.from({ length: subsystems }, (_, i) => ({
        ...models[i % models.length],
        id: `s-${i}`,
      }));
      const start = Date.parse("2023-07-26T00:00:00+07:00");
      const clock = { time: start, now: () => clock.time };
      element.clock = clock;
      let second = 0;
      let current = status.subsystems.map((subsystem) => ({
        ...subsystem,
        lastUpdated: subsystem.lastUpdated ? new Date(start).toISOString() : subsystem.lastUpdated,
      }));
      let spoken = 0;
      new MutationObserver((records) => {
        for (const record of records)
          if (record.target.classList?.contains("announcements"))
            spoken += [...record.addedNodes].filter((node) => node.nodeName === "P").length;
      }).observe(element.shadowRoot, { childList: true, subtree: true });
      /** Advances one simulated second and assigns a new feed object. */
      window.__soakStep = async (count) => {
        for (let i = 0; i < count; i += 1) {
          second += 1;
          clock.time = start + second * 1000;
          const stamp = new Date(clock.time).toISOString();
          // Each subsystem keeps its last report: a new object only when it reports.
          current = current.map((subsystem, j) =>
            subsystem.mode === "online" && (second + j * 977) % 3600 >= 1200
              ? { ...subsystem, lastUpdated: stamp }
              : subsystem,
          );
          const next = {
            ...feed,
            generatedAt: stamp,
            indicators: [{ ...status, subsystems: current }],
          };
          element.data = next;
          await element.updateComplete;
        }
        return {
          tiles: element.shadowRoot.querySelectorAll("button.tile").length,
          announcements: element.shadowRoot.querySelectorAll(".announcements p").length,
          spoken: spoken,
          nodes: element.shadowRoot.querySelectorAll("*").length,
        };
      };
    },
    { feed, subsystems },
  );

  const heap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize;
  };
  const mb = (bytes) => (bytes / 1048576).toFixed(2);
  const started = performance.now();
  const samples = [];
  for (let hour = 1; hour <= hours; hour += 1) {
    const dom = await page.evaluate((count) => window.__soakStep(count), 3600);
    const used = await heap();
    samples.push(used);
    const elapsed = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `hour ${String(hour).padStart(2)}: heap ${mb(used)} MB, ${dom.tiles} tiles, ${dom.nodes} shadow nodes, ${dom.announcements} announcements kept, ${dom.spoken} announced so far (${elapsed} s)`,
    );
  }
  const growth = samples.at(-1) - samples[0];
  const updates = hours * 3600;
  console.log(
    `\n${updates} updates of ${subsystems} subsystems in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${((performance.now() - started) / updates).toFixed(2)} ms/update); ` +
      `heap after hour 1: ${mb(samples[0])} MB, after hour ${hours}: ${mb(samples.at(-1))} MB, ` +
      `growth ${mb(growth)} MB (${(growth / Math.max(1, hours - 1) / 1024).toFixed(1)} kB/h)`,
  );
} finally {
  await browser.close();
}
