// Storybook as `npm start` serves it: built once here (as `npm start` builds it), opened through
// the real demo server at /storybook/ under the policy that server sends. It opens on the
// introduction (Vietnamese and English), a story seen through the manager shows its element's
// figure, every story renders with no CSP violation and no page error, and the demo pages keep
// their strict policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { freePort, launchBrowser, startDemoServer, stopServer } from "./harness.mjs";

let browser;
let server;
let base;
let buildLog;

before(async () => {
  // The build `npm start` runs (scripts/start.mjs); its log is shown only when it fails.
  try {
    buildLog = execFileSync("node", ["scripts/storybook.mjs"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    throw new Error(`Storybook did not build:\n${error.stdout}\n${error.stderr}`);
  }
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startDemoServer(port, { CHISO_LIVE_TICK: "3600" });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

/** A page that records CSP violations (in every frame) and page errors. */
async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`);
  });
  return { page, problems };
}

/** Text of the first `tag` element's shadow root inside `frame`, once it contains `pattern`. */
async function shadowTextMatching(frame, tag, pattern) {
  await frame.waitForFunction(
    ([t, source]) =>
      new RegExp(source).test(
        (document.querySelector(t)?.shadowRoot?.textContent ?? "").replace(/\s+/g, " "),
      ),
    [tag, pattern.source],
    { timeout: 20_000 },
  );
  return frame.evaluate(
    (t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, " "),
    tag,
  );
}

const previewFrame = (page) => page.frames().find((frame) => frame.url().includes("/iframe.html"));

test("npm start's Storybook build says one calm line, not Vite's chunk table", () => {
  assert.match(buildLog, /^built Storybook in \d+\.\d s\n$/);
});

test("/storybook/ opens on the introduction, in Vietnamese and English, with a live gauge", async () => {
  const { page, problems } = await openPage();
  await page.goto(`${base}/storybook/`);
  await page.waitForURL(/introduction--docs/, { timeout: 20_000 });
  const frame = previewFrame(page);
  // The docs page renders into #storybook-docs (the hidden "No Preview" placeholder stays).
  await frame.waitForFunction(() => document.querySelector("#storybook-docs h1"));
  const headings = await frame.evaluate(() =>
    [...document.querySelectorAll("#storybook-docs :is(h1, h2)")].map((h) => h.textContent.trim()),
  );
  assert.deepEqual(headings, ["chiso — chỉ số Đề án 06", "Tiếng Việt", "English"]);
  // The embed snippets (code blocks are highlighted a moment after the page shows).
  await frame.waitForFunction(
    () =>
      document.querySelector("#storybook-docs").textContent.includes("<chiso-gauge src=") &&
      document.querySelector("#storybook-docs").textContent.includes('import "chiso/gauge"'),
  );
  const text = await frame.evaluate(() => document.querySelector("#storybook-docs").textContent);
  assert.match(text, /npx chiso validate/);
  assert.match(await shadowTextMatching(frame, "chiso-gauge", /85,29 %/), /42\.328/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a story opened in the Storybook manager renders its element with the feed's figures", async () => {
  const { page, problems } = await openPage();
  await page.goto(`${base}/storybook/?path=/story/widgets-gauge--bac-giang`);
  await page.waitForFunction(() => document.querySelector("iframe")?.contentDocument?.body);
  const frame = previewFrame(page);
  const text = await shadowTextMatching(frame, "chiso-gauge", /85,29 %/);
  assert.match(text, /36\.100/);
  assert.match(text, /42\.328/);
  // The manager itself (sidebar, toolbar) rendered too: its own inline scripts were allowed.
  assert.ok(await page.getByRole("link", { name: /Giới thiệu · Introduction/ }).count());
  assert.deepEqual(problems, []);
  await page.close();
});

test("every story renders its element through the demo server, with no CSP violation", async () => {
  const index = JSON.parse(readFileSync("storybook-static/index.json", "utf8"));
  const stories = Object.values(index.entries).filter((entry) => entry.type === "story");
  assert.ok(stories.length > 50, `only ${stories.length} stories`);
  const { page, problems } = await openPage();
  const empty = [];
  for (const story of stories) {
    await page.goto(`${base}/storybook/iframe.html?id=${story.id}&viewMode=story`);
    // Rendered = every chiso element of the story has drawn something: figures, a loading line
    // or its error text (the load-error stories), never an empty shadow root.
    const rendered = await page
      .waitForFunction(
        () => {
          const elements = [...document.querySelectorAll("#storybook-root *")].filter((e) =>
            e.tagName.startsWith("CHISO-"),
          );
          return (
            elements.length > 0 &&
            elements.every((e) => (e.shadowRoot?.textContent ?? "").trim().length > 10)
          );
        },
        null,
        { timeout: 15_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!rendered) empty.push(story.id);
  }
  assert.deepEqual(empty, [], "stories whose element drew nothing");
  assert.deepEqual(problems, []);
  await page.close();
});

test("Storybook's looser policy stays under /storybook/: the demo pages keep the strict one", async () => {
  const policy = async (path) =>
    (await fetch(`${base}${path}`)).headers.get("content-security-policy");
  const strict = await policy("/portal.html");
  assert.match(strict, /script-src 'self';/);
  for (const path of ["/", "/wall.html", "/validator.html"])
    assert.equal(await policy(path), strict);
  const storybook = await policy("/storybook/");
  // Its own inline scripts by hash, never 'unsafe-inline' or 'unsafe-eval'.
  assert.match(storybook, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(storybook.match(/script-src[^;]*/)[0], /unsafe/);
  // Everything else of the policy is the strict one.
  assert.equal(storybook.replace(/ 'sha256-[^']+'/g, ""), strict);
});
