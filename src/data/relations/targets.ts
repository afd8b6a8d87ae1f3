/** The rules between a figure and its target. */
import { childPath } from "../parse.js";
import { stageCounts } from "../figures/funnel.js";
import type { FunnelIndicator, RatioObservation } from "../schema.js";
import { show } from "./figures.js";
import type { Located, Relations } from "./figures.js";

/** A row the report marks as not handled at this tier has no rate to print (Bình Long BL-08). */
export function checkNotApplicable(at: Located, relations: Relations): void {
  const figure = at.figure as RatioObservation;
  const rate = figure.statedRate;
  if (figure.notApplicable && rate != null)
    relations.add("rate-not-applicable", at, `${at.path}.statedRate`, (w, locale) =>
      w.rateNotApplicable(show("rate", rate, locale)),
    );
}

/**
 * A funnel's targets against its stages: a later stage's target larger than an earlier one's
 * (Bình Long's campaign: 27.410 to collect, 40.896 to activate), and a stage above its target.
 */
export function checkStageTargets(
  indicator: FunnelIndicator,
  path: string,
  relations: Relations,
): void {
  indicator.observations.forEach((observation, o) => {
    let earlier: { id: string; target: number } | null = null;
    for (const stage of stageCounts(indicator, observation)) {
      const { source, target, value } = stage;
      if (!source || target == null) continue;
      const at: Located = {
        figure: source,
        path: childPath(`${path}.observations[${o}].stages`, stage.id),
        indicator,
        observation,
        whole: target,
      };
      const before = earlier;
      if (source.target != null && before && source.target > before.target)
        relations.add("stage-target-grows", at, `${at.path}.target`, (w, locale) =>
          w.stageTargetGrows(
            stage.id,
            show("value", target, locale),
            before.id,
            show("value", before.target, locale),
          ),
        );
      if (value != null && value > target)
        relations.add("over-target", at, `${at.path}.value`, (w, locale) =>
          w.overTarget(
            show("value", value, locale),
            show("value", target, locale),
            // A computed rate, shown as the reports print theirs: two decimals.
            show("rate", Math.round((10000 * value) / target) / 100, locale),
          ),
        );
      if (source.target != null) earlier = { id: stage.id, target: source.target };
    }
  });
}
