/** Keyboard navigation between map units: arrow keys move to the nearest unit that way. */

export type Direction = "left" | "right" | "up" | "down";

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The unit an arrow key moves to: the nearest centroid in that direction, within ±63° of it,
 * sideways distance counting double (so → prefers the neighbour level with you over a closer
 * one far above). Returns `from` when nothing lies that way.
 */
export function neighbour(
  points: { cx: number; cy: number }[],
  from: number,
  direction: Direction,
): number {
  const origin = points[from];
  if (!origin) return from;
  const [vx, vy] = VECTORS[direction];
  let best = from;
  let bestScore = Infinity;
  points.forEach((point, index) => {
    if (index === from || !Number.isFinite(point.cx)) return;
    const dx = point.cx - origin.cx;
    const dy = point.cy - origin.cy;
    const along = dx * vx + dy * vy;
    const across = Math.abs(dx * vy - dy * vx);
    if (along <= 0 || across > along * 2) return;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/** The arrow keys and their directions. */
export const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/** The first unit in reading order (top-most, then left-most); `-1` when there is none. */
export function firstInReadingOrder(points: { cx: number; cy: number }[]): number {
  let best = -1;
  points.forEach((point, index) => {
    const top = points[best];
    if (Number.isFinite(point.cy) && (!top || point.cy + point.cx * 0.2 < top.cy + top.cx * 0.2))
      best = index;
  });
  return best;
}
