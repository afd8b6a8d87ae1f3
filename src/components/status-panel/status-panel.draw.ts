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

/** A tile is about this many ems tall and wide (name on two lines, mode, state, age, padding). */
const TILE_EM = { height: 7.6, width: 13 };
const DENSE_EM = { height: 1.8, width: 8 };
const MIN_FONT_PX = 11;

/**
 * Chooses the column count that gives `count` cells in a `width × height` box the largest
 * legible type, so a wall cell is filled without scrollbars whether it shows 9 subsystems or 500.
 * Below `MIN_FONT_PX` tiles switch to a dense form with fewer lines. O(count), run on resize and
 * when the count changes only.
 */
export function fitGrid(count: number, width: number, height: number, gapPx: number): GridFit {
  const n = Math.max(1, count);
  const best = (em: { height: number; width: number }) => {
    let fit = { cols: 1, rows: n, fontPx: 0 };
    for (let cols = 1; cols <= n; cols += 1) {
      const rows = Math.ceil(n / cols);
      // Skip column counts that leave a whole row empty.
      if (cols > 1 && Math.ceil(n / (cols - 1)) === rows) continue;
      const cellW = (width - gapPx * (cols - 1)) / cols;
      const cellH = (height - gapPx * (rows - 1)) / rows;
      const fontPx = Math.min(cellW / em.width, cellH / em.height);
      if (fontPx > fit.fontPx) fit = { cols, rows, fontPx };
    }
    return fit;
  };
  const normal = best(TILE_EM);
  if (normal.fontPx >= MIN_FONT_PX) return { ...normal, dense: false };
  const dense = best(DENSE_EM);
  return { ...dense, fontPx: Math.max(dense.fontPx, 6), dense: true };
}
