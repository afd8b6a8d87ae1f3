import { expect } from "@open-wc/testing";
import "./support/guard.js";
import {
  formatAge,
  formatCount,
  formatDate,
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
