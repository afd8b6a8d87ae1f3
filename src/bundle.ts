/**
 * Entry of the single-file `<script>` bundle: registers every element and offers a portal page
 * (or the console) what it needs as `window.chiso`: the element classes, `parseFeed` /
 * `formatIssues` to validate a feed (`chiso.parseFeed(json)`), `checkConsistency`, the shared
 * `feedHub` and the vi/en formatters. The whole data layer, internal helpers included, is the
 * `chiso/data` ES module.
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
