import { unitName } from "../../data/figures.js";
import { localize } from "../../data/format.js";
import type { Locale } from "../../data/format.js";
import type { IndicatorFeed } from "../../data/schema.js";

/**
 * A unit's place name: the feed's unit registry first ("Tỉnh Bắc Giang"), because `unitName()`
 * returns the publisher's name ("Tổ công tác Đề án 06 tỉnh Bắc Giang") for the publisher's unit.
 * Shared by the gauge and the service board.
 */
export function displayUnitName(feed: IndicatorFeed, code: string, locale: Locale): string {
  const unit = feed.units?.find((candidate) => candidate.code === code);
  return unit ? localize(unit.name, locale) : unitName(feed, code, locale);
}
