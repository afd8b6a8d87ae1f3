import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Splits items of the given heights into pages of at most `room` px each, in order: the index of
 * each page's first item. An item taller than the room gets a page of its own (never dropped).
 * `[0]` when everything fits, or when there is nothing to split.
 */
export function packPages(heights: readonly number[], room: number): number[] {
  const starts = [0];
  let used = 0;
  heights.forEach((height, index) => {
    if (index > starts.at(-1)! && used + height > room) {
      starts.push(index);
      used = 0;
    }
    used += height;
  });
  return starts;
}

function prefersReducedMotion(): MediaQueryList | null {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)") ?? null;
}

/**
 * Pages of a list too long for its box (a wall cell's service board or status tiles): which page
 * shows, and turning it every `intervalMs()` so every row is seen, none dropped.
 *
 * WCAG 2.2.2 (Pause, Stop, Hide): content that moves by itself for more than 5 s gets a way to
 * pause it, so the element renders a pause button (see pager.ts). Paging starts paused under
 * `prefers-reduced-motion: reduce`: the pages are then turned by hand, or by pressing "Tiếp tục"
 * / "Resume", the viewer's explicit choice winning over the preference. (No pause on hover: a
 * wall PC's pointer parked over the board would stop it for good.)
 *
 * The timer runs only while connected, with more than one page and not paused; a page turned by
 * hand gets a full interval before the next automatic turn.
 */
export class PagingController implements ReactiveController {
  #starts: number[] = [0];
  #count = 0;
  #page = 0;
  /** The viewer's own choice; `null` follows `prefers-reduced-motion`. */
  #userPaused: boolean | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;
  #motion: MediaQueryList | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #intervalMs: () => number;
  readonly #onMotion = () => this.#changed();

  constructor(host: ReactiveControllerHost & HTMLElement, intervalMs: () => number) {
    this.#host = host;
    this.#intervalMs = intervalMs;
    host.addController(this);
  }

  /** Number of pages (1 when everything fits). */
  get pages(): number {
    return this.#starts.length;
  }

  /** The page shown, from 0. */
  get page(): number {
    return this.#page;
  }

  /** Items `[start, end)` of the page shown. */
  get range(): [start: number, end: number] {
    const start = this.#starts[this.#page] ?? 0;
    return [start, this.#starts[this.#page + 1] ?? this.#count];
  }

  /** Paused by the viewer, or by `prefers-reduced-motion` until the viewer resumes. */
  get paused(): boolean {
    return this.#userPaused ?? this.#motion?.matches ?? false;
  }

  /** Pages turn by themselves now (more than one page, not paused, an interval set). */
  get running(): boolean {
    return this.pages > 1 && !this.paused && this.#intervalMs() > 0;
  }

  /**
   * New page boundaries for `count` items (from a measurement). The page that showed the first
   * item on screen stays in view when it still exists.
   */
  setPages(starts: readonly number[], count: number): void {
    const first = this.range[0];
    this.#starts = starts.length ? [...starts] : [0];
    this.#count = count;
    const page = this.#starts.findLastIndex((start) => start <= first);
    this.#page = Math.max(0, Math.min(page, this.pages - 1));
    this.#changed();
  }

  next(): void {
    this.#turn(1);
  }

  previous(): void {
    this.#turn(-1);
  }

  /** Pause or resume, as the viewer asked. */
  toggle(): void {
    this.#userPaused = !this.paused;
    this.#changed();
  }

  /** Restarts the timer (call when the interval may have changed). */
  sync(): void {
    this.#schedule();
  }

  hostConnected(): void {
    this.#motion = prefersReducedMotion();
    this.#motion?.addEventListener("change", this.#onMotion);
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#motion?.removeEventListener("change", this.#onMotion);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #turn(step: number): void {
    if (this.pages < 2) return;
    this.#page = (this.#page + step + this.pages) % this.pages;
    this.#changed();
  }

  #changed(): void {
    this.#host.requestUpdate();
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#host.isConnected || !this.running) return;
    this.#timer = setTimeout(() => this.#turn(1), this.#intervalMs());
  }
}
