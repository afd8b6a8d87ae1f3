/**
 * Issue 22.4: very large valid feeds, served by the loopback feed server, render within the
 * documented limits — a service board shows 200 rows and a step to the rest, a status panel 500
 * tiles and a step to the rest — and the stepped validation gives parseFeed's answer. Timings
 * (the longest main-thread task) are measured by `node bench/large-feeds.mjs`, never asserted.
 */
import { expect, fixture, html } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "./support/guard.js";
import { shadowText, until } from "./support/guard.js";
import "../src/elements.js";
import type { ChisoServiceBoard } from "../src/components/service-board/service-board.element.js";
import type { ChisoStatusPanel } from "../src/components/status-panel/status-panel.element.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import { parseFeed } from "../src/data/parse.js";
import { parseFeedInSteps } from "../src/data/parse-in-steps.js";
import type { ParseResult } from "../src/data/parse.js";
import { largeServicesFeed, largeStatusFeed } from "./support/large-feeds.mjs";

let serial = 0;
/** A URL on the loopback server that answers with a generated large feed. */
async function largeUrl(large: "services" | "status", count: number): Promise<string> {
  const name = `large-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, {
    method: "POST",
    body: JSON.stringify([{ large, count }]),
  });
  return `/feeds/script/${name}`;
}

const rows = (board: Element) => board.shadowRoot!.querySelectorAll("tbody tr").length;
const tiles = (panel: Element) => panel.shadowRoot!.querySelectorAll("button.tile").length;
const more = (element: Element) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]');

/** Issues as a set: the stepped validation lists a long list's issues after the first pass's. */
const issueSet = (result: ParseResult) =>
  result.ok ? result : [...result.issues].map((issue) => JSON.stringify(issue)).sort();

describe("very large feeds (issue 22.4)", function () {
  this.timeout(120_000);

  it("a 100 000-service board shows 200 rows, the totals and a keyboard step to the rest", async () => {
    const board = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board src=${await largeUrl("services", 100_000)}></chiso-service-board>`,
    );
    await until(() => rows(board), "rows shown", 90_000);
    expect(rows(board)).to.equal(200);
    const button = more(board)!;
    expect(button.textContent!.trim()).to.equal("Xem thêm 200 dịch vụ (còn 99.800)");
    // The totals row is the all-services figure, and the summary counts every service.
    expect(board.shadowRoot!.querySelector('[part~="total"]')!.textContent).to.contain("Tổng cộng");
    expect(shadowText(board)).to.match(/\/100000 dịch vụ có số liệu dưới chỉ tiêu 60 %/);
    // The first row is the best rate: rank 1.
    expect(board.shadowRoot!.querySelector("tbody tr td.rank")!.textContent!.trim()).to.equal("1");

    button.focus();
    expect(board.shadowRoot!.activeElement, "the step is reached with the keyboard").to.equal(
      button,
    );
    await sendKeys({ press: "Enter" });
    await board.updateComplete;
    expect(rows(board)).to.equal(400);
    expect(more(board)!.textContent!.trim()).to.equal("Xem thêm 200 dịch vụ (còn 99.600)");
    expect(board.shadowRoot!.activeElement, "focus stays on the step").to.equal(more(board));
  });

  it("the last step shows every row, the button goes and focus moves to the table", async () => {
    const board = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board .data=${largeServicesFeed(350)}></chiso-service-board>`,
    );
    expect(rows(board)).to.equal(200);
    expect(more(board)!.textContent!.trim()).to.equal("Xem thêm 150 dịch vụ (còn 150)");
    more(board)!.focus();
    await sendKeys({ press: "Enter" });
    await board.updateComplete;
    expect(rows(board)).to.equal(350);
    expect(more(board)).to.equal(null);
    expect(board.shadowRoot!.activeElement).to.equal(board.shadowRoot!.querySelector("table"));
  });

  it("says it in English", async () => {
    const board = await fixture<ChisoServiceBoard>(
      html`<chiso-service-board lang="en" .data=${largeServicesFeed(1_000)}></chiso-service-board>`,
    );
    expect(more(board)!.textContent!.trim()).to.equal("Show 200 more services (800 left)");
  });

  it("a 10 000-subsystem panel shows 500 tiles, counts all of them and steps to the rest", async () => {
    const panel = await fixture<ChisoStatusPanel>(
      html`<div style="width: 1200px; height: 800px">
        <chiso-status-panel src=${await largeUrl("status", 10_000)}></chiso-status-panel>
      </div>`,
    ).then((box) => box.querySelector("chiso-status-panel")!);
    await until(() => tiles(panel), "tiles shown", 60_000);
    expect(tiles(panel)).to.equal(500);
    const summary = panel.shadowRoot!.querySelector('[part~="summary"]')!.textContent!;
    expect(summary.replace(/\s+/g, " ")).to.contain("10.000 phân hệ");
    expect(more(panel)!.textContent!.trim()).to.equal("Xem thêm 500 phân hệ (còn 9.500)");
    more(panel)!.focus();
    await sendKeys({ press: "Enter" });
    await panel.updateComplete;
    expect(tiles(panel)).to.equal(1_000);
    expect(more(panel)!.textContent!.trim()).to.equal("Xem thêm 500 phân hệ (còn 9.000)");
    expect(panel.shadowRoot!.activeElement).to.equal(more(panel));
  });

  it("a panel sorted by staleness shows the overdue subsystems within its 500 tiles", async () => {
    const panel = await fixture<ChisoStatusPanel>(
      html`<chiso-status-panel
        sort="staleness"
        layout="list"
        .clock=${{ now: () => Date.parse("2023-07-26T17:00:00+07:00") }}
        .data=${largeStatusFeed(2_000)}
      ></chiso-status-panel>`,
    );
    expect(tiles(panel)).to.equal(500);
    const states = [...panel.shadowRoot!.querySelectorAll('button.tile [part~="state"]')].map(
      (state) => state.textContent!.trim(),
    );
    // 666 of 2 000 are three hours late: every tile shown is one of them.
    expect(new Set(states)).to.deep.equal(new Set(["Quá hạn cập nhật"]));
  });

  it("the last panel step moves focus to the first new tile", async () => {
    const panel = await fixture<ChisoStatusPanel>(
      html`<chiso-status-panel layout="list" .data=${largeStatusFeed(700)}></chiso-status-panel>`,
    );
    more(panel)!.focus();
    await sendKeys({ press: "Enter" });
    await panel.updateComplete;
    expect(tiles(panel)).to.equal(700);
    expect(more(panel)).to.equal(null);
    const active = panel.shadowRoot!.activeElement as HTMLElement;
    expect(active.dataset.key).to.equal(
      panel.shadowRoot!.querySelectorAll<HTMLElement>("button.tile")[500]!.dataset.key,
    );
  });

  it("a gauge on a 100 000-service feed shows the all-services figure", async () => {
    const gauge = await fixture<ChisoGauge>(
      html`<chiso-gauge src=${await largeUrl("services", 100_000)}></chiso-gauge>`,
    );
    const value = await until(
      () => gauge.shadowRoot!.querySelector('[part~="value"]'),
      "gauge drawn",
      90_000,
    );
    expect(value!.textContent).to.match(/\d+,\d+\s*%/);
  });

  it("validates a large feed in steps with parseFeed's answer", async () => {
    const feed = largeServicesFeed(20_000);
    const stepped = parseFeedInSteps(feed);
    expect(stepped, "a large feed is answered later").to.be.instanceOf(Promise);
    expect(issueSet(await stepped)).to.deep.equal(issueSet(parseFeed(feed)));

    const broken = largeServicesFeed(20_000);
    const observations = (broken.indicators[0] as { observations: Record<string, unknown>[] })
      .observations;
    observations[3]!.numerator = "12,5";
    observations[12_345]!.denominator = -1;
    observations[19_999]!.extra = 1;
    broken.services[15_000]!.id = "Bad Id";
    const answer = await parseFeedInSteps(JSON.stringify(broken));
    expect(answer.ok).to.equal(false);
    expect(issueSet(answer)).to.deep.equal(issueSet(parseFeed(broken)));
    expect(
      (answer as { issues: { path: string }[] }).issues.map((issue) => issue.path).sort(),
    ).to.deep.equal([
      "indicators[0].observations[12345].denominator",
      "indicators[0].observations[19999]",
      "indicators[0].observations[3].numerator",
      "services[15000].id",
    ]);
  });

  it("answers a small feed at once, and refuses a feed past the limits", async () => {
    expect(parseFeedInSteps(largeStatusFeed(10))).to.have.property("ok", true);
    const tooMany = await parseFeedInSteps(largeServicesFeed(20_000), { maxValues: 30_000 });
    expect(tooMany.ok).to.equal(false);
    expect(JSON.stringify(tooMany)).to.contain("feed too large: more than 30,000 values");
  });
});
