/**
 * The feed chip (issue 13.4): one compact line in the element's language — what failed, the age
 * of the data on screen, when the next try is — with the technical detail behind a disclosure;
 * never "stale" and "just updated" at once, never the browser's English inside Vietnamese.
 */
import { expect, fixture, html } from "@open-wc/testing";
import "./support/guard.js";
import { shadowText, takeConsole, until } from "./support/guard.js";
import "../src/elements.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import type { ChisoStatusPanel } from "../src/components/status-panel/status-panel.element.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

let serial = 0;
async function script(steps: unknown[]): Promise<string> {
  const name = `chip-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return `/feeds/script/${name}`;
}

const chipOf = (element: Element) =>
  element.shadowRoot!.querySelector<HTMLElement>('[part~="feed-state"]');
const summaryText = (element: Element) =>
  (chipOf(element)?.querySelector("summary")?.textContent ?? "").replace(/\s+/g, " ").trim();
/** The chip's visible text, with the closed disclosure's content left out. */
function visibleChipText(element: Element): string {
  const copy = chipOf(element)!.cloneNode(true) as HTMLElement;
  copy.querySelector(".chip-panel")?.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

async function failingGauge(lang: string): Promise<ChisoGauge> {
  const url = await script([{ fixture: "bac-giang-2023-02" }, { drop: true }]);
  const gauge = await fixture<ChisoGauge>(
    html`<div lang=${lang} style="width: 360px">
      <chiso-gauge src=${url} refresh-interval="1"></chiso-gauge>
    </div>`,
  ).then((wrapper) => wrapper.querySelector("chiso-gauge") as ChisoGauge);
  await until(() => summaryText(gauge), "the chip after the network dropped", 6_000);
  takeConsole(); // the browser reports the failed request itself
  return gauge;
}

describe("the feed chip (issue 13.4)", () => {
  it("says in Vietnamese what failed, how old the data is and when the next try is", async () => {
    const gauge = await failingGauge("vi");
    expect(summaryText(gauge)).to.match(
      /^⚠ Mất kết nối · số liệu nhận \d+ giây trước · thử lại lúc \d\d:\d\d:\d\d$/,
    );
    const visible = visibleChipText(gauge);
    expect(visible).not.to.contain("Dữ liệu cũ");
    expect(visible).not.to.contain("vừa xong");
    expect(visible, "no browser English in the Vietnamese line").not.to.match(/Failed|fetch/i);
    expect(shadowText(gauge), "the last figure stays").to.contain("85,29 %");
  });

  it("keeps the technical detail behind a disclosure, the browser's words marked as English", async () => {
    const gauge = await failingGauge("vi");
    const details = chipOf(gauge)!.querySelector("details")!;
    expect(details.open).to.be.false;
    details.querySelector("summary")!.click();
    await gauge.updateComplete;
    expect(details.open).to.be.true;
    const panel = details.querySelector(".chip-panel")!;
    expect(panel.textContent).to.contain("không kết nối được");
    expect(panel.querySelector('code[lang="en"]')!.textContent).to.equal("Failed to fetch");
    expect(panel.querySelector('[part="retry"]')!.textContent!.trim()).to.equal("Thử lại");
    await expect(gauge).to.be.accessible();
  });

  it("is one line that does not push the figure out, in a narrow cell", async () => {
    const gauge = await failingGauge("vi");
    const summary = chipOf(gauge)!.querySelector("summary")!;
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
    expect(summary.getBoundingClientRect().height).to.be.below(lineHeight * 2);
    expect(chipOf(gauge)!.getBoundingClientRect().width).to.be.at.most(360);
  });

  it("speaks English in an English page", async () => {
    const gauge = await failingGauge("en");
    expect(summaryText(gauge)).to.match(
      /^⚠ Connection lost · data received \d+ s ago · next try at \d\d:\d\d:\d\d$/,
    );
  });

  it("says 'Dữ liệu cũ' with the data's age only when it is older than stale-after", async () => {
    const old = await fixture<ChisoGauge>(
      html`<chiso-gauge stale-after="3600" .data=${bacGiang}></chiso-gauge>`,
    );
    expect(summaryText(old) || visibleChipText(old)).to.match(
      /^⚠ Dữ liệu cũ · cập nhật [\d.]+ ngày trước$/,
    );
    const fresh = await fixture<ChisoGauge>(
      html`<chiso-gauge
        stale-after="3600"
        .data=${{ ...bacGiang, generatedAt: new Date(Date.now() - 10_000).toISOString() }}
      ></chiso-gauge>`,
    );
    expect(chipOf(fresh), "no chip for fresh data").to.equal(null);
    // Older than a 5 s stale-after but younger than a minute: seconds, never "vừa xong".
    const young = await fixture<ChisoGauge>(
      html`<chiso-gauge
        stale-after="5"
        .data=${{ ...bacGiang, generatedAt: new Date(Date.now() - 20_000).toISOString() }}
      ></chiso-gauge>`,
    );
    expect(visibleChipText(young)).to.match(/^⚠ Dữ liệu cũ · cập nhật \d+ giây trước$/);
  });

  it("shows an error without data as one line with a retry button, the detail behind it", async () => {
    const url = await script([{ status: 503 }]);
    const gauge = await fixture<ChisoGauge>(html`<chiso-gauge src=${url}></chiso-gauge>`);
    await until(() => chipOf(gauge)?.getAttribute("role") === "alert", "the error");
    expect(summaryText(gauge)).to.match(
      /^⚠ Không tải được dữ liệu · Máy chủ đang bận · thử lại lúc \d\d:\d\d:\d\d$/,
    );
    expect(chipOf(gauge)!.querySelector("details")!.textContent).to.contain("HTTP 503");
    expect(chipOf(gauge)!.querySelectorAll('[part="retry"]')).to.have.length(1);
    takeConsole();
  });

  it("a simulated subsystem says what it is instead of 'cập nhật 1.225 ngày trước'", async () => {
    const panel = await fixture<ChisoStatusPanel>(
      html`<chiso-status-panel .data=${ngheAn}></chiso-status-panel>`,
    );
    const tile = [...panel.shadowRoot!.querySelectorAll("button.tile")].find((candidate) =>
      candidate.classList.contains("mode-simulated"),
    )!;
    const age = tile.querySelector('[part="age"]')!.textContent!.trim();
    expect(age).to.equal("Dữ liệu mô phỏng");
  });
});
