import type { Clock } from "../../src/data/feed-hub.js";

/** A clock whose time moves only when the test says so; timers fire in due order. */
export class FakeClock implements Clock {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, { due: number; callback: () => void; delay: number }>();

  constructor(start = Date.parse("2023-07-26T10:00:00+07:00")) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { due: this.time + ms, callback, delay: ms });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Delays of the timers still waiting, in creation order. */
  pendingDelays(): number[] {
    return [...this.timers.values()].map((timer) => timer.delay);
  }

  /** Moves time forward, firing every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let nextId: number | null = null;
      let next: { due: number; callback: () => void } | null = null;
      for (const [id, timer] of this.timers)
        if (timer.due <= end && (!next || timer.due < next.due)) {
          next = timer;
          nextId = id;
        }
      if (!next || nextId == null) break;
      this.timers.delete(nextId);
      this.time = next.due;
      next.callback();
    }
    this.time = end;
  }
}
