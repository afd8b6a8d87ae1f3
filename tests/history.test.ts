import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { clone } from "./support/guard.js";
import { parseFeed } from "../src/data/parse.js";
import type { FeedIssue } from "../src/data/parse.js";
import { checkConsistency } from "../src/data/consistency.js";
import { findIndicator, findRatioObservation } from "../src/data/lookup.js";
import { ratioFigure } from "../src/data/figures/ratio.js";
import { trendChange, trendSeries } from "../src/data/history.js";
import { feedIndexUrls, mergeFeeds, parseFeedIndex } from "../src/data/merge-history.js";
import type { IndicatorFeed, RatioIndicator } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";
import history from "../fixtures/history/history.json";
import index from "../fixtures/history/monthly/index.json";

const MONTHLY = "/feeds/history/";

function parsed(input: unknown): IndicatorFeed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.feed;
}

function issuesOf(input: unknown): FeedIssue[] {
  const result = parseFeed(input);
  expect(result.ok, "the feed should be rejected").to.equal(false);
  return result.ok ? [] : result.issues;
}

function dvc(feed: IndicatorFeed): RatioIndicator {
  return findIndicator(feed, "ratio", "dvc-online")!;
}

/** A copy of the history fixture whose dvc-online observations `change` may edit. */
function editedHistory(change: (observations: Record<string, unknown>[]) => void): unknown {
  const copy = clone(history) as { indicators: { observations: Record<string, unknown>[] }[] };
  change(copy.indicators[0]!.observations);
  return copy;
}

describe("feed format 1.1: history", () => {
  it("every 1.0 seed feed stays valid", () => {
    for (const feed of [bacGiang, binhLong, dakNong, ngheAn, quangNgai])
      expect(parseFeed(feed).ok, (feed as { id: string }).id).to.equal(true);
  });

  it("a multi-period feed with a gap, a restatement and a vintage change validates", () => {
    const feed = parsed(history);
    expect(feed.schemaVersion).to.equal("1.1");
    const errors = checkConsistency(feed).filter((w) => w.severity === "error");
    expect(errors.map((w) => `${w.path} ${w.code}`)).to.deep.equal([]);
  });

  it("mixing cumulative and in-period figures on one line is a pathed vi/en error", () => {
    const issues = issuesOf(editedHistory((o) => (o[5]!.accumulation = "cumulative")));
    const issue = issues.find((i) => i.path === "indicators[0].observations[5].accumulation")!;
    expect(issue.message.vi).to.contain("không được trộn số liệu trong kỳ và số liệu lũy kế");
    expect(issue.message.en).to.contain("in-period and cumulative figures must not be mixed");
  });

  it("two figures for the same unit and period without a revision marker are an error", () => {
    const issues = issuesOf(
      editedHistory((o) => {
        o.push({ ...o[0]!, numerator: 1 });
      }),
    );
    const issue = issues.find((i) => i.path.endsWith(".publishedOn"))!;
    expect(issue.path).to.equal(
      `indicators[0].observations[${history.indicators[0]!.observations.length}].publishedOn`,
    );
    expect(issue.message.vi).to.contain("kỳ 2023-01-01–2023-01-31 đã có số liệu");
    expect(issue.message.en).to.contain("a restated figure needs a different publishedOn");
  });

  it("an observation period that runs backwards is an error with its path", () => {
    const issues = issuesOf(
      editedHistory((o) => (o[0]!.period = { start: "2023-01-31", end: "2023-01-01" })),
    );
    expect(issues.map((i) => i.path)).to.include("indicators[0].observations[0].period");
  });

  it("the gauge's figure is the latest month's latest publication", () => {
    const feed = parsed(history);
    const observation = findRatioObservation(feed, dvc(feed))!;
    expect(observation.period!.label).to.deep.equal({ vi: "Tháng 11/2026", en: "11/2026" });
  });

  it("the series holds every month in order, the unreported month as a gap, never a zero", () => {
    const series = trendSeries(parsed(history), dvc(parsed(history)));
    expect(series.cadence).to.equal("month");
    expect(series.points).to.have.length(47); // 2023-01 … 2026-11
    const august = series.points.find((p) => p.period.start === "2024-08-01")!;
    expect(august.gap).to.equal(true);
    expect(august.value).to.equal(null);
    expect(august.period.end).to.equal("2024-08-31");
    const february = series.points.find((p) => p.period.start === "2023-02-01")!;
    expect(february.numerator).to.equal(36100);
    expect(february.denominator).to.equal(42328);
    expect(february.value!.toFixed(2)).to.equal("85.29");
  });

  it("a restated month shows its latest figure and keeps the earlier one as a revision", () => {
    const series = trendSeries(parsed(history), dvc(parsed(history)));
    const june = series.points.find((p) => p.period.start === "2023-06-01")!;
    expect(june.publishedOn).to.equal("2023-08-04");
    expect(june.revisions).to.have.length(1);
    expect(june.revisions[0]!.publishedOn).to.equal("2023-07-05");
    expect(june.revisions[0]!.value).to.not.equal(june.value);
  });

  it("the reform of 1 July 2025 is marked on the first month of the new vintage", () => {
    const series = trendSeries(parsed(history), dvc(parsed(history)));
    const marked = series.points.filter((p) => p.vintageChange).map((p) => p.period.start);
    expect(marked).to.deep.equal(["2025-07-01"]);
  });

  it("changes vs the previous month and a year earlier come from the history", () => {
    const series = trendSeries(parsed(history), dvc(parsed(history)));
    const change = trendChange(series);
    const byStart = (start: string) => series.points.find((p) => p.period.start === start)!;
    expect(change.latest!.period.start).to.equal("2026-11-01");
    expect(change.previousPoints).to.be.closeTo(
      byStart("2026-11-01").value! - byStart("2026-10-01").value!,
      1e-9,
    );
    expect(change.yearAgoPoints).to.be.closeTo(
      byStart("2026-11-01").value! - byStart("2025-11-01").value!,
      1e-9,
    );
  });

  it("a 1.0 feed's ratio figure is unchanged by the history rules", () => {
    const feed = parsed(bacGiang);
    const figure = ratioFigure(dvc(feed), findRatioObservation(feed, dvc(feed))!, []);
    expect(figure.rate!.toFixed(2)).to.equal("85.29");
  });
});

describe("feed index and merging monthly files", () => {
  it("a feed index validates and resolves its URLs against its own address", () => {
    const result = parseFeedIndex(JSON.stringify(index));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const urls = feedIndexUrls(result.index, new URL(`${MONTHLY}index.json`, location.href).href);
    expect(urls[1]).to.equal(new URL(`${MONTHLY}2023-02.json`, location.href).href);
  });

  it("a broken feed index gets pathed errors, and a script URL is refused", () => {
    const broken = clone(index) as { feeds: Record<string, unknown>[] };
    broken.feeds[0]!.url = "javascript:alert(1)";
    const result = parseFeedIndex(broken);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]!.path).to.equal("feeds[0].url");
    const missing = parseFeedIndex({ ...index, feeds: [] });
    expect(missing.ok).to.equal(false);
    expect(parseFeedIndex("{ not json").ok).to.equal(false);
  });

  it("twelve monthly files fetched over HTTP merge into one valid history feed", async () => {
    const feeds = await Promise.all(
      index.feeds.map(async (entry) =>
        parsed(await (await fetch(`${MONTHLY}${entry.url}`)).text()),
      ),
    );
    const merged = mergeFeeds([...feeds].reverse())!;
    expect(merged.report.merged).to.equal(12);
    const feed = parsed(merged.feed);
    const series = trendSeries(feed, dvc(feed));
    expect(series.points.map((p) => p.period.start.slice(0, 7))).to.deep.equal(
      index.feeds.map((entry) => entry.period.start.slice(0, 7)),
    );
    expect(series.points[1]!.value!.toFixed(2)).to.equal("85.29");
    expect(series.points[1]!.publishedOn).to.equal("2023-03-05");
  });

  it("a month published twice keeps the later file's figure and the earlier as a revision", async () => {
    const march = parsed(await (await fetch(`${MONTHLY}2023-03.json`)).text());
    const restated = clone(march) as IndicatorFeed;
    restated.source = { date: "2023-05-02" };
    (restated.indicators[0] as RatioIndicator).observations[0]!.numerator! += 100;
    const merged = mergeFeeds([restated, march])!;
    const feed = parsed(merged.feed);
    const [point] = trendSeries(feed, dvc(feed)).points;
    expect(point!.publishedOn).to.equal("2023-05-02");
    expect(point!.numerator).to.equal(
      (restated.indicators[0] as RatioIndicator).observations[0]!.numerator,
    );
    expect(point!.revisions.map((r) => r.publishedOn)).to.deep.equal(["2023-04-05"]);
  });
});
