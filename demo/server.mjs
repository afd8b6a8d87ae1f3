// The demo server: static files (demo pages, the built bundle, fixtures, Storybook) plus a small
// live feed that changes over time, with ETag/304 and Server-Sent Events, so a wall is seen
// updating, going stale when this server stops, and recovering when it starts again.
// No dependencies beyond Node. `node demo/server.mjs [--port 8080]`.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const portArg = process.argv.indexOf("--port");
const PORT = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 8080);
const HOST = process.env.HOST || "127.0.0.1";
/** Seconds between live updates. */
const TICK_S = Number(process.env.CHISO_LIVE_TICK || 5);

/** URL prefix → folder. Everything else is 404: the server never lists or leaves these. */
const MOUNTS = [
  ["/dist/", "dist"],
  ["/fixtures/", "fixtures"],
  ["/storybook/", "storybook-static"],
  ["/", "demo"],
];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** Strict CSP on every page: the bundle must work without inline scripts or eval. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

/**
 * Storybook's pages start with inline scripts of their own (globals, the manager's boot code), so
 * the strict policy blanks them. They get the same policy plus exactly those scripts, allowed by
 * their SHA-256 hash: no 'unsafe-inline', so nothing injected into a story runs either.
 */
const storybookPolicies = new Map();
function storybookCsp(body) {
  const html = body.toString("utf8");
  let policy = storybookPolicies.get(html);
  if (!policy) {
    const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
      ([, code]) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`,
    );
    policy = CSP.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(" "));
    storybookPolicies.set(html, policy);
  }
  return policy;
}

function staticFile(pathname) {
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const base = join(ROOT, folder);
    let rest;
    try {
      rest = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return null; // a malformed escape such as "%" names no file
    }
    let file = normalize(join(base, rest));
    // Inside the mounted folder, not merely a sibling whose name starts the same way.
    if (file !== base && !file.startsWith(base + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    return existsSync(file) ? file : null;
  }
  return null;
}

// ── The live feed: Nghệ An's July 2023 figures, moving a little every tick ────────────────────
const baseFeed = JSON.parse(
  readFileSync(join(ROOT, "fixtures/feeds/nghe-an-2023-07.json"), "utf8"),
);
let version = 0;
let liveText = "";
let liveTag = "";
const sseClients = new Set();

function liveFeed(now) {
  const feed = structuredClone(baseFeed);
  feed.id = "nghe-an-live";
  feed.generatedAt = new Date(now).toISOString();
  for (const indicator of feed.indicators) {
    if (indicator.kind === "ratio")
      for (const observation of indicator.observations)
        if (observation.numerator != null && observation.denominator != null) {
          const added = (version * 7) % 23;
          observation.denominator += added + version;
          observation.numerator += Math.min(
            added + version,
            observation.denominator - observation.numerator,
          );
          delete observation.statedRate;
        }
    if (indicator.kind === "status")
      for (const subsystem of indicator.subsystems) {
        // Online feeds report every tick; manual ones last did days ago; one feed drops out now and then.
        if (subsystem.mode === "online") {
          const lagging =
            subsystem.id === indicator.subsystems.find((s) => s.mode === "online")?.id &&
            version % 12 >= 9;
          subsystem.lastUpdated = new Date(now - (lagging ? 40 * 60_000 : 20_000)).toISOString();
        } else if (subsystem.mode === "manual")
          subsystem.lastUpdated = new Date(now - 3 * 86_400_000).toISOString();
      }
  }
  return feed;
}

// ── The live history: the provinces' months (illustrative), the latest one still counting ──────
const baseHistory = JSON.parse(
  readFileSync(join(ROOT, "fixtures/history/provinces-2025.json"), "utf8"),
);
const lastMonth = baseHistory.period.end.slice(0, 8) + "01";
let historyText = "";
let historyTag = "";

/** The wall's trend: the latest month's dossiers keep arriving, so its panels move in place. */
function liveHistory(now) {
  const feed = structuredClone(baseHistory);
  feed.id = "vn-provinces-dvc-live";
  feed.generatedAt = new Date(now).toISOString();
  feed.indicators[0].observations.forEach((observation, i) => {
    if (observation.period.start !== lastMonth) return;
    const added = ((version + i) * 37) % 400;
    observation.denominator += added;
    observation.numerator += Math.round(added * (0.7 + ((i * 13 + version) % 30) / 100));
  });
  return feed;
}

function tick() {
  version += 1;
  liveText = JSON.stringify(liveFeed(Date.now()));
  liveTag = `"${createHash("sha1").update(liveText).digest("hex").slice(0, 16)}"`;
  historyText = JSON.stringify(liveHistory(Date.now()));
  historyTag = `"${createHash("sha1").update(historyText).digest("hex").slice(0, 16)}"`;
  for (const res of sseClients) res.write(`event: changed\ndata: ${version}\n\n`);
}
tick();
setInterval(tick, TICK_S * 1000).unref();

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    // No request, however odd, may take the demo down (a wall runs for months).
    console.error(`${req.method} ${req.url}: ${error.message}`);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("server error");
  }
});

function handle(req, res) {
  // Only the path matters; it is parsed against a fixed origin, never the client's Host header.
  let url;
  try {
    url = new URL(`http://demo.invalid${req.url}`);
  } catch {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request");
    return;
  }
  const live = {
    "/live/nghe-an.json": [liveText, liveTag],
    "/live/provinces-history.json": [historyText, historyTag],
  }[url.pathname];
  if (live) {
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("ETag", live[1]);
    if (req.headers["if-none-match"] === live[1]) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[".json"] }).end(live[0]);
    return;
  }
  if (url.pathname === "/live/events") {
    res.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache",
      Connection: "keep-alive",
    });
    res.write(`retry: 2000\n: connected\n\n`);
    sseClients.add(res);
    req.on("close", () => sseClients.delete(res));
    return;
  }
  const file = staticFile(url.pathname);
  if (!file) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  const body = readFileSync(file);
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const tag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
  res.setHeader("ETag", tag);
  res.setHeader("Cache-Control", "no-cache");
  if (type.startsWith("text/html"))
    res.setHeader(
      "Content-Security-Policy",
      url.pathname.startsWith("/storybook/") ? storybookCsp(body) : CSP,
    );
  if (req.headers["if-none-match"] === tag) {
    res.writeHead(304).end();
    return;
  }
  res.writeHead(200, { "Content-Type": type }).end(body);
}

server.listen(PORT, HOST, () => {
  const origin = `http://${HOST}:${PORT}`;
  console.log(`chiso demo: ${origin}/  (Ctrl+C to stop)`);
  console.log(`  portal ${origin}/portal.html · wall ${origin}/wall.html`);
  console.log(
    `  validator ${origin}/validator.html${existsSync(join(ROOT, "storybook-static")) ? ` · Storybook ${origin}/storybook/` : ""}`,
  );
  console.log(
    `  live feeds /live/nghe-an.json and /live/provinces-history.json, a new version every ${TICK_S} s`,
  );
});
