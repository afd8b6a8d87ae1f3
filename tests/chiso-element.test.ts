import { expect, fixture, html as testHtml, oneEvent } from "@open-wc/testing";
import { html } from "lit";
import type { TemplateResult } from "lit";
import "./support/guard.js";
import { clone, shadowText, takeConsole, until } from "./support/guard.js";
import { ChisoElement } from "../src/components/shared/chiso-element.js";
import { themeStyles } from "../src/components/shared/theme.styles.js";
import { defineElement } from "../src/components/shared/define.js";
import { feedHub } from "../src/data/feed-hub.js";
import { localize } from "../src/data/format.js";
import type { IndicatorFeed } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

/** The smallest possible widget: shows the feed id and the publisher's name. */
class TestWidget extends ChisoElement {
  static override styles = [themeStyles];
  protected renderFeed(feed: IndicatorFeed): TemplateResult {
    return html`<p class="id">${feed.id}</p>
      <p class="publisher">${localize(feed.publisher.name, this.locale)}</p>`;
  }
}
defineElement("chiso-test-widget", TestWidget);

let serial = 0;
async function script(steps: unknown[]): Promise<string> {
  const name = `element-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return `/feeds/script/${name}`;
}

const idOf = (element: Element) => element.shadowRoot!.querySelector(".id")?.textContent ?? null;

describe("ChisoElement (the behaviour every widget shares)", () => {
  it("renders an inline feed and fires no event when the owner sets data", async () => {
    const events: string[] = [];
    const element = await fixture<TestWidget>(testHtml`<chiso-test-widget
      @chiso-data=${() => events.push("data")}
      @chiso-feed-error=${() => events.push("error")}
      .data=${bacGiang}
    ></chiso-test-widget>`);
    expect(idOf(element)).to.equal("bac-giang-2023-02");
    element.data = { schemaVersion: "1.0" };
    await element.updateComplete;
    element.data = ngheAn;
    await element.updateComplete;
    expect(idOf(element)).to.equal("nghe-an-2023-07");
    expect(events).to.deep.equal([]);
  });

  it("loads src over HTTP and fires chiso-data once", async () => {
    const element = await fixture<TestWidget>(testHtml`<chiso-test-widget></chiso-test-widget>`);
    const arrived = oneEvent(element, "chiso-data");
    element.src = "/feeds/fixture/nghe-an-2023-07.json";
    const event = await arrived;
    expect(event.detail.feed.id).to.equal("nghe-an-2023-07");
    await element.updateComplete;
    expect(idOf(element)).to.equal("nghe-an-2023-07");
  });

  it("does not parse an unchanged child <script> feed again on every render", async () => {
    const element = await fixture<TestWidget>(testHtml`<chiso-test-widget>
      <script type="application/json">${JSON.stringify(ngheAn)}</script>
    </chiso-test-widget>`);
    const snapshotOf = () => (element as unknown as { feed: { snapshot: object } }).feed.snapshot;
    const applied = snapshotOf();
    element.requestUpdate();
    await element.updateComplete;
    expect(snapshotOf()).to.equal(applied);
    element.querySelector("script")!.textContent = JSON.stringify({ ...ngheAn, id: "changed" });
    element.requestUpdate();
    await element.updateComplete;
    expect(idOf(element)).to.equal("changed");
  });

  it("renders only the last src when src changes mid-request (race)", async () => {
    const slow = await script([{ fixture: "bac-giang-2023-02", delayMs: 400 }]);
    const fast = await script([{ fixture: "nghe-an-2023-07" }]);
    const element = await fixture<TestWidget>(
      testHtml`<chiso-test-widget src=${slow}></chiso-test-widget>`,
    );
    element.src = fast;
    await until(() => idOf(element) === "nghe-an-2023-07", "fast feed");
    await new Promise((resolve) => setTimeout(resolve, 600));
    await element.updateComplete;
    expect(idOf(element)).to.equal("nghe-an-2023-07");
  });

  it("shows an invalid inline feed's problems with their paths, then keeps the last good data", async () => {
    const broken = clone(bacGiang) as Record<string, unknown>;
    broken.generatedAt = "yesterday";
    const element = await fixture<TestWidget>(
      testHtml`<chiso-test-widget lang="en" .data=${broken}></chiso-test-widget>`,
    );
    expect(shadowText(element)).to.contain("Invalid data");
    expect(shadowText(element)).to.contain(
      "generatedAt: expected an ISO 8601 date-time with offset",
    );
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    element.data = bacGiang;
    await element.updateComplete;
    element.data = broken;
    await element.updateComplete;
    expect(idOf(element)).to.equal("bac-giang-2023-02");
    const chip = element.shadowRoot!.querySelector('[part="feed-state"]')!;
    expect(chip.querySelector("summary")!.textContent!.replace(/\s+/g, " ").trim()).to.match(
      /^⚠ The new data is invalid · data received \d+ s ago$/,
    );
    expect(chip.querySelector("details")!.textContent).to.contain("generatedAt: expected");
  });

  it("keeps the last data with an error when data is set to null (issue 22.5)", async () => {
    const element = await fixture<TestWidget>(
      testHtml`<chiso-test-widget lang="en" .data=${bacGiang}></chiso-test-widget>`,
    );
    element.data = null;
    await element.updateComplete;
    expect(idOf(element), "the last good data stays").to.equal("bac-giang-2023-02");
    expect(shadowText(element)).not.to.contain("No feed yet");
    expect(shadowText(element)).to.contain("the data property was set to null");
    element.data = ngheAn;
    await element.updateComplete;
    expect(idOf(element)).to.equal("nghe-an-2023-07");
    expect(shadowText(element)).not.to.contain("null");
  });

  it("marks data older than stale-after as stale and says how old it is", async () => {
    const element = await fixture<TestWidget>(
      testHtml`<chiso-test-widget stale-after="3600" .data=${ngheAn}></chiso-test-widget>`,
    );
    expect(shadowText(element)).to.contain("Dữ liệu cũ");
    expect(shadowText(element)).to.match(/cập nhật [\d.]+ ngày trước/);
    // The shared loading / error / stale line is its own part, for pages that style it.
    expect(element.shadowRoot!.querySelector('[part="feed-state"]')!.textContent).to.contain(
      "Dữ liệu cũ",
    );
    const fresh = { ...ngheAn, generatedAt: new Date(Date.now() - 60_000).toISOString() };
    element.data = fresh;
    await element.updateComplete;
    expect(shadowText(element)).not.to.contain("Dữ liệu cũ");
  });

  it("ages the data by its injected clock, corrected by the same rule as the status panel", async () => {
    // The wall's clock is four minutes slow: the feed says it was generated 4 min "from now".
    const clock = { time: Date.parse("2023-07-26T16:56:00+07:00"), now: () => clock.time };
    const feed = { ...ngheAn, generatedAt: "2023-07-26T17:00:00+07:00" };
    const element = await fixture<TestWidget>(
      testHtml`<chiso-test-widget stale-after="3600" .clock=${clock} .data=${feed}></chiso-test-widget>`,
    );
    expect(shadowText(element)).not.to.contain("Dữ liệu cũ");
    // 61 minutes later by the wall's clock the data is 61 minutes old, not "in the future".
    clock.time += 61 * 60_000;
    element.requestUpdate();
    await element.updateComplete;
    expect(shadowText(element)).to.contain("Dữ liệu cũ");
    expect(shadowText(element)).to.contain("cập nhật 1 giờ trước");
  });

  it("reads a child <script type=application/json> feed", async () => {
    const element = await fixture<TestWidget>(testHtml`<chiso-test-widget>
      <script type="application/json">${JSON.stringify(ngheAn)}</script>
    </chiso-test-widget>`);
    expect(idOf(element)).to.equal("nghe-an-2023-07");
  });

  it("shows an HTTP error with a retry button that refetches", async () => {
    const url = await script([{ status: 404 }, { fixture: "bac-giang-2023-02" }]);
    const element = await fixture<TestWidget>(
      testHtml`<chiso-test-widget src=${url}></chiso-test-widget>`,
    );
    await until(() => shadowText(element).includes("Không tải được dữ liệu"), "error shown");
    expect(element.shadowRoot!.querySelector('[part="feed-state"][role="alert"]')).to.exist;
    expect(shadowText(element)).to.contain("máy chủ trả về lỗi HTTP 404");
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    await until(() => idOf(element) === "bac-giang-2023-02", "recovered after retry");
  });

  it("renders feed text as text, never as HTML", async () => {
    const hostile = clone(bacGiang) as { publisher: { name: unknown } };
    hostile.publisher.name = '<img src=x onerror="window.__pwned=1"><b>Tỉnh</b>';
    const element = await fixture<TestWidget>(
      testHtml`<chiso-test-widget .data=${hostile}></chiso-test-widget>`,
    );
    expect(element.shadowRoot!.querySelector("img, b")).to.equal(null);
    expect(element.shadowRoot!.querySelector(".publisher")!.textContent).to.equal(
      '<img src=x onerror="window.__pwned=1"><b>Tỉnh</b>',
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it("leaves no subscription behind after being mounted and removed 200 times", async () => {
    const url = "/feeds/fixture/bac-giang-2023-02.json";
    const host = document.createElement("div");
    document.body.append(host);
    for (let i = 0; i < 200; i++) {
      const element = document.createElement("chiso-test-widget") as TestWidget;
      element.src = url;
      host.append(element);
      await element.updateComplete;
      element.remove();
    }
    host.remove();
    expect(feedHub.size).to.equal(0);
  });

  it("warns instead of throwing when a second copy registers the same tag", () => {
    class Other extends TestWidget {}
    expect(() => defineElement("chiso-test-widget", Other)).not.to.throw();
    const logged = takeConsole();
    expect(logged.join("\n")).to.contain("<chiso-test-widget> is already defined");
  });

  it("switches to English from the closest lang attribute", async () => {
    const wrapper = await fixture(
      testHtml`<div lang="en-GB"><chiso-test-widget></chiso-test-widget></div>`,
    );
    const element = wrapper.querySelector("chiso-test-widget")!;
    await (element as TestWidget).updateComplete;
    expect(shadowText(element)).to.contain("No feed yet");
  });

  it("re-renders in English when an ancestor's lang changes later", async () => {
    const wrapper = await fixture(
      testHtml`<div lang="vi"><chiso-test-widget></chiso-test-widget></div>`,
    );
    const element = wrapper.querySelector("chiso-test-widget") as TestWidget;
    await element.updateComplete;
    expect(shadowText(element)).to.contain("Chưa có nguồn dữ liệu");
    wrapper.setAttribute("lang", "en");
    await until(() => shadowText(element).includes("No feed yet"), "English text");
  });

  it("is accessible while loading, with data, stale and in the ioc theme", async () => {
    const slow = await script([{ fixture: "bac-giang-2023-02", delayMs: 300 }]);
    const loading = await fixture<TestWidget>(
      testHtml`<chiso-test-widget src=${slow}></chiso-test-widget>`,
    );
    expect(loading.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await expect(loading).to.be.accessible();
    const stale = await fixture<TestWidget>(
      testHtml`<chiso-test-widget theme="ioc" stale-after="60" .data=${bacGiang}></chiso-test-widget>`,
    );
    await expect(stale).to.be.accessible();
  });
});
