import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { clone } from "./support/guard.js";
import { checkConsistency } from "../src/data/consistency.js";
import { parseFeed } from "../src/data/parse.js";
import type { IndicatorFeed, RatioIndicator, RatioObservation } from "../src/data/schema.js";
import {
  Crosswalk,
  CrosswalkError,
  convertFeed,
  parseCrosswalk,
  seriesAcrossReform,
} from "../src/data/crosswalk/index.js";
import { trendChange, trendSeries } from "../src/data/history.js";
import type {
  ConversionTarget,
  CrosswalkDocument,
  FeedConversion,
} from "../src/data/crosswalk/index.js";
import sample from "../fixtures/crosswalk/crosswalk-2023-2025-sample.json";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import reformHistory from "../fixtures/history/reform-bac-ninh.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";

const table = Crosswalk.from(sample);

const TO_2025_PROVINCES: ConversionTarget = { vintage: "2025", level: "province" };
const DISTRICTS_TO_2025_PROVINCES: ConversionTarget = { ...TO_2025_PROVINCES, from: "district" };
const TO_2025_COMMUNES: ConversionTarget = { vintage: "2025", level: "commune" };
const TO_2023_DISTRICTS: ConversionTarget = { vintage: "2023", level: "district" };

function feedOf(json: unknown): IndicatorFeed {
  const result = parseFeed(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.feed;
}

/** A minimal valid feed around these indicators. */
function feedWith(
  vintage: string,
  publisher: string,
  indicators: unknown[],
  extra: Record<string, unknown> = {},
): IndicatorFeed {
  return feedOf({
    schemaVersion: "1.0",
    id: "test-feed",
    publisher: { name: "Tổ công tác thử", unitCode: publisher },
    period: { start: "2023-01-16", end: "2023-02-15", label: "16/01–15/02/2023" },
    generatedAt: "2023-02-20T17:00:00+07:00",
    unitVintage: vintage,
    indicators,
    ...extra,
  });
}

/** A feed of ratio figures (`[unit, numerator, denominator]` or observations). */
function ratioFeed(
  vintage: string,
  publisher: string,
  observations: (RatioObservation | [string, number, number])[],
): IndicatorFeed {
  return feedWith(vintage, publisher, [
    {
      id: "dvc",
      kind: "ratio",
      label: "Tỷ lệ hồ sơ trực tuyến",
      observations: observations.map((o) =>
        Array.isArray(o) ? { unit: o[0], numerator: o[1], denominator: o[2] } : o,
      ),
    },
  ]);
}

/** The converted feed must be one `parseFeed` accepts and whose units are all registered. */
function expectValid(conversion: FeedConversion): IndicatorFeed {
  const feed = feedOf(clone(conversion.feed));
  const unknown = checkConsistency(feed).filter((w) => w.code === "unknown-unit");
  expect(unknown, "every unit of the converted feed is in its registry").to.deep.equal([]);
  return feed;
}

const observationOf = (feed: IndicatorFeed, indicator: number, unit: string, service?: string) =>
  (feed.indicators[indicator] as { observations: RatioObservation[] }).observations.find(
    (o) => o.unit === unit && (o.service ?? null) === (service ?? null),
  );

/** The 10 districts of Bắc Giang (24) in the 2023 list, as in the seed feed. */
const BAC_GIANG_DISTRICTS = ["213", "215", "216", "217", "218", "219", "220", "221", "222", "223"];

/**
 * Illustrative figures for the 8 districts of former Bắc Ninh (27) — NOT from any report, made up
 * for this test so that a complete 2025 Bắc Ninh can be summed. [code, numerator, denominator].
 */
const BAC_NINH_DISTRICTS: [string, number, number][] = [
  ["256", 3120, 3400],
  ["258", 1480, 1750],
  ["259", 1660, 1900],
  ["260", 1215, 1500],
  ["261", 2030, 2200],
  ["262", 1390, 1600],
  ["263", 870, 1000],
  ["264", 735, 900],
];

/** Bắc Giang's feed with Bắc Ninh's districts added to `dvc-online-district` (indicators[1]). */
function bacGiangWithBacNinh(change?: (observations: RatioObservation[]) => void): IndicatorFeed {
  const json = clone(bacGiang) as { indicators: { observations: RatioObservation[] }[] };
  const observations = json.indicators[1].observations;
  for (const [unit, numerator, denominator] of BAC_NINH_DISTRICTS)
    observations.push({ unit, numerator, denominator });
  change?.(observations);
  return feedOf(json);
}

describe("convertFeed: Bắc Giang's 2023 districts → the 2025 province Bắc Ninh (24)", () => {
  it("convertFeed(Bắc Giang, districts → 2025 province) refuses Bắc Ninh 24: former Bắc Ninh (27) is missing", () => {
    const conversion = convertFeed(feedOf(bacGiang), table, DISTRICTS_TO_2025_PROVINCES);
    const feed = expectValid(conversion);
    const district = conversion.report.indicators.find(
      (i) => i.indicator === "dvc-online-district",
    )!;

    expect(district.converted).to.deep.equal([]);
    expect(district.refused).to.have.length(1);
    const [refused] = district.refused;
    expect(refused.unit).to.equal("24");
    expect(refused.name).to.equal("Tỉnh Bắc Ninh");
    expect(refused.reasons.map((r) => r.code)).to.deep.equal(["missing-source"]);
    expect(refused.reasons[0].units).to.deep.equal(BAC_NINH_DISTRICTS.map(([code]) => code));
    expect(refused.reasons[0].message.vi).to.equal(
      "thiếu số liệu của: Tỉnh Bắc Ninh (27) (cả 8 huyện)",
    );
    expect(refused.reasons[0].message.en).to.equal(
      "no figures for: Tỉnh Bắc Ninh (27) (all 8 districts)",
    );

    // The publisher's province total (no `unit`) is another level: dropped, and said so.
    expect(district.dropped.map((d) => `${d.path} ${d.unit} ${d.reason.code}`)).to.deep.equal([
      "indicators[1].observations[0] 24 other-level",
    ]);

    // In the feed: no number for 24, the reason in the note, the 2025 vintage and names.
    const observation = observationOf(feed, 1, "24")!;
    expect(observation.numerator).to.equal(undefined);
    expect(observation.noData).to.equal(true);
    expect((observation.note as { vi: string }).vi).to.equal(
      "Không quy đổi được sang danh mục 2025 — thiếu số liệu của: Tỉnh Bắc Ninh (27) (cả 8 huyện).",
    );
    expect(feed.unitVintage).to.equal("2025");
    expect(feed.units).to.deep.equal([
      { code: "24", name: "Tỉnh Bắc Ninh", level: "province", parent: "VN" },
    ]);
    expect((feed.indicators[1].note as { en: string }).en).to.match(
      /^Figures converted from 2023 district level to 2025 province level with the crosswalk \(Nguồn: Cục Thống kê/,
    );
  });

  it("convertFeed(Bắc Giang + illustrative Bắc Ninh districts) sums all 18 districts into 24, checked by hand", () => {
    const conversion = convertFeed(bacGiangWithBacNinh(), table, DISTRICTS_TO_2025_PROVINCES);
    const feed = expectValid(conversion);
    const [converted] = conversion.report.indicators[1].converted;

    // Bắc Giang (Phụ lục II): 2341 + 2331 + 1346 + 1339 + 3182 + 1758 + 2254 + 2632 + 1707 + 2840
    //   = 21730 online of 2510 + 2772 + 1438 + 1516 + 3517 + 1964 + 2717 + 2857 + 2117 + 3102
    //   = 24510 (the same as the report's province total);
    // Bắc Ninh (illustrative): 3120 + 1480 + 1660 + 1215 + 2030 + 1390 + 870 + 735 = 12500
    //   of 3400 + 1750 + 1900 + 1500 + 2200 + 1600 + 1000 + 900 = 14250;
    // 2025 Bắc Ninh: 21730 + 12500 = 34230 of 24510 + 14250 = 38760 → 88,3127 %.
    expect(converted.unit).to.equal("24");
    expect(converted.method).to.equal("summed");
    expect(converted.figures).to.deep.equal({ numerator: 34230, denominator: 38760 });
    expect(converted.rate).to.be.closeTo(88.3127, 0.0001);
    expect(converted.sources.map((s) => s.unit)).to.deep.equal([
      ...BAC_GIANG_DISTRICTS,
      ...BAC_NINH_DISTRICTS.map(([code]) => code),
    ]);
    expect(converted.sources[0]).to.deep.equal({
      unit: "213",
      name: "Thành phố Bắc Giang",
      path: "indicators[1].observations[1]",
      figures: { numerator: 2341, denominator: 2510 },
    });

    const observation = observationOf(feed, 1, "24")!;
    expect(observation.numerator).to.equal(34230);
    expect(observation.denominator).to.equal(38760);
    // Bắc Giang's districts printed rates (93,27 % …): they were theirs, not the new province's.
    expect(observation.statedRate).to.equal(undefined);
    expect(converted.notCarried.map((n) => n.field)).to.deep.equal(["statedRate"]);
    expect((observation.note as { vi: string }).vi).to.match(
      /^Quy đổi: tổng của 18 đơn vị \(danh mục 2023\): Thành phố Bắc Giang \(213\), Huyện Yên Thế \(215\),.* và 10 đơn vị khác$/,
    );
  });

  it("convertFeed refuses 24 when one Bắc Ninh district is noData, naming it — a missing figure is not zero", () => {
    const feedWithGap = bacGiangWithBacNinh((observations) => {
      const thuanThanh = observations.find((o) => o.unit === "262")!;
      delete thuanThanh.numerator;
      delete thuanThanh.denominator;
      thuanThanh.noData = true;
    });
    const conversion = convertFeed(feedWithGap, table, DISTRICTS_TO_2025_PROVINCES);
    expectValid(conversion);
    const { converted, refused } = conversion.report.indicators[1];
    expect(converted).to.deep.equal([]);
    expect(refused[0].reasons).to.deep.equal([
      {
        code: "no-data-source",
        units: ["262"],
        message: {
          vi: "báo cáo ghi không có số liệu ở: Thị xã Thuận Thành (262)",
          en: "reported as no data in: Thị xã Thuận Thành (262)",
        },
      },
    ]);
  });

  it("convertFeed refuses a sum with a notApplicable or rate-only district, and adds a 0/0 district as a reported zero", () => {
    const notApplicable = bacGiangWithBacNinh((observations) => {
      Object.assign(
        observations.find((o) => o.unit === "263")!,
        {
          numerator: null,
          denominator: null,
          notApplicable: true,
        },
      );
      Object.assign(
        observations.find((o) => o.unit === "264")!,
        {
          numerator: undefined,
          denominator: undefined,
          statedRate: 81.67,
        },
      );
    });
    const refused = convertFeed(notApplicable, table, DISTRICTS_TO_2025_PROVINCES).report
      .indicators[1].refused[0];
    expect(refused.reasons.map((r) => `${r.code} ${r.units.join(",")}`)).to.deep.equal([
      "not-applicable-source 263",
      "rate-only-source 264",
    ]);

    const zero = bacGiangWithBacNinh((observations) => {
      Object.assign(
        observations.find((o) => o.unit === "263")!,
        { numerator: 0, denominator: 0 },
      );
    });
    const [converted] = convertFeed(zero, table, DISTRICTS_TO_2025_PROVINCES).report.indicators[1]
      .converted;
    // 34230 − 870 = 33360 of 38760 − 1000 = 37760: Gia Bình's 0 of 0 adds nothing, and is said.
    expect(converted.figures).to.deep.equal({ numerator: 33360, denominator: 37760 });
    expect(converted.cautions.map((c) => `${c.code} ${c.units.join(",")}`)).to.deep.equal([
      "zero-denominator-source 263",
    ]);
  });
});

describe("convertFeed: all 63 provinces → the 34 of 2025", () => {
  const oldProvinces = Object.keys(sample.provinces).sort();

  /**
   * A synthetic feed (made-up figures) for every 2023 province, deterministic from its code n:
   * all services n·100 online of n·200 + 1000; service `khai-sinh` n of 2n + 10; progress
   * `lam-sach` n done of 100. Each figure also prints its rate, as reports do.
   */
  function nationalFeed(): IndicatorFeed {
    const rounded = (value: number) => Math.round(value * 100) / 100;
    const ratio = (unit: string, numerator: number, denominator: number, service?: string) => ({
      unit,
      ...(service ? { service } : {}),
      numerator,
      denominator,
      statedRate: rounded((100 * numerator) / denominator),
    });
    return feedWith(
      "2023",
      "VN",
      [
        {
          id: "dvc",
          kind: "ratio",
          label: "Tỷ lệ hồ sơ trực tuyến",
          observations: oldProvinces.flatMap((code) => {
            const n = Number(code);
            return [ratio(code, n * 100, n * 200 + 1000), ratio(code, n, 2 * n + 10, "khai-sinh")];
          }),
        },
        {
          id: "lam-sach",
          kind: "progress",
          label: "Làm sạch dữ liệu",
          observations: oldProvinces.map((code) => ({
            unit: code,
            done: Number(code),
            total: 100,
          })),
        },
      ],
      { services: [{ id: "khai-sinh", name: "Đăng ký khai sinh" }] },
    );
  }

  it("convertFeed(63 provinces) gives all 34 provinces of 2025, with Bắc Ninh 24 and Lâm Đồng 68 checked by hand", () => {
    expect(oldProvinces).to.have.length(63);
    const conversion = convertFeed(nationalFeed(), table, TO_2025_PROVINCES);
    const feed = expectValid(conversion);
    const [dvc, progress] = conversion.report.indicators;

    expect(dvc.refused).to.deep.equal([]);
    expect(dvc.dropped).to.deep.equal([]);
    const allServices = dvc.converted.filter((c) => c.service === null);
    expect(allServices.map((c) => c.unit)).to.deep.equal(Object.keys(sample.newProvinces).sort());
    expect(allServices).to.have.length(34);
    expect(feed.units!.map((u) => u.code)).to.deep.equal(Object.keys(sample.newProvinces).sort());

    const of = (unit: string, service: string | null = null) =>
      dvc.converted.find((c) => c.unit === unit && c.service === service)!;
    // Bắc Ninh 24 = Bắc Giang 24 + Bắc Ninh 27:
    //   (24·100 = 2400) + (27·100 = 2700) = 5100 of (24·200 + 1000 = 5800) + (27·200 + 1000 = 6400) = 12200.
    expect(of("24").figures).to.deep.equal({ numerator: 5100, denominator: 12200 });
    expect(of("24").sources.map((s) => s.unit)).to.deep.equal(["24", "27"]);
    // Lâm Đồng 68 = Bình Thuận 60 + Đắk Nông 67 + Lâm Đồng 68:
    //   6000 + 6700 + 6800 = 19500 of 13000 + 14400 + 14600 = 42000 → 46,43 %.
    expect(of("68").figures).to.deep.equal({ numerator: 19500, denominator: 42000 });
    expect(of("68").sources.map((s) => `${s.unit} ${s.name}`)).to.deep.equal([
      "60 Tỉnh Bình Thuận",
      "67 Tỉnh Đắk Nông",
      "68 Tỉnh Lâm Đồng",
    ]);
    expect(of("68").rate).to.be.closeTo(46.4286, 0.0001);
    // TP Hồ Chí Minh 79 = Bình Dương 74 + Bà Rịa – Vũng Tàu 77 + TP HCM 79:
    //   7400 + 7700 + 7900 = 23000 of 15800 + 16400 + 16800 = 49000.
    expect(of("79").figures).to.deep.equal({ numerator: 23000, denominator: 49000 });
    // Per service, the same way: khai-sinh in 24 = (24 + 27 = 51) of (58 + 64 = 122).
    expect(of("24", "khai-sinh").figures).to.deep.equal({ numerator: 51, denominator: 122 });
    expect(observationOf(feed, 0, "24", "khai-sinh")!.numerator).to.equal(51);
    // Progress is summed too: 24 + 27 = 51 done of 100 + 100 = 200.
    expect(progress.converted.find((c) => c.unit === "24")!.figures).to.deep.equal({
      done: 51,
      total: 200,
    });

    // Merged: printed rates are not carried. Hà Nội (01) went alone into 01: carried whole.
    expect(observationOf(feed, 0, "24")!.statedRate).to.equal(undefined);
    expect(of("01").method).to.equal("copied");
    expect(observationOf(feed, 0, "01")).to.deep.equal({
      unit: "01",
      numerator: 100,
      denominator: 1200,
      statedRate: 8.33,
    });
  });

  it("convertFeed recomputes a merged rate from the sums: 90/100 and 10/1000 give 9,09 %, not the 45,5 % average", () => {
    const feed = ratioFeed("2023", "24", [
      { unit: "24", numerator: 90, denominator: 100, statedRate: 90 },
      { unit: "27", numerator: 10, denominator: 1000, statedRate: 1 },
    ]);
    const conversion = convertFeed(feed, table, TO_2025_PROVINCES);
    const [converted] = conversion.report.indicators[0].converted;
    // (90 + 10) / (100 + 1000) = 100 / 1100 = 9,0909 %; the mean of 90 % and 1 % is 45,5 %.
    expect(converted.figures).to.deep.equal({ numerator: 100, denominator: 1100 });
    expect(converted.rate).to.be.closeTo(9.0909, 0.0001);
    const observation = observationOf(expectValid(conversion), 0, "24")!;
    expect([observation.numerator, observation.denominator, observation.statedRate]).to.deep.equal([
      100,
      1100,
      undefined,
    ]);
  });
});

describe("convertFeed: funnels", () => {
  it("convertFeed sums the funnel stages every source gives and reports the stage one lacks", () => {
    const feed = feedWith("2023", "24", [
      {
        id: "eid",
        kind: "funnel",
        label: "Định danh điện tử",
        stages: [
          { id: "collected", label: "Thu nhận" },
          { id: "activated", label: "Kích hoạt" },
        ],
        observations: [
          { stages: { collected: { value: 426462 }, activated: { value: 300000 } } },
          { unit: "27", stages: { collected: { value: 250000, statedRate: 80 } } },
        ],
      },
    ]);
    const conversion = convertFeed(feed, table, TO_2025_PROVINCES);
    const [converted] = conversion.report.indicators[0].converted;
    // collected: 426462 + 250000 = 676462; activated is missing in 27, so it is left out.
    expect(converted.figures).to.deep.equal({ "stages.collected": 676462 });
    expect(converted.notCarried.map((n) => n.field)).to.deep.equal([
      "stages.collected.statedRate",
      "stages.activated",
    ]);
    const result = expectValid(conversion);
    const funnel = result.indicators[0] as { observations: { stages: object }[] };
    expect(funnel.observations[0].stages).to.deep.equal({ collected: { value: 676462 } });
  });
});

describe("convertFeed: pre-reform communes → 2025 communes", () => {
  /** The 19 old communes of Hà Nội that went into the three communes Xã Cổ Bi was split among. */
  const coBiCluster = Object.keys(sample.communes).filter(
    (code) => sample.communes[code as keyof typeof sample.communes].province === "01",
  );

  it("convertFeed refuses every 2025 commune fed by a split: Xã Cổ Bi 00553 went into three", () => {
    expect(coBiCluster).to.have.length(19);
    const feed = ratioFeed(
      "2023",
      "01",
      coBiCluster.map((code, i) => [code, 10 + i, 20 + i] as [string, number, number]),
    );
    const conversion = convertFeed(feed, table, TO_2025_COMMUNES);
    const result = expectValid(conversion);
    const { converted, refused } = conversion.report.indicators[0];
    expect(converted).to.deep.equal([]);

    const phuDong = refused.find((r) => r.unit === "00541")!;
    expect(phuDong.name).to.equal("Xã Phù Đổng");
    expect(phuDong.reasons).to.deep.equal([
      {
        code: "split-source",
        units: ["00553", "00556"],
        message: {
          vi: "đơn vị cũ bị chia cho nhiều đơn vị mới, bảng chuyển đổi không cho tỷ lệ phân chia: Xã Cổ Bi (00553) → 00136, 00541, 00565; Xã Đặng Xá (00556) → 00541, 00562",
          en: "a former unit was split among several new units and the table gives no shares: Xã Cổ Bi (00553) → 00136, 00541, 00565; Xã Đặng Xá (00556) → 00541, 00562",
        },
      },
    ]);
    // Cổ Bi's other two communes are refused for it as well; none gets a number.
    for (const code of ["00136", "00565"])
      expect(refused.find((r) => r.unit === code)!.reasons[0].units).to.include("00553");
    for (const code of ["00136", "00541", "00565"]) {
      const observation = observationOf(result, 0, code)!;
      expect(observation.noData).to.equal(true);
      expect(observation.numerator).to.equal(undefined);
    }
    // Xã Bồ Đề 00118 also took communes the sample table does not describe: said, not guessed.
    expect(refused.find((r) => r.unit === "00118")!.reasons.map((r) => r.code)).to.deep.equal([
      "table-incomplete",
      "split-source",
    ]);
  });

  it("convertFeed sums whole communes (Xã Xuân Lương 07246 = 07243 + 07246 + 07249) and carries a 1:1 commune whole", () => {
    const feed = ratioFeed("2023", "24", [
      ["07243", 120, 150],
      ["07246", 95, 100],
      ["07249", 301, 400],
      { unit: "07663", numerator: 44, denominator: 50, statedRate: 88 },
    ]);
    const conversion = convertFeed(feed, table, TO_2025_COMMUNES);
    const result = expectValid(conversion);
    const [xuanLuong, tuanDao] = conversion.report.indicators[0].converted;
    // 120 + 95 + 301 = 516 of 150 + 100 + 400 = 650.
    expect([xuanLuong.unit, xuanLuong.method]).to.deep.equal(["07246", "summed"]);
    expect(xuanLuong.figures).to.deep.equal({ numerator: 516, denominator: 650 });
    // Xã Tuấn Đạo 07663 is the old Tuấn Đạo, whole and alone: the printed rate stays.
    expect([tuanDao.unit, tuanDao.method]).to.deep.equal(["07663", "copied"]);
    expect(observationOf(result, 0, "07663")!.statedRate).to.equal(88);
    expect(result.units!.map((u) => `${u.code} ${u.name} ${u.parent}`)).to.deep.equal([
      "24 Tỉnh Bắc Ninh VN",
      "07246 Xã Xuân Lương 24",
      "07663 Xã Tuấn Đạo 24",
    ]);
  });

  it("convertFeed refuses the 2025 communes a retired 2023 commune may have gone into", () => {
    // Phường Trần Nguyên Hãn 07204 (TP Bắc Giang 213) was merged before 2025; the table does not
    // say into which commune, so none of TP Bắc Giang's 2025 communes can be computed.
    const phuongBacGiang = ["07201", "07207", "07210", "07213", "07225", "07231", "07441"];
    const feed = ratioFeed("2023", "24", [
      ...phuongBacGiang.map((code) => [code, 10, 20] as [string, number, number]),
      ["07204", 10, 20],
      ["07243", 120, 150],
      ["07246", 95, 100],
      ["07249", 301, 400],
    ]);
    const report = convertFeed(feed, table, TO_2025_COMMUNES).report.indicators[0];
    expect(report.dropped.map((d) => `${d.unit} ${d.reason.code}`)).to.deep.equal([
      "07204 retired-unit",
    ]);
    expect(report.refused.map((r) => `${r.unit} ${r.reasons[0].code}`)).to.deep.equal([
      "07210 unplaced-retired-source",
    ]);
    expect(report.converted.map((c) => c.unit)).to.deep.equal(["07246"]);
  });
});

describe("convertFeed: 2025 communes → 2023 districts", () => {
  const communes2025 = Object.keys(sample.newCommunes).filter(
    (code) => sample.newCommunes[code as keyof typeof sample.newCommunes].province === "24",
  );
  /** Illustrative 2025 figures for the 99 communes of Bắc Ninh: n = code mod 1000, n of n + 100. */
  const feed2025 = () =>
    ratioFeed(
      "2025",
      "24",
      communes2025.map((code) => {
        const n = Number(code) % 1000;
        return [code, n, n + 100] as [string, number, number];
      }),
    );

  it("convertFeed sums the communes lying wholly in a district (Việt Yên 222) and refuses the districts they straddle", () => {
    expect(communes2025).to.have.length(99);
    const conversion = convertFeed(feed2025(), table, TO_2023_DISTRICTS);
    const result = expectValid(conversion);
    const { converted, refused } = conversion.report.indicators[0];

    // Việt Yên 222 = 07774 + 07777 + 07795 + 07798, all within it:
    //   774 + 777 + 795 + 798 = 3144 of 874 + 877 + 895 + 898 = 3544.
    const vietYen = converted.find((c) => c.unit === "222")!;
    expect(vietYen.sources.map((s) => s.unit)).to.deep.equal(["07774", "07777", "07795", "07798"]);
    expect(vietYen.figures).to.deep.equal({ numerator: 3144, denominator: 3544 });
    expect(observationOf(result, 0, "222")!.numerator).to.equal(3144);

    // TP Bắc Giang 213, Tân Yên 216 and Yên Dũng 221 share communes: none can be computed.
    expect(refused.map((r) => r.unit)).to.deep.equal(["213", "216", "221"]);
    expect(refused.find((r) => r.unit === "221")!.reasons[0]).to.deep.equal({
      code: "split-source",
      units: ["07696", "07699"],
      message: {
        vi: "xã mới chỉ nằm một phần trong đơn vị này, bảng chuyển đổi không cho tỷ lệ phân chia: Phường Tiền Phong (07696), phần còn lại thuộc 213; Phường Tân Tiến (07699), phần còn lại thuộc 213",
        en: "a new commune lies only partly in this unit and the table gives no shares: Phường Tiền Phong (07696), the rest is in 213; Phường Tân Tiến (07699), the rest is in 213",
      },
    });
    expect(converted.map((c) => c.unit)).to.have.length(15);
    // Yên Thế 215 had 2023 communes the source could not follow: computed, with the caution.
    expect(converted.find((c) => c.unit === "215")!.cautions.map((c) => c.code)).to.deep.equal([
      "unverified-coverage",
    ]);
    expect(result.units!.find((u) => u.code === "222")).to.deep.equal({
      code: "222",
      name: "Huyện Việt Yên",
      level: "district",
      parent: "24",
    });
  });

  it("convertFeed drops a 3-digit district code in a 2025 feed, and the province total of another level", () => {
    const feed = ratioFeed("2025", "24", [
      [communes2025[0], 5, 10],
      ["213", 2341, 2510],
      { numerator: 21730, denominator: 24510 },
    ]);
    const { dropped } = convertFeed(feed, table, TO_2023_DISTRICTS).report.indicators[0];
    expect(dropped.map((d) => `${d.path} ${d.unit} ${d.reason.code}`)).to.deep.equal([
      "indicators[0].observations[1] 213 district-in-2025",
      "indicators[0].observations[2] 24 other-level",
    ]);
    expect(dropped[0].reason.message.en).to.equal(
      'district code "213" does not exist in the 2025 list: there are no districts since 1 July 2025',
    );
  });
});

describe("convertFeed and parseCrosswalk: limits and errors", () => {
  const seeds = { bacGiang, binhLong, dakNong, ngheAn, quangNgai };
  const targets: ConversionTarget[] = [
    TO_2025_PROVINCES,
    DISTRICTS_TO_2025_PROVINCES,
    TO_2025_COMMUNES,
    TO_2023_DISTRICTS,
    { vintage: "2025", level: "district" },
  ];

  it("convertFeed never throws on the five seed feeds and always returns a valid feed", () => {
    for (const [name, json] of Object.entries(seeds))
      for (const target of targets) {
        const conversion = convertFeed(feedOf(json), table, target);
        expect(
          parseFeed(clone(conversion.feed)).ok,
          `${name} → ${JSON.stringify(target)}`,
        ).to.equal(true);
      }
    // Nghệ An (40) went alone into 40: every province figure is carried whole.
    const ngheAn2025 = convertFeed(feedOf(ngheAn), table, TO_2025_PROVINCES);
    expect(ngheAn2025.report.indicators.every((i) => i.refused.length === 0)).to.equal(true);
    expect(ngheAn2025.report.indicators[0].converted.every((c) => c.method === "copied")).to.equal(
      true,
    );
  });

  it("convertFeed says why a direction cannot be done, and returns a feed already in the target list as is", () => {
    const toDistricts2025 = convertFeed(feedOf(bacGiang), table, {
      vintage: "2025",
      level: "district",
    });
    expect(toDistricts2025.report.unsupported!.code).to.equal("unsupported-direction");
    expect(toDistricts2025.report.unsupported!.message.vi).to.match(
      /^không quy đổi được từ cấp xã \(2023\) sang cấp huyện \(2025\)/,
    );
    expect(
      toDistricts2025.feed.indicators
        .filter((i) => i.kind !== "status")
        .every((i) => "observations" in i && i.observations.length === 0),
    ).to.equal(true);

    const provinces2025To2023 = convertFeed(ratioFeed("2025", "24", [["24", 1, 2]]), table, {
      vintage: "2023",
      level: "province",
    });
    expect(provinces2025To2023.report.unsupported!.code).to.equal("unsupported-direction");

    const same = convertFeed(feedOf(bacGiang), table, { vintage: "2023", level: "district" });
    expect(same.report.unsupported!.code).to.equal("same-vintage");
    expect(same.feed.id).to.equal("bac-giang-2023-02");

    const provincesOnly = { ...(clone(sample) as Record<string, unknown>) };
    delete provincesOnly.districts;
    const lacking = convertFeed(
      feedOf(bacGiang),
      provincesOnly as unknown as CrosswalkDocument,
      DISTRICTS_TO_2025_PROVINCES,
    );
    expect(lacking.report.unsupported).to.deep.equal({
      code: "table-lacks-section",
      units: [],
      message: {
        vi: 'bảng chuyển đổi không có phần "districts" cần cho chiều quy đổi này',
        en: 'the crosswalk table has no "districts" section, which this direction needs',
      },
    });
  });

  it("parseCrosswalk(table) names the path of each problem; convertFeed throws a CrosswalkError for a raw malformed table", () => {
    const broken = clone(sample) as unknown as CrosswalkDocument;
    broken.communes!["00553"].new["00136"] = "whole";
    broken.provinces["27"].new = "99";
    delete (broken.districts!["221"] as { within?: string[] }).within;
    const result = parseCrosswalk(broken);
    expect(result.ok).to.equal(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => `${i.path}: ${i.message.en}`)).to.deep.equal([
      'provinces["27"].new: code "99" is not in the table',
      'districts["221"].within: required field missing',
      `communes["00553"].new["00136"]: "whole" must be the old commune's only link`,
    ]);
    expect(issues[0].message.vi).to.equal('mã "99" không có trong bảng');

    expect(() => convertFeed(feedOf(bacGiang), broken, TO_2025_PROVINCES)).to.throw(
      CrosswalkError,
      /provinces\["27"\]\.new: code "99" is not in the table/,
    );
    expect(parseCrosswalk("{ not json").ok).to.equal(false);
    expect(parseCrosswalk(sample).ok).to.equal(true);
  });
});

describe("seriesAcrossReform: one 2025 province's history across 1 July 2025", () => {
  const month = (m: string) => {
    const [y, mm] = m.split("-").map(Number) as [number, number];
    const end = new Date(Date.UTC(y, mm, 0)).getUTCDate();
    return { start: `${m}-01`, end: `${m}-${end}`, label: `Tháng ${mm}/${y}` };
  };
  /** `[month, unit, numerator, denominator, vintage, extra]` rows as one 1.1 history feed. */
  function historyFeed(
    rows: [string, string, number | null, number | null, string, Record<string, unknown>?][],
    indicator: Record<string, unknown> = {},
  ): IndicatorFeed {
    return feedOf({
      schemaVersion: "1.1",
      id: "history-test",
      publisher: { name: "Tổ công tác thử", unitCode: "VN" },
      period: { start: "2023-02-01", end: "2025-09-30", label: "02/2023 – 09/2025" },
      generatedAt: "2025-10-05T08:00:00+07:00",
      unitVintage: "2025",
      indicators: [
        {
          id: "dvc-online",
          kind: "ratio",
          label: "Tỷ lệ hồ sơ trực tuyến",
          cadence: "month",
          observations: rows.map(([m, unit, numerator, denominator, vintage, extra]) => ({
            unit,
            period: month(m),
            ...(numerator != null ? { numerator } : {}),
            ...(denominator != null ? { denominator } : {}),
            ...(vintage !== "2025" ? { unitVintage: vintage } : {}),
            ...extra,
          })),
          ...indicator,
        },
      ],
    });
  }
  // Bắc Giang's real figure of 02/2023 (Phụ lục I, Tổng số; fixtures/feeds/bac-giang-2023-02.json),
  // the rest made up for the test; the table is the real crosswalk (fixtures/crosswalk).
  const bgTotal = (bacGiang as { indicators: { observations: RatioObservation[] }[] })
    .indicators[0]!.observations[0]!;
  const rows: Parameters<typeof historyFeed>[0] = [
    ["2023-02", "24", bgTotal.numerator!, bgTotal.denominator!, "2023"],
    ["2025-05", "24", 30000, 40000, "2023"],
    ["2025-05", "27", 27000, 30000, "2023"],
    ["2025-06", "24", 34000, 40000, "2023"],
    ["2025-07", "24", 66000, 72000, "2025"],
    ["2025-08", "24", 67500, 72000, "2025"],
  ];

  it("seriesAcrossReform(24) sums Bắc Giang (24) and Bắc Ninh (27) per period, then takes Bắc Ninh 2025 as published", () => {
    const result = seriesAcrossReform(historyFeed(rows), table, {
      indicator: "dvc-online",
      unit: "24",
    });
    expect(result.problem).to.equal(null);
    expect(result.predecessors).to.deep.equal([
      { code: "24", name: "Tỉnh Bắc Giang" },
      { code: "27", name: "Tỉnh Bắc Ninh" },
    ]);
    expect(
      result.periods.map((p) => [p.period.start, p.method, p.vintage, p.vintageChange]),
    ).to.deep.equal([
      ["2023-02-01", "gap", "2023", false],
      ["2025-05-01", "summed", "2023", false],
      ["2025-06-01", "gap", "2023", false],
      ["2025-07-01", "reported", "2025", true],
      ["2025-08-01", "reported", "2025", false],
    ]);
    // 30.000 + 27.000 of 40.000 + 30.000: 81,43 %, not the 82,5 % average of 75 % and 90 %.
    const may = result.periods[1]!;
    expect(may.rate!.toFixed(2)).to.equal("81.43");
    expect(may.sources.map((s) => [s.unit, s.figures])).to.deep.equal([
      ["24", { numerator: 30000, denominator: 40000 }],
      ["27", { numerator: 27000, denominator: 30000 }],
    ]);
    // Bắc Ninh (27) reported neither 02/2023 nor 06/2025: those are gaps that say so, never
    // Bắc Giang's figure alone shown as the merged province's.
    for (const gap of [result.periods[0]!, result.periods[2]!]) {
      expect(gap.missing).to.deep.equal([{ code: "27", name: "Tỉnh Bắc Ninh" }]);
      expect(gap.reasons[0]!.code).to.equal("missing-source");
    }
    const feed = feedOf(result.feed); // a valid feed: parseFeed accepts it as it is
    const indicator = feed.indicators[0] as RatioIndicator;
    expect(indicator.observations[0]).to.include({ unit: "24", noData: true });
    expect(indicator.observations[0]!.note).to.deep.equal({
      vi: "Không cộng được: thiếu số liệu của: Tỉnh Bắc Ninh (27)",
      en: "Cannot be added up: no figures for: Tỉnh Bắc Ninh (27)",
    });
    expect(indicator.observations[1]).to.include({ numerator: 57000, denominator: 70000 });
    expect(indicator.observations[1]!.unitVintage).to.equal(undefined);
    expect(indicator.annotations).to.deep.equal([
      {
        start: "2025-07-01",
        kind: "reform",
        label: {
          vi: "Sắp xếp đơn vị hành chính: Tỉnh Bắc Giang (24), Tỉnh Bắc Ninh (27) → Tỉnh Bắc Ninh (24)",
          en: "Administrative reform: Tỉnh Bắc Giang (24), Tỉnh Bắc Ninh (27) → Tỉnh Bắc Ninh (24)",
        },
      },
    ]);
    // What the trend draws: the gap of June stays a gap (no point), the sum before the reform
    // and the province's own figures after it, and the latest change (08 vs 07/2025).
    const series = trendSeries(feed, indicator, { unit: "24" });
    const values = series.points.map((p) => [
      p.period.start,
      p.value == null ? null : +p.value.toFixed(2),
    ]);
    expect(values.slice(-4)).to.deep.equal([
      ["2025-05-01", 81.43],
      ["2025-06-01", null],
      ["2025-07-01", 91.67],
      ["2025-08-01", 93.75],
    ]);
    expect(trendChange(series).previousPoints!.toFixed(2)).to.equal("2.08");
  });

  it("seriesAcrossReform(…, { missing: 'partial' }) adds up who reported and labels the undercount", () => {
    const result = seriesAcrossReform(historyFeed(rows), table, {
      indicator: "dvc-online",
      unit: "24",
      missing: "partial",
    });
    const june = result.periods[2]!;
    expect(june.method).to.equal("partial");
    expect(june.rate!.toFixed(2)).to.equal("85.00");
    expect(june.missing.map((m) => m.code)).to.deep.equal(["27"]);
    const observation = (feedOf(result.feed).indicators[0] as RatioIndicator).observations[2]!;
    expect(observation).to.include({ numerator: 34000, denominator: 40000 });
    expect(observation.note).to.deep.equal({
      vi: "Một phần, thấp hơn thực tế: chỉ gồm Tỉnh Bắc Giang (24); thiếu số liệu của: Tỉnh Bắc Ninh (27)",
      en: "Partial, an undercount: only Tỉnh Bắc Giang (24); no figures for: Tỉnh Bắc Ninh (27)",
    });
  });

  it("seriesAcrossReform reads a code by its list: '24' of 2023 (Bắc Giang) is never the 2025 province's own figure", () => {
    // Only 2023-list figures for 24: none of them may pass for Bắc Ninh 2025.
    const result = seriesAcrossReform(
      historyFeed([
        ["2025-05", "24", 30000, 40000, "2023"],
        ["2025-05", "27", 27000, 30000, "2023"],
        ["2025-06", "24", 34000, 40000, "2023"],
      ]),
      table,
      { indicator: "dvc-online", unit: "24" },
    );
    expect(result.periods.map((p) => p.method)).to.deep.equal(["summed", "gap"]);
    expect(result.periods.every((p) => p.vintage === "2023")).to.equal(true);
  });

  it("seriesAcrossReform uses a predecessor's latest publication, and a figure restated for the 2025 area wins over the sum", () => {
    const result = seriesAcrossReform(
      historyFeed([
        ["2025-05", "24", 30000, 40000, "2023", { publishedOn: "2025-06-05" }],
        ["2025-05", "24", 31000, 40500, "2023", { publishedOn: "2025-07-04" }],
        ["2025-05", "27", 27000, 30000, "2023"],
        ["2025-06", "24", 34000, 40000, "2023"],
        ["2025-06", "27", 26000, 31000, "2023"],
        ["2025-06", "24", 61000, 71500, "2025", { publishedOn: "2025-08-01" }],
      ]),
      table,
      { indicator: "dvc-online", unit: "24" },
    );
    expect(result.periods[0]!.sources.map((s) => s.figures.numerator)).to.deep.equal([
      31000, 27000,
    ]);
    expect(result.periods[0]!.rate!.toFixed(2)).to.equal("82.27"); // 58.000 / 70.500
    expect(result.periods[1]).to.include({ method: "reported", vintage: "2025" });
    expect(result.periods[1]!.rate!.toFixed(2)).to.equal("85.31"); // 61.000 / 71.500
  });

  it("seriesAcrossReform makes a gap, with the reason, of a period where a predecessor prints a rate only or has no data", () => {
    const result = seriesAcrossReform(
      historyFeed([
        ["2025-05", "51", 900, 1000, "2023"],
        ["2025-05", "62", null, null, "2023", { statedRate: 80 }],
        ["2025-06", "51", 950, 1000, "2023"],
        ["2025-06", "62", null, null, "2023", { noData: true }],
      ]),
      table,
      { indicator: "dvc-online", unit: "51" },
    );
    expect(result.predecessors.map((p) => p.name)).to.deep.equal([
      "Tỉnh Quảng Ngãi",
      "Tỉnh Kon Tum",
    ]);
    expect(result.periods.map((p) => [p.method, p.reasons.map((r) => r.code)])).to.deep.equal([
      ["gap", ["rate-only-source"]],
      ["gap", ["no-data-source"]],
    ]);
    const notes = (feedOf(result.feed).indicators[0] as RatioIndicator).observations.map(
      (o) => o.note,
    );
    expect((notes[0] as { en: string }).en).to.match(/^Cannot be added up: .*Tỉnh Kon Tum \(62\)/);
  });

  it("seriesAcrossReform carries a province with one predecessor whole (Nghệ An 40), printed rate included", () => {
    const result = seriesAcrossReform(
      historyFeed([
        ["2025-06", "40", 62950, 80935, "2023", { statedRate: 78, qualifier: "nearly" }],
        ["2025-07", "40", 64000, 81000, "2025"],
      ]),
      table,
      { indicator: "dvc-online", unit: "40" },
    );
    expect(result.periods.map((p) => p.method)).to.deep.equal(["copied", "reported"]);
    const first = (feedOf(result.feed).indicators[0] as RatioIndicator).observations[0]!;
    expect(first).to.include({ numerator: 62950, statedRate: 78, qualifier: "nearly" });
    expect((first.note as { vi: string }).vi).to.equal(
      "Số liệu của Tỉnh Nghệ An (40) (danh mục 2023), cùng địa giới",
    );
  });

  it("seriesAcrossReform says what is wrong for an unknown 2025 province or indicator, and never throws", () => {
    const feed = historyFeed(rows);
    const unknownUnit = seriesAcrossReform(feed, table, { indicator: "dvc-online", unit: "27" });
    expect(unknownUnit.problem!.en).to.equal("the table has no 2025 province 27");
    expect(unknownUnit.periods).to.deep.equal([]);
    expect(feedOf(unknownUnit.feed).indicators[0]).to.have.property("observations").that.is.empty;
    const unknownIndicator = seriesAcrossReform(feed, table, { indicator: "eid", unit: "24" });
    expect(unknownIndicator.problem!.vi).to.contain('không có chỉ tiêu "eid"');
  });

  it("seriesAcrossReform(reform-bac-ninh.json) gives Bắc Ninh 24 one line from 01/2023: sums before the reform, gaps where either predecessor is missing", () => {
    const feed = feedOf(reformHistory);
    const result = seriesAcrossReform(feed, table, { indicator: "dvc-online", unit: "24" });
    const method = (start: string) => result.periods.find((p) => p.period.start === start)!;
    expect(result.periods).to.have.length(47); // 01/2023 … 11/2026, 2024-08 included (27 reported it)
    expect(method("2023-01-01").method).to.equal("summed");
    expect(method("2024-03-01")).to.deep.include({ method: "gap" });
    expect(method("2024-03-01").missing.map((m) => m.code)).to.deep.equal(["27"]);
    expect(method("2024-08-01").missing.map((m) => m.code)).to.deep.equal(["24"]);
    expect(method("2025-07-01")).to.deep.include({ method: "reported", vintageChange: true });
    // June 2023 was restated for Bắc Giang: the sum uses the later publication.
    const june = (reformHistory.indicators[0]!.observations as RatioObservation[]).filter(
      (o) => o.unit === undefined && o.period?.start === "2023-06-01",
    );
    expect(june).to.have.length(2);
    expect(method("2023-06-01").sources[0]!.figures.numerator).to.equal(june[1]!.numerator);
    // The real Bắc Giang figure of 02/2023 goes into the sum with old Bắc Ninh's: 24 of 2025 has
    // no figure of its own before the reform.
    expect(method("2023-02-01").sources.map((s) => [s.unit, s.figures.numerator])[0]).to.deep.equal(
      ["24", 36100],
    );
    // What a source says of itself stays with the sum: real beside illustrative, or illustrative.
    const notes = (result.feed.indicators[0] as RatioIndicator).observations.map(
      (o) => (o.note as { vi: string }).vi,
    );
    expect(notes[1]).to.equal(
      "Tổng của các tỉnh trước sắp xếp (danh mục 2023): Tỉnh Bắc Giang (24), Tỉnh Bắc Ninh (27). " +
        "Tỉnh Bắc Giang (24): Số liệu thật của báo cáo /BC-TCTTKĐA (kỳ báo cáo 16/01/2023–15/02/2023, " +
        "xếp vào tháng 02/2023 của chuỗi); Tỉnh Bắc Ninh (27): Dữ liệu minh họa",
    );
    expect(notes[0]).to.match(/\(27\)\. Dữ liệu minh họa$/);
    const series = trendSeries(result.feed, result.feed.indicators[0] as RatioIndicator, {
      unit: "24",
    });
    expect(series.points.filter((p) => p.value == null).map((p) => p.period.start)).to.deep.equal([
      "2024-03-01",
      "2024-08-01",
    ]);
  });
});
