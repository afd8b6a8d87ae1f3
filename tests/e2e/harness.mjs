// End-to-end harness: the real demo server as a child process (so a test can stop and restart
// it) and the system Chromium driven by playwright-core. Screenshots are compared with reviewed
// baselines inside the browser (canvas pixel diff), so no image library is needed.
import { CHROME_ARGS as BASE_ARGS, chromePath } from "../../scripts/chrome.mjs";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

// Screenshots are compared pixel by pixel: no font hinting, so glyphs do not depend on it.
export const CHROME_ARGS = [...BASE_ARGS, "--font-render-hinting=none"];

export async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts demo/server.mjs; resolves when it listens. */
export async function startDemoServer(port, env = {}) {
  const child = spawn(process.execPath, ["demo/server.mjs", "--port", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => String(chunk).includes("chiso demo:") && resolve());
    child.on("exit", (code) => reject(new Error(`demo server exited with ${code}`)));
  });
  return child;
}

export async function stopServer(child) {
  if (child.exitCode != null) return;
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromePath(),
    args: CHROME_ARGS,
  });
}

/**
 * The demo server and a browser for one test file: started before its tests, stopped after
 * them (node:test hooks). `demo.base` is the server's address, `demo.browser` the browser.
 */
export function useDemoServer(env = { CHISO_LIVE_TICK: "3600" }) {
  const demo = { base: "", browser: null };
  let server;
  before(async () => {
    const port = await freePort();
    demo.base = `http://127.0.0.1:${port}`;
    server = await startDemoServer(port, env);
    demo.browser = await launchBrowser();
  });
  after(async () => {
    await demo.browser?.close();
    if (server) await stopServer(server);
  });
  return demo;
}

/** Text of every chiso element's shadow root, by tag. */
export async function widgetTexts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .filter((element) => element.tagName.startsWith("CHISO-") && !element.closest("[hidden]"))
      .map((element) => ({
        tag: element.tagName.toLowerCase(),
        text: (element.shadowRoot?.textContent ?? "").replace(/\s+/g, " ").trim(),
        alerts: [...(element.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map((alert) =>
          alert.textContent.trim(),
        ),
        busy: Boolean(element.shadowRoot?.querySelector('[aria-busy="true"]')),
      })),
  );
}

/** Waits until every chiso element on the page shows data (no loading, no error). */
export async function waitForWidgets(page, timeoutMs = 20_000) {
  const start = Date.now();
  let texts = [];
  while (Date.now() - start < timeoutMs) {
    texts = await widgetTexts(page);
    if (texts.length && texts.every((widget) => !widget.busy && widget.text.length > 20))
      return texts;
    await page.waitForTimeout(200);
  }
  throw new Error(`widgets did not render: ${JSON.stringify(texts).slice(0, 600)}`);
}

const BASELINES = new URL("./baselines/", import.meta.url);

/**
 * Compares a screenshot with its reviewed baseline: the share of pixels whose colour differs by
 * more than a small threshold must stay under `maxRatio`. A missing baseline is written (to be
 * reviewed and committed) and the comparison passes; CHISO_UPDATE_BASELINES=1 rewrites them all.
 */
export async function compareWithBaseline(page, png, name, maxRatio = 0.01) {
  mkdirSync("test-results/screenshots", { recursive: true });
  writeFileSync(`test-results/screenshots/${name}.png`, png);
  const baselineUrl = new URL(`${name}.png`, BASELINES);
  if (!existsSync(baselineUrl) || process.env.CHISO_UPDATE_BASELINES === "1") {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselineUrl, png);
    return { ratio: 0, created: true };
  }
  const baseline = readFileSync(baselineUrl);
  const ratio = await page.evaluate(
    async ([a, b]) => {
      const load = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const [first, second] = await Promise.all([load(a), load(b)]);
      if (first.width !== second.width || first.height !== second.height) return 1;
      const pixels = (image) => {
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const p = pixels(first);
      const q = pixels(second);
      let differing = 0;
      for (let i = 0; i < p.length; i += 4)
        if (
          Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) >
          48
        )
          differing += 1;
      return differing / (p.length / 4);
    },
    [png.toString("base64"), baseline.toString("base64")],
  );
  return { ratio, created: false, ok: ratio <= maxRatio };
}

const STATIC_TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".css": "text/css",
  ".map": "application/json",
};

/** Serves folders read-only on a free port: `mounts` maps URL prefixes to folders. */
const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** Test pages from `folder` at "/", next to the seed feeds, the boundaries and the bundle. */
export function servePages(folder) {
  return serveStatic([
    ["/feeds/", "fixtures/feeds"],
    ["/boundaries/", "fixtures/boundaries"],
    ["/chiso.iife.js", "dist/chiso.iife.js"],
    ["/", folder],
  ]);
}

/**
 * `options.headers(url)` adds response headers per request (e.g. a Content-Security-Policy chosen
 * by the test through the URL).
 */
export async function serveStatic(mounts, options = {}) {
  const { createServer: createHttpServer } = await import("node:http");
  const { extname, join, normalize, resolve } = await import("node:path");
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    for (const [prefix, folder] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const root = resolve(folder);
      const rest = path.slice(prefix.length);
      // A mount may be a single file ("/chiso.iife.js" → dist/chiso.iife.js) or a folder.
      const file = normalize(
        rest ? join(root, rest) : join(root, isFile(root) ? "" : "index.html"),
      );
      if (file.startsWith(root) && isFile(file)) {
        res.writeHead(200, {
          "Content-Type": STATIC_TYPES[extname(file)] ?? "application/octet-stream",
          ...options.headers?.(new URL(req.url, "http://x")),
        });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
