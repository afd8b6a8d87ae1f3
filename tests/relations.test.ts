/**
 * The relations of feed format 1.2 (src/data/relations.ts), each rule with a feed that passes and
 * one that fails. The failing figures are the reports' own (fixtures/feeds/AUDIT.md, §5), so each
 * test also says which contradiction of which report the rule exists for.
 */
import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { feedOf } from "./support/guard.js";
import { checkConsistency } from "../src/data/consistency.js";
import { parseFeed } from "../src/data/parse.js";

/** A one-indicator feed of format 1.2 around `indicator`. */
function feedWith(indicator: Record<string, unknown>, services: string[] = []) {
  return {
    schemaVersion: "1.2",
    id: "relations-test",
    publisher: { name: "Tổ công tác Đề án 06", unitCode: "70" },
    period: { start: "2023-07-01", end: "2023-07-31", label: "Tháng 7/2023" },
    generatedAt: "2023-08-05T09:00:00+07:00",
    unitVintage: "2023",
    services: services.map((id) => ({ id, name: id })),
    indicators: [{ id: "test", label: "Chỉ tiêu thử", ...indicator }],
  };
}

const ratio = (observations: Record<string, unknown>[], services: string[] = []) =>
  feedWith({ kind: "ratio", observations }, services);
const progress = (observations: Record<string, unknown>[]) =>
  feedWith({ kind: "progress", observations });

/** The relation warnings of a feed, as `code severity path`. */
function relationsOf(json: unknown) {
  return checkConsistency(feedOf(json))
    .filter((w) => !["rate-mismatch", "zero-denominator", "unknown-service"].includes(w.code))
    .map((w) => `${w.code} ${w.severity} ${w.path}`);
}

function messageOf(json: unknown, code: string) {
  return checkConsistency(feedOf(json)).find((w) => w.code === code)!.message;
}

describe("feed format 1.2: relations between figures", () => {
  it("every relation field validates, and a 1.1 feed without them is unchanged", () => {
    const feed = ratio(
      [
        {
          id: "total",
          numerator: 3,
          denominator: 4,
          parts: { members: ["a", "b"], sums: ["numerator", "denominator"], complete: true },
          change: { of: "numerator", value: 1, unit: "count", label: "so với tháng 6/2023" },
        },
        { id: "a", service: "a", numerator: 1, denominator: 2, fact: "a-fact" },
        { id: "b", service: "b", numerator: 2, denominator: 2, category: "tuyen-tinh" },
      ],
      ["a", "b"],
    );
    expect(parseFeed(feed).ok).to.equal(true);
    expect(relationsOf(feed)).to.deep.equal([]);
  });

  it("a relation field of the wrong shape is a pathed vi/en error", () => {
    const result = parseFeed(
      ratio([{ id: "t", numerator: 1, denominator: 2, parts: { members: [] } }]),
    );
    expect(result.ok).to.equal(false);
    const issue = !result.ok ? result.issues[0]! : null;
    expect(issue!.path).to.equal("indicators[0].observations[0].parts.members");
    expect(issue!.message.vi).to.be.a("string").and.not.equal("");
    expect(issue!.message.en).to.be.a("string").and.not.equal("");
  });

  describe("fact: one fact stated twice", () => {
    // Bình Long BL-01: §3.1 prints 1.700/1.700, Phụ lục 02 1.700/1.706 for the same service.
    const twice = (denominator: number, statedRate = 100) =>
      ratio(
        [
          {
            id: "text",
            service: "bien-so-xe",
            numerator: 1700,
            denominator: 1700,
            statedRate: 100,
            fact: "bsx",
          },
          {
            id: "annex",
            unit: "701",
            service: "bien-so-xe",
            numerator: 1700,
            denominator,
            statedRate,
            fact: "bsx",
          },
        ],
        ["bien-so-xe"],
      );

    it("agreeing statements pass", () => {
      expect(relationsOf(twice(1700))).to.deep.equal([]);
    });

    it("a denominator that differs is an error naming both figures and the other statement", () => {
      const feed = twice(1706);
      expect(relationsOf(feed)).to.deep.equal([
        "same-fact-mismatch error indicators[0].observations[1].denominator",
      ]);
      expect(messageOf(feed, "same-fact-mismatch")).to.deep.equal({
        vi: "cùng một số liệu được nêu hai lần khác nhau: mẫu số 1.706 ở đây, 1.700 ở indicators[0].observations[0]",
        en: "one fact stated twice with different figures: denominator 1,706 here, 1,700 at indicators[0].observations[0]",
      });
    });

    it("rates are compared with the coarser printing's rounding: 65 % and 64,71 % agree, 100 % and 92,23 % do not", () => {
      const rates = (a: number, b: number) =>
        ratio([
          { id: "x", statedRate: a, fact: "f" },
          { id: "y", unit: "701", statedRate: b, fact: "f" },
        ]);
      expect(relationsOf(rates(65, 64.71))).to.deep.equal([]);
      // Bắc Giang BG-01: §II.2.1 says 100 %, Phụ lục I 92,23 % for đổi chủ thể hợp đồng điện.
      const feed = rates(100, 92.23);
      expect(relationsOf(feed)).to.deep.equal([
        "same-fact-mismatch error indicators[0].observations[1].statedRate",
      ]);
      expect(messageOf(feed, "same-fact-mismatch").vi).to.contain("tỷ lệ 92,23 % ở đây, 100 % ở");
    });

    it("the same figures dated differently are a warning (Nghệ An's activations of 13/7 and 17/7)", () => {
      const feed = feedWith({
        kind: "funnel",
        stages: [
          { id: "collected", label: "Đã thu nhận" },
          { id: "activated", label: "Đã kích hoạt" },
        ],
        observations: [
          { stages: { activated: { value: 1373365, asOf: "2023-07-13", fact: "na-activated" } } },
          {
            unit: "412",
            stages: { activated: { value: 1373365, asOf: "2023-07-17", fact: "na-activated" } },
          },
        ],
      });
      expect(relationsOf(feed)).to.deep.equal([
        "same-fact-mismatch warning indicators[0].observations[1].stages.activated.asOf",
      ]);
    });
  });

  describe("parts: a total and its parts", () => {
    // Bắc Giang BG-13: the rows' on-time dossiers add up to 42.489, the Tổng line says 36.017.
    const appendix = (onTimeTotal: number, complete?: boolean) =>
      ratio([
        {
          id: "total",
          numerator: 300,
          denominator: 400,
          detail: { onTime: onTimeTotal },
          parts: {
            members: ["r1", "r2"],
            sums: ["numerator", "denominator", "detail.onTime"],
            complete,
          },
        },
        { id: "r1", unit: "213", numerator: 100, denominator: 150, detail: { onTime: 90 } },
        { id: "r2", unit: "215", numerator: 200, denominator: 250, detail: { onTime: 180 } },
      ]);

    it("rows that add up to their total line pass", () => {
      expect(relationsOf(appendix(270))).to.deep.equal([]);
    });

    it("a column whose rows do not add up to the total line is an error with both sums", () => {
      const feed = appendix(250);
      expect(relationsOf(feed)).to.deep.equal([
        "parts-total-mismatch error indicators[0].observations[0].parts",
      ]);
      expect(messageOf(feed, "parts-total-mismatch")).to.deep.equal({
        vi: "2 thành phần cộng lại được số đúng hạn 270, khác tổng 250",
        en: "the 2 parts add up to on time 270, not the total 250",
      });
    });

    it("parts not all listed may add up to less than the total, never to more", () => {
      expect(relationsOf(appendix(300, false))).to.deep.equal([]);
      const feed = appendix(250, false);
      expect(relationsOf(feed)).to.deep.equal([
        "parts-total-mismatch error indicators[0].observations[0].parts",
      ]);
      expect(messageOf(feed, "parts-total-mismatch").en).to.equal(
        "the parts stated add up to on time 270, more than the total 250",
      );
    });

    it("parts by category: Quảng Ngãi's staff records by school level exceed their total (QN-06)", () => {
      const levels = (mamNon: number) =>
        progress([
          { id: "staff", done: 13432, parts: { members: ["mn", "gdtx"], sums: ["done"] } },
          { id: "mn", category: "mam-non", done: mamNon },
          { id: "gdtx", category: "gdtx", done: 5066 },
        ]);
      expect(relationsOf(levels(8366))).to.deep.equal([]);
      // Two observations that differ only by category are not duplicates.
      expect(relationsOf(levels(5066))).to.deep.equal([
        "parts-total-mismatch error indicators[0].observations[0].parts",
      ]);
    });

    it("a part named by an id no figure has is a warning at that member", () => {
      const feed = ratio([
        { id: "total", numerator: 3, denominator: 4, parts: { members: ["a", "missing"] } },
        { id: "a", unit: "213", numerator: 1, denominator: 2 },
      ]);
      expect(relationsOf(feed)).to.deep.equal([
        "unknown-reference warning indicators[0].observations[0].parts.members[1]",
      ]);
      expect(messageOf(feed, "unknown-reference").vi).to.equal(
        'không có số liệu nào mang mã "missing"',
      );
    });

    it("two figures with one id: an error at the second", () => {
      const feed = ratio([
        { id: "same", numerator: 1, denominator: 2 },
        { id: "same", unit: "213", numerator: 1, denominator: 2 },
      ]);
      expect(relationsOf(feed)).to.deep.equal([
        "duplicate-id error indicators[0].observations[1].id",
      ]);
    });
  });

  describe("remaining and failed: printed remainders", () => {
    it("done + remaining = total passes (Bình Long's campaign: 40.896 − 12.855 = 28.041)", () => {
      const feed = feedWith({
        kind: "funnel",
        stages: [
          { id: "collected", label: "Đã thu nhận" },
          { id: "activated", label: "Đã kích hoạt" },
        ],
        observations: [
          { stages: { activated: { value: 12855, target: 40896, remaining: 28041 } } },
        ],
      });
      expect(relationsOf(feed)).to.deep.equal([]);
    });

    it("a remainder that does not close the sum is an error showing the sum (Bình Long BL-09)", () => {
      const feed = progress([{ done: 6373, total: 11020, remaining: 4774 }]);
      expect(relationsOf(feed)).to.deep.equal([
        "remainder-mismatch error indicators[0].observations[0].remaining",
      ]);
      expect(messageOf(feed, "remainder-mismatch")).to.deep.equal({
        vi: "số đã làm 6.373 + số còn lại 4.774 = 11.147, khác tổng 11.020",
        en: "done 6,373 + remaining 4,774 = 11,147, not the total 11,020",
      });
    });

    it("done + failed + remaining: Bắc Giang's missing fields are one short (BG-15)", () => {
      const ok = progress([{ done: 563, failed: 16652, remaining: 171, total: 17386 }]);
      expect(relationsOf(ok)).to.deep.equal([]);
      const feed = progress([{ done: 563, failed: 16652, remaining: 170, total: 17386 }]);
      expect(relationsOf(feed)).to.deep.equal([
        "remainder-mismatch error indicators[0].observations[0].remaining",
      ]);
    });
  });

  describe("change: a printed change between periods", () => {
    it("a count change that agrees with the printed previous figure passes; one that does not is an error", () => {
      const withPrevious = (value: number) =>
        ratio([
          {
            numerator: 758,
            denominator: 759,
            previous: { numerator: 700, denominator: 720 },
            change: { of: "numerator", value },
          },
        ]);
      expect(relationsOf(withPrevious(58))).to.deep.equal([]);
      const feed = withPrevious(961);
      expect(relationsOf(feed)).to.deep.equal([
        "change-mismatch error indicators[0].observations[0].change.value",
      ]);
      expect(messageOf(feed, "change-mismatch").vi).to.equal(
        "mức thay đổi in là +961, nhưng từ 700 lên 758 là +58",
      );
    });

    it("without an earlier figure, a change that makes it negative is an error (Quảng Ngãi QN-02: 758 after 'tăng 961')", () => {
      const feed = ratio([
        { numerator: 758, statedRate: 99.87, change: { of: "numerator", value: 961 } },
      ]);
      expect(relationsOf(feed)).to.deep.equal([
        "change-mismatch error indicators[0].observations[0].change.value",
      ]);
      expect(messageOf(feed, "change-mismatch").en).to.equal(
        "a change of +961 makes the earlier figure -203 (now 758): not possible",
      );
      const possible = ratio([{ numerator: 758, change: { of: "numerator", value: 58 } }]);
      expect(relationsOf(possible)).to.deep.equal([]);
    });

    it("a change from another figure by id, in points, or ambiguous '%' read either way", () => {
      const rates = (change: Record<string, unknown>) =>
        progress([
          { id: "june", period: { start: "2023-06-01", end: "2023-06-30" }, done: 50, total: 100 },
          { done: 51.86, total: 100, change: { of: "rate", from: "june", ...change } },
        ]);
      expect(relationsOf(rates({ value: 1.86, unit: "points" }))).to.deep.equal([]);
      expect(relationsOf(rates({ value: 3.72, ambiguous: true }))).to.deep.equal([]); // 1,86 / 50 = 3,72 %
      const feed = rates({ value: 2.5, unit: "points" });
      expect(relationsOf(feed)).to.deep.equal([
        "change-mismatch error indicators[0].observations[1].change.value",
      ]);
      expect(messageOf(feed, "change-mismatch").vi).to.equal(
        "mức thay đổi in là +2,5 điểm %, nhưng từ 50 % lên 51,86 % là +1,86 điểm %",
      );
    });

    it("a group's change must be the sum of its members' changes (Quảng Ngãi QN-01)", () => {
      const group = (groupChange: number) =>
        ratio(
          [
            {
              id: "police",
              numerator: 300,
              change: { of: "numerator", value: groupChange },
              parts: { members: ["p1", "p2"], sums: ["numerator", "change.value"] },
            },
            { id: "p1", service: "p1", numerator: 100, change: { of: "numerator", value: 10 } },
            { id: "p2", service: "p2", numerator: 200, change: { of: "numerator", value: 30 } },
          ],
          ["p1", "p2"],
        );
      expect(relationsOf(group(40))).to.deep.equal([]);
      const feed = group(35);
      expect(relationsOf(feed)).to.deep.equal([
        "parts-total-mismatch error indicators[0].observations[0].parts",
      ]);
      expect(messageOf(feed, "parts-total-mismatch").en).to.equal(
        "the 2 parts add up to change 40, not the total 35",
      );
    });
  });

  describe("targets", () => {
    const campaign = (collectedTarget: number, activated = 12855) =>
      feedWith({
        kind: "funnel",
        stages: [
          { id: "collected", label: "Đã thu nhận" },
          { id: "activated", label: "Đã kích hoạt" },
        ],
        observations: [
          {
            stages: {
              collected: { value: 20000, target: collectedTarget },
              activated: { value: activated, target: 40896 },
            },
          },
        ],
      });

    it("a later stage's target larger than an earlier one's is a warning (Bình Long BL-15); equal or smaller passes", () => {
      expect(relationsOf(campaign(40896))).to.deep.equal([]);
      const feed = campaign(27410);
      expect(relationsOf(feed)).to.deep.equal([
        "stage-target-grows warning indicators[0].observations[0].stages.activated.target",
      ]);
      expect(messageOf(feed, "stage-target-grows").vi).to.equal(
        "chỉ tiêu của giai đoạn activated (40.896) lớn hơn chỉ tiêu của giai đoạn trước collected (27.410)",
      );
    });

    it("a stage above its target is information, not an error (Nghệ An NA-04: 103,19 %)", () => {
      const feed = feedWith({
        kind: "funnel",
        stages: [
          { id: "collected", label: "Đã thu nhận" },
          { id: "approved", label: "Đã duyệt" },
        ],
        observations: [
          {
            quota: 1708473,
            stages: { collected: { value: 1763014 }, approved: { value: 1700000 } },
          },
        ],
      });
      expect(relationsOf(feed)).to.deep.equal([
        "over-target info indicators[0].observations[0].stages.collected.value",
      ]);
      expect(messageOf(feed, "over-target").vi).to.equal(
        "1.763.014 vượt chỉ tiêu 1.708.473 (103,19 %)",
      );
    });

    it("a rate printed on a row marked not applicable is a warning (Bình Long BL-08); the row without one passes", () => {
      expect(relationsOf(ratio([{ unit: "70", notApplicable: true }]))).to.deep.equal([]);
      expect(relationsOf(ratio([{ notApplicable: true, statedRate: 0 }]))).to.deep.equal([
        "rate-not-applicable warning indicators[0].observations[0].statedRate",
      ]);
    });
  });

  describe("printed: the form the report printed", () => {
    const printedRate = (
      statedRate: number | undefined,
      printed: Record<string, string>,
      counts = {},
    ) => ratio([{ ...counts, ...(statedRate == null ? {} : { statedRate }), printed }]);

    it("a rate and counts written the Vietnamese way pass", () => {
      const feed = printedRate(
        85.29,
        { statedRate: "85,29%", numerator: "36.100", denominator: "42.328" },
        { numerator: 36100, denominator: 42328 },
      );
      expect(relationsOf(feed)).to.deep.equal([]);
    });

    it("a decimal point is a warning that says the Vietnamese way (Nghệ An NA-03: “103.2%”)", () => {
      const feed = printedRate(103.2, { statedRate: "103.2%" });
      expect(relationsOf(feed)).to.deep.equal([
        "printed-form warning indicators[0].observations[0].printed.statedRate",
      ]);
      expect(messageOf(feed, "printed-form").vi).to.equal(
        "“103.2%” không viết theo cách Việt Nam (dấu phẩy thập phân, dấu chấm hàng nghìn): 103,2 %",
      );
      // Thousands with commas, in a count.
      expect(
        relationsOf(ratio([{ numerator: 1763014, printed: { numerator: "1,763,014" } }])),
      ).to.deep.equal(["printed-form warning indicators[0].observations[0].printed.numerator"]);
    });

    it("a printed text that is no number: a warning (Đắk Nông DN-02: “85/98%”), “#DIV/0!” only information", () => {
      expect(
        relationsOf(
          printedRate(
            undefined,
            { statedRate: "85/98%" },
            { numerator: 12066, denominator: 14034 },
          ),
        ),
      ).to.deep.equal([
        "printed-unreadable warning indicators[0].observations[0].printed.statedRate",
      ]);
      expect(
        relationsOf(
          printedRate(undefined, { statedRate: "#DIV/0!" }, { numerator: 0, denominator: 0 }),
        ),
      ).to.deep.equal(["printed-unreadable info indicators[0].observations[0].printed.statedRate"]);
    });

    it("a printed text that reads as another number than the feed's is a transcription error", () => {
      const feed = printedRate(85.29, { statedRate: "82,59%" });
      expect(relationsOf(feed)).to.deep.equal([
        "printed-mismatch error indicators[0].observations[0].printed.statedRate",
      ]);
      expect(messageOf(feed, "printed-mismatch").en).to.equal(
        "the report prints “82,59%” but the feed says rate 85.29%",
      );
    });

    it("the printed decimals set the tolerance: “100,00%” for 1.699 / 1.700 is a mismatch, “100%” is not", () => {
      const counts = { numerator: 1699, denominator: 1700 }; // 99,94 %
      const codes = (json: unknown) =>
        checkConsistency(feedOf(json)).map((w) => `${w.code} ${w.path}`);
      expect(codes(printedRate(100, { statedRate: "100%" }, counts))).to.deep.equal([]);
      const feed = printedRate(100, { statedRate: "100,00%" }, counts);
      expect(codes(feed)).to.deep.equal(["rate-mismatch indicators[0].observations[0].statedRate"]);
      expect(messageOf(feed, "rate-mismatch").vi).to.equal(
        "tỷ lệ in “100,00%” khác với tử số / mẫu số = 99,94 % ở độ chính xác đã in",
      );
    });

    it("a document number or date left blank is a warning (Bắc Giang BG-20: “/BC-TCTTKĐA”, no date)", () => {
      const feed = {
        ...ratio([{ numerator: 1, denominator: 2 }]),
        source: { docNumber: "/BC-TCTTKĐA", date: null },
      };
      expect(relationsOf(feed)).to.deep.equal([
        "source-blank warning source.docNumber",
        "source-blank warning source.date",
      ]);
      const [warning] = checkConsistency(feedOf(feed));
      expect(warning!.indicator).to.equal(null);
      expect(warning!.message.vi).to.equal("số văn bản để trống (“/BC-TCTTKĐA”)");
      const complete = {
        ...ratio([{ numerator: 1, denominator: 2 }]),
        source: { docNumber: "552/BC-TCT", date: "2023-07-26" },
      };
      expect(relationsOf(complete)).to.deep.equal([]);
    });
  });
});
