import type { ReactiveController, ReactiveControllerHost } from "lit";

/** A measured box: content size in px, the width in em of the observed element's type. */
export interface BoxSize {
  width: number;
  height: number;
  /** `width` in em (so the IOC theme's 1,5× type counts); `0` before there is a box. */
  widthEm: number;
  /** The element measured (the host, or the part of its shadow root given as target). */
  target: Element;
}

/**
 * The one way chiso elements learn their size: a ResizeObserver on the host, or on a part of the
 * shadow root (`target`) for elements whose header and table sit outside the measured area.
 *
 * - The host is measured once on connect, so the first render already has the right layout (a
 *   page in a background tab gets no ResizeObserver deliveries until it is shown). A target
 *   inside the shadow root exists only after a render and is observed from then on.
 * - The target may come and go with the element's states: after each update the controller
 *   observes whichever is there.
 * - Deliveries are applied a task later, coalesced: re-rendering inside the callback would
 *   change the host's height during delivery ("ResizeObserver loop completed with undelivered
 *   notifications"). `onResize` only stores the size; it never resizes what it measures.
 * - Disconnects its observer and timer when the host does (an IOC wall runs for months).
 */
export class ResizeController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #target: (() => Element | null) | null;
  readonly #onResize: (size: BoxSize) => void;

  /**
   * `onResize` receives every new size; `target` picks the element to measure (default the
   * host), asked again after every update.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    onResize: (size: BoxSize) => void,
    target: (() => Element | null) | null = null,
  ) {
    this.#host = host;
    this.#onResize = onResize;
    this.#target = target;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === "undefined") return;
    this.#observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      const target = this.#observed ?? this.#host;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#report(target, box?.width ?? 0, box?.height ?? 0), 0);
    });
    if (this.#target) this.#observe(this.#target());
    else {
      const { width, height } = this.#host.getBoundingClientRect();
      this.#report(this.#host, width, height);
      this.#observe(this.#host);
    }
  }

  /** Observers held (0 or 1); for leak checks. */
  get held(): number {
    return this.#observer ? 1 : 0;
  }

  hostUpdated(): void {
    if (this.#target) this.#observe(this.#target());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = null;
    clearTimeout(this.#timer);
  }

  #observe(element: Element | null): void {
    if (element === this.#observed || !this.#observer) return;
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = element;
    if (element) this.#observer.observe(element);
  }

  #report(target: Element, width: number, height: number): void {
    const em = parseFloat(getComputedStyle(target).fontSize) || 16;
    this.#onResize({ width, height, widthEm: width / em, target });
  }
}
