/**
 * Entry of the single-file `<script>` bundle: registers every element and offers a portal page
 * (or the console) what it needs as `window.chiso`: the element classes, `parseFeed` /
 * `formatIssues` to validate a feed (`chiso.parseFeed(json)`), `checkConsistency`, the shared
 * `feedHub` and the vi/en formatters. The whole data layer, internal helpers included, is the
 * `chiso/data` ES module.
 */

// Module order, for gzip only. The bundler lays modules out in first-import order, and gzip finds
// repeats only within 32 kB. Importing the five elements' style sheets, then their messages (next
// to the data layer's, which are worded alike), then their drawing code up front puts like next
// to like: 1,7 kB gzip less than element by element (measured 2026-11-23). None of these modules
// has side effects, so nothing else changes.
import "./components/shared/theme.styles.js";
import "./components/choropleth/choropleth.styles.js";
import "./components/funnel/funnel.styles.js";
import "./components/gauge/gauge.styles.js";
import "./components/service-board/service-board.styles.js";
import "./components/status-panel/status-panel.styles.js";
import "./components/shared/messages.js";
import "./components/choropleth/messages.js";
import "./components/funnel/messages.js";
import "./components/gauge/messages.js";
import "./components/service-board/messages.js";
import "./components/status-panel/messages.js";
import "./data/parse.js";
import "./data/consistency.js";
import "./data/feed-hub.js";
import "./components/gauge/gauge.draw.js";
import "./components/service-board/service-board.draw.js";
import "./components/status-panel/status-panel.draw.js";

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
