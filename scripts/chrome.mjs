// The one list of flags every headless Chromium here is started with (tests, e2e, screenshots,
// benchmark): the system browser, no sandbox (containers), no network chatter of its own.
export const CHROME_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's chromium unless CHROME_PATH says otherwise (nothing downloads a browser). */
export const chromePath = () => process.env.CHROME_PATH || "/usr/bin/chromium";
