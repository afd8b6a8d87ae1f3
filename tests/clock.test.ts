import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { clockOffset, dateHeaderOffset, feedAgeMs, trueNow } from "../src/data/clock.js";
import type { ClockEvidence } from "../src/data/clock.js";

const HOUR = 3_600_000;
const generated = Date.parse("2023-07-26T17:00:00+07:00");
const evidence = (clockOffsetMs: number, receivedAt: number | null): ClockEvidence => ({
  clockOffsetMs,
  receivedAt,
  feed: { generatedAt: new Date(generated).toISOString() },
});

/** The one clock rule every element uses (src/data/clock.ts). */
describe("clock correction", () => {
  it("dateHeaderOffset(header, now) reads a Date header, and no offset from junk", () => {
    const now = Date.parse("Wed, 26 Jul 2023 10:00:00 GMT");
    expect(dateHeaderOffset("Wed, 26 Jul 2023 10:01:30 GMT", now)).to.equal(90_000);
    expect(dateHeaderOffset("not a date", now)).to.equal(null);
    expect(dateHeaderOffset(null, now)).to.equal(null);
  });

  it("clockOffset() prefers the Date header, then a future generatedAt, else 0", () => {
    expect(clockOffset(evidence(90_000, generated - HOUR))).to.equal(90_000);
    expect(clockOffset(evidence(0, generated - 2 * HOUR))).to.equal(2 * HOUR);
    expect(clockOffset(evidence(0, generated + HOUR))).to.equal(0);
    expect(clockOffset({ ...evidence(0, 0), feed: null })).to.equal(0);
  });

  it("clockOffset() takes a non-finite offset or receipt time as none", () => {
    expect(clockOffset(evidence(Number.NaN, generated - HOUR))).to.equal(HOUR);
    expect(clockOffset(evidence(Number.POSITIVE_INFINITY, generated + HOUR))).to.equal(0);
    expect(clockOffset(evidence(0, Number.NaN))).to.equal(0);
  });

  it("feedAgeMs() counts from generatedAt at the corrected time, never below 0", () => {
    // A viewer two hours slow received the feed at its 15:00, an hour ago by its own clock.
    const slow = evidence(0, generated - 2 * HOUR);
    expect(trueNow(slow, generated - HOUR)).to.equal(generated + HOUR);
    expect(feedAgeMs(slow, generated - HOUR)).to.equal(HOUR);
    expect(feedAgeMs(evidence(0, generated), generated - HOUR)).to.equal(0);
    expect(feedAgeMs({ ...slow, feed: null }, generated)).to.equal(null);
  });
});
