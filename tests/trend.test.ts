import { expect, fixture, html } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "./support/guard.js";
import { clone, shadowText, takeConsole, until } from "./support/guard.js";
import "../src/components/trend/define.js";
import "../src/components/gauge/define.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import type { ChisoTrend } from "../src/components/trend/trend.element.js";
import { formatPercent, formatPointsDelta } from "../src/data/format.js";
import history from "../fixtures/history/history.json";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import index from "../fixtures/history/monthly/index.json";
import provinces from "../fixtures/history/provinces-2025.json";

type Observation = { period: { start: string }; numerator: number; denominator: number };
const observations = history.indicators[0]!.observations as unknown as Observation[];
const rateOf = (start: string) => {
  const versions = observations.filter((o) => o.period.start === start);
  const o = versions[versions.length - 1]!;
  return (100 * o.numerator) / o.denominator;
};

const root = (element: ChisoTrend) => element.shadowRoot!;
const partText = (element: ChisoTrend, name: string) =>
  (root(element).querySelector(`[part~="${name}"]`)?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("<chiso-trend>", () => {
  it("shows the latest month's rate and its changes in points vs the previous month and a year earlier", async () => {
    const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${history}></chiso-trend>`);
    expect(partText(element, "value")).to.equal(formatPercent(rateOf("2026-11-01"), "vi"));
    const previous = rateOf("2026-11-01") - rateOf("2026-10-01");
    const yearAgo = rateOf("2026-11-01") - rateOf("2025-11-01");
    const delta = partText(element, "delta");
    expect(delta).to.contain("Kỳ gần nhất: Tháng 11/2026");
    expect(delta).to.contain(
      `${Math.abs(previous).toFixed(2).replace(".", ",")} điểm % so với kỳ trước`,
    );
    expect(delta).to.contain(
      `${Math.abs(yearAgo).toFixed(2).replace(".", ",")} điểm % so với cùng kỳ năm trước`,
    );
    expect(shadowText(element)).to.contain("Tỷ lệ hồ sơ nộp trực tuyến");
  });

  it("draws an unreported month as a gap: no point there and the line broken, never a drop to zero", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend periods="47" .data=${history}></chiso-trend>`,
    );
    const lines = root(element).querySelectorAll(".line");
    expect(lines, "two runs around August 2024").to.have.length(2);
    expect(root(element).querySelectorAll(".dot")).to.have.length(46);
    expect(root(element).querySelectorAll("rect.gap-band")).to.have.length(1);
    for (const line of lines) expect(line.getAttribute("d")).to.not.match(/,1000(\.0)?( |$)/);
  });

  it("draws the 60 % target as a labelled line", async () => {
    const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${history}></chiso-trend>`);
    expect(root(element).querySelector("line.target")).to.exist;
    expect(root(element).querySelector(".target-label")!.textContent!.trim()).to.equal(
      "Chỉ tiêu 60 %",
    );
  });

  it("steps through periods with the arrow keys and announces each one", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend periods="47" .data=${history}></chiso-trend>`,
    );
    const chart = root(element).querySelector<HTMLElement>('[part~="chart"]')!;
    const readout = root(element).querySelector('[part~="readout"]')!;
    expect(readout.getAttribute("aria-live")).to.equal("polite");
    chart.focus();
    await sendKeys({ press: "Home" });
    await until(() => partText(element, "readout").startsWith("Tháng 01/2023"));
    for (let i = 0; i < 5; i++) await sendKeys({ press: "ArrowRight" });
    await until(() => partText(element, "readout").startsWith("Tháng 06/2023"));
    const june = partText(element, "readout");
    expect(june).to.contain(formatPercent(rateOf("2023-06-01"), "vi"));
    expect(june).to.contain("công bố lại 04/08/2023");
    expect(june).to.contain("trước đó");
    // 2024-08 is the 20th month: it reads as not reported.
    for (let i = 0; i < 14; i++) await sendKeys({ press: "ArrowRight" });
    await until(() => partText(element, "readout").startsWith("Tháng 08/2024"));
    expect(partText(element, "readout")).to.equal("Tháng 08/2024: Không báo cáo");
    await sendKeys({ press: "End" });
    await until(() => partText(element, "readout").startsWith("Tháng 11/2026"));
  });

  it("marks the first month of the 2025 unit list in its readout and the table", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend periods="47" .data=${history}></chiso-trend>`,
    );
    const row = [...root(element).querySelectorAll("tbody tr")].find((r) =>
      r.textContent!.includes("Tháng 07/2025"),
    )!;
    expect(row.textContent).to.contain("danh mục đơn vị hành chính 2025");
  });

  it("lists every period in its data table, newest first, the gap in words", async () => {
    const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${history}></chiso-trend>`);
    const rows = [...root(element).querySelectorAll("tbody tr")];
    expect(rows).to.have.length(47);
    expect(rows[0]!.querySelector("th")!.textContent!.trim()).to.equal("Tháng 11/2026");
    const august = rows.find((r) => r.textContent!.includes("Tháng 08/2024"))!;
    expect(august.querySelector("td")!.textContent!.trim()).to.equal("Không báo cáo");
    const february = rows.find((r) => r.textContent!.includes("Tháng 02/2023"))!;
    expect(february.textContent).to.contain("36.100 / 42.328 hồ sơ");
    expect(february.textContent).to.contain("85,29 %");
  });

  it("shows over-100 % values on a scale that grows past 100", async () => {
    const feed = clone(history);
    const last = feed.indicators[0]!.observations[feed.indicators[0]!.observations.length - 1]!;
    last.numerator = Math.round(last.denominator * 1.12);
    const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${feed}></chiso-trend>`);
    expect(partText(element, "value")).to.equal(
      formatPercent((100 * last.numerator) / last.denominator, "vi"),
    );
    const ticks = [...root(element).querySelectorAll(".tick")].map((t) => t.textContent!.trim());
    expect(ticks).to.include("120 %");
  });

  it("speaks English with lang=en", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend lang="en" .data=${history}></chiso-trend>`,
    );
    expect(partText(element, "delta")).to.contain("vs a year earlier");
    expect(root(element).querySelector("summary")!.textContent).to.contain("Show data table");
  });

  it("draws columns with variant=columns", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend variant="columns" periods="12" .data=${history}></chiso-trend>`,
    );
    expect(root(element).querySelectorAll("rect.column")).to.have.length(12);
    expect(root(element).querySelectorAll(".line")).to.have.length(0);
  });

  it("a one-period feed shows its single figure, without changes", async () => {
    const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${bacGiang}></chiso-trend>`);
    expect(partText(element, "value")).to.equal("85,29 %");
    expect(partText(element, "delta")).to.not.contain("so với");
  });

  it("an unknown indicator is said in words, not thrown", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend indicator="khong-co" .data=${history}></chiso-trend>`,
    );
    expect(shadowText(element)).to.contain("Chưa có số liệu");
    expect(element.getAttribute("config-problem")).to.contain("khong-co");
    expect(takeConsole()).to.have.length(1);
  });

  describe("the gauge given a history feed", () => {
    it("shows the latest month, its change from the history and a sparkline with its sentence", async () => {
      const gauge = await fixture<ChisoGauge>(
        html`<chiso-gauge sparkline .data=${history}></chiso-gauge>`,
      );
      const text = (gauge.shadowRoot!.textContent ?? "").replace(/\s+/g, " ");
      expect(text).to.contain("Tháng 11/2026");
      expect(text).to.contain(formatPercent(rateOf("2026-11-01"), "vi"));
      const previous = rateOf("2026-11-01") - rateOf("2026-10-01");
      expect(text).to.contain(`${Math.abs(previous).toFixed(2).replace(".", ",")} điểm %`);
      const sparkline = gauge.shadowRoot!.querySelector('[part~="sparkline"]')!;
      expect(sparkline.querySelector("svg")!.getAttribute("aria-hidden")).to.equal("true");
      expect(sparkline.textContent!.trim()).to.match(
        /^(tăng|giảm|không đổi) (so với kỳ trước|\d+ tháng liên tiếp)$/,
      );
      await expect(gauge).to.be.accessible();
    });

    it("draws no sparkline for a one-period feed, even when asked", async () => {
      const gauge = await fixture<ChisoGauge>(
        html`<chiso-gauge sparkline .data=${bacGiang}></chiso-gauge>`,
      );
      expect(gauge.shadowRoot!.querySelector('[part~="sparkline"]')).to.be.null;
    });
  });

  describe("loading a history from a feed index", () => {
    it("loads each monthly file once over HTTP, merges them and shows the twelve months", async () => {
      const months = ["2023-01", "2023-07", "2023-12"];
      const requests = async (month: string) =>
        ((await (await fetch(`/feeds/stats/history-${month}`)).json()) as { requests: number })
          .requests;
      // Other test files may fetch the same files from the same server: count this test's own.
      const before = await Promise.all(months.map(requests));
      const element = await fixture<ChisoTrend>(
        html`<chiso-trend history="/feeds/history/index.json"></chiso-trend>`,
      );
      await until(() => root(element).querySelectorAll("tbody tr").length === 12);
      expect(partText(element, "value")).to.match(/^\d{2},\d{2} %$/);
      const rows = [...root(element).querySelectorAll("tbody tr")];
      expect(rows[rows.length - 1]!.querySelector("th")!.textContent!.trim()).to.equal(
        "Tháng 01/2023",
      );
      expect(rows.find((r) => r.textContent!.includes("Tháng 02/2023"))!.textContent).to.contain(
        "85,29 %",
      );
      expect(root(element).querySelector('[part~="feed-state"]'), "nothing failed").to.be.null;
      const after = await Promise.all(months.map(requests));
      months.forEach((month, i) => expect(after[i]! - before[i]!, month).to.equal(1));
    });

    it("names the months whose file failed and shows the rest", async () => {
      const name = `trend-index-${Date.now()}`;
      const broken = {
        ...index,
        feeds: [
          { url: "/feeds/history/2023-01.json", period: index.feeds[0]!.period },
          { url: "/feeds/history/2023-02.json", period: index.feeds[1]!.period },
          {
            url: "/feeds/history/khong-co.json",
            period: { start: "2023-03-01", end: "2023-03-31", label: "Tháng 03/2023" },
          },
        ],
      };
      await fetch(`/feeds/script/${name}`, {
        method: "POST",
        body: JSON.stringify([{ body: broken }]),
      });
      const element = await fixture<ChisoTrend>(
        html`<chiso-trend history="/feeds/script/${name}"></chiso-trend>`,
      );
      // While the others load it reads "Đã tải 1/3 kỳ · Không tải được: …"; then only the failure.
      await until(() => partText(element, "feed-state") === "Không tải được: Tháng 03/2023");
      expect(root(element).querySelectorAll("tbody tr")).to.have.length(2);
      await expect(element).to.be.accessible();
    });

    it("says when the index itself is not valid", async () => {
      const name = `trend-bad-index-${Date.now()}`;
      await fetch(`/feeds/script/${name}`, {
        method: "POST",
        body: JSON.stringify([{ body: { kind: "feed-index", feeds: [] } }]),
      });
      const element = await fixture<ChisoTrend>(
        html`<chiso-trend history="/feeds/script/${name}"></chiso-trend>`,
      );
      await until(() => shadowText(element).includes("Không đọc được danh mục"));
      expect(root(element).querySelector('[role="alert"]')).to.exist;
    });
  });

  describe("is accessible (axe)", () => {
    it("with a history", async () => {
      const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${history}></chiso-trend>`);
      await expect(element).to.be.accessible();
    });
    it("with the table open", async () => {
      const element = await fixture<ChisoTrend>(html`<chiso-trend .data=${history}></chiso-trend>`);
      root(element).querySelector("details")!.open = true;
      await expect(element).to.be.accessible();
    });
    it("in the IOC theme", async () => {
      const element = await fixture<ChisoTrend>(
        html`<chiso-trend theme="ioc" .data=${history}></chiso-trend>`,
      );
      await expect(element).to.be.accessible();
    });
    it("while loading and on error", async () => {
      const loading = await fixture<ChisoTrend>(
        html`<chiso-trend src="/feeds/script/never"></chiso-trend>`,
      );
      await expect(loading).to.be.accessible();
      const broken = await fixture<ChisoTrend>(
        html`<chiso-trend .data=${{ nope: 1 }}></chiso-trend>`,
      );
      await until(() => shadowText(broken).length > 0);
      await expect(broken).to.be.accessible();
    });
  });
});

describe("<chiso-trend units> (small multiples)", () => {
  type UnitObservation = Observation & { unit: string };
  const provinceObservations = () =>
    provinces.indicators[0]!.observations as unknown as UnitObservation[];
  const provinceRate = (unit: string, start: string) => {
    const o = provinceObservations().find((x) => x.unit === unit && x.period.start === start)!;
    return (100 * o.numerator) / o.denominator;
  };
  const panels = (element: ChisoTrend) => [...root(element).querySelectorAll('[part~="panel"]')];
  const panelOf = (element: ChisoTrend, name: string) =>
    panels(element).find((p) => p.querySelector(".name")!.textContent!.trim() === name)!;
  /** Where a panel's selected point sits, as a fraction of its plot's height from the top. */
  const height = (panel: Element) => {
    const plot = panel.querySelector(".plot")!.getBoundingClientRect();
    const dot = panel.querySelector(".dot.selected")!.getBoundingClientRect();
    return (dot.top + dot.height / 2 - plot.top) / plot.height;
  };

  it('draws one named panel per unit with units="*", in the feed\'s order', async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="*" periods="36" .data=${provinces}></chiso-trend>`,
    );
    const names = panels(element).map((p) => p.querySelector(".name")!.textContent!.trim());
    expect(names).to.have.length(34);
    expect(names[0]).to.equal("Hà Nội");
    expect(names[33]).to.equal("Cà Mau");
    expect(partText(element, "readout")).to.equal(
      `Hà Nội · Tháng 11/2026: 93,00 % (18.600 / 20.000 hồ sơ)`,
    );
    expect(shadowText(element)).to.contain("34 đơn vị, cùng thang đo 0–100 %");
    expect(root(element).querySelectorAll("line.target")).to.have.length(34);
  });

  it("draws only the units listed, each with its latest value and its change in points", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="79, 01 48" .data=${provinces}></chiso-trend>`,
    );
    const names = panels(element).map((p) => p.querySelector(".name")!.textContent!.trim());
    expect(names).to.deep.equal(["Hồ Chí Minh", "Hà Nội", "Đà Nẵng"]);
    const hcm = panelOf(element, "Hồ Chí Minh");
    expect(hcm.querySelector(".panel-value")!.textContent!.trim()).to.equal(
      formatPercent(provinceRate("79", "2026-11-01"), "vi"),
    );
    const change = provinceRate("79", "2026-11-01") - provinceRate("79", "2026-10-01");
    expect(hcm.querySelector(".delta")!.textContent!.trim()).to.equal(
      formatPointsDelta(change, "vi"),
    );
  });

  it("puts the same value at the same height in every panel: one scale, grown for a value over 100 %", async () => {
    const feed = clone(provinces);
    // Đà Nẵng over 100 % in May 2026: every panel's scale reaches 120 %, not only Đà Nẵng's.
    const may = (feed.indicators[0]!.observations as unknown as UnitObservation[]).find(
      (o) => o.unit === "48" && o.period.start === "2026-05-01",
    )!;
    may.numerator = Math.round(may.denominator * 1.15);
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="01 48 79" periods="12" .data=${feed}></chiso-trend>`,
    );
    expect(shadowText(element)).to.contain("cùng thang đo 0–120 %");
    const hanoi = panelOf(element, "Hà Nội");
    const daNang = panelOf(element, "Đà Nẵng");
    // Both read 93,00 % in November 2026.
    expect(hanoi.querySelector(".panel-value")!.textContent!.trim()).to.equal("93,00 %");
    expect(daNang.querySelector(".panel-value")!.textContent!.trim()).to.equal("93,00 %");
    expect(height(hanoi)).to.be.closeTo(height(daNang), 0.01);
    expect(height(hanoi)).to.be.closeTo(1 - 93 / 120, 0.02);
    const hcm = panelOf(element, "Hồ Chí Minh");
    expect(height(hcm)).to.be.closeTo(1 - provinceRate("79", "2026-11-01") / 120, 0.02);
  });

  it("draws a unit's unreported months as gaps, before its first report too", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="15 96" periods="36" .data=${provinces}></chiso-trend>`,
    );
    const laoCai = panelOf(element, "Lào Cai");
    expect(laoCai.querySelectorAll("rect.gap-band"), "August 2024").to.have.length(1);
    expect(laoCai.querySelectorAll(".line"), "two runs around the gap").to.have.length(2);
    const caMau = panelOf(element, "Cà Mau");
    expect(caMau.querySelectorAll("rect.gap-band"), "Dec 2023 – May 2024").to.have.length(6);
    expect(caMau.querySelectorAll(".line")).to.have.length(1);
    for (const line of root(element).querySelectorAll(".line"))
      expect(line.getAttribute("d")).to.not.match(/,1000(\.0)?( |$)/);
  });

  it("says a unit did not report the last period instead of showing an older figure", async () => {
    const feed = clone(provinces);
    const observations = feed.indicators[0]!.observations as unknown as UnitObservation[];
    observations.splice(
      observations.findIndex((o) => o.unit === "92" && o.period.start === "2026-11-01"),
      1,
    );
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="92 01" .data=${feed}></chiso-trend>`,
    );
    const canTho = panelOf(element, "Cần Thơ");
    expect(canTho.querySelector(".panel-value")!.textContent!.trim()).to.equal("Không báo cáo");
    expect(canTho.querySelector(".delta")).to.be.null;
  });

  it("is one tab stop: arrows step periods, up and down change unit, each announced", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="*" periods="36" .data=${provinces}></chiso-trend>`,
    );
    expect(root(element).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    const chart = root(element).querySelector<HTMLElement>('[part~="chart"]')!;
    expect(chart.getAttribute("aria-describedby")).to.equal("trend-hint");
    expect(root(element).getElementById("trend-hint")!.textContent).to.contain("lên, xuống");
    expect(root(element).querySelector('[part~="readout"]')!.getAttribute("aria-live")).to.equal(
      "polite",
    );
    chart.focus();
    await sendKeys({ press: "ArrowDown" });
    await until(() => partText(element, "readout").startsWith("Cao Bằng · Tháng 11/2026"));
    expect(panelOf(element, "Cao Bằng").classList.contains("current")).to.equal(true);
    await sendKeys({ press: "ArrowLeft" });
    await until(() => partText(element, "readout").startsWith("Cao Bằng · Tháng 10/2026"));
    expect(partText(element, "readout")).to.contain(
      formatPercent(provinceRate("04", "2026-10-01"), "vi"),
    );
    // Lào Cai (7th) did not report August 2024 (the 9th of the 36 months).
    for (let i = 0; i < 5; i++) await sendKeys({ press: "ArrowDown" });
    await sendKeys({ press: "Home" });
    for (let i = 0; i < 8; i++) await sendKeys({ press: "ArrowRight" });
    await until(() => partText(element, "readout") === "Lào Cai · Tháng 08/2024: Không báo cáo");
    await sendKeys({ press: "ArrowUp" });
    await until(() => partText(element, "readout").startsWith("Sơn La · Tháng 08/2024"));
    await sendKeys({ press: "End" });
    await until(() => partText(element, "readout").startsWith("Sơn La · Tháng 11/2026"));
  });

  it("reads out the panel and period under the pointer", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="01 48" periods="12" .data=${provinces}></chiso-trend>`,
    );
    const plot = panelOf(element, "Đà Nẵng").querySelector<HTMLElement>(".plot")!;
    const box = plot.getBoundingClientRect();
    // The first of the twelve months: December 2025.
    plot.dispatchEvent(
      new PointerEvent("pointermove", {
        bubbles: true,
        composed: true,
        clientX: box.left + box.width / 24,
        clientY: box.top + box.height / 2,
      }),
    );
    await until(() => partText(element, "readout").startsWith("Đà Nẵng · Tháng 12/2025"));
  });

  it("lists unit × period in its table, made when opened, the gaps in words", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units="*" .data=${provinces}></chiso-trend>`,
    );
    const details = root(element).querySelector("details")!;
    expect(root(element).querySelector("table"), "not made before it is opened").to.be.null;
    details.open = true;
    await until(() => root(element).querySelectorAll("tbody tr").length === 34);
    const headers = [...root(element).querySelectorAll("thead th")].map((th) =>
      th.textContent!.trim(),
    );
    expect(headers).to.have.length(37);
    expect(headers[0]).to.equal("Đơn vị");
    expect(headers[1]).to.equal("Tháng 12/2023");
    expect(headers[36]).to.equal("Tháng 11/2026");
    const laoCai = [...root(element).querySelectorAll("tbody tr")].find(
      (row) => row.querySelector("th")!.textContent!.trim() === "Lào Cai",
    )!;
    const cells = [...laoCai.querySelectorAll("td")].map((td) => td.textContent!.trim());
    expect(cells[headers.indexOf("Tháng 08/2024") - 1]).to.equal("Không báo cáo");
    expect(cells[35]).to.equal(formatPercent(provinceRate("15", "2026-11-01"), "vi"));
    await expect(element).to.be.accessible();
  });

  it("speaks English with lang=en", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend lang="en" units="01 48" .data=${provinces}></chiso-trend>`,
    );
    expect(shadowText(element)).to.contain("2 units, one scale 0–100%");
    expect(root(element).getElementById("trend-hint")!.textContent).to.contain("up and down");
    expect(partText(element, "readout")).to.match(/^Hà Nội · 11\/2026: 93\.00%/);
  });

  it("says so when the listed units have no figures over time", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend units=" " .data=${provinces}></chiso-trend>`,
    );
    expect(shadowText(element)).to.contain("chưa có số liệu theo thời gian");
  });

  describe("is accessible (axe)", () => {
    it("with 34 panels", async () => {
      const element = await fixture<ChisoTrend>(
        html`<chiso-trend units="*" .data=${provinces}></chiso-trend>`,
      );
      await expect(element).to.be.accessible();
    });
    it("in the IOC theme, fitted to a wall cell", async () => {
      const element = await fixture<ChisoTrend>(
        html`<chiso-trend
          fit
          theme="ioc"
          units="*"
          style="display: block; width: 1200px; height: 700px"
          .data=${provinces}
        ></chiso-trend>`,
      );
      await expect(element).to.be.accessible();
    });
  });
});
