/**
 * Issue 22.1: a removed element must not subscribe, fetch or hold a timer — whatever happens to it
 * after removal (a property set, an update that was already queued, boundaries still loading).
 * Every test counts the requests the loopback server saw after the element left.
 */
import { expect, fixture, html } from "@open-wc/testing";
import "./support/guard.js";
import { until } from "./support/guard.js";
import "../src/elements.js";
import type { ChisoElement } from "../src/components/shared/chiso-element.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import type { ChisoChoropleth } from "../src/components/choropleth/choropleth.element.js";
import { feedHub } from "../src/data/feed-hub.js";
import { jsonCache } from "../src/data/json-cache.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import bacGiangTopo from "../fixtures/boundaries/vn-districts-2023-bac-giang.topo.json";

let serial = 0;
/** A scripted URL on the loopback server, and how many requests it has had. */
async function script(steps: unknown[]) {
  const name = `removal-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return {
    url: `/feeds/script/${name}`,
    requests: async (): Promise<number> =>
      ((await (await fetch(`/feeds/stats/${name}`)).json()) as { requests: number }).requests,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Longer than two refresh intervals of `refresh-interval="1"`. */
const QUIET_MS = 2_300;

/** The element's own count of what it still holds (timers, subscriptions); for leak checks. */
function held(element: ChisoElement): number {
  return (element as unknown as { heldResources: number }).heldResources;
}

describe("a removed element (issue 22.1)", () => {
  afterEach(() => {
    expect(feedHub.size, "feed sources left in the hub").to.equal(0);
  });

  it("stops polling when a property changes just before removal (variant = bar; remove())", async () => {
    const { url, requests } = await script([{ fixture: "bac-giang-2023-02" }]);
    const gauge = await fixture<ChisoGauge>(
      html`<chiso-gauge src=${url} refresh-interval="1"></chiso-gauge>`,
    );
    await until(() => gauge.shadowRoot!.querySelector('[part~="value"]'), "gauge drawn");
    gauge.variant = "bar";
    gauge.remove();
    const atRemoval = await requests();
    await sleep(QUIET_MS);
    expect(await requests(), "requests after removal").to.equal(atRemoval);
    expect(held(gauge)).to.equal(0);
  });

  it("does not resubscribe when properties are set after removal", async () => {
    const { url, requests } = await script([{ fixture: "bac-giang-2023-02" }]);
    const gauge = await fixture<ChisoGauge>(
      html`<chiso-gauge src=${url} refresh-interval="1"></chiso-gauge>`,
    );
    await until(() => gauge.shadowRoot!.querySelector('[part~="value"]'), "gauge drawn");
    gauge.remove();
    const atRemoval = await requests();
    gauge.unit = "24"; // a property set after removal (a unit with figures: no configuration hint)
    gauge.refreshInterval = 2;
    gauge.src = `${url}?other`;
    await gauge.updateComplete;
    await sleep(QUIET_MS);
    expect(await requests(), "requests after removal").to.equal(atRemoval);
    expect(feedHub.size).to.equal(0);
    expect(held(gauge)).to.equal(0);
  });

  it("leaves nothing behind when removed in the same task it was added (update still queued)", async () => {
    const { url, requests } = await script([{ fixture: "bac-giang-2023-02", delayMs: 100 }]);
    const gauge = document.createElement("chiso-gauge") as ChisoGauge;
    gauge.src = url;
    gauge.refreshInterval = 1;
    document.body.append(gauge);
    gauge.remove();
    await gauge.updateComplete;
    await sleep(QUIET_MS);
    expect(await requests(), "at most the one aborted request").to.be.at.most(1);
    expect(held(gauge)).to.equal(0);
  });

  it("comes back to life when it is attached again", async () => {
    const { url, requests } = await script([{ fixture: "bac-giang-2023-02" }]);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const gauge = document.createElement("chiso-gauge") as ChisoGauge;
    gauge.src = url;
    host.append(gauge);
    await until(() => gauge.shadowRoot!.querySelector('[part~="value"]'), "gauge drawn");
    gauge.remove();
    gauge.variant = "bar";
    await gauge.updateComplete;
    host.append(gauge);
    gauge.refreshInterval = 1;
    await until(async () => (await requests()) >= 3, "polling again");
    gauge.remove();
  });

  it("a map removed before its boundaries arrive does not load them again", async () => {
    const boundaries = await script([{ body: bacGiangTopo, delayMs: 400 }]);
    const map = await fixture<ChisoChoropleth>(
      html`<chiso-choropleth boundaries=${boundaries.url} .data=${bacGiang}></chiso-choropleth>`,
    );
    expect(await boundaries.requests()).to.equal(1);
    map.scale = "target";
    map.remove();
    map.bins = 6;
    await map.updateComplete;
    await sleep(800);
    expect(await boundaries.requests(), "boundary requests").to.equal(1);
    expect(jsonCache.size, "nothing cached or waiting for a removed map").to.equal(0);
    expect(held(map)).to.equal(0);
  });

  it("leaves no source, timer or request behind after 100 mount/unmount cycles of every element", async () => {
    const { url, requests } = await script([{ fixture: "bac-giang-2023-02" }]);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const tags = [
      "chiso-gauge",
      "chiso-service-board",
      "chiso-funnel",
      "chiso-status-panel",
      "chiso-choropleth",
      "chiso-trend",
    ];
    const removed: ChisoElement[] = [];
    for (let i = 0; i < 100; i++) {
      const element = document.createElement(tags[i % tags.length]!) as ChisoElement;
      element.src = url;
      element.refreshInterval = 1;
      host.append(element);
      if (i % 2) await element.updateComplete;
      element.theme = "dark";
      element.remove();
      removed.push(element);
    }
    await Promise.all(removed.map((element) => element.updateComplete));
    // Requests aborted on removal may still reach the server a moment later; polling would not stop.
    await sleep(300);
    const after = await requests();
    await sleep(QUIET_MS);
    expect(await requests(), "requests after every element left").to.equal(after);
    expect(removed.map(held).filter(Boolean), "elements still holding something").to.deep.equal([]);
  });
});
