// The real figures of earlier (and other) periods the five seed reports print,
// fixtures/feeds/earlier/<report>.json (scripts/fixtures/earlier.mjs): they parse as 1.1
// histories, each with its own period, accumulation and the report's provenance, they are the
// reports' own numbers, and a trend and a gauge show a real change from them.
import { expect, fixture, html } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "./support/guard.js";
import { clone, until } from "./support/guard.js";
import "../src/components/trend/define.js";
import "../src/components/gauge/define.js";
import type { ChisoGauge } from "../src/components/gauge/gauge.element.js";
import type { ChisoTrend } from "../src/components/trend/trend.element.js";
import { parseFeed } from "../src/data/parse.js";
import type { IndicatorFeed } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";
import bacGiangEarlier from "../fixtures/feeds/earlier/bac-giang-2023-02.json";
import binhLongEarlier from "../fixtures/feeds/earlier/binh-long-2023-09.json";
import dakNongEarlier from "../fixtures/feeds/earlier/dak-nong-2023-12.json";
import ngheAnEarlier from "../fixtures/feeds/earlier/nghe-an-2023-07.json";
import quangNgaiEarlier from "../fixtures/feeds/earlier/quang-ngai-2023-07.json";
import history from "../fixtures/history/history.json";

interface Obs {
  period?: { start: string; end: string; label?: { vi: string } };
  accumulation?: string;
  done?: number;
  total?: number;
  numerator?: number;
  statedRate?: number;
  provenance?: { document?: string; section?: string; quote?: string };
}
interface Ind {
  id: string;
  accumulation?: string;
  observations?: Obs[];
}
const indicators = (feed: unknown) => (feed as { indicators: Ind[] }).indicators;
const byId = (feed: unknown, id: string) => indicators(feed).find((i) => i.id === id)!;
const periodsOf = (feed: unknown, id: string) =>
  byId(feed, id).observations!.map((o) => [o.period!.start, o.period!.end, o.accumulation]);

const REPORTS = [
  ["bac-giang-2023-02", bacGiang, bacGiangEarlier],
  ["nghe-an-2023-07", ngheAn, ngheAnEarlier],
  ["binh-long-2023-09", binhLong, binhLongEarlier],
  ["dak-nong-2023-12", dakNong, dakNongEarlier],
  ["quang-ngai-2023-07", quangNgai, quangNgaiEarlier],
] as const;

function parsed(json: unknown): IndicatorFeed {
  const result = parseFeed(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.feed;
}

const root = (element: HTMLElement) => element.shadowRoot!;
const partText = (element: HTMLElement, name: string) =>
  (root(element).querySelector(`[part~="${name}"]`)?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("earlier-period figures of the seed reports (fixtures/feeds/earlier/)", () => {
  for (const [id, main, earlier] of REPORTS)
    it(`parseFeed(earlier/${id}) accepts it as a 1.1 history: every figure with its own period, accumulation and the report's provenance`, () => {
      const feed = parsed(earlier);
      expect(feed.schemaVersion).to.equal("1.1");
      expect(feed.publisher).to.deep.equal(main.publisher);
      expect(feed.indicators.length).to.be.greaterThan(0);
      for (const indicator of indicators(earlier)) {
        expect(indicator.accumulation, indicator.id).to.be.oneOf(["in-period", "cumulative"]);
        for (const o of indicator.observations!) {
          expect(o.period, indicator.id).to.exist;
          expect(o.period!.start <= o.period!.end, indicator.id).to.equal(true);
          expect(o.period!.label?.vi, indicator.id).to.be.a("string");
          expect(o.accumulation, indicator.id).to.equal(indicator.accumulation);
          expect(o.provenance?.document, indicator.id).to.equal(main.source.docNumber);
          expect(o.provenance?.section, indicator.id).to.be.a("string");
          expect(o.provenance?.quote, indicator.id).to.have.length.greaterThan(10);
        }
      }
    });

  it("holds each printed earlier period as printed, with the right kind of figure", () => {
    // Nghệ An: the same cumulative figure as of 13/7 (§II.2.3) and restated as of 17/7 (§III.1).
    expect(periodsOf(ngheAnEarlier, "eid-activated")).to.deep.equal([
      ["2023-07-13", "2023-07-13", "cumulative"],
      ["2023-07-17", "2023-07-17", "cumulative"],
    ]);
    expect(periodsOf(ngheAnEarlier, "digitization-justice-dept-dossiers")).to.deep.equal([
      ["2023-06-12", "2023-07-12", "in-period"],
    ]);
    expect(periodsOf(ngheAnEarlier, "lgsp-calls-justice")).to.deep.equal([
      ["2022-06-01", "2023-07-26", "cumulative"],
    ]);
    // Bắc Giang: a stock of 15/10/2022, and phase 2's two in-year figures (2021, 2022).
    expect(periodsOf(bacGiangEarlier, "population-data-verifications")).to.deep.equal([
      ["2022-10-15", "2022-10-15", "cumulative"],
    ]);
    expect(
      byId(bacGiangEarlier, "digitization-civil-status-phase2").observations!.map((o) => [
        o.period!.label!.vi,
        o.done,
        o.accumulation,
      ]),
    ).to.deep.equal([
      ["Năm 2021", 460386, "in-period"],
      ["Năm 2022", 418545, "in-period"],
    ]);
    // Đắk Nông: "Trong năm 2023" and "Lũy kế từ năm 2021 đến ngày 30/11/2023" never on one line.
    expect(periodsOf(dakNongEarlier, "tax-etax-transactions-2023")).to.deep.equal([
      ["2023-01-01", "2023-12-18", "in-period"],
    ]);
    expect(periodsOf(dakNongEarlier, "tax-etax-transactions-cumulative")).to.deep.equal([
      ["2021-01-01", "2023-11-30", "cumulative"],
    ]);
    // Bình Long: the nine-month total is year to date, not a month.
    expect(periodsOf(binhLongEarlier, "dvc-online-nine-months")).to.deep.equal([
      ["2023-01-01", "2023-09-30", "cumulative"],
    ]);
    expect(periodsOf(binhLongEarlier, "eid-collected-campaign")).to.deep.equal([
      ["2023-06-20", "2023-09-20", "in-period"],
    ]);
    // Quảng Ngãi: the end-of-June stock, and the sync date as printed (07/5, not corrected).
    expect(periodsOf(quangNgaiEarlier, "health-vaccination-records-cleaned")).to.deep.equal([
      ["2023-06-30", "2023-06-30", "cumulative"],
    ]);
    expect(periodsOf(quangNgaiEarlier, "health-bhyt-synced-with-cccd")).to.deep.equal([
      ["2023-05-07", "2023-05-07", "cumulative"],
    ]);
  });

  it("are the reports' own numbers: where the report feed has the same figure, counts, rate and quote agree", () => {
    const pairs: [unknown, unknown, string][] = [
      [ngheAn, ngheAnEarlier, "digitization-justice-dept-dossiers"],
      [dakNong, dakNongEarlier, "tax-etax-transactions-2023"],
      [dakNong, dakNongEarlier, "tax-etax-transactions-cumulative"],
      [quangNgai, quangNgaiEarlier, "health-bhyt-synced-with-cccd"],
      [quangNgai, quangNgaiEarlier, "health-vaccination-records-remaining"],
    ];
    for (const [main, earlier, id] of pairs) {
      const a = byId(main, id).observations![0]!;
      const b = byId(earlier, id).observations![0]!;
      expect([b.done, b.total, b.statedRate], id).to.deep.equal([a.done, a.total, a.statedRate]);
      expect(b.provenance, id).to.deep.equal(a.provenance);
    }
    // Nghệ An's activation is the funnel's third stage of the report feed, both dates.
    const stage = (
      byId(ngheAn, "eid").observations![0] as unknown as {
        stages: { activated: { value: number } };
      }
    ).stages.activated;
    expect(byId(ngheAnEarlier, "eid-activated").observations!.map((o) => o.done)).to.deep.equal([
      stage.value,
      stage.value,
    ]);
  });

  it("parseFeed rejects the nine-month figure on one line with a month's in-period figure, with its path", () => {
    const feed = clone(binhLongEarlier) as unknown as { indicators: Ind[] };
    const line = byId(feed, "dvc-online-nine-months");
    line.observations!.push({
      ...clone(line.observations![0]!),
      period: { start: "2023-10-01", end: "2023-10-31", label: { vi: "Tháng 10/2023" } },
      accumulation: "in-period",
    });
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    const issue = result.ok ? null : result.issues[0]!;
    expect(issue!.path).to.equal("indicators[0].observations[1].accumulation");
    expect(issue!.message.vi).to.contain("không được trộn số liệu trong kỳ và số liệu lũy kế");
  });

  it("<chiso-trend> shows Nghệ An's e-ID activation of 17/7/2023 with its real change since 13/7: none", async () => {
    const element = await fixture<ChisoTrend>(
      html`<chiso-trend indicator="eid-activated" .data=${ngheAnEarlier}></chiso-trend>`,
    );
    // 1.373.365 / 1.708.473 both days (the report prints 77,93 %, which its counts do not give).
    expect(partText(element, "value")).to.equal("80,39 %");
    const delta = partText(element, "delta");
    expect(delta).to.contain("Kỳ gần nhất: Tính đến ngày 17/7/2023");
    expect(delta).to.contain("0,00 điểm % so với kỳ trước");
    const chart = root(element).querySelector<HTMLElement>('[part~="chart"]')!;
    chart.focus();
    await sendKeys({ press: "Home" });
    await until(() => partText(element, "readout").startsWith("Tính đến ngày 13/7/2023"));
    expect(partText(element, "readout")).to.contain("80,39 %");
  });

  it("<chiso-gauge> shows Nghệ An's BHXH verification at 95,4 % with the printed +0,6 point change on June 2023", async () => {
    const element = await fixture<ChisoGauge>(
      html`<chiso-gauge indicator="clean-bhxh-verified" .data=${ngheAnEarlier}></chiso-gauge>`,
    );
    expect(partText(element, "value")).to.equal("95,4 %");
    expect(partText(element, "delta")).to.equal("▲ +0,60 điểm % so với tháng 06/2023");
    expect(
      root(element).querySelector('[role="meter"]')!.getAttribute("aria-valuetext"),
    ).to.contain("tăng 0,6 điểm");
  });

  it("the illustrative history takes the real figure where they share a month, says which is which, and no real point of its line is left out", () => {
    interface Point extends Obs {
      denominator?: number;
      note?: { vi: string; en: string };
      unitVintage?: string;
    }
    const points = history.indicators[0]!.observations as unknown as Point[];
    const real = points.filter((o) => o.provenance);
    // Bắc Giang's report total (Phụ lục I, Tổng số) is the only real figure of this line in the
    // report and earlier-figure feeds; it is February 2023 of the series, with its provenance.
    const total = byId(bacGiang, "dvc-online").observations![0]! as Point;
    expect(real).to.have.length(1);
    expect(real[0]!.period!.start).to.equal("2023-02-01");
    expect([real[0]!.numerator, real[0]!.denominator]).to.deep.equal([
      total.numerator,
      total.denominator,
    ]);
    expect(real[0]!.provenance).to.deep.equal(total.provenance);
    expect(real[0]!.note!.vi).to.equal(
      "Số liệu thật của báo cáo /BC-TCTTKĐA (kỳ báo cáo 16/01/2023–15/02/2023, xếp vào tháng 02/2023 của chuỗi)",
    );
    for (const point of points.filter((o) => !o.provenance))
      expect(point.note!.vi, point.period!.start).to.match(/^Dữ liệu minh họa/);
    // None of the earlier-figure feeds holds a figure of this line that the series would miss.
    for (const [, , earlier] of REPORTS)
      for (const indicator of indicators(earlier)) expect(indicator.id).to.not.equal("dvc-online");
  });
});
