// `node scripts/build-fixtures.mjs --check`, the test command's guard that the committed feeds are
// exactly what the report modules build from ../shared: it passes on this checkout, names the
// file and the first differing line of a feed edited by hand, flags a feed no module builds, and
// says where ../shared is expected when it is absent. Each case runs the real script on a copy
// of scripts/ and fixtures/ in a temporary directory, so the checkout itself is never touched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SHARED = resolve("../shared");
const FEED = "fixtures/feeds/bac-giang-2023-02.json";

/** A throw-away `root/repo` copy of scripts/ and fixtures/, with `root/shared` when asked. */
function withSandbox({ shared }, run) {
  if (shared)
    assert.ok(existsSync(SHARED), `these cases need the seed transcriptions in ${SHARED}`);
  const root = mkdtempSync(join(tmpdir(), "chiso-fixtures-"));
  const repo = join(root, "repo");
  try {
    cpSync("scripts", join(repo, "scripts"), { recursive: true });
    cpSync("fixtures", join(repo, "fixtures"), { recursive: true });
    if (shared) symlinkSync(SHARED, join(root, "shared"), "dir");
    run(repo);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function checkIn(repo) {
  return spawnSync(process.execPath, ["scripts/build-fixtures.mjs", "--check"], {
    cwd: repo,
    encoding: "utf8",
  });
}

test("build-fixtures --check passes when every committed feed is what its module builds", () => {
  withSandbox({ shared: true }, (repo) => {
    const result = checkIn(repo);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /all 5 fixture feeds match their builders/);
  });
});

test("build-fixtures --check names the edited feed and its first differing line", () => {
  withSandbox({ shared: true }, (repo) => {
    const lines = readFileSync(join(repo, FEED), "utf8").split("\n");
    const line = lines.findIndex((text) => text.includes('"numerator": 36100')) + 1;
    assert.ok(line > 0, "the Phụ lục I total (36.100 online) is in the Bắc Giang feed");
    lines[line - 1] = lines[line - 1].replace("36100", "36101");
    writeFileSync(join(repo, FEED), lines.join("\n"));

    const result = checkIn(repo);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      new RegExp(
        `✗ ${FEED} differs from what scripts/fixtures/bac-giang-2023-02\\.mjs builds, first at line ${line},`,
      ),
    );
    assert.match(result.stderr, /committed: .*"numerator": 36101/);
    assert.match(result.stderr, /built: .*"numerator": 36100/);
  });
});

test("build-fixtures --check flags a committed feed that no report module builds", () => {
  withSandbox({ shared: true }, (repo) => {
    writeFileSync(join(repo, "fixtures/feeds/hand-made.json"), "{}\n");
    const result = checkIn(repo);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /fixtures\/feeds\/hand-made\.json is not built by any module/);
  });
});

test("build-fixtures --check fails with a clear message when ../shared is absent", () => {
  withSandbox({ shared: false }, (repo) => {
    const result = checkIn(repo);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /seed transcriptions are missing/);
    assert.match(result.stderr, /\.\.\/shared\/data\/seed-figures\/, which must sit beside/);
  });
});
