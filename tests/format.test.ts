import { expect } from "@open-wc/testing";
import fc from "fast-check";
import "./support/guard.js";
import {
  formatAge,
  formatCount,
  formatDate,
  formatDateTime,
  formatPercent,
  formatPointsDelta,
  localize,
  resolveLocale,
} from "../src/data/format.js";

describe("format", () => {
  it("formatCount(42328) groups thousands with a dot in vi and a comma in en", () => {
    expect(formatCount(42328, "vi")).to.equal("42.328");
    expect(formatCount(1763014, "vi")).to.equal("1.763.014");
    expect(formatCount(42328, "en")).to.equal("42,328");
  });

  it("formatPercent(85.2906) prints 85,29 % in vi and 85.29% in en", () => {
    expect(formatPercent(85.2906, "vi")).to.equal("85,29 %");
    expect(formatPercent(85.2906, "en")).to.equal("85.29%");
    expect(formatPercent(103.19, "vi", 1)).to.equal("103,2 %");
  });

  it("formatPointsDelta() shows percentage points with sign and arrow", () => {
    expect(formatPointsDelta(1.86, "vi")).to.equal("▲ +1,86 điểm %");
    expect(formatPointsDelta(-33.08, "vi")).to.equal("▼ −33,08 điểm %");
    expect(formatPointsDelta(-33.08, "en")).to.equal("▼ −33.08 pts");
    expect(formatPointsDelta(0.001, "en")).to.equal("■ ±0.00 pts");
  });

  it("formatDate() prints 15/02/2023 in vi without a time-zone shift", () => {
    expect(formatDate("2023-02-15", "vi")).to.equal("15/02/2023");
    expect(formatDate("2023-02-15", "en")).to.equal("15 Feb 2023");
  });

  it("formatAge() words ages coarsely in both languages", () => {
    expect(formatAge(10_000, "vi")).to.equal("vừa xong");
    expect(formatAge(3 * 60_000, "vi")).to.equal("3 phút trước");
    expect(formatAge(3 * 60_000, "en")).to.equal("3 min ago");
    expect(formatAge(5 * 3_600_000, "vi")).to.equal("5 giờ trước");
    expect(formatAge(3 * 86_400_000, "en")).to.equal("3 days ago");
  });

  describe("writes what Intl writes, without building an Intl object", () => {
    const TAG = { vi: "vi-VN", en: "en-GB" } as const;
    const intlNumber = (locale: "vi" | "en", min: number, max: number, value: number) =>
      new Intl.NumberFormat(TAG[locale], {
        minimumFractionDigits: min,
        maximumFractionDigits: max,
      }).format(value);
    const locales = fc.constantFrom<"vi" | "en">("vi", "en");
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
      fc.integer({ min: -10_000_000, max: 100_000_000 }),
      fc.integer({ min: -100_000, max: 1_000_000 }).map((n) => n / 1000),
      fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 2.675, 99.995, 0.125, 1e21, 1e-7, -0.001, 999.5),
    );

    it("formatCount and formatPercent: grouping, decimals, rounding, signs", () => {
      fc.assert(
        fc.property(numbers, locales, fc.integer({ min: 0, max: 3 }), (value, locale, decimals) => {
          expect(formatCount(value, locale, decimals)).to.equal(
            intlNumber(locale, 0, decimals, value),
          );
          const percent = intlNumber(locale, decimals, decimals, value);
          expect(formatPercent(value, locale, decimals)).to.equal(
            locale === "vi" ? `${percent} %` : `${percent}%`,
          );
        }),
        { numRuns: 3000 },
      );
      for (const odd of [NaN, Infinity, -Infinity])
        expect(formatCount(odd, "vi")).to.equal(intlNumber("vi", 0, 0, odd));
    });

    it("formatDate and formatDateTime, both languages, in Viet Nam's time zone", () => {
      const instants = fc.integer({
        min: Date.UTC(1960, 0, 1),
        max: Date.UTC(2200, 0, 1),
      });
      fc.assert(
        fc.property(instants, locales, (time, locale) => {
          const iso = new Date(time).toISOString().slice(0, 10);
          const day =
            locale === "vi"
              ? { day: "2-digit", month: "2-digit", year: "numeric" }
              : { day: "numeric", month: "short", year: "numeric" };
          expect(formatDate(iso, locale)).to.equal(
            new Intl.DateTimeFormat(TAG[locale], {
              ...(day as Intl.DateTimeFormatOptions),
              timeZone: "UTC",
            }).format(new Date(`${iso}T00:00:00Z`)),
          );
          expect(formatDateTime(time, locale)).to.equal(
            new Intl.DateTimeFormat(TAG[locale], {
              day: "2-digit",
              month: "2-digit",
              year: "numeric",
              hour: "2-digit",
              minute: "2-digit",
              hour12: false,
              timeZone: "Asia/Ho_Chi_Minh",
            }).format(time),
          );
        }),
        { numRuns: 2000 },
      );
    });
  });

  it("resolveLocale() takes English only for en-* tags and falls back to vi", () => {
    expect(resolveLocale("en-GB")).to.equal("en");
    expect(resolveLocale("vi-VN")).to.equal("vi");
    expect(resolveLocale("fr")).to.equal("vi");
    expect(resolveLocale(null)).to.equal("vi");
  });

  it("localize() falls back to Vietnamese when English is missing", () => {
    expect(localize({ vi: "Hồ sơ", en: "Dossiers" }, "en")).to.equal("Dossiers");
    expect(localize({ vi: "Hồ sơ" }, "en")).to.equal("Hồ sơ");
    expect(localize("Hồ sơ", "en")).to.equal("Hồ sơ");
  });
});
