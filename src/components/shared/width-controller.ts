import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Reports the host's width in em (so the IOC theme's 1,5× type counts), and its height, whenever
 * they change, for elements whose layout depends on their own box rather than the viewport's.
 *
 * The width is measured once on connect, so the first render already has the right layout (a page
 * in a background tab gets no ResizeObserver deliveries until it is shown); later changes are
 * applied a task after delivery, because re-rendering inside the callback would change the height
 * during delivery ("ResizeObserver loop completed with undelivered notifications").
 */
export class WidthController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Called with the width in px and in em (`0` before the element has a box) and the height in px. */
  readonly #onWidth: (widthPx: number, widthEm: number, heightPx: number) => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    onWidth: (widthPx: number, widthEm: number, heightPx: number) => void,
  ) {
    this.#host = host;
    this.#onWidth = onWidth;
    host.addController(this);
  }

  hostConnected(): void {
    const { width, height } = this.#host.getBoundingClientRect();
    this.#apply(width, height);
    this.#observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#apply(box?.width ?? 0, box?.height ?? 0), 0);
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    clearTimeout(this.#timer);
  }

  #apply(width: number, height: number): void {
    const em = parseFloat(getComputedStyle(this.#host).fontSize) || 16;
    this.#onWidth(width, width / em, height);
  }
}
