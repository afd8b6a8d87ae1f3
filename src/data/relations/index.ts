/**
 * The relations of feed format 1.2, checked: figures a report states twice (`fact`), a total and
 * its parts (`parts`), a printed remainder (`remaining`, `failed`) and a printed change
 * (`change`). Reports printed by hand contradict themselves most often between such figures — a
 * body-text total that is not its appendix's, rows that do not add up to their total line, a
 * "tăng 961" that would make last month's count negative — and only the feed's own words can say
 * which figures belong together, so nothing here guesses a relation from labels or positions.
 *
 * Also the rules between a figure and its target: a funnel stage target larger than an earlier
 * stage's, a stage above its target (info), a rate printed on a row marked not applicable.
 *
 * Part of `checkConsistency`; never throws; runs on a feed that already passed `parseFeed`. Pure,
 * no DOM.
 */
import type { IndicatorFeed } from "../schema.js";
import type { ConsistencyWarning } from "../warnings.js";
import { checkChange, checkParts, checkRemainder, checkSameFact } from "./between.js";
import { figuresOf, Relations } from "./figures.js";
import type { Located } from "./figures.js";
import { checkPrinted, checkSource } from "./printed.js";
import { checkNotApplicable, checkStageTargets } from "./targets.js";

export { readPrinted } from "./printed.js";

/** Returns the warnings of the relations a feed states, in document order of their figures. */
export function checkRelations(feed: IndicatorFeed): ConsistencyWarning[] {
  const relations = new Relations();
  const located = [...figuresOf(feed)];
  const facts = new Map<string, Located>();
  for (const at of located) {
    const { id, fact } = at.figure;
    if (id) {
      const held = relations.byId.get(id);
      if (held)
        relations.add("duplicate-id", at, `${at.path}.id`, (w) => w.duplicateId(id, held.path));
      else relations.byId.set(id, at);
    }
    if (fact) {
      const first = facts.get(fact);
      if (first) checkSameFact(at, first, relations);
      else facts.set(fact, at);
    }
  }
  for (const at of located) {
    checkParts(at, relations);
    checkRemainder(at, relations);
    checkChange(at, relations);
    checkNotApplicable(at, relations);
    checkPrinted(at, relations);
  }
  checkSource(feed, relations);
  feed.indicators.forEach((indicator, i) => {
    if (indicator.kind === "funnel") checkStageTargets(indicator, `indicators[${i}]`, relations);
  });
  return relations.warnings;
}
