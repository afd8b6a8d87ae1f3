/**
 * Wall-grid geometry of `<chiso-status-panel>`: the column count and type size that fill a box.
 * The subsystem figures (rows, order, freshness, ages) are src/data/figures/status.ts.
 */

export interface GridFit {
  cols: number;
  rows: number;
  /** Font size in px that lets a tile's text fit its cell. */
  fontPx: number;
  /** Tiles too small for four lines: name and icons only. */
  dense: boolean;
}

/**
 * A tile is this many ems tall (name on two lines, mode, state, age, padding and 4 px of border
 * at the least type: rows never shrink below their text) and about as many wide; a dense one
 * keeps the name's two lines (one line cut every name to "Hệ thống…", issue 19).
 */
const TILE_EM = { height: 8, width: 13 };
const DENSE_EM = { height: 3.1, width: 8 };
/** The least type a tile gets (issue 19 measured 6 px): fewer columns and a scrolling grid instead. */
const MIN_FONT_PX = 12;

/**
 * Chooses the column count that gives `count` cells in a `width × height` box the largest
 * legible type, so a wall cell is filled without scrollbars whether it shows 9 subsystems or 200.
 * Below `MIN_FONT_PX` tiles switch to a dense form with fewer lines; when even those would be
 * smaller, they stay at `MIN_FONT_PX` in as many columns as the width holds, and the grid scrolls
 * (a wall with `fit` pages them first). O(count), run on resize and when the count changes only.
 */
export function fitGrid(count: number, width: number, height: number, gapPx: number): GridFit {
  const n = Math.max(1, count);
  // `least`: the type a short box may not push the tiles below (the grid scrolls instead); of
  // the column counts that reach it, the most (`>=`: the last that does).
  const best = (em: { height: number; width: number }, least = 0) => {
    let fit = { cols: 1, rows: n, fontPx: 0 };
    for (let cols = 1; cols <= n; cols += 1) {
      const rows = Math.ceil(n / cols);
      // Skip column counts that leave a whole row empty.
      if (cols > 1 && Math.ceil(n / (cols - 1)) === rows) continue;
      const cellW = (width - gapPx * (cols - 1)) / cols;
      const cellH = (height - gapPx * (rows - 1)) / rows;
      const fontPx = Math.min(cellW / em.width, Math.max(cellH / em.height, least));
      if (fontPx >= fit.fontPx) fit = { cols, rows, fontPx };
    }
    return fit;
  };
  const normal = best(TILE_EM);
  if (normal.fontPx >= MIN_FONT_PX) return { ...normal, dense: false };
  const dense = best(DENSE_EM, MIN_FONT_PX);
  return { ...dense, fontPx: Math.max(dense.fontPx, MIN_FONT_PX), dense: true };
}
