/**
 * Rules of a history feed (format 1.1) that the schema language cannot express: a period runs
 * forwards, one line of a series (same unit and service) never mixes in-period and cumulative
 * figures, and two figures for the same line and period are a restatement only when their
 * `publishedOn` differ. `parseFeed` reports them like schema issues. Pure, no DOM.
 */
import { lineKey, observationAccumulation, observationPeriod } from "./periods.js";
import type { DatedObservation } from "./periods.js";
import type { IndicatorFeed } from "./schema.js";

/** A problem with its JSON path, in both languages (the shape of `parseFeed`'s issues). */
export interface HistoryIssue {
  path: string;
  message: { vi: string; en: string };
}

/** True when the feed declares format 1.1 or later, which makes duplicate periods an error. */
function declaresHistory(feed: IndicatorFeed): boolean {
  const minor = Number(feed.schemaVersion.split(".")[1] ?? 0);
  return minor >= 1;
}

function describeLine(feed: IndicatorFeed, observation: DatedObservation) {
  const unit = observation.unit ?? feed.publisher.unitCode;
  const service = observation.service;
  return {
    vi: service ? `đơn vị ${unit}, dịch vụ ${service}` : `đơn vị ${unit}`,
    en: service ? `unit ${unit}, service ${service}` : `unit ${unit}`,
  };
}

export function checkHistoryRules(feed: IndicatorFeed): HistoryIssue[] {
  const issues: HistoryIssue[] = [];
  const strict = declaresHistory(feed);
  feed.indicators.forEach((indicator, i) => {
    if (indicator.kind === "status") return;
    const accumulationOfLine = new Map<string, string>();
    const seen = new Map<string, Set<string>>();
    (indicator.observations as readonly DatedObservation[]).forEach((observation, o) => {
      const at = `indicators[${i}].observations[${o}]`;
      const period = observationPeriod(feed, observation);
      if (observation.period && period.start > period.end)
        issues.push({
          path: `${at}.period`,
          message: {
            vi: `ngày bắt đầu ${period.start} sau ngày kết thúc ${period.end}`,
            en: `start ${period.start} is after end ${period.end}`,
          },
        });
      const line = lineKey(feed, observation);
      const accumulation = observationAccumulation(indicator, observation);
      const first = accumulationOfLine.get(line);
      if (first === undefined) accumulationOfLine.set(line, accumulation);
      else if (first !== accumulation) {
        const where = describeLine(feed, observation);
        issues.push({
          path: `${at}.accumulation`,
          message: {
            vi: `${where.vi}: không được trộn số liệu trong kỳ và số liệu lũy kế trên một dòng; tách thành hai chỉ tiêu`,
            en: `${where.en}: in-period and cumulative figures must not be mixed on one line; use two indicators`,
          },
        });
      }
      if (!strict) return;
      const key = `${line}|${period.start}/${period.end}`;
      const versions = seen.get(key) ?? new Set<string>();
      const version = observation.publishedOn ?? "";
      if (versions.has(version)) {
        const where = describeLine(feed, observation);
        issues.push({
          path: `${at}.publishedOn`,
          message: {
            vi: `${where.vi}, kỳ ${period.start}–${period.end} đã có số liệu; một số liệu công bố lại phải có publishedOn khác`,
            en: `${where.en}, period ${period.start}–${period.end} already has a figure; a restated figure needs a different publishedOn`,
          },
        });
      }
      versions.add(version);
      seen.set(key, versions);
    });
  });
  return issues;
}
