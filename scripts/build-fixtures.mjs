// Builds the five real fixture feeds in fixtures/feeds/ from the neutral transcriptions of the
// seed reports in ../shared/data/seed-figures/ (beside this repository, not in it). Each report
// has its own module in scripts/fixtures/; the output is committed and the product never reads
// ../shared. With them, fixtures/feeds/earlier/<report>.json: the real figures of earlier (and
// other) periods each report prints, as a history feed (scripts/fixtures/earlier.mjs).
//
//   node scripts/build-fixtures.mjs           writes fixtures/feeds/*.json (`npm run fixtures`)
//   node scripts/build-fixtures.mjs --check   rebuilds in memory and exits 1 when a committed
//                                             feed differs, naming the file and the first
//                                             differing line (run by the test command)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as bacGiang from "./fixtures/bac-giang-2023-02.mjs";
import * as binhLong from "./fixtures/binh-long-2023-09.mjs";
import { SEED_DIR } from "./fixtures/common.mjs";
import * as dakNong from "./fixtures/dak-nong-2023-12.mjs";
import { buildEarlierFeed } from "./fixtures/earlier.mjs";
import * as ngheAn from "./fixtures/nghe-an-2023-07.mjs";
import * as quangNgai from "./fixtures/quang-ngai-2023-07.mjs";
import { applyRelations } from "./fixtures/relations.mjs";

const OUT_DIR = new URL("../fixtures/feeds/", import.meta.url);
const REPORTS = [bacGiang, ngheAn, binhLong, dakNong, quangNgai];
/** Characters of a differing line shown on each side of the first difference. */
const CONTEXT = 60;

/** Stops with a message that says where the seeds are expected, instead of an ENOENT trace. */
function requireSeeds() {
  if (existsSync(SEED_DIR)) return;
  console.error(
    `build-fixtures: the seed transcriptions are missing (${fileURLToPath(SEED_DIR)} does not exist).\n` +
      "The fixtures are built from ../shared/data/seed-figures/, which must sit beside the repository " +
      "(CI checks ../shared out beside the clone). Put ../shared there and run again.",
  );
  process.exit(1);
}

/** The committed form of a feed: two-space JSON and a final newline. */
function serialize(feed) {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Observations (subsystems for a status indicator) across the feed, for the summary line. */
function observationCount(feed) {
  return feed.indicators.reduce(
    (total, indicator) => total + (indicator.observations ?? indicator.subsystems).length,
    0,
  );
}

/** Builds every report: `{ file, module, feed, text }` in report order, then the earlier figures. */
function buildAll() {
  const earlier = REPORTS.map((report) => {
    const feed = buildEarlierFeed(report);
    return {
      file: `earlier/${report.FEED_ID}.json`,
      module: "scripts/fixtures/earlier.mjs",
      feed,
      text: serialize(feed),
      earlier: true,
    };
  });
  const feeds = REPORTS.map((report) => {
    // The report's figures, then the relations between them (format 1.2).
    const feed = applyRelations(report.buildFeed());
    if (feed.id !== report.FEED_ID)
      throw new Error(`scripts/fixtures/${report.FEED_ID}.mjs built a feed with id "${feed.id}"`);
    return {
      file: `${feed.id}.json`,
      module: `scripts/fixtures/${feed.id}.mjs`,
      feed,
      text: serialize(feed),
    };
  });
  return [...feeds, ...earlier];
}

function writeAll(built) {
  mkdirSync(new URL("earlier/", OUT_DIR), { recursive: true });
  for (const { file, feed, text } of built) {
    const path = fileURLToPath(new URL(file, OUT_DIR));
    writeFileSync(path, text);
    console.log(
      `wrote ${path} (${feed.indicators.length} indicators, ${observationCount(feed)} observations/subsystems)`,
    );
  }
}

/** `line` cut to the window around `column`, with an ellipsis where text was left out. */
function excerpt(line, column) {
  if (line === undefined) return "(end of file)";
  const start = Math.max(0, column - CONTEXT);
  const end = Math.min(line.length, column + CONTEXT);
  return `${start > 0 ? "…" : ""}${line.slice(start, end)}${end < line.length ? "…" : ""}`;
}

/** The first line (1-based) and column where two texts differ, with both lines cut around it. */
function firstDifference(committed, built) {
  const committedLines = committed.split("\n");
  const builtLines = built.split("\n");
  const count = Math.max(committedLines.length, builtLines.length);
  for (let i = 0; i < count; i++) {
    const a = committedLines[i];
    const b = builtLines[i];
    if (a === b) continue;
    let column = 0;
    while (a !== undefined && b !== undefined && a[column] === b[column]) column++;
    return {
      line: i + 1,
      column: column + 1,
      committed: excerpt(a, column),
      built: excerpt(b, column),
    };
  }
  return null;
}

/** Compares every built feed with the committed file; returns the number of stale files. */
function checkAll(built) {
  let stale = 0;
  const report = (message) => {
    console.error(message);
    stale++;
  };
  for (const { file, module, text } of built) {
    const path = `fixtures/feeds/${file}`;
    const fileUrl = new URL(file, OUT_DIR);
    if (!existsSync(fileUrl)) {
      report(`✗ ${path} is missing; ${module} builds it: run \`npm run fixtures\` and commit.`);
      continue;
    }
    const difference = firstDifference(readFileSync(fileUrl, "utf8"), text);
    if (!difference) {
      console.log(`✓ ${path} matches ${module}`);
      continue;
    }
    report(
      `✗ ${path} differs from what ${module} builds, first at line ${difference.line}, column ${difference.column}:\n` +
        `    committed: ${difference.committed}\n` +
        `    built:     ${difference.built}\n` +
        "  The feeds are generated: change the report module (or the seed), run `npm run fixtures` and commit both.",
    );
  }
  // A committed feed no module builds any more would silently go stale.
  const names = new Set(built.map(({ file }) => file));
  const earlierDir = new URL("earlier/", OUT_DIR);
  const committed = [
    ...readdirSync(OUT_DIR),
    ...(existsSync(earlierDir) ? readdirSync(earlierDir).map((name) => `earlier/${name}`) : []),
  ];
  for (const file of committed.filter((name) => name.endsWith(".json")).sort())
    if (!names.has(file))
      report(`✗ fixtures/feeds/${file} is not built by any module in scripts/fixtures/.`);
  return stale;
}

requireSeeds();
const built = buildAll();
if (process.argv.includes("--check")) {
  const stale = checkAll(built);
  if (stale) {
    console.error(`${stale} fixture feed(s) out of date with scripts/fixtures/ and ../shared`);
    process.exit(1);
  }
  const earlier = built.filter((b) => b.earlier).length;
  console.log(`all ${built.length - earlier} fixture feeds match their builders`);
  console.log(`all ${earlier} earlier-figure feeds (fixtures/feeds/earlier/) match their builder`);
} else writeAll(built);
