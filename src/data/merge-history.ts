/**
 * A history from monthly files: a feed index (the list of a publisher's feeds, one per period)
 * is validated like a feed, and the feeds it lists merge into one history feed — each figure
 * stamped with its own period, publication date and unit vintage, a later publication of a period
 * winning over an earlier one (which stays, as a revision). The function a CLI or a server uses to
 * build one history feed from monthly files, and the one `<chiso-trend>` uses. Pure, no DOM.
 */
import { FEED_INDEX_RULES } from "./feed-rules.generated.js";
import { describeIssues } from "./parse.js";
import type { FeedIssue } from "./parse.js";
import { validate } from "./validate.js";
import type { FeedIndex } from "./feed-index-schema.js";
import type { Indicator, IndicatorFeed } from "./schema.js";

export type FeedIndexResult = { ok: true; index: FeedIndex } | { ok: false; issues: FeedIssue[] };

/** Validates a feed index given as JSON text or a parsed value. Never throws. */
export function parseFeedIndex(input: unknown): FeedIndexResult {
  let value = input;
  try {
    if (typeof input === "string") value = JSON.parse(input.replace(/^\uFEFF/, ""));
    const result = validate(FEED_INDEX_RULES, value);
    if (result.issues.length) return { ok: false, issues: describeIssues(result.issues) };
    const index = result.value as FeedIndex;
    const issues: FeedIssue[] = [];
    index.feeds.forEach((entry, i) => {
      if (entry.period.start > entry.period.end)
        issues.push({
          path: `feeds[${i}].period`,
          message: {
            vi: `ngày bắt đầu ${entry.period.start} sau ngày kết thúc ${entry.period.end}`,
            en: `start ${entry.period.start} is after end ${entry.period.end}`,
          },
        });
      if (/^\s*(javascript|data|vbscript):/i.test(entry.url))
        issues.push({
          path: `feeds[${i}].url`,
          message: { vi: "địa chỉ không được phép", en: "address not allowed" },
        });
    });
    return issues.length ? { ok: false, issues } : { ok: true, index };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        {
          path: "",
          message: { vi: `không phải JSON hợp lệ: ${detail}`, en: `not valid JSON: ${detail}` },
        },
      ],
    };
  }
}

/** Each listed feed's URL, resolved against the index's own URL. */
export function feedIndexUrls(index: FeedIndex, indexUrl: string): string[] {
  return index.feeds.map((entry) => new URL(entry.url, indexUrl).href);
}

/** What a merge did, for a status line or a CLI. */
export interface MergeReport {
  /** Feeds merged, oldest period first. */
  merged: number;
  /** Figures dropped because a later file repeated the same period, line and publication. */
  duplicates: number;
}

type Observation = {
  unit?: string;
  service?: string;
  period?: unknown;
  publishedOn?: string;
  unitVintage?: string;
};

/** `2023-02-15` → `15/02/2023`. */
function dayMonthYear(day: string): string {
  return day.split("-").reverse().join("/");
}

function publicationDay(feed: IndicatorFeed): string {
  return feed.source?.date ?? feed.generatedAt.slice(0, 10);
}

/**
 * Merges feeds of one publisher into one history feed (format 1.1). Indicators are matched by
 * id; the newest feed's labels, targets and registries win; every observation keeps its own
 * period (its feed's, when it had none), its publication day and, when it differs from the
 * newest feed's, its unit vintage. The result validates with `parseFeed`.
 */
export function mergeFeeds(
  feeds: readonly IndicatorFeed[],
): { feed: IndicatorFeed; report: MergeReport } | null {
  if (!feeds.length) return null;
  const ordered = [...feeds].sort((a, b) =>
    a.period.end === b.period.end
      ? publicationDay(a).localeCompare(publicationDay(b))
      : a.period.end < b.period.end
        ? -1
        : 1,
  );
  const newest = ordered[ordered.length - 1]!;
  const indicators = new Map<string, Indicator>();
  const seen = new Map<string, Set<string>>();
  let duplicates = 0;
  for (const feed of ordered) {
    for (const indicator of feed.indicators) {
      const merged = indicators.get(indicator.id);
      // The newest feed's definition wins; the observations gathered so far are kept.
      const held =
        merged && merged.kind === indicator.kind && "observations" in merged
          ? (merged.observations as Observation[])
          : [];
      if (indicator.kind === "status") {
        indicators.set(indicator.id, indicator);
        continue;
      }
      const keys = seen.get(indicator.id) ?? new Set<string>();
      seen.set(indicator.id, keys);
      const stamped: Observation[] = [];
      for (const observation of indicator.observations as Observation[]) {
        const period = (observation.period as IndicatorFeed["period"] | undefined) ?? feed.period;
        const publishedOn = observation.publishedOn ?? publicationDay(feed);
        const unit = observation.unit ?? feed.publisher.unitCode;
        const key = `${unit}|${observation.service ?? ""}|${period.start}/${period.end}|${publishedOn}`;
        if (keys.has(key)) {
          duplicates++;
          continue;
        }
        keys.add(key);
        const vintage = observation.unitVintage ?? feed.unitVintage;
        stamped.push({
          ...observation,
          unit,
          period: { start: period.start, end: period.end, label: period.label },
          publishedOn,
          ...(vintage !== newest.unitVintage ? { unitVintage: vintage } : {}),
        });
      }
      indicators.set(indicator.id, {
        ...indicator,
        observations: [...held, ...stamped],
      } as Indicator);
    }
  }
  const units = new Map(
    ordered.flatMap((feed) => feed.units ?? []).map((unit) => [unit.code, unit]),
  );
  const services = new Map(ordered.flatMap((feed) => feed.services ?? []).map((s) => [s.id, s]));
  const start = ordered.reduce(
    (min, f) => (f.period.start < min ? f.period.start : min),
    newest.period.start,
  );
  const feed: IndicatorFeed = {
    ...newest,
    schemaVersion: "1.1",
    id: newest.id,
    period: {
      start,
      end: newest.period.end,
      label: {
        vi: `Từ ngày ${dayMonthYear(start)} đến ngày ${dayMonthYear(newest.period.end)}`,
        en: `${start} to ${newest.period.end}`,
      },
    },
    ...(units.size ? { units: [...units.values()] } : {}),
    ...(services.size ? { services: [...services.values()] } : {}),
    indicators: [...indicators.values()],
  };
  return { feed, report: { merged: ordered.length, duplicates } };
}
