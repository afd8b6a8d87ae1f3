/**
 * With `fit`, where the board's pages start, measured with every row laid out: each page fills
 * the room between the column heads and the totals row (which stay in view), less the pager's
 * line. Row heights differ (a name may wrap), so the pages are packed row by row.
 */
import { PAGER_EM } from "../shared/pager.js";
import { packPages } from "../shared/paging-controller.js";

export function measurePages(table: HTMLTableElement, base: HTMLElement): number[] {
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  if (!rows.length) return [0];
  const style = getComputedStyle(base);
  const bottom =
    base.getBoundingClientRect().bottom -
    parseFloat(style.paddingBottom || "0") -
    parseFloat(style.borderBottomWidth || "0");
  const totals = table.tFoot?.getBoundingClientRect().height ?? 0;
  if (rows.at(-1)!.getBoundingClientRect().bottom + totals <= bottom) return [0];
  const pager = PAGER_EM * parseFloat(style.fontSize);
  const room = bottom - totals - pager - rows[0]!.getBoundingClientRect().top;
  return packPages(
    rows.map((row) => row.getBoundingClientRect().height),
    room,
  );
}
