/**
 * The single-file bundles' relations pass: none. Feeds with the relation fields of format 1.2
 * still validate and show; the checks between figures run in the ES modules, the validator page
 * and the CLI (`chiso validate`), where a publisher checks a feed before publishing it.
 */
import type { IndicatorFeed } from "./schema.js";
import type { ConsistencyWarning } from "./warnings.js";

export function checkRelations(_feed: IndicatorFeed): ConsistencyWarning[] {
  return [];
}
