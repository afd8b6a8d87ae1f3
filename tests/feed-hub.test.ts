import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { until } from "./support/guard.js";
import { FakeClock } from "./support/fake-clock.js";
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  FeedHub,
  MIN_REFRESH_MS,
  backoffDelay,
} from "../src/data/feed-hub.js";
import type { FeedSnapshot } from "../src/data/feed-hub.js";

let serial = 0;
/** A fresh scripted feed URL on the test server; steps are served in order, the last repeats. */
async function script(
  steps: unknown[],
): Promise<{ url: string; stats: () => Promise<{ requests: number; conditional: number }> }> {
  const name = `hub-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return {
    url: `/feeds/script/${name}`,
    stats: async () => (await fetch(`/feeds/stats/${name}`)).json(),
  };
}

/** Subscribes and records every snapshot. */
function watch(hub: FeedHub, url: string, options = {}) {
  const seen: FeedSnapshot[] = [];
  const unsubscribe = hub.subscribe(url, options, (snapshot) => seen.push(snapshot));
  return { seen, unsubscribe, last: () => seen[seen.length - 1] };
}

describe("FeedHub over real HTTP", () => {
  it("loads, validates and checks a feed from a URL", async () => {
    const hub = new FeedHub();
    const { last, unsubscribe } = watch(hub, "/feeds/fixture/bac-giang-2023-02.json");
    await until(() => last()?.status === "ok", "ok");
    expect(last()!.feed!.publisher.unitCode).to.equal("24");
    expect(last()!.receivedAt).to.be.a("number");
    unsubscribe();
  });

  it("makes one request for twenty subscribers of the same URL", async () => {
    const hub = new FeedHub();
    const { url, stats } = await script([{ fixture: "nghe-an-2023-07", delayMs: 50 }]);
    const watchers = Array.from({ length: 20 }, () => watch(hub, url));
    await until(() => watchers.every((w) => w.last()?.status === "ok"), "all ok");
    expect((await stats()).requests).to.equal(1);
    expect(new Set(watchers.map((w) => w.last()!.feed)).size).to.equal(1);
    watchers.forEach((w) => w.unsubscribe());
    expect(hub.size).to.equal(0);
  });

  it("sends the ETag back on refresh and keeps the same feed on 304", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock });
    const { url, stats } = await script([{ fixture: "bac-giang-2023-02" }]);
    const { last, seen, unsubscribe } = watch(hub, url, { refreshMs: 60_000 });
    await until(() => last()?.status === "ok", "first load");
    const first = last()!;
    clock.advance(60_000);
    await until(() => seen.length >= 2, "refresh");
    expect(last()!.status).to.equal("ok");
    expect(last()!.feed).to.equal(first.feed);
    expect(last()!.receivedAt).to.equal(first.receivedAt! + 60_000);
    expect(await stats()).to.deep.equal({ requests: 2, conditional: 1 });
    unsubscribe();
  });

  it("shows an HTTP 404 as an error when there never was data", async () => {
    const hub = new FeedHub({ random: () => 0.5 });
    const { last, unsubscribe } = watch(hub, "/feeds/fixture/does-not-exist.json");
    await until(() => last()?.status === "error", "error");
    expect(last()!.error).to.include({ kind: "http", status: 404 });
    expect(last()!.error!.message.vi).to.equal("máy chủ trả về lỗi HTTP 404");
    expect(last()!.feed).to.equal(null);
    unsubscribe();
  });

  it("keeps the last good data as stale when a refresh fails with HTTP 500, then recovers", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const { url } = await script([
      { fixture: "nghe-an-2023-07" },
      { status: 500 },
      { fixture: "nghe-an-2023-07" },
    ]);
    const { last, unsubscribe } = watch(hub, url, { refreshMs: 30_000 });
    await until(() => last()?.status === "ok", "ok");
    const good = last()!.feed;
    clock.advance(30_000);
    await until(() => last()?.status === "stale", "stale");
    expect(last()!.feed).to.equal(good);
    expect(last()!.error).to.include({ kind: "http", status: 500 });
    clock.advance(backoffDelay(1));
    await until(() => last()?.status === "ok", "recovered");
    expect(last()!.error).to.equal(null);
    unsubscribe();
  });

  it("keeps the last good data when a refresh returns an invalid feed, and says why", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const { url } = await script([
      { fixture: "bac-giang-2023-02" },
      { body: { schemaVersion: "1.0" } },
    ]);
    const { last, unsubscribe } = watch(hub, url, { refreshMs: 10_000 });
    await until(() => last()?.status === "ok", "ok");
    clock.advance(10_000);
    await until(() => last()?.status === "stale", "stale");
    expect(last()!.feed!.id).to.equal("bac-giang-2023-02");
    expect(last()!.error!.kind).to.equal("invalid");
    expect(last()!.error!.issues!.map((issue) => issue.path)).to.include("generatedAt");
    unsubscribe();
  });

  it("reports malformed JSON as an invalid feed", async () => {
    const hub = new FeedHub();
    const { url } = await script([{ body: '{"schemaVersion": ' }]);
    const { last, unsubscribe } = watch(hub, url);
    await until(() => last()?.status === "error", "error");
    expect(last()!.error!.issues![0]!.message.en).to.match(/^not valid JSON/);
    unsubscribe();
  });

  it("times out a request that hangs", async () => {
    const hub = new FeedHub();
    const { url } = await script([{ fixture: "bac-giang-2023-02", delayMs: 2_000 }]);
    const { last, unsubscribe } = watch(hub, url, { timeoutMs: 150 });
    await until(() => last()?.status === "error", "timeout");
    expect(last()!.error!.kind).to.equal("timeout");
    unsubscribe();
  });

  it("backs off exponentially after repeated failures (fake clock)", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const { url, stats } = await script([{ status: 503 }]);
    const { seen, unsubscribe } = watch(hub, url, { refreshMs: 1_000 });
    const delays: number[] = [];
    for (let failures = 1; failures <= 4; failures++) {
      await until(() => seen.length >= failures, `failure ${failures}`);
      const pending = clock.pendingDelays().filter((delay) => delay !== 15_000);
      delays.push(pending[pending.length - 1]!);
      clock.advance(pending[pending.length - 1]!);
    }
    expect(delays).to.deep.equal([2_000, 4_000, 8_000, 16_000]);
    expect(backoffDelay(20)).to.equal(300_000);
    await until(async () => (await stats()).requests >= 5, "fifth request");
    unsubscribe();
  });

  it("aborts the request in flight when the last subscriber leaves", async () => {
    const hub = new FeedHub();
    const { url } = await script([{ fixture: "bac-giang-2023-02", delayMs: 300 }]);
    const { seen, unsubscribe } = watch(hub, url);
    unsubscribe();
    expect(hub.size).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen).to.deep.equal([]);
  });

  it("applies a whole feed pushed over Server-Sent Events, and refetches on a ping", async () => {
    const hub = new FeedHub();
    const stream = `sse-${Date.now()}`;
    const { url, stats } = await script([{ fixture: "nghe-an-2023-07" }]);
    const { last, unsubscribe } = watch(hub, url, { sse: `/feeds/sse/${stream}` });
    await until(() => last()?.status === "ok", "ok");
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the stream connect
    const pushed = { ...last()!.feed!, generatedAt: "2023-07-27T09:00:00+07:00" };
    await fetch(`/feeds/sse/${stream}`, {
      method: "POST",
      body: JSON.stringify({ event: "feed", data: pushed }),
    });
    await until(() => last()?.feed?.generatedAt === "2023-07-27T09:00:00+07:00", "pushed feed");
    await fetch(`/feeds/sse/${stream}`, {
      method: "POST",
      body: JSON.stringify({ data: "changed" }),
    });
    await until(async () => (await stats()).requests === 2, "refetch after ping");
    unsubscribe();
  });
});

describe("FeedHub: the small ones of issue 22.5", () => {
  it("never polls faster than MIN_REFRESH_MS, however small the interval asked", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock });
    const { url, stats } = await script([{ fixture: "bac-giang-2023-02" }]);
    const { last, seen, unsubscribe } = watch(hub, url, { refreshMs: 10 });
    await until(() => last()?.status === "ok", "ok");
    expect(clock.pendingDelays()).to.deep.equal([MIN_REFRESH_MS]);
    clock.advance(MIN_REFRESH_MS - 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await stats()).requests, "no refetch before the minimum").to.equal(1);
    clock.advance(1);
    await until(() => seen.length >= 2, "refetch at the minimum");
    expect((await stats()).requests).to.equal(2);
    unsubscribe();
  });

  it("ignores an interval that is not a finite number (loads once)", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock });
    const { url } = await script([{ fixture: "bac-giang-2023-02" }]);
    const { last, unsubscribe } = watch(hub, url, { refreshMs: Number.NaN });
    await until(() => last()?.status === "ok", "ok");
    expect(clock.pendingDelays()).to.deep.equal([]);
    unsubscribe();
  });

  it("caps the back-off after the jitter: never more than BACKOFF_MAX_MS", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.999 });
    const { url } = await script([{ status: 503 }]);
    const { seen, unsubscribe } = watch(hub, url);
    const delays: number[] = [];
    for (let failures = 1; failures <= 10; failures++) {
      await until(() => seen.length >= failures, `failure ${failures}`);
      const pending = clock.pendingDelays().filter((delay) => delay !== 15_000);
      const delay = pending[pending.length - 1]!;
      delays.push(delay);
      clock.advance(delay);
    }
    expect(Math.max(...delays)).to.equal(BACKOFF_MAX_MS);
    expect(delays[0]).to.be.above(BACKOFF_BASE_MS); // the jitter is still there below the cap
    unsubscribe();
  });

  it("says the content type was wrong when a text/html answer does not parse", async () => {
    const hub = new FeedHub({ random: () => 0.5 });
    const { url } = await script([
      { body: "<!doctype html><title>Đăng nhập</title>", type: "text/html; charset=utf-8" },
    ]);
    const { last, unsubscribe } = watch(hub, url);
    await until(() => last()?.status === "error", "error");
    expect(last()!.error!.kind).to.equal("invalid");
    expect(last()!.error!.issues![0]!.message.vi).to.equal(
      "máy chủ gửi text/html, không phải JSON (application/json)",
    );
    expect(last()!.error!.issues![0]!.message.en).to.equal(
      "the server sent text/html, not JSON (application/json)",
    );
    unsubscribe();
  });

  it("accepts a valid feed served with a wrong content type (the body decides)", async () => {
    const hub = new FeedHub();
    const { url } = await script([{ fixture: "bac-giang-2023-02", type: "text/plain" }]);
    const { last, unsubscribe } = watch(hub, url);
    await until(() => last()?.status === "ok", "ok");
    unsubscribe();
  });

  it("does not blame a JSON content type when its body is broken", async () => {
    const hub = new FeedHub();
    const { url } = await script([{ body: '{"schemaVersion": ', type: "application/feed+json" }]);
    const { last, unsubscribe } = watch(hub, url);
    await until(() => last()?.status === "error", "error");
    expect(last()!.error!.issues![0]!.message.en).to.match(/^not valid JSON/);
    unsubscribe();
  });
});
