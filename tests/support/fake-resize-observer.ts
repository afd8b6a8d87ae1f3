/**
 * A stand-in ResizeObserver the test drives: real deliveries need a visible page, and test pages
 * may run in background tabs. `resize(width)` delivers a new content box to the first observer
 * created inside `run`; `disconnected()` says whether that observer was disconnected.
 */
export async function withFakeResizeObserver(
  run: (rig: { resize(width: number): void; disconnected(): boolean }) => Promise<void>,
): Promise<void> {
  const Original = window.ResizeObserver;
  const observers: { callback: ResizeObserverCallback; disconnected: boolean }[] = [];
  window.ResizeObserver = class {
    record: { callback: ResizeObserverCallback; disconnected: boolean };
    constructor(callback: ResizeObserverCallback) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe() {}
    unobserve() {}
    disconnect() {
      this.record.disconnected = true;
    }
  } as unknown as typeof ResizeObserver;
  try {
    await run({
      resize: (width) =>
        observers[0]!.callback(
          [{ contentRect: { width } } as ResizeObserverEntry],
          {} as ResizeObserver,
        ),
      disconnected: () => observers[0]!.disconnected,
    });
  } finally {
    window.ResizeObserver = Original;
  }
}
