/**
 * The single-file bundle's stand-in for `sparkline.ts` (scripts/build.mjs aliases it there): its
 * gauge shows a history feed's latest period with the printed change, without the sparkline or
 * the change computed from the history, and its board has no sparkline column; they cost 1,9 kB
 * of its 64 kB. The ES modules
 * (`chiso/gauge`, `chiso`) have both.
 */
import { css, nothing } from "lit";
import type { TrendSeries } from "../../data/history.js";

export const lineHistory = (..._: unknown[]): TrendSeries | null => null;
export const withHistoryChange = <F>(figure: F, _series: TrendSeries | null): F => figure;
export const renderSparkline = (..._: unknown[]): typeof nothing => nothing;
export const sparklineHeader = renderSparkline;
export const sparklineCell = renderSparkline;
export const sparklineStyles = css``;
