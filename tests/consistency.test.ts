import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { clone, feedOf } from "./support/guard.js";
import { checkConsistency, warningsAbout, warningsWithin } from "../src/data/consistency.js";
import type { FunnelIndicator, RatioIndicator, StatusIndicator } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";

const warningsOf = (json: unknown) =>
  checkConsistency(feedOf(json)).map((w) => `${w.code} ${w.path}`);

/**
 * The genuine contradictions the five reports contain (fixtures/feeds/README.md, sections A–F),
 * found by the consistency pass — no more, no fewer.
 */
describe("checkConsistency on the five seed reports", () => {
  it("checkConsistency(Bắc Giang) finds the late dossiers that exceed the total, the 90,12 % row and the empty services", () => {
    expect(warningsOf(bacGiang)).to.deep.equal([
      "part-exceeds-total indicators[0].observations[10].detail",
      "part-exceeds-total indicators[0].observations[11].detail",
      "zero-denominator indicators[0].observations[14].denominator",
      "rate-mismatch indicators[0].observations[15].statedRate",
      "zero-denominator indicators[0].observations[19].denominator",
      "zero-denominator indicators[0].observations[21].denominator",
      // §II.2.1's four services "không phát sinh" (dvc-online-text): 0 / 0, no rate printed.
      "zero-denominator indicators[11].observations[22].denominator",
      "zero-denominator indicators[11].observations[23].denominator",
      "zero-denominator indicators[11].observations[24].denominator",
      "zero-denominator indicators[11].observations[25].denominator",
      // The relations of format 1.2 (scripts/fixtures/relations.mjs): §II.2.1 and §III.2 against
      // Phụ lục I (BG-01…06), the annex's on-time column against its total (BG-13), "#DIV/0!"
      // (BG-21), "100 %" done while 35 failed (BG-16), 563 + 16.652 + 170 ≠ 17.386 (BG-15).
      "same-fact-mismatch indicators[11].observations[6].statedRate",
      "same-fact-mismatch indicators[11].observations[22].denominator",
      "same-fact-mismatch indicators[12].observations[0].statedRate",
      "same-fact-mismatch indicators[12].observations[1].statedRate",
      "same-fact-mismatch indicators[12].observations[2].statedRate",
      "same-fact-mismatch indicators[12].observations[3].statedRate",
      "parts-total-mismatch indicators[0].observations[0].parts",
      "printed-unreadable indicators[0].observations[14].printed.statedRate",
      "printed-unreadable indicators[0].observations[21].printed.statedRate",
      "remainder-mismatch indicators[7].observations[0].statedRate",
      "remainder-mismatch indicators[15].observations[0].remaining",
      // The report's number and date were left blank (BG-20, issue 18.5).
      "source-blank source.docNumber",
      "source-blank source.date",
    ]);
    // Numbers in each language's own way: 1.667 in Vietnamese, 1,667 in English.
    const [late] = checkConsistency(feedOf(bacGiang));
    expect(late!.message).to.deep.equal({
      vi: "đúng hạn 1.667 + quá hạn 20 = 1.687 vượt tổng 1.647",
      en: "on time 1,667 + overdue 20 = 1,687 exceeds the total 1,647",
    });
  });

  it("checkConsistency(Bình Long) finds the 0/0 rows, the '0/0 … đạt 100 %' sentence and three truncated rates", () => {
    const warnings = checkConsistency(feedOf(binhLong));
    expect(warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal([
      "zero-denominator indicators[0].observations[8].denominator",
      "zero-denominator indicators[0].observations[17].denominator",
      "zero-denominator indicators[0].observations[18].denominator",
      "zero-denominator indicators[1].observations[5].denominator",
      "rate-mismatch indicators[1].observations[14].statedRate",
      "zero-denominator indicators[1].observations[17].denominator",
      "zero-denominator indicators[1].observations[18].denominator",
      "rate-mismatch indicators[9].observations[0].statedRate",
      "rate-mismatch indicators[12].observations[0].statedRate",
      // §I.3's text against Phụ lục 02 (BL-01, 02, 03, 05, 06).
      "same-fact-mismatch indicators[1].observations[4].denominator",
      "same-fact-mismatch indicators[1].observations[5].statedRate",
      "same-fact-mismatch indicators[1].observations[13].denominator",
      "same-fact-mismatch indicators[1].observations[13].statedRate",
      "same-fact-mismatch indicators[1].observations[14].numerator",
      "same-fact-mismatch indicators[1].observations[14].denominator",
      "same-fact-mismatch indicators[1].observations[14].statedRate",
      "same-fact-mismatch indicators[1].observations[18].statedRate",
      // The target rules of issue 18.4: Phụ lục 02's "Cấp tỉnh" row (not handled at the town's
      // tier) printed "0%" (BL-08); the campaign's activation target above its collection one (BL-15).
      "rate-not-applicable indicators[0].observations[21].statedRate",
      // "còn 4.774" and "còn 4.182" that do not close their totals (BL-09, BL-10).
      "remainder-mismatch indicators[7].observations[0].remaining",
      "remainder-mismatch indicators[8].observations[0].remaining",
      "stage-target-grows indicators[2].observations[0].stages.activated.target",
    ]);
    const hundred = warnings.find((w) => w.path === "indicators[1].observations[5].denominator")!;
    expect(hundred.message.vi).to.equal("không có hồ sơ (mẫu số bằng 0) (báo cáo vẫn ghi 100 %)");
  });

  it("checkConsistency(Đắk Nông) finds the CCCD rate copied from the row above", () => {
    const warnings = checkConsistency(feedOf(dakNong));
    expect(warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal([
      "rate-mismatch indicators[1].observations[0].statedRate",
      "rate-mismatch indicators[2].observations[3].statedRate",
      "rate-mismatch indicators[12].observations[0].statedRate",
      // "85/98%" (DN-02).
      "printed-unreadable indicators[2].observations[1].printed.statedRate",
      // 342.934 registrations for a target of 324.898: news, ranked info (issue 18.4).
      "over-target indicators[0].observations[0].stages.registered.value",
    ]);
    expect(warnings.at(-1)!.severity).to.equal("info");
    expect(warnings[1]!.message.vi).to.equal(
      "tỷ lệ in trong báo cáo 82,03 % khác với tử số / mẫu số = 31,74 %",
    );
    expect(warnings[1]!.message.en).to.equal(
      "printed rate 82.03% disagrees with numerator / denominator = 31.74%",
    );
  });

  it("checkConsistency(Nghệ An) finds the activation rate the counts do not give (77,93 % vs 80,39 %)", () => {
    const warnings = checkConsistency(feedOf(ngheAn));
    expect(warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal([
      "rate-mismatch indicators[2].observations[0].stages.activated.statedRate",
      // Rates printed with a decimal point (NA-03).
      "printed-form indicators[2].observations[0].stages.collected.printed.statedRate",
      "printed-form indicators[2].observations[0].stages.approved.printed.statedRate",
      "printed-form indicators[2].observations[0].stages.activated.printed.statedRate",
      "printed-form indicators[10].observations[0].printed.statedRate",
      "printed-form indicators[12].observations[0].printed.statedRate",
      // "đạt 103.2% chỉ tiêu" (NA-04): over target is information, not an error.
      "over-target indicators[2].observations[0].stages.collected.value",
    ]);
    expect(warnings[0]!.message.en).to.equal(
      "printed rate 77.93% disagrees with value / basis = 80.39%",
    );
  });

  it("checkConsistency(Quảng Ngãi) finds the growing Youth-Union funnel and the May date in a July report", () => {
    expect(warningsOf(quangNgai)).to.deep.equal([
      "zero-denominator indicators[1].observations[10].denominator",
      "funnel-growth indicators[4].observations[0].stages.activated.value",
      "date-outside-period indicators[10].observations[0].asOf",
      "rate-mismatch indicators[13].observations[0].statedRate",
      "rate-mismatch indicators[15].observations[0].statedRate",
      "rate-mismatch indicators[21].observations[0].statedRate",
      // The 60.751 vaccination records still wrong, in a sentence that opens "Đến ngày 30/6/2023".
      "date-outside-period indicators[48].observations[0].asOf",
      // The police group's "tăng 4.018" against footnote 11's +4.740 (QN-01), tạm trú 758 after
      // "tăng 961" (QN-02), the staff by level above their total (QN-06).
      "parts-total-mismatch indicators[0].observations[0].parts",
      "change-mismatch indicators[1].observations[3].change.value",
      "parts-total-mismatch indicators[18].observations[0].parts",
    ]);
  });
});

/** A minimal valid feed around one indicator. */
function feedWith(indicator: unknown, extra: Record<string, unknown> = {}): unknown {
  return {
    schemaVersion: "1.0",
    id: "test",
    publisher: { name: "Tỉnh Thử", unitCode: "24" },
    period: { start: "2023-07-01", end: "2023-07-31", label: "tháng 7/2023" },
    generatedAt: "2023-08-01T08:00:00+07:00",
    unitVintage: "2023",
    indicators: [indicator],
    ...extra,
  };
}

describe("checkConsistency rules", () => {
  it("accepts a printed rate within rounding, and a hedged one within a point", () => {
    const indicator = {
      id: "r",
      kind: "ratio",
      label: "r",
      observations: [
        { numerator: 11894, denominator: 18381, statedRate: 65 },
        { unit: "213", numerator: 62950, denominator: 80935, statedRate: 78, qualifier: "nearly" },
      ],
    };
    expect(warningsOf(feedWith(indicator))).to.deep.equal([]);
  });

  it("flags online > received, a level split that does not add up, and unknown units", () => {
    const ratio = {
      id: "r",
      kind: "ratio",
      label: "r",
      observations: [{ unit: "999", numerator: 5, denominator: 4 }],
    };
    const funnel = {
      id: "f",
      kind: "funnel",
      label: "f",
      stages: [
        { id: "a", label: "a" },
        { id: "b", label: "b" },
      ],
      levels: [
        { id: "l1", label: "1" },
        { id: "l2", label: "2" },
      ],
      observations: [{ stages: { a: { value: 10, levels: { l1: 3, l2: 4 } }, b: { value: 8 } } }],
    };
    const feed = feedWith(ratio, { units: [{ code: "213", name: "x", level: "district" }] }) as {
      indicators: unknown[];
    };
    feed.indicators.push(funnel);
    expect(warningsOf(feed)).to.deep.equal([
      "unknown-unit indicators[0].observations[0].unit",
      "part-exceeds-total indicators[0].observations[0].numerator",
      "parts-sum-mismatch indicators[1].observations[0].stages.a.levels",
    ]);
  });

  it("flags a date after the feed was generated and a subsystem updated in the future", () => {
    const ratio = {
      id: "r",
      kind: "ratio",
      label: "r",
      observations: [{ numerator: 1, denominator: 2, asOf: "2023-08-15" }],
    };
    const status = {
      id: "s",
      kind: "status",
      label: "s",
      subsystems: [
        { id: "a", label: "a", mode: "online", lastUpdated: "2023-08-02T08:00:00+07:00" },
      ],
    };
    const feed = feedWith(ratio) as { indicators: unknown[] };
    feed.indicators.push(status);
    expect(warningsOf(feed)).to.deep.equal([
      "date-in-future indicators[0].observations[0].asOf",
      "date-in-future indicators[1].subsystems[0].lastUpdated",
    ]);
  });

  it("never throws on any valid feed, even an odd one", () => {
    const odd = clone(ngheAn) as {
      indicators: { kind: string; observations?: unknown[]; stages?: unknown[] }[];
    };
    for (const indicator of odd.indicators) if (indicator.observations) indicator.observations = [];
    expect(() => checkConsistency(feedOf(odd))).not.to.throw();
  });
});

describe("checkConsistency warnings as data: severity and the object they concern", () => {
  it("checkConsistency(feed) ties each warning to the observation, stage or subsystem it is about", () => {
    const feed = feedOf(ngheAn);
    const [mismatch] = checkConsistency(feed);
    const funnel = feed.indicators[2] as FunnelIndicator;
    const observation = funnel.observations[0]!;
    expect(mismatch!.indicator).to.equal(funnel);
    expect(mismatch!.observation).to.equal(observation);
    expect(mismatch!.subject).to.equal(observation.stages["activated"]);
    const bacGiangFeed = feedOf(bacGiang);
    const warnings = checkConsistency(bacGiangFeed);
    const services = bacGiangFeed.indicators[0] as RatioIndicator;
    // The 90,12 % row: the warning's subject is the observation itself, found without its path.
    const row = services.observations[15]!;
    expect(warningsAbout(warnings, row).map((w) => w.code)).to.deep.equal(["rate-mismatch"]);
    // The Tổng số line: its on-time column is not its rows' sum (a relation of format 1.2).
    expect(warningsAbout(warnings, services.observations[0]!).map((w) => w.code)).to.deep.equal([
      "parts-total-mismatch",
    ]);
  });

  it("warningsWithin(observation) adds its funnel stages' warnings to its own", () => {
    const json = clone(quangNgai) as { indicators: { kind: string }[] };
    const feed = feedOf(json);
    const funnel = feed.indicators[4] as FunnelIndicator;
    const observation = funnel.observations[0]!;
    const warnings = checkConsistency(feed);
    expect(warningsAbout(warnings, observation)).to.deep.equal([]);
    expect(warningsWithin(warnings, observation).map((w) => w.code)).to.deep.equal([
      "funnel-growth",
    ]);
  });

  it("gives every warning a severity: error, warning or info", () => {
    const bySeverity = (json: unknown) =>
      checkConsistency(feedOf(json)).map((w) => `${w.severity} ${w.code}`);
    // Bắc Giang: late dossiers beyond the total cannot all be true; a 0/0 row is a fact, unless
    // the report prints a rate for it anyway (row 19).
    expect(bySeverity(bacGiang)).to.deep.equal([
      "error part-exceeds-total",
      "error part-exceeds-total",
      "info zero-denominator",
      "warning rate-mismatch",
      "warning zero-denominator",
      "info zero-denominator",
      // §II.2.1 "không phát sinh": no dossiers and no printed rate, a fact.
      "info zero-denominator",
      "info zero-denominator",
      "info zero-denominator",
      "info zero-denominator",
      // Between figures (format 1.2): contradictions that cannot all be true, and "#DIV/0!".
      "error same-fact-mismatch",
      "error same-fact-mismatch",
      "error same-fact-mismatch",
      "error same-fact-mismatch",
      "error same-fact-mismatch",
      "error same-fact-mismatch",
      "error parts-total-mismatch",
      "info printed-unreadable",
      "info printed-unreadable",
      "error remainder-mismatch",
      "error remainder-mismatch",
      // "Số: /BC-TCTTKĐA", "ngày tháng 02 năm 2023": number and date left blank (BG-20).
      "warning source-blank",
      "warning source-blank",
    ]);
    // Bình Long's "0/0 … đạt 100 %" prints a rate for nothing: a warning, not a plain fact.
    const binhLongWarnings = checkConsistency(feedOf(binhLong));
    const hundred = binhLongWarnings.find(
      (w) => w.path === "indicators[1].observations[5].denominator",
    )!;
    expect(hundred.severity).to.equal("warning");
    expect(
      binhLongWarnings.find((w) => w.path === "indicators[1].observations[17].denominator")!
        .severity,
    ).to.equal("info");
    expect(bySeverity(quangNgai)).to.include("info date-outside-period");
    expect(bySeverity(quangNgai)).to.include("warning funnel-growth");
  });

  it("ties a subsystem's future update to the subsystem, with no observation", () => {
    const status = {
      id: "s",
      kind: "status",
      label: "s",
      subsystems: [
        { id: "a", label: "a", mode: "online", lastUpdated: "2023-08-02T08:00:00+07:00" },
      ],
    };
    const feed = feedOf(feedWith(status));
    const [warning] = checkConsistency(feed);
    expect(warning!.subject).to.equal((feed.indicators[0] as StatusIndicator).subsystems[0]);
    expect(warning!.observation).to.equal(null);
    expect(warning!.severity).to.equal("warning");
  });

  it("says a duplicate observation is an error, in both languages", () => {
    // A 1.0 feed: from 1.1 on, the same line and period twice is a validation error instead.
    const json = clone(dakNong) as {
      schemaVersion: string;
      indicators: { observations: unknown[] }[];
    };
    json.schemaVersion = "1.0";
    const first = json.indicators[1]!.observations[0]!;
    json.indicators[1]!.observations.push(clone(first));
    const duplicate = checkConsistency(feedOf(json)).find(
      (w) => w.code === "duplicate-observation",
    )!;
    expect(duplicate.severity).to.equal("error");
    expect(duplicate.message).to.deep.equal({
      vi: "quan sát trùng đơn vị và dịch vụ với một quan sát trước",
      en: "another observation has the same unit and service",
    });
  });
});
