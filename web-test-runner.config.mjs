// Browser tests in the system's headless Chromium (no browser download is possible here).
// Lit's development build is used so its warnings (class-field shadowing, double registration…)
// reach the console, where tests/support/console-guard.ts turns them into failures.
import { CHROME_ARGS, chromePath } from "./scripts/chrome.mjs";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { defaultReporter } from "@web/test-runner";
import { feedServer } from "./tests/support/feed-server.mjs";
import { forcedColorsCommand } from "./tests/support/forced-colors-command.mjs";
import { axTreeCommand } from "./tests/support/ax-tree-command.mjs";
import { countingReporter } from "./tests/support/counting-reporter.mjs";

const executablePath = chromePath();

export default {
  files: ["tests/**/*.test.ts"],
  nodeResolve: { exportConditions: ["development"] },
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: "es2022", tsconfig: "tsconfig.json" }),
    forcedColorsCommand(),
    axTreeCommand(),
  ],
  middleware: [feedServer()],
  // One page at a time: a second, background page gets no requestAnimationFrame callbacks, and
  // fixture() of a plain wrapper element waits for one.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // /dev/shm is small in containers.
        args: [...CHROME_ARGS, "--disable-dev-shm-usage"],
      },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8"></head>
  <body>
    <script type="module" src="/tests/support/console-guard.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), countingReporter("test-results/browser-counts.json")],
};
