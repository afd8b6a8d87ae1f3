/**
 * What the single-file `<script>` bundle offers a portal page (or the console) as `window.chiso`:
 * the element classes, `parseFeed` / `formatIssues` to validate a feed (`chiso.parseFeed(json)`),
 * `checkConsistency`, the shared `feedHub` and the vi/en formatters. Importing it registers every
 * element. The whole data layer, internal helpers included, is the `chiso/data` ES module.
 */

export * from "./elements.js";
export {
  checkConsistency,
  FeedHub,
  feedHub,
  formatAge,
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatIssues,
  formatPercent,
  formatPointsDelta,
  localize,
  parseFeed,
} from "./data/index.js";
