/**
 * Imported by every browser test file: fails a test that logged a console warning or error
 * (Lit's dev-mode misuse warnings, our own dev warnings, uncaught render errors), and offers the
 * small helpers tests share.
 */
import { expect } from "@open-wc/testing";
import { parseFeed } from "../../src/data/parse.js";
import type { IndicatorFeed } from "../../src/data/schema.js";

afterEach(() => {
  const logged = window.__chisoConsole.splice(0);
  expect(logged, "console warnings or errors during the test").to.deep.equal([]);
});

/** Forgets console output a test provoked on purpose (returns it for assertions). */
export function takeConsole(): string[] {
  return window.__chisoConsole.splice(0);
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Deep copy, so tests can mutate a fixture without touching the shared import. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A feed that must be valid (a fixture): the parsed feed, or the test fails with its issues. */
export function feedOf(json: unknown): IndicatorFeed {
  const result = parseFeed(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.feed;
}

/** Resolves after the next animation frame (lets ResizeObserver and transitions settle). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until `check` returns truthy, polling every 20 ms, failing after `timeoutMs`. */
export async function until<T>(
  check: () => T,
  message = "condition",
  timeoutMs = 5000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
