/**
 * Issue 18.6: every element shows the consistency warnings about what it displays — a mark with
 * the severity in words beside the figure, and each warning's text (both figures side by side,
 * the severity first) in the element's detail and in its table equivalent. Feeds are the seed
 * fixtures, with one figure changed where a test needs a contradiction of its own.
 */
import { expect, fixture, html } from "@open-wc/testing";
import "./support/guard.js";
import { clone, until } from "./support/guard.js";
import "../src/components/gauge/define.js";
import "../src/components/service-board/define.js";
import "../src/components/funnel/define.js";
import "../src/components/choropleth/define.js";
import "../src/components/status-panel/define.js";
import "../src/components/trend/define.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import type { ChisoServiceBoard } from "../src/components/service-board/service-board.element.js";
import type { ChisoFunnel } from "../src/components/funnel/funnel.element.js";
import type { ChisoChoropleth } from "../src/components/choropleth/choropleth.element.js";
import type { ChisoStatusPanel } from "../src/components/status-panel/status-panel.element.js";
import type { ChisoTrend } from "../src/components/trend/trend.element.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import history from "../fixtures/history/history.json";
import bacGiangTopo from "../fixtures/boundaries/vn-districts-2023-bac-giang.topo.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? "").replace(/\s+/g, " ").trim();
const all = (root: Element, selector: string) =>
  [...root.shadowRoot!.querySelectorAll(selector)].map((node) => text(node));

/** Bắc Giang with 50.000 of 42.328 dossiers online: a part larger than its whole (an error). */
function bacGiangOverfull() {
  const feed = clone(bacGiang);
  Object.assign(feed.indicators[0]!.observations[0]!, { numerator: 50_000 });
  return feed;
}

async function openDetails(element: Element): Promise<void> {
  const details = element.shadowRoot!.querySelector("details")!;
  details.open = true;
  await until(() => details.querySelector("li"), "the list rendered once painted");
}

describe("consistency warnings in the elements (issue 18.6)", () => {
  describe("<chiso-gauge>", () => {
    it("marks an error beside the figure and lists it, severity first, in Chi tiết", async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge .data=${bacGiangOverfull()}></chiso-gauge>`,
      );
      const mark = element.shadowRoot!.querySelector(".facts [part=warning-mark]");
      expect(text(mark)).to.equal("⚠ Lỗi số liệu");
      expect(mark!.classList.contains("error")).to.equal(true);
      await openDetails(element);
      const items = all(element, "details li");
      expect(items[0]).to.match(/^⚠ Lỗi số liệu: /);
      expect(items[0]).to.contain("50.000").and.contain("42.328");
      // The printed 85,29 % no longer matches 50.000 / 42.328: said in words beside the number
      // (both rates), listed in the detail as a warning after the error.
      expect(text(element.shadowRoot!.querySelector(".facts .warning"))).to.contain("85,29 %");
      expect(items.slice(1).some((item) => item.startsWith("⚠ Cảnh báo: "))).to.equal(true);
    });

    it("says the severity in English", async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge lang="en" .data=${bacGiangOverfull()}></chiso-gauge>`,
      );
      expect(text(element.shadowRoot!.querySelector("[part=warning-mark]"))).to.equal(
        "⚠ Data error",
      );
      await openDetails(element);
      expect(all(element, "details li")[0]).to.match(/^⚠ Data error: /);
    });

    it("keeps information (0/0 with #DIV/0! printed) to the detail, without a mark", async () => {
      const element = await fixture<ChisoGauge>(
        html`<chiso-gauge .data=${bacGiang} service="con-dau-thu-nho"></chiso-gauge>`,
      );
      expect(element.shadowRoot!.querySelector("[part=warning-mark]")).to.equal(null);
      await openDetails(element);
      const items = all(element, "details li");
      expect(items.length).to.be.greaterThan(0);
      expect(items.every((item) => item.startsWith("ⓘ Lưu ý: "))).to.equal(true);
      expect(items.join(" ")).to.contain("không có hồ sơ");
    });
  });

  describe("<chiso-service-board>", () => {
    it("marks the rows and lists every warning under the board, named by its service", async () => {
      const feed = clone(bacGiang);
      const row = feed.indicators[0]!.observations[1] as { denominator: number };
      Object.assign(row, { numerator: row.denominator + 7 });
      const element = await fixture<ChisoServiceBoard>(
        html`<chiso-service-board .data=${feed}></chiso-service-board>`,
      );
      const marks = [...element.shadowRoot!.querySelectorAll("tbody [part=warning-mark]")];
      const error = marks.find((mark) => mark.classList.contains("error"));
      expect(text(error)).to.equal("⚠ Lỗi số liệu");
      const name = text(error!.closest("tr")!.querySelector(".name"));
      // 0/0 printed as 0 %: a warning on its row (the other 0/0 rows print no rate: information).
      expect(marks.some((mark) => text(mark) === "⚠ Cảnh báo")).to.equal(true);
      await openDetails(element);
      const items = all(element, ".warnings li");
      expect(items[0]).to.match(/^⚠ Lỗi số liệu: /);
      expect(items[0]).to.contain(name.split(" ").slice(0, 3).join(" "));
      expect(items.some((item) => item.startsWith("ⓘ Lưu ý: "))).to.equal(true);
      const ranks = items.map((item) =>
        item.startsWith("⚠ Lỗi") ? 0 : item.startsWith("⚠ Cảnh báo") ? 1 : 2,
      );
      expect(ranks).to.deep.equal([...ranks].sort(), "most serious first");
    });
  });

  describe("<chiso-funnel>", () => {
    it("marks the stage whose printed rate disagrees, and lists it with its severity in the table equivalent", async () => {
      const element = await fixture<ChisoFunnel>(
        html`<chiso-funnel .data=${ngheAn} indicator="eid"></chiso-funnel>`,
      );
      const activated = element.shadowRoot!.querySelectorAll("[part~=stage]")[2]!;
      expect(text(activated.querySelector("[part=warning-mark]"))).to.equal("⚠ Cảnh báo");
      await until(() => element.shadowRoot!.querySelector("table"), "the table, once painted");
      const headers = all(element, "table thead th");
      expect(headers.at(-1)).to.equal("Kiểm tra số liệu");
      const cells = [...element.shadowRoot!.querySelectorAll("table tbody tr")].map((tr) =>
        text(tr.lastElementChild),
      );
      expect(cells[2]).to.match(/^⚠ Cảnh báo: /);
      await openDetails(element);
      const items = all(element, ".warnings li");
      expect(items.length).to.equal(5);
      expect(items.every((item) => /^(⚠ Lỗi số liệu|⚠ Cảnh báo|ⓘ Lưu ý): /.test(item))).to.equal(
        true,
      );
      expect(items.at(-1)).to.match(/^ⓘ Lưu ý: /, "over its quota: information, last");
    });
  });

  describe("<chiso-choropleth>", () => {
    async function overfullDistrict(lang = "vi") {
      const feed = clone(bacGiang);
      const observations = feed.indicators[1]!.observations as { unit?: string }[];
      const district = observations.find((o) => o.unit === "213")!;
      Object.assign(district, { numerator: 2_600 });
      const element = await fixture<ChisoChoropleth>(
        html`<chiso-choropleth
          lang=${lang}
          style="width: 640px; --chiso-choropleth-height: 360px"
          .boundaryData=${bacGiangTopo}
          .data=${feed}
        ></chiso-choropleth>`,
      );
      await until(() => element.shadowRoot!.querySelector('[data-code="213"]'), "the map drawn");
      return element;
    }

    it("names the unit in the notes' list, and gives the table a column of its warnings", async () => {
      const element = await overfullDistrict();
      const summary = element.shadowRoot!.querySelector(".warnings summary");
      expect(text(summary)).to.match(/cảnh báo về tính nhất quán của số liệu$/);
      await openDetails(element);
      const items = all(element, ".warnings li");
      expect(items[0]).to.match(/^⚠ Lỗi số liệu: .+ — /);
      expect(items[0]).to.contain("2.600").and.contain("2.510");
      element.shadowRoot!.querySelector<HTMLButtonElement>(".table-toggle")!.click();
      await element.updateComplete;
      expect(all(element, "table thead th").at(-1)).to.equal("Kiểm tra số liệu");
      const row = element.shadowRoot!.querySelector('table tr[data-code="213"]')!;
      expect(text(row.lastElementChild)).to.match(/^⚠ Lỗi số liệu: /);
    });

    it("says the severity when the keyboard reaches the unit, and marks it in the tooltip", async () => {
      const element = await overfullDistrict("en");
      const unit = element.shadowRoot!.querySelector<SVGElement>('[data-code="213"]')!;
      unit.dispatchEvent(new FocusEvent("focus"));
      unit.dispatchEvent(new PointerEvent("pointerenter", { bubbles: true }));
      unit.dispatchEvent(
        new PointerEvent("pointermove", { bubbles: true, clientX: 5, clientY: 5 }),
      );
      await until(() => text(element.shadowRoot!.querySelector("[part=tooltip]")), "the tooltip");
      expect(
        text(element.shadowRoot!.querySelector("[part=tooltip] [part=warning-mark]")),
      ).to.equal("⚠ Data error");
    });
  });

  describe("<chiso-status-panel>", () => {
    it("lists a last update after the feed was written in the subsystem's detail", async () => {
      const feed = clone(ngheAn);
      const status = feed.indicators.find((indicator) => indicator.kind === "status")!;
      const subsystem = (status as unknown as { subsystems: Record<string, unknown>[] })
        .subsystems[0]!;
      subsystem["lastUpdated"] = "2099-01-01T00:00:00+07:00";
      const element = await fixture<ChisoStatusPanel>(
        html`<chiso-status-panel .data=${feed}></chiso-status-panel>`,
      );
      const tile = await until(() =>
        element.shadowRoot!.querySelector<HTMLButtonElement>("button.tile"),
      );
      tile!.click();
      const detail = (await until(() => element.shadowRoot!.querySelector("[part=detail]")))!;
      expect(text(detail)).to.contain("Kiểm tra số liệu");
      expect(text(detail.querySelector("li"))).to.match(/^⚠ Cảnh báo: /);
    });
  });

  describe("<chiso-trend>", () => {
    it("marks the latest period's error beside its value and says it in the period's row", async () => {
      const feed = clone(history);
      const last = feed.indicators[0]!.observations.at(-1)!;
      last.numerator = last.denominator + 10;
      const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${feed}></chiso-trend>`);
      expect(text(element.shadowRoot!.querySelector(".latest [part=warning-mark]"))).to.equal(
        "⚠ Lỗi số liệu",
      );
      const newest = element.shadowRoot!.querySelector("tbody tr")!;
      expect(text(newest.lastElementChild)).to.match(/^Lỗi số liệu: /);
      expect(text(newest.lastElementChild)).to.contain("81.495");
    });
  });
});
