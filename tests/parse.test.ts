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
    expect(issue!.message.en).to.equal('expected a number, got "12,5"');
    expect(issue!.message.vi).to.equal('cần một số, nhận được "12,5"');
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
      'expected a number, got "NaN"',
      'expected a number, got "Infinity"',
    ]);
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

  it("parseFeed(text) rejects malformed JSON with the parser's reason", () => {
    const [issue] = issuesOf('{"schemaVersion": "1.0",');
    expect(issue!.path).to.equal("");
    expect(issue!.message.en).to.match(/^not valid JSON: /);
    expect(issue!.message.vi).to.match(/^không phải JSON hợp lệ: /);
  });

  it("parseFeed(text) refuses a feed over the size limit before parsing it", () => {
    const [issue] = issuesOf(" ".repeat(9_000_001));
    expect(issue!.message.en).to.equal("feed too large (9000001 characters, at most 8000000)");
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
