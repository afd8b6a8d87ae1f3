/**
 * Records every console warning and error during a test; tests/support/fixture.ts fails the test
 * when any was recorded. Lit's development build reports misuse this way (class-field shadowing,
 * a second copy of Lit, changes scheduled after an update), so such misuse fails the suite.
 */
declare global {
  interface Window {
    __chisoConsole: string[];
  }
}

/** Warnings that are expected in every run and say nothing about our code. */
const IGNORED = [/Lit is in dev mode/];

window.__chisoConsole = [];
for (const level of ["warn", "error"] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(" ");
    if (!IGNORED.some((pattern) => pattern.test(text)))
      window.__chisoConsole.push(`${level}: ${text}`);
    original(...args);
  };
}

export {};
