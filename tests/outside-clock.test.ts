/**
 * Outside clocks are untrusted (issue 22.3): a garbage or fast `Date` header, a `generatedAt` in
 * the future or in year 9999 must not turn ages into NaN, hours or millennia, nor stop data from
 * turning stale. One rule for every element (src/data/clock.ts); served over real HTTP.
 */
import { expect, fixture, html } from "@open-wc/testing";
import "./support/guard.js";
import { clone, shadowText, until } from "./support/guard.js";
import "../src/components/gauge/define.js";
import "../src/components/status-panel/define.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import type { ChisoStatusPanel } from "../src/components/status-panel/status-panel.element.js";
import type { IndicatorFeed, StatusIndicator } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let serial = 0;

/** Serves `body` at a fresh URL, with these response headers (or no Date header at all). */
async function serve(body: unknown, headers: Record<string, string> = {}, noDate = false) {
  const name = `clock-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, {
    method: "POST",
    body: JSON.stringify([{ body, headers, noDate }]),
  });
  return `/feeds/script/${name}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const stateLine = (element: Element) =>
  (element.shadowRoot!.querySelector('[part~="feed-state"]')?.textContent ?? "").replace(
    /\s+/g,
    " ",
  );

/** Bắc Giang generated `ageMs` ago. */
const bacGiangAged = (ageMs: number) => ({ ...bacGiang, generatedAt: iso(Date.now() - ageMs) });

/** Nghệ An's status panel with "Hành chính công" updated `ageMs` ago (it promises every 15 min). */
function ngheAnStatus(generatedAt: string, ageMs: number): IndicatorFeed {
  const feed = clone(ngheAn) as unknown as IndicatorFeed;
  feed.generatedAt = generatedAt;
  const status = feed.indicators.find((i) => i.kind === "status") as StatusIndicator;
  status.subsystems[1]!.lastUpdated = iso(Date.now() - ageMs);
  return feed;
}

function tileOf(panel: ChisoStatusPanel, name: string): string {
  const tile = [...panel.shadowRoot!.querySelectorAll("button.tile")].find(
    (candidate) => candidate.querySelector(".name")?.textContent === name,
  );
  return (tile?.textContent ?? "").replace(/\s+/g, " ").trim();
}

async function gaugeOf(url: string, staleAfter: number): Promise<ChisoGauge> {
  const gauge = await fixture<ChisoGauge>(
    html`<chiso-gauge src=${url} stale-after=${staleAfter}></chiso-gauge>`,
  );
  await until(() => shadowText(gauge).includes("85,29 %"), "the figure");
  return gauge;
}

describe("untrusted outside clocks (issue 22.3)", () => {
  for (const garbage of ["yesterday", "Fri, 31 Dec 99999 23:59:59 GMT", "0", "NaN"]) {
    it(`a Date header of ${JSON.stringify(garbage)} neither gives NaN nor disables stale-after`, async () => {
      const gauge = await gaugeOf(await serve(bacGiangAged(2 * HOUR), { Date: garbage }), 3600);
      expect(stateLine(gauge)).to.contain("2 giờ trước");
      expect(shadowText(gauge)).not.to.match(/NaN|ngày trước/);
    });
  }

  it("a server Date two hours fast does not add two hours to every age", async () => {
    const fast = new Date(Date.now() + 2 * HOUR).toUTCString();
    const gauge = await gaugeOf(await serve(bacGiangAged(30 * MINUTE), { Date: fast }), 600);
    expect(stateLine(gauge)).to.contain("30 phút trước");
  });

  it("a server Date three minutes fast still corrects a slow viewer clock", async () => {
    const ahead = new Date(Date.now() + 3 * MINUTE).toUTCString();
    const gauge = await gaugeOf(await serve(bacGiangAged(30 * MINUTE), { Date: ahead }), 600);
    expect(stateLine(gauge)).to.contain("33 phút trước");
  });

  it("a future generatedAt (no Date header) is no clock correction: a 5-minute-old tile is on time", async () => {
    const url = await serve(ngheAnStatus(iso(Date.now() + 3 * HOUR), 5 * MINUTE), {}, true);
    const panel = await fixture<ChisoStatusPanel>(
      html`<chiso-status-panel src=${url}></chiso-status-panel>`,
    );
    await until(() => tileOf(panel, "Hành chính công"), "tiles");
    expect(tileOf(panel, "Hành chính công")).to.contain("Đúng hạn");
    expect(tileOf(panel, "Hành chính công")).to.contain("cập nhật 5 phút trước");
  });

  it("generatedAt in year 9999: tiles keep their real ages, and the gauge still turns stale", async () => {
    const year9999 = "9999-12-31T23:59:00+07:00";
    const panel = await fixture<ChisoStatusPanel>(
      html`<chiso-status-panel
        src=${await serve(ngheAnStatus(year9999, 5 * MINUTE))}
      ></chiso-status-panel>`,
    );
    await until(() => tileOf(panel, "Hành chính công"), "tiles");
    expect(tileOf(panel, "Hành chính công")).to.contain("cập nhật 5 phút trước");
    expect(shadowText(panel)).not.to.match(/\d\.\d{3}\.\d{3} ngày/);

    const gauge = await gaugeOf(await serve({ ...bacGiang, generatedAt: year9999 }), 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    gauge.requestUpdate();
    await gauge.updateComplete;
    expect(stateLine(gauge), "stale one second after receipt").to.contain("Dữ liệu cũ");
  });

  it("a subsystem whose lastUpdated is hours ahead says so instead of 'just now'", async () => {
    const feed = ngheAnStatus(iso(Date.now()), -3 * HOUR);
    const panel = await fixture<ChisoStatusPanel>(
      html`<chiso-status-panel src=${await serve(feed)}></chiso-status-panel>`,
    );
    await until(() => tileOf(panel, "Hành chính công"), "tiles");
    expect(tileOf(panel, "Hành chính công")).to.contain("thời điểm cập nhật không hợp lệ");
    expect(tileOf(panel, "Hành chính công")).to.contain("Chưa rõ");
  });
});
