/**
 * The feed runtime under a server that pushes, floods, refuses and fails (issues 20.2, 20.3,
 * 22.2): Retry-After, Server-Sent Events by name, a stream reopened after an HTTP 500, and a
 * flood of events bounded to a few requests. Real HTTP (tests/support/feed-server.mjs).
 */
import { expect, fixture, html } from "@open-wc/testing";
import "./support/guard.js";
import { shadowText, takeConsole, until } from "./support/guard.js";
import { FakeClock } from "./support/fake-clock.js";
import { BACKOFF_MAX_MS, FeedHub, SSE_EVENTS, backoffDelay } from "../src/data/feed-hub.js";
import type { FeedSnapshot } from "../src/data/feed-hub.js";
import "../src/components/gauge/define.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";

let serial = 0;
const uniqueName = (prefix: string) => `${prefix}-${Date.now()}-${serial++}`;
type Stats = { requests: number; conditional: number };
const statsOf = async (name: string): Promise<Stats> =>
  (await fetch(`/feeds/stats/${name}`)).json();

/** A scripted feed URL; steps are served in order, the last repeats. */
async function script(steps: unknown[]) {
  const name = uniqueName("push");
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return { url: `/feeds/script/${name}`, stats: () => statsOf(name) };
}

/** An event stream on the test server. */
function stream() {
  const name = uniqueName("sse");
  const post = (body: unknown) =>
    fetch(`/feeds/sse/${name}`, { method: "POST", body: JSON.stringify(body) });
  return {
    url: `/feeds/sse/${name}`,
    post,
    connections: async () => (await statsOf(`sse-${name}`)).requests,
  };
}

function watch(hub: FeedHub, url: string, options = {}) {
  const seen: FeedSnapshot[] = [];
  const unsubscribe = hub.subscribe(url, options, (snapshot) => seen.push(snapshot));
  return { seen, unsubscribe, last: () => seen[seen.length - 1] };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The retry timer among a fake clock's timers (request timeouts are 15 s). */
const retryTimer = (clock: FakeClock) => clock.pendingDelays().filter((d) => d !== 15_000);

describe("Retry-After (issue 20.3)", () => {
  it("waits the 120 s a 503 asks for, every time, instead of 2 s, 4 s, 8 s", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const { url, stats } = await script([
      { fixture: "bac-giang-2023-02" },
      { status: 503, headers: { "Retry-After": "120" } },
    ]);
    const { seen, last, unsubscribe } = watch(hub, url, { refreshMs: 10_000 });
    await until(() => last()?.status === "ok", "ok");
    clock.advance(10_000);
    for (let failure = 1; failure <= 3; failure++) {
      await until(
        () => seen.filter((s) => s.status === "stale").length >= failure,
        `503 #${failure}`,
      );
      expect(retryTimer(clock), `wait after failure ${failure}`).to.deep.equal([120_000]);
      expect(last()!.error).to.include({ kind: "http", status: 503, retryAfterMs: 120_000 });
      expect(last()!.nextTryAt).to.equal(clock.now() + 120_000);
      const before = (await stats()).requests;
      clock.advance(119_999);
      await sleep(50);
      expect((await stats()).requests, "not one second early").to.equal(before);
      clock.advance(1);
    }
    await until(async () => (await stats()).requests === 5, "fourth 503");
    unsubscribe();
  });

  it("caps a 429's Retry-After at the back-off maximum (5 min)", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const { url } = await script([{ status: 429, headers: { "Retry-After": "3600" } }]);
    const { last, unsubscribe } = watch(hub, url);
    await until(() => last()?.status === "error", "429");
    expect(retryTimer(clock)).to.deep.equal([BACKOFF_MAX_MS]);
    expect(last()!.error!.retryAfterMs).to.equal(BACKOFF_MAX_MS);
    unsubscribe();
  });

  it("reads an HTTP-date Retry-After against the server's Date, not a wrong viewer clock", async () => {
    const clock = new FakeClock(Date.now() - 3 * 3_600_000); // the wall is three hours slow
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const serverNow = Math.floor(Date.now() / 1000) * 1000;
    const { url } = await script([
      {
        status: 503,
        headers: {
          Date: new Date(serverNow).toUTCString(),
          "Retry-After": new Date(serverNow + 90_000).toUTCString(),
        },
      },
    ]);
    const { last, unsubscribe } = watch(hub, url);
    await until(() => last()?.status === "error", "503");
    expect(retryTimer(clock)).to.deep.equal([90_000]);
    unsubscribe();
  });

  it("keeps its own back-off when a 500 sends Retry-After (only 429 and 503 carry it)", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const { url } = await script([{ status: 500, headers: { "Retry-After": "120" } }]);
    const { last, unsubscribe } = watch(hub, url);
    await until(() => last()?.status === "error", "500");
    expect(retryTimer(clock)).to.deep.equal([backoffDelay(1)]);
    expect(last()!.error!.retryAfterMs).to.equal(undefined);
    unsubscribe();
  });

  it("says in the element that the server asked to wait, and when the next try is", async () => {
    const { url } = await script([
      { fixture: "bac-giang-2023-02" },
      { status: 503, headers: { "Retry-After": "120" } },
    ]);
    const gauge = await fixture<ChisoGauge>(
      html`<chiso-gauge src=${url} refresh-interval="1"></chiso-gauge>`,
    );
    await until(() => shadowText(gauge).includes("85,29 %"), "first figure");
    await until(() => gauge.shadowRoot!.querySelector('[part~="feed-state"]'), "stale chip");
    const chip = gauge.shadowRoot!.querySelector('[part~="feed-state"]')!.textContent!;
    expect(chip).to.contain("máy chủ yêu cầu chờ 2 phút");
    expect(shadowText(gauge), "the last figure stays").to.contain("85,29 %");
    takeConsole(); // the browser logs the 503 itself
  });
});

describe("Server-Sent Events (issues 20.2, 22.2)", () => {
  it("listens to the documented event names, and only to those", async () => {
    expect([...SSE_EVENTS]).to.deep.equal(["message", "feed", "changed", "update", "refresh"]);
    const hub = new FeedHub();
    const events = stream();
    const { url, stats } = await script([{ fixture: "bac-giang-2023-02" }]);
    const { last, unsubscribe } = watch(hub, url, { sse: events.url });
    await until(() => last()?.status === "ok", "ok");
    await until(async () => (await events.connections()) === 1, "stream open");
    await sleep(100);
    let expected = 1;
    for (const event of ["changed", "update", "refresh", undefined]) {
      await events.post({ event, data: "changed" });
      expected += 1;
      await until(
        async () => (await stats()).requests === expected,
        `refetch on ${event ?? "message"}`,
      );
      await sleep(1_050); // refetches are at least a second apart
    }
    await events.post({ event: "heartbeat", data: "" });
    await sleep(300);
    expect((await stats()).requests, "an unlisted name is ignored").to.equal(expected);
    // Any listened name carrying a whole feed applies it without a request.
    await events.post({ event: "changed", data: { ...bacGiang, id: "pushed-by-name" } });
    await until(() => last()?.feed?.id === "pushed-by-name", "feed pushed under a named event");
    expect((await stats()).requests).to.equal(expected);
    unsubscribe();
  });

  it("reopens the stream after an HTTP 500, with the feed back-off, and refetches", async () => {
    const clock = new FakeClock(Date.now());
    const hub = new FeedHub({ clock, random: () => 0.5 });
    const events = stream();
    await events.post({ fail: 2, status: 500 });
    const { url, stats } = await script([{ fixture: "bac-giang-2023-02" }]);
    const { last, unsubscribe } = watch(hub, url, { sse: events.url });
    await until(() => last()?.status === "ok", "ok");
    await until(() => retryTimer(clock).includes(backoffDelay(1)), "first reopen waiting (2 s)");
    expect(await events.connections()).to.equal(1);
    clock.advance(backoffDelay(1));
    await until(() => retryTimer(clock).includes(backoffDelay(2)), "second reopen waiting (4 s)");
    expect(await events.connections()).to.equal(2);
    clock.advance(backoffDelay(2));
    await until(async () => (await events.connections()) === 3, "third connection");
    // Back: what was missed while it was down is fetched, and pushes work again.
    await until(async () => (await stats()).requests === 2, "refetch after reopening");
    await sleep(100);
    await events.post({ event: "feed", data: { ...bacGiang, id: "after-reopen" } });
    // (Pushes are at least a second apart, on the hub's clock: move it on.)
    await until(() => {
      clock.advance(250);
      return last()?.feed?.id === "after-reopen";
    }, "push after reopening");
    takeConsole(); // the browser logs the failed EventSource connections
    unsubscribe();
  });

  it("bounds a flood of 1 000 events/s to a few requests a second, the latest event winning", async () => {
    const hub = new FeedHub();
    const events = stream();
    const { url, stats } = await script([{ fixture: "bac-giang-2023-02" }]);
    const { last, unsubscribe } = watch(hub, url, { sse: events.url });
    await until(() => last()?.status === "ok", "ok");
    await until(async () => (await events.connections()) === 1, "stream open");
    await sleep(100);
    await events.post({ flood: 3_000, durationMs: 3_000, data: "changed" });
    await sleep(3_600);
    const requests = (await stats()).requests - 1;
    expect(requests, "refetches for 3 000 events in 3 s").to.be.within(2, 6);
    expect(last()!.status).to.equal("ok");
    unsubscribe();
  });

  it("applies only the latest of a flood of whole feeds", async () => {
    const hub = new FeedHub();
    const events = stream();
    const { url } = await script([{ fixture: "bac-giang-2023-02" }]);
    const { seen, last, unsubscribe } = watch(hub, url, { sse: events.url });
    await until(() => last()?.status === "ok", "ok");
    await until(async () => (await events.connections()) === 1, "stream open");
    await sleep(100);
    const template = JSON.stringify({ ...bacGiang, id: "flood-{{i}}" });
    const before = seen.length;
    await events.post({ flood: 1_000, durationMs: 1_000, event: "feed", data: template });
    await until(() => last()?.feed?.id === "flood-999", "the last feed of the flood", 6_000);
    expect(seen.length - before, "feeds applied out of 1 000 pushed").to.be.at.most(4);
    unsubscribe();
  });
});
