// A real HTTP feed server inside web-test-runner's dev server, so the feed runtime is tested over
// the network path it uses in production (conditional requests, status codes, delays, SSE).
//
//   GET  /feeds/fixture/<id>.json       a committed fixture, with ETag/Last-Modified and 304s
//   GET  /feeds/history/<file>.json     a file of fixtures/history/monthly/ (an index and its months)
//   GET  /feeds/maps/<dir>/<file>.json  a boundary file of fixtures/boundaries/ as served JSON (the
//                                       dev server turns a plain .json request into a JS module)
//   GET  /feeds/script/<name>           the next step of a script posted by the test
//   POST /feeds/script/<name>           body: [{ status?, fixture?, body?, delayMs?, etag?,
//                                       type? (Content-Type), headers? ({ "Retry-After": "120" }),
//                                       noDate? (send no Date header), drop? (cut the
//                                       connection: a network error), large? + count? (a very
//                                       large feed of large-feeds.mjs: "services", "status") }, …]
//   GET  /feeds/stats/<name>            { requests, conditional } for a script or fixture id
//   GET  /feeds/sse/<name>              an event stream (connections counted as stats of sse-<name>)
//   POST /feeds/sse/<name>              body: { event?, data } pushed to every open stream;
//                                       { fail: n, status? } answers the next n connections with
//                                       an HTTP error (500); { flood: n, durationMs, event?, data? }
//                                       pushes n events spread over durationMs ("{{i}}" in a
//                                       string data is replaced by the event's number, from 0)
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { largeFeed } from "./large-feeds.mjs";

const FIXTURES = new URL("../../fixtures/feeds/", import.meta.url);
const MONTHLY = new URL("../../fixtures/history/monthly/", import.meta.url);
const MAPS = new URL("../../fixtures/boundaries/", import.meta.url);

export function feedServer() {
  const scripts = new Map();
  const stats = new Map();
  const streams = new Map();
  /** SSE names whose next connections fail: name → { count, status }. */
  const failing = new Map();
  /** Very large feeds, made once per kind and count. */
  const large = new Map();
  const largeText = (kind, count) => {
    const key = `${kind}/${count}`;
    if (!large.has(key)) large.set(key, JSON.stringify(largeFeed(kind, count)));
    return large.get(key);
  };

  /** Writes `n` events to every open stream of `name`, spread evenly over `durationMs`. */
  const flood = (name, { flood: n, durationMs = 1000, event, data = "changed" }, frameOf) => {
    const batches = Math.max(1, Math.round(durationMs / 10));
    const perBatch = Math.ceil(n / batches);
    let sent = 0;
    const tick = () => {
      const count = Math.min(perBatch, n - sent);
      const frames = Array.from({ length: count }, (_, i) =>
        frameOf(event, typeof data === "string" ? data.replaceAll("{{i}}", sent + i) : data),
      ).join("");
      for (const res of streams.get(name) ?? []) res.write(frames);
      sent += count;
      if (sent < n) setTimeout(tick, 10);
    };
    tick();
  };

  const hit = (name, conditional) => {
    const entry = stats.get(name) ?? { requests: 0, conditional: 0 };
    entry.requests += 1;
    if (conditional) entry.conditional += 1;
    stats.set(name, entry);
  };

  const readBody = (req) =>
    new Promise((resolve) => {
      let data = "";
      req.on("data", (chunk) => (data += chunk));
      req.on("end", () => resolve(data));
    });

  const sendJson = (ctx, text, etag, type = "application/json") => {
    const tag = etag ?? `"${createHash("sha1").update(text).digest("hex").slice(0, 16)}"`;
    ctx.set("ETag", tag);
    ctx.set("Cache-Control", "no-cache");
    if (ctx.get("If-None-Match") === tag) {
      ctx.status = 304;
      return;
    }
    ctx.status = 200;
    ctx.body = text;
    ctx.set("Content-Type", type);
  };

  return async function feedMiddleware(ctx, next) {
    const monthly = /^\/feeds\/history\/([\w-]+)\.json$/.exec(ctx.path);
    const map = /^\/feeds\/maps\/((?:[\w-]+\/)?[\w.-]+)\.json$/.exec(ctx.path);
    if (monthly || map) {
      const [name, dir] = monthly ? [monthly[1], MONTHLY] : [map[1], MAPS];
      hit(monthly ? `history-${name}` : `map-${name}`, Boolean(ctx.get("If-None-Match")));
      try {
        sendJson(ctx, readFileSync(new URL(`${name}.json`, dir), "utf8"));
      } catch {
        ctx.status = 404;
        ctx.body = "not found";
      }
      return;
    }
    const match = /^\/feeds\/(fixture|script|stats|sse)\/([\w.-]+)$/.exec(ctx.path);
    if (!match) return next();
    const [, kind, name] = match;
    if (kind === "stats") {
      ctx.type = "application/json";
      ctx.body = JSON.stringify(stats.get(name) ?? { requests: 0, conditional: 0 });
      return;
    }
    if (kind === "fixture") {
      const id = name.replace(/\.json$/, "");
      hit(id, Boolean(ctx.get("If-None-Match")));
      let text;
      try {
        text = readFileSync(new URL(`${id}.json`, FIXTURES), "utf8");
      } catch {
        ctx.status = 404;
        ctx.body = "not found";
        return;
      }
      sendJson(ctx, text);
      return;
    }
    if (kind === "script") {
      if (ctx.method === "POST") {
        scripts.set(name, JSON.parse(await readBody(ctx.req)));
        stats.delete(name);
        ctx.status = 204;
        return;
      }
      hit(name, Boolean(ctx.get("If-None-Match")));
      const steps = scripts.get(name) ?? [];
      // The last step repeats forever, so a test only scripts what changes.
      const step = steps.length > 1 ? steps.shift() : (steps[0] ?? { status: 404 });
      if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
      if (step.drop) {
        // The network drops: the browser's fetch rejects ("Failed to fetch").
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      for (const [header, value] of Object.entries(step.headers ?? {})) ctx.set(header, value);
      if (step.noDate) ctx.res.sendDate = false; // no Date header at all
      if (step.status && step.status !== 200) {
        ctx.status = step.status;
        ctx.body = step.body ?? `status ${step.status}`;
        return;
      }
      const text = step.fixture
        ? readFileSync(new URL(`${step.fixture}.json`, FIXTURES), "utf8")
        : step.large
          ? largeText(step.large, step.count)
          : typeof step.body === "string"
            ? step.body
            : JSON.stringify(step.body);
      sendJson(ctx, text, step.etag, step.type);
      return;
    }
    // Server-Sent Events.
    const frameOf = (event, data) => {
      const payload = typeof data === "string" ? data : JSON.stringify(data);
      return `${event ? `event: ${event}\n` : ""}data: ${payload.replace(/\n/g, "\ndata: ")}\n\n`;
    };
    if (ctx.method === "POST") {
      const order = JSON.parse(await readBody(ctx.req));
      if (order.fail) failing.set(name, { count: order.fail, status: order.status ?? 500 });
      else if (order.flood) flood(name, order, frameOf);
      else for (const res of streams.get(name) ?? []) res.write(frameOf(order.event, order.data));
      ctx.status = 204;
      return;
    }
    hit(`sse-${name}`, false);
    const failure = failing.get(name);
    if (failure && failure.count > 0) {
      failure.count -= 1;
      ctx.status = failure.status;
      ctx.body = `status ${failure.status}`;
      return;
    }
    ctx.respond = false;
    ctx.res.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache",
      Connection: "keep-alive",
    });
    ctx.res.write(": connected\n\n");
    const open = streams.get(name) ?? new Set();
    open.add(ctx.res);
    streams.set(name, open);
    ctx.req.on("close", () => open.delete(ctx.res));
  };
}
