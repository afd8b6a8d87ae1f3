// web-test-runner server command `forced-colors`: turns Chromium's forced-colours emulation
// (Windows high contrast) on or off for the test page. The stock `emulateMedia` command only
// passes colour scheme and reduced motion to Puppeteer, so this goes to the DevTools protocol.
export function forcedColorsCommand() {
  // Emulation lasts only as long as the DevTools session that set it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: "forced-colors-command",
    async executeCommand({ command, payload, session }) {
      if (command !== "forced-colors") return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      await cdp.send("Emulation.setEmulatedMedia", {
        features: [
          { name: "forced-colors", value: payload ? "active" : "none" },
          // Dark high-contrast, as Windows' "Night sky"; stable system colours for the asserts.
          { name: "prefers-color-scheme", value: payload ? "dark" : "" },
        ],
      });
      return true;
    },
  };
}
