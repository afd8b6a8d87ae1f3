/**
 * The trend's words: a period's name, its value or why there is none, its counts, its
 * restatements and vintage mark, the readout sentence and the changes in points. One place, so
 * the readout, the table, the plain-text fallback and the screen reader say the same thing.
 */
import {
  formatCount,
  formatDate,
  formatPercent,
  formatPointsDelta,
  localize,
} from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { TrendChange, TrendPoint } from "../../data/history.js";
import { SHARED_MESSAGES } from "../shared/messages.js";
import type { SharedMessages } from "../shared/messages.js";
import type { TrendMessages } from "./messages.js";

export class TrendWords {
  constructor(
    private readonly locale: Locale,
    private readonly text: TrendMessages,
    private readonly noRate: SharedMessages["noRate"],
  ) {}

  /** "Tháng 06/2023", else the period's last day. */
  period(point: TrendPoint): string {
    return localize(point.period.label, this.locale) || formatDate(point.period.end, this.locale);
  }

  range(points: readonly TrendPoint[]): string {
    return `${this.period(points[0]!)} – ${this.period(points[points.length - 1]!)}`;
  }

  value(point: TrendPoint): string {
    if (point.state === "gap") return this.text.notReported;
    if (point.state === "ok" || point.value == null)
      return point.value == null ? this.text.noRate : formatPercent(point.value, this.locale);
    return this.noRate[point.state];
  }

  counts(unitLabel: string, point: TrendPoint): string {
    if (point.numerator == null || point.denominator == null) return "";
    const unit = unitLabel ? ` ${unitLabel}` : "";
    return `${formatCount(point.numerator, this.locale)} / ${formatCount(point.denominator, this.locale)}${unit}`;
  }

  /**
   * "công bố lại 04/08/2023", "trước đó 88,10 % (05/07/2023)", "danh mục … 2025", "Cảnh báo: …".
   */
  notes(point: TrendPoint): string[] {
    const notes: string[] = [];
    if (point.revisions.length && point.publishedOn)
      notes.push(this.text.restated(formatDate(point.publishedOn, this.locale)));
    for (const revision of point.revisions)
      notes.push(
        this.text.earlier(
          revision.value == null ? this.text.noRate : formatPercent(revision.value, this.locale),
          revision.publishedOn ? formatDate(revision.publishedOn, this.locale) : "—",
        ),
      );
    if (point.vintageChange) notes.push(this.text.newVintage(point.vintage));
    // Its consistency warnings, severity first (shared/warning-list.ts says them the same way).
    const severity = SHARED_MESSAGES[this.locale].severity;
    for (const warning of point.warnings)
      notes.push(`${severity[warning.severity]}: ${warning.message[this.locale]}`);
    return notes;
  }

  /** "Tháng 06/2023: 91,23 % (3.741 / 4.101 hồ sơ), công bố lại 04/08/2023, trước đó 90,10 % …". */
  point(unitLabel: string, points: readonly TrendPoint[], index: number): string {
    const point = points[index];
    if (!point) return "";
    const counts = this.counts(unitLabel, point);
    return [
      `${this.period(point)}: ${this.value(point)}${counts ? ` (${counts})` : ""}`,
      ...this.notes(point),
    ].join(", ");
  }

  changes(change: TrendChange): string[] {
    const texts: string[] = [];
    if (change.previousPoints != null)
      texts.push(
        `${formatPointsDelta(change.previousPoints, this.locale)} ${this.text.vsPrevious}`,
      );
    if (change.yearAgoPoints != null)
      texts.push(`${formatPointsDelta(change.yearAgoPoints, this.locale)} ${this.text.vsYearAgo}`);
    return texts;
  }
}
