import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Burn-in protection: a slow walk around a 5 × 5 px square, one step every few minutes. */
const SHIFT_PATH: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [-2, 2],
  [-2, 0],
  [-2, -2],
  [0, -2],
  [2, -2],
];

/** The offset in px of burn-in step `step` (any integer; the walk repeats). */
export function pixelShift(step: number): readonly [number, number] {
  return SHIFT_PATH[((step % SHIFT_PATH.length) + SHIFT_PATH.length) % SHIFT_PATH.length]!;
}

function reducedMotion(): boolean {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/**
 * Moves a wall element's content one burn-in step every `intervalMs` while `enabled()` — never
 * under `prefers-reduced-motion`, and not at all while disconnected (no timer left behind).
 * Call `sync()` when `enabled()` may have changed.
 */
export class BurnInController implements ReactiveController {
  #step = 0;
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #enabled: () => boolean;
  readonly #intervalMs: () => number;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    enabled: () => boolean,
    intervalMs: () => number,
  ) {
    this.#host = host;
    this.#enabled = enabled;
    this.#intervalMs = intervalMs;
    host.addController(this);
  }

  /** The current offset in px; `[0, 0]` when off. */
  get offset(): readonly [number, number] {
    return pixelShift(this.#step);
  }

  /** Timers held (0 or 1); for leak checks. */
  get held(): number {
    return this.#timer ? 1 : 0;
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  sync(): void {
    this.#stop();
    if (!this.#enabled() || !this.#host.isConnected) {
      this.#moveTo(0);
      return;
    }
    this.#timer = setInterval(
      () => this.#moveTo(reducedMotion() ? 0 : this.#step + 1),
      this.#intervalMs(),
    );
  }

  #stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  #moveTo(step: number): void {
    if (step === this.#step) return;
    this.#step = step;
    this.#host.requestUpdate();
  }
}
