import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { clone, feedOf } from "./support/guard.js";
import { checkConsistency } from "../src/data/consistency.js";
import { classify } from "../src/data/figures/classify.js";
import { basisCount, funnelFigures, stageCounts } from "../src/data/figures/funnel.js";
import { joinFigures } from "../src/data/figures/join.js";
import type { JoinUnit } from "../src/data/figures/join.js";
import { progressFigure } from "../src/data/figures/progress.js";
import { competitionRanks, rankServiceRows } from "../src/data/figures/rank.js";
import { ratioFigure, targetVerdict } from "../src/data/figures/ratio.js";
import { collator } from "../src/data/format.js";
import * as data from "../src/data/index.js";
import type { FunnelIndicator, ProgressIndicator, RatioIndicator } from "../src/data/schema.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";

/** The figures of src/data, as a CLI or a server computes them (no element involved). */
describe("figures in src/data", () => {
  it("ratioFigure(indicator, observation, warnings) flags a printed rate only as the consistency pass does", () => {
    const feed = feedOf(dakNong);
    const indicator = feed.indicators[2] as RatioIndicator;
    const observation = indicator.observations[3]!; // CCCD 82,03 % printed for 31,74 %
    const figure = ratioFigure(indicator, observation, checkConsistency(feed));
    expect(figure.rate).to.be.closeTo(31.74, 0.005);
    expect(figure.disagreeingStatedRate).to.equal(82.03);
    // The verdict is the consistency pass's: without its warnings the figure does not judge.
    expect(ratioFigure(indicator, observation, []).disagreeingStatedRate).to.equal(null);
  });

  it("basisCount() is the one basis rule: the funnel's percentage and the printed rate's check agree", () => {
    const feed = feedOf(ngheAn);
    const funnel = feed.indicators[2] as FunnelIndicator;
    const observation = funnel.observations[0]!;
    const [mismatch] = checkConsistency(feed);
    const figures = funnelFigures(funnel, observation, "40", "target", checkConsistency(feed));
    const activated = figures.stages.find((stage) => stage.id === "activated")!;
    // The warning says "80,39 %" (value / quota); the funnel shows the same percentage.
    expect(mismatch!.message.vi).to.contain("80,39 %");
    expect(activated.percent).to.be.closeTo(80.39, 0.005);
    // The printed rate's check; the report also printed it "77.93%" (format 1.2's printed form).
    expect(activated.warnings.map((w) => w.code)).to.deep.equal(["rate-mismatch", "printed-form"]);
    const counts = stageCounts(funnel, observation);
    expect(counts.map((stage) => basisCount(stage, "previous"))).to.deep.equal([
      null,
      1763014,
      1380407,
    ]);
    expect(basisCount(counts[2]!, "first")).to.equal(1763014);
  });

  it("stageCounts() gives a stage after a missing one no previous count, never 0", () => {
    const json = clone(ngheAn) as { indicators: { stages?: unknown; observations: unknown[] }[] };
    const stages = (json.indicators[2]!.observations[0] as { stages: Record<string, unknown> })
      .stages;
    stages["approved"] = { noData: true };
    const feed = feedOf(json);
    const funnel = feed.indicators[2] as FunnelIndicator;
    const counts = stageCounts(funnel, funnel.observations[0]!);
    expect(counts.map((stage) => stage.value)).to.deep.equal([1763014, null, 1373365]);
    expect(basisCount(counts[2]!, "previous")).to.equal(null);
  });

  it("competitionRanks() ranks 1, 2, 2, 4 and leaves figures without a rate unranked", () => {
    expect(competitionRanks([90, 80, 90, null, 70])).to.deep.equal([1, 3, 1, null, 4]);
  });

  it("rankServiceRows() puts services without a rate last, in name order, whatever the sort", () => {
    const feed = feedOf(bacGiang);
    const indicator = feed.indicators[0] as RatioIndicator;
    const warnings = checkConsistency(feed);
    const rows = indicator.observations
      .filter((o) => o.service)
      .map((o) => ({
        id: o.service!,
        name: o.service!,
        figure: ratioFigure(indicator, o, warnings),
      }));
    const ascending = rankServiceRows(rows, "rate", "asc", collator("vi"));
    const states = ascending.map((row) => row.figure.state);
    expect(states.indexOf("no-dossiers")).to.be.greaterThan(states.lastIndexOf("ok"));
    expect(ascending[0]!.rank).to.equal(Math.max(...ascending.map((row) => row.rank ?? 0)));
  });

  it("targetVerdict() says meets at the target, below under it, nothing without one", () => {
    expect(targetVerdict({ rate: 60, target: 60 })).to.equal("meets");
    expect(targetVerdict({ rate: 59.99, target: 60 })).to.equal("below");
    expect(targetVerdict({ rate: null, target: 60 })).to.equal(null);
    expect(targetVerdict({ rate: 80, target: null })).to.equal(null);
  });

  it("progressFigure() never shows a zero total as 0 % and falls back to a printed rate", () => {
    const indicator = { id: "p", kind: "progress", label: "p", observations: [] } as never;
    expect(progressFigure(indicator as ProgressIndicator, { done: 0, total: 0 }).state).to.equal(
      "no-dossiers",
    );
    const printed = progressFigure(indicator as ProgressIndicator, { statedRate: 42 });
    expect([printed.state, printed.rate]).to.deep.equal(["ok", 42]);
  });

  it("joinFigures(feed, units) joins by code, ranks, keeps the total and lists the unmatched", () => {
    const feed = feedOf(bacGiang);
    const units: JoinUnit[] = ["213", "222", "000"].map((code) => ({
      code,
      name: code,
      shortName: code,
      parent: null,
    }));
    const joined = joinFigures(feed, units, { warnings: checkConsistency(feed) });
    expect(joined.figures.map((figure) => figure?.rank ?? null)).to.deep.equal([1, 2, null]);
    expect(joined.figures[0]!.rate).to.be.closeTo(93.27, 0.005);
    expect(joined.total!.rate).to.be.closeTo(88.66, 0.005);
    expect(joined.unmatched).to.include("216");
    expect(joined.unmatched).to.not.include(feed.publisher.unitCode);
  });

  it("classify() names palette steps, not colours: the page's tokens colour them", () => {
    const result = classify([{ rate: 81 }, { rate: 93 }, null], "sequential");
    expect(result.classes.every((entry) => entry.ramp?.of === result.classes.length)).to.be.true;
    expect(result.classes.map((entry) => entry.ramp?.step)).to.deep.equal(
      result.classes.map((_, i) => i),
    );
    expect(JSON.stringify(result)).to.not.match(/#[0-9a-f]{6}/i);
  });

  it("chiso/data offers every figure a CLI needs", () => {
    for (const name of [
      "ratioFigure",
      "funnelFigures",
      "basisCount",
      "progressFigure",
      "joinFigures",
      "normalizeName",
      "classify",
      "niceLimits",
      "competitionRanks",
      "rankServiceRows",
      "prepareRows",
      "freshness",
      "clockOffset",
      "feedAgeMs",
      "warningsAbout",
      "checkConsistency",
      "JsonCache",
    ])
      expect(typeof (data as Record<string, unknown>)[name], name).to.equal("function");
  });
});
