/**
 * Registers the feed-index loader of `<chiso-trend history="index.json">`: imported by the
 * `chiso/trend` and `chiso` ES entries, not by the single-file bundle (see `ChisoTrend.historyLoader`).
 */
import { HistoryController } from "./history-controller.js";
import { ChisoTrend } from "./trend.element.js";

ChisoTrend.historyLoader = (host) => new HistoryController(host);
