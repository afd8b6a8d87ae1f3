import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { clone } from "./support/guard.js";
import { formatIssues, parseFeed } from "../src/data/parse.js";
import type { FeedIssue } from "../src/data/parse.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

function issuesOf(input: unknown): FeedIssue[] {
  const result = parseFeed(input);
  expect(result.ok, "the feed should be rejected").to.equal(false);
  return result.ok ? [] : result.issues;
}

/** The first ratio observation of a copy of the Bắc Giang feed, to break on purpose. */
function brokenObservation(change: (observation: Record<string, unknown>) => void): unknown {
  const feed = clone(bacGiang) as {
    indicators: { kind: string; observations?: Record<string, unknown>[] }[];
  };
  const ratio = feed.indicators.find((indicator) => indicator.kind === "ratio")!;
  change(ratio.observations![0]!);
  return feed;
}

describe("parseFeed", () => {
  it("parseFeed(json) accepts a real seed feed given as text or as an object", () => {
    expect(parseFeed(JSON.stringify(bacGiang)).ok).to.equal(true);
    expect(parseFeed(ngheAn).ok).to.equal(true);
  });

  it("parseFeed(json) rejects a count printed the Vietnamese way with its path, in vi and en", () => {
    const [issue] = issuesOf(brokenObservation((o) => (o.numerator = "12,5")));
    expect(issue!.path).to.equal("indicators[0].observations[0].numerator");
    expect(issue!.message.en).to.equal('expected a number, got "12,5"; write 12.5, not "12,5"');
    expect(issue!.message.vi).to.equal(
      'cần một số, nhận được "12,5"; viết 12.5, không viết "12,5"',
    );
  });

  it("parseFeed(json) rejects a negative numerator with its path", () => {
    const [issue] = issuesOf(brokenObservation((o) => (o.numerator = -5)));
    expect(issue!.path).to.equal("indicators[0].observations[0].numerator");
    expect(issue!.message.en).to.equal("expected a number ≥ 0, got -5");
  });

  it("parseFeed(json) rejects NaN and Infinity smuggled in as strings", () => {
    const issues = issuesOf(
      brokenObservation((o) => {
        o.numerator = "NaN";
        o.denominator = "Infinity";
      }),
    );
    expect(issues.map((issue) => issue.message.en)).to.deep.equal([
      'expected a number, got "NaN"; use null when there is no figure',
      'expected a number, got "Infinity"; use null when there is no figure',
    ]);
  });

  it("parseFeed(text) says a number beyond double range (1e400) is too large, at its path", () => {
    const text = JSON.stringify(
      brokenObservation((o) => {
        o.numerator = "HUGE";
        o.statedRate = "TINY";
      }),
    )
      .replace('"HUGE"', "1e400")
      .replace('"TINY"', "-1e400");
    const issues = issuesOf(text);
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      "indicators[0].observations[0].numerator",
      "indicators[0].observations[0].statedRate",
    ]);
    expect(issues[0]!.message).to.deep.equal({
      vi: "số quá lớn (vượt 1,8 × 10³⁰⁸)",
      en: "number too large (beyond 1.8 × 10³⁰⁸)",
    });
    expect(issues[1]!.message.en).to.match(/^number too large \(negative, /);
    expect(issues[1]!.message.vi).to.match(/^số âm quá lớn/);
  });

  it("parseFeed(json) rejects a fractional count", () => {
    const [issue] = issuesOf(brokenObservation((o) => (o.denominator = 42328.5)));
    expect(issue!.message.en).to.equal("expected a whole number, got 42328.5");
  });

  it("parseFeed(json) names an unknown indicator kind and the kinds it supports", () => {
    const feed = clone(bacGiang) as { indicators: { kind: string }[] };
    feed.indicators[0]!.kind = "gauge";
    const [issue] = issuesOf(feed);
    expect(issue!.path).to.equal("indicators[0].kind");
    expect(issue!.message.en).to.contain(
      'unsupported kind; expected one of "ratio", "funnel", "status", "progress"',
    );
  });

  it("parseFeed(json) reports a misspelt field instead of ignoring it", () => {
    const [issue] = issuesOf(brokenObservation((o) => (o.numerater = 1)));
    expect(issue!.path).to.equal("indicators[0].observations[0]");
    expect(issue!.message.en).to.equal('unknown field(s): "numerater"');
  });

  it("parseFeed(json) reports a missing required field and a wrong date format", () => {
    const feed = clone(bacGiang) as Record<string, unknown> & { period: { start: string } };
    delete feed.generatedAt;
    feed.period.start = "16/01/2023";
    const issues = issuesOf(feed);
    expect(formatIssues(issues, "en")).to.contain("generatedAt: required field is missing");
    expect(formatIssues(issues, "en")).to.contain(
      'period.start: expected a date YYYY-MM-DD, got "16/01/2023"',
    );
    expect(formatIssues(issues, "vi")).to.contain("generatedAt: thiếu trường bắt buộc");
  });

  it("parseFeed(text) explains malformed JSON in Vietnamese and English, with line and column", () => {
    const [cut] = issuesOf('{"schemaVersion": "1.0",');
    expect(cut!.path).to.equal("");
    expect(cut!.message).to.deep.equal({
      vi: "không phải JSON hợp lệ: dòng 1, cột 25: JSON bị cắt: thiếu }",
      en: "not valid JSON: line 1, column 25: the JSON ends early: missing }",
    });
    const cases: [string, string][] = [
      ['{\n  "id": "x"\n  "title": "y"\n}', "dòng 3, cột 3: thiếu dấu phẩy"],
      ['{\n  "id": "x",\n}', "dòng 2, cột 12: dấu phẩy thừa"],
      ["{'id': 'x'}", "dòng 1, cột 2: dùng ngoặc kép \" thay cho '"],
      ['{\r\n  "rate": 12,5\r\n}', "dòng 2, cột 13: JSON viết 12.5, không viết 12,5"],
      ['{"id": "x", // ghi chú\n}', "dòng 1, cột 13: JSON không có chú thích // hay /* */"],
      ['{"rate": NaN}', "dòng 1, cột 10: NaN không có trong JSON, dùng null"],
      ['{"ok": True}', "dòng 1, cột 8: viết true, không viết True"],
      ["<!doctype html>", "dòng 1, cột 1: đây là trang HTML, không phải JSON"],
    ];
    for (const [text, expected] of cases)
      expect(issuesOf(text)[0]!.message.vi).to.contain(`không phải JSON hợp lệ: ${expected}`);
  });

  it("hints how to write what the publisher meant", () => {
    const cases: [(o: Record<string, unknown>) => void, string, string][] = [
      [(o) => (o.numerator = "42.328"), "numerator", 'viết 42328, không viết "42.328"'],
      [(o) => (o.statedRate = "85,29 %"), "statedRate", 'viết 85.29, không viết "85,29 %"'],
      [(o) => (o.numerator = "1.234,5"), "numerator", 'viết 1234.5, không viết "1.234,5"'],
      [(o) => (o.asOf = "16/01/2023"), "asOf", 'viết "2023-01-16", không viết "16/01/2023"'],
      [(o) => (o.asOf = "2023-02-30"), "asOf", "ngày này không có trong lịch"],
      [(o) => (o.unit = "1"), "unit", 'có phải "01" (mất số 0 đầu)?'],
      [(o) => (o.unit = 213), "unit", 'viết "213", không viết 213'],
      [
        (o) => (o.service = "Cấp đổi CCCD"),
        "service",
        'viết "cap-doi-cccd", không viết "Cấp đổi CCCD"',
      ],
      [(o) => (o.qualifier = "Nearly"), "qualifier", 'viết "nearly", không viết "Nearly"'],
      [(o) => (o.noData = "true"), "noData", 'viết true, không viết "true"'],
    ];
    for (const [change, field, hint] of cases) {
      const [issue] = issuesOf(brokenObservation(change));
      expect(issue!.path).to.equal(`indicators[0].observations[0].${field}`);
      expect(issue!.message.vi).to.contain(`; ${hint}`);
    }
    const [id] = issuesOf(Object.assign(clone(bacGiang), { id: "Bắc Giang 2023" }));
    expect(id!.message).to.deep.equal({
      vi: 'cần mã chữ thường không dấu, số, - . _ (vd. cap-doi-cccd), nhận được "Bắc Giang 2023"; viết "bac-giang-2023", không viết "Bắc Giang 2023"',
      en: 'expected an id: lowercase a–z, digits, - . _ (e.g. cap-doi-cccd), got "Bắc Giang 2023"; write "bac-giang-2023", not "Bắc Giang 2023"',
    });
    const time = Object.assign(clone(bacGiang), { generatedAt: "2023-02-20 17:00" });
    expect(issuesOf(time)[0]!.message.en).to.contain(
      'write "2023-02-20T17:00:00+07:00", not "2023-02-20 17:00"',
    );
  });

  it("writes numbers in messages the language's way (1.667 / 1,667)", () => {
    const [big] = issuesOf(brokenObservation((o) => (o.numerator = 1e300)));
    expect(big!.message.vi).to.equal("cần một số ≤ 9.007.199.254.740.991, nhận được 1e+300");
    expect(big!.message.en).to.equal("expected a number ≤ 9,007,199,254,740,991, got 1e+300");
    const [rate] = issuesOf(brokenObservation((o) => (o.statedRate = 250_000)));
    expect(rate!.message.vi).to.equal("cần một số ≤ 100.000, nhận được 250000");
  });

  it("names the service or unit of an observation in the path a person reads", () => {
    const [issue] = issuesOf(
      (() => {
        const feed = clone(bacGiang) as {
          indicators: { observations: Record<string, unknown>[] }[];
        };
        feed.indicators[0]!.observations[10]!.numerator = "1266";
        feed.indicators[1]!.observations[3]!.denominator = -1;
        return feed;
      })(),
    );
    expect(issue!.path).to.equal("indicators[0].observations[10].numerator");
    expect(issue!.where).to.equal(
      "indicators[0] (dvc-online).observations[10] (khai-tu).numerator",
    );
    const feed = clone(bacGiang) as { indicators: { observations: Record<string, unknown>[] }[] };
    feed.indicators[1]!.observations[3]!.denominator = -1;
    expect(formatIssues(issuesOf(feed), "vi")).to.equal(
      "indicators[1] (dvc-online-district).observations[3] (216).denominator: cần một số ≥ 0, nhận được -1",
    );
    const text = JSON.stringify(feed).replace('"unit":"216"', '"unit":"<b>x</b>"');
    expect(issuesOf(text).map((i) => i.where ?? i.path)).to.not.include.members([
      "indicators[1] (dvc-online-district).observations[3] (<b>x</b>).denominator",
    ]);
  });

  it("parseFeed(text) refuses a feed over the size limit before parsing it", () => {
    const [issue] = issuesOf(" ".repeat(9_000_001));
    expect(issue!.message.en).to.equal("feed too large (9,000,001 characters, at most 8,000,000)");
    expect(issue!.message.vi).to.equal("nguồn dữ liệu quá lớn (9.000.001 ký tự, tối đa 8.000.000)");
  });

  it("parseFeed(text) accepts a valid multi-megabyte feed", () => {
    const feed = clone(bacGiang) as { indicators: { kind: string; observations?: unknown[] }[] };
    const ratio = feed.indicators.find((indicator) => indicator.kind === "ratio")!;
    const template = ratio.observations![0] as Record<string, unknown>;
    ratio.observations = Array.from({ length: 4_000 }, (_, i) => ({
      ...template,
      unit: String(10000 + i),
      service: undefined,
    }));
    const text = JSON.stringify(feed);
    expect(text.length).to.be.greaterThan(2_000_000);
    expect(parseFeed(text).ok).to.equal(true);
  });

  it("parseFeed(json) rejects duplicate indicator ids and undeclared funnel stages", () => {
    const feed = clone(ngheAn) as {
      indicators: {
        id: string;
        kind: string;
        observations?: { stages?: Record<string, unknown> }[];
      }[];
    };
    const funnel = feed.indicators.find((indicator) => indicator.kind === "funnel")!;
    funnel.observations![0]!.stages!["kich-hoat"] = { value: 1 };
    feed.indicators.push({ ...feed.indicators[0]! });
    const messages = issuesOf(feed).map((issue) => `${issue.path}: ${issue.message.en}`);
    expect(
      messages.some((m) => m.includes('stage "kich-hoat" is not declared in stages')),
    ).to.equal(true);
    expect(messages.some((m) => m.includes("duplicate indicator id"))).to.equal(true);
  });

  it("parseFeed(json) rejects a period that ends before it starts", () => {
    const feed = clone(bacGiang) as { period: { start: string; end: string } };
    feed.period.start = "2023-03-01";
    const [issue] = issuesOf(feed);
    expect(issue!.path).to.equal("period");
    expect(issue!.message.en).to.equal("start 2023-03-01 is after end 2023-02-15");
  });

  it("parseFeed(value) never throws, whatever it is given", () => {
    for (const value of [null, undefined, 42, "", "[]", [], {}, { indicators: null }, Symbol("x")])
      expect(() => parseFeed(value)).not.to.throw();
  });
});

/** A copy of the Bắc Giang feed with its first indicator's observations replaced. */
function withObservations(observations: unknown): Record<string, unknown> {
  const feed = clone(bacGiang) as unknown as { indicators: Record<string, unknown>[] };
  feed.indicators[0]!.observations = observations;
  return feed as unknown as Record<string, unknown>;
}

describe("parseFeed on what real publishers and attackers send (never throws, bounded work)", () => {
  it("accepts a feed saved with a UTF-8 byte-order mark (Windows Notepad)", () => {
    const result = parseFeed("\uFEFF" + JSON.stringify(bacGiang));
    expect(result.ok).to.equal(true);
  });

  it("130.000 invalid items (0,3 MB of JSON) give 200 pathed issues and a note that it stopped", () => {
    const text = JSON.stringify(withObservations(Array.from({ length: 130_000 }, () => 1)));
    expect(text.length).to.be.lessThan(400_000);
    const issues = issuesOf(text);
    expect(issues).to.have.length(201);
    expect(issues[0]!.path).to.equal("indicators[0].observations[0]");
    expect(issues[199]!.path).to.equal("indicators[0].observations[199]");
    expect(issues[200]).to.deep.equal({
      path: "",
      message: {
        vi: "đã dừng kiểm tra sau 200 lỗi; hãy sửa các lỗi trên rồi kiểm tra lại",
        en: "stopped after 200 problems; fix these and validate again",
      },
    });
  });

  it("a sparse array of length 10⁷ as data is refused as too large, naming the limit, before any item is read", () => {
    let reads = 0;
    const sparse = new Proxy(new Array(10_000_000), {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const issues = issuesOf(withObservations(sparse));
    expect(issues).to.deep.equal([
      {
        path: "indicators[0].observations",
        where: "indicators[0] (dvc-online).observations",
        message: {
          vi: "nguồn dữ liệu quá lớn: hơn 2.000.000 giá trị (ở đây 10.000.000 phần tử)",
          en: "feed too large: more than 2,000,000 values (10,000,000 items here)",
        },
      },
    ]);
    expect(reads, "property reads of the 10⁷-long array").to.be.lessThan(10);
  });

  it("the limits can be set per call, for text and for objects; strings count towards maxChars", () => {
    const text = JSON.stringify(bacGiang);
    const capped = parseFeed(text, { maxChars: 1000 });
    expect(capped.ok).to.equal(false);
    if (!capped.ok)
      expect(capped.issues[0]!.message.en).to.match(
        /^feed too large \(\d{1,3}(,\d{3})* characters, at most 1,000\)$/,
      );
    const small = parseFeed(bacGiang, { maxValues: 100 });
    expect(small.ok).to.equal(false);
    if (!small.ok)
      expect(small.issues.map((issue) => issue.message.en)).to.deep.equal([
        "feed too large: more than 100 values",
      ]);
    const label = clone(bacGiang) as { indicators: { label: unknown }[] };
    label.indicators[0]!.label = "x".repeat(9_000_000);
    const [long] = issuesOf(label);
    expect(long).to.deep.equal({
      path: "indicators[0].label",
      where: "indicators[0] (dvc-online).label",
      message: {
        vi: "nguồn dữ liệu quá lớn: hơn 8.000.000 ký tự văn bản",
        en: "feed too large: more than 8,000,000 characters of text",
      },
    });
  });

  it("a throwing getter gives an issue at the getter's path instead of a throw", () => {
    const feed = clone(bacGiang) as { indicators: object[] };
    Object.defineProperty(feed.indicators[0], "label", {
      enumerable: true,
      get() {
        throw new TypeError("no label today");
      },
    });
    expect(issuesOf(feed)).to.deep.equal([
      {
        path: "indicators[0].label",
        message: {
          vi: "không đọc được giá trị này (TypeError: no label today); hãy đưa vào dữ liệu JSON thuần",
          en: "this value could not be read (TypeError: no label today); pass plain JSON data",
        },
      },
    ]);
  });

  it("a revoked Proxy, as the feed, inside it or thrown by a getter, gives an issue", () => {
    const revoked = () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    };
    const [top] = issuesOf(revoked());
    expect(top!.path).to.equal("");
    expect(top!.message.en).to.match(/^this value could not be read \(TypeError: /);
    const feed = clone(ngheAn) as { indicators: unknown[] };
    feed.indicators[1] = revoked();
    expect(issuesOf(feed).map((issue) => issue.path)).to.deep.equal(["indicators[1]"]);
    const thrower = {
      get schemaVersion(): never {
        throw revoked();
      },
    };
    expect(issuesOf(thrower)[0]!.message.en).to.equal(
      "this value could not be read ({…}); pass plain JSON data",
    );
  });

  it("deeply nested JSON and cyclic objects are read no deeper than the schema goes", () => {
    const deep = `{"indicators":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(issuesOf(deep).length).to.be.greaterThan(0);
    const cyclic = clone(bacGiang) as { indicators: { observations: Record<string, unknown>[] }[] };
    cyclic.indicators[0]!.observations[0]!.detail = cyclic;
    const [issue] = issuesOf(cyclic);
    expect(issue!.path).to.equal("indicators[0].observations[0].detail");
  });
});
