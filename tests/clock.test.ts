import { expect } from "@open-wc/testing";
import "./support/guard.js";
import {
  MAX_CLOCK_CORRECTION_MS,
  ageAt,
  clockOffset,
  dateHeaderOffset,
  feedAgeMs,
  trueNow,
} from "../src/data/clock.js";
import type { ClockEvidence } from "../src/data/clock.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;
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
    // Dates that parse but no server sends (issue 22.3).
    expect(dateHeaderOffset("Fri, 31 Dec 99999 23:59:59 GMT", now)).to.equal(null);
    expect(dateHeaderOffset("Mon, 01 Jan 1900 00:00:00 GMT", now)).to.equal(null);
    expect(dateHeaderOffset("Wed, 26 Jul 2023 10:01:30 GMT", Number.NaN)).to.equal(null);
  });

  it("clockOffset() prefers the Date header, then a future generatedAt, else 0", () => {
    expect(clockOffset(evidence(90_000, generated - HOUR))).to.equal(90_000);
    expect(clockOffset(evidence(0, generated - 4 * MINUTE))).to.equal(4 * MINUTE);
    expect(clockOffset(evidence(0, generated + HOUR))).to.equal(0);
    expect(clockOffset({ ...evidence(0, 0), feed: null })).to.equal(0);
  });

  it("clockOffset() believes at most ±5 min: a larger difference is the outside clock's error", () => {
    expect(MAX_CLOCK_CORRECTION_MS).to.equal(5 * MINUTE);
    // A server Date two hours fast, a feed "generated" two hours or 7 976 years ahead.
    expect(clockOffset(evidence(2 * HOUR, generated - HOUR))).to.equal(0);
    expect(clockOffset(evidence(-2 * HOUR, generated - HOUR))).to.equal(0);
    expect(clockOffset(evidence(5 * MINUTE, generated - HOUR))).to.equal(5 * MINUTE);
    expect(clockOffset(evidence(0, generated - 2 * HOUR))).to.equal(0);
    const year9999 = { ...evidence(0, generated), feed: { generatedAt: "9999-12-31T00:00:00Z" } };
    expect(clockOffset(year9999)).to.equal(0);
  });

  it("clockOffset() takes a non-finite offset or receipt time as none", () => {
    expect(clockOffset(evidence(Number.NaN, generated - 3 * MINUTE))).to.equal(3 * MINUTE);
    expect(clockOffset(evidence(Number.POSITIVE_INFINITY, generated + HOUR))).to.equal(0);
    expect(clockOffset(evidence(0, Number.NaN))).to.equal(0);
  });

  it("feedAgeMs() counts from generatedAt at the corrected time, never below 0", () => {
    // A viewer four minutes slow received the feed at its 16:56, an hour ago by its own clock.
    const slow = evidence(0, generated - 4 * MINUTE);
    expect(trueNow(slow, generated + HOUR - 4 * MINUTE)).to.equal(generated + HOUR);
    expect(feedAgeMs(slow, generated + HOUR - 4 * MINUTE)).to.equal(HOUR);
    expect(feedAgeMs(evidence(0, generated), generated - MINUTE)).to.equal(0);
    expect(feedAgeMs({ ...slow, feed: null }, generated)).to.equal(null);
  });

  it("feedAgeMs() counts from receipt when generatedAt is later than any correction explains", () => {
    const received = generated - 2 * HOUR;
    const ahead = evidence(0, received);
    expect(feedAgeMs(ahead, received + 10 * MINUTE)).to.equal(10 * MINUTE);
    const year9999 = { ...evidence(0, received), feed: { generatedAt: "9999-12-31T00:00:00Z" } };
    expect(feedAgeMs(year9999, received + 90 * MINUTE)).to.equal(90 * MINUTE);
  });

  it("ageAt() is null for an implausible or far-future time, 0 within the 5 min margin", () => {
    const now = generated;
    expect(ageAt(now - 3 * MINUTE, now)).to.equal(3 * MINUTE);
    expect(ageAt(now + 4 * MINUTE, now)).to.equal(0);
    expect(ageAt(now + 3 * HOUR, now)).to.equal(null);
    expect(ageAt(Date.parse("9999-01-01T00:00:00Z"), now)).to.equal(null);
    expect(ageAt(Number.NaN, now)).to.equal(null);
    expect(ageAt(null, now)).to.equal(null);
  });
});
