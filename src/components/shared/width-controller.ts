import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Reports the host's width in em (so the IOC theme's 1,5× type counts) whenever it changes,
 * for elements whose layout depends on their own width rather than the viewport's.
 *
 * The width is measured once on connect, so the first render already has the right layout (a page
 * in a background tab gets no ResizeObserver deliveries until it is shown); later changes are
 * applied a task after delivery, because re-rendering inside the callback would change the height
 * during delivery ("ResizeObserver loop completed with undelivered notifications").
 */
export class WidthController implements ReactiveController {
  private observer: ResizeObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called with the width in px and in em; `0` before the element has a box. */
    private readonly onWidth: (widthPx: number, widthEm: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.apply(this.host.getBoundingClientRect().width);
    this.observer ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.apply(width), 0);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
  }

  private apply(width: number): void {
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    this.onWidth(width, width / em);
  }
}
