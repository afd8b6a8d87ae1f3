// Screenshots a page in the system Chromium: node scripts/screenshot.mjs URL OUT.png [WIDTH HEIGHT] [--dark] [--reduced-motion]
import { CHROME_ARGS, chromePath } from "./chrome.mjs";
import { chromium } from "playwright-core";

const [url, out, width = "1280", height = "800"] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith("--"));
if (!url || !out) {
  console.error("usage: node scripts/screenshot.mjs URL OUT.png [WIDTH HEIGHT]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: CHROME_ARGS,
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  reducedMotion: process.argv.includes("--reduced-motion") ? "reduce" : "no-preference",
});
page.on("console", (message) => console.log(`[page ${message.type()}] ${message.text()}`));
page.on("pageerror", (error) => console.log(`[page error] ${error.message}`));
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForTimeout(700);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
