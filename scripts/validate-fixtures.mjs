// Validates every fixtures/feeds/*.json with the package's own command line (`chiso validate`,
// bin/chiso.mjs: the elements' parseFeed and checkConsistency), so the seed feeds are held to
// exactly what a publisher's feed is held to. The seeds must moreover reference only units and
// services they list and never repeat an observation (consistency warnings the elements merely
// show), and keep three house rules no element needs (below). Exits 1 on any problem.
//
//   node scripts/validate-fixtures.mjs [file.json …]   (default: all of fixtures/feeds/ and of
//                                                     fixtures/feeds/earlier/)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const FEED_DIR = "fixtures/feeds";

const feedsIn = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(dir, name));
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [...feedsIn(FEED_DIR), ...feedsIn(join(FEED_DIR, "earlier"))];
if (!files.length) {
  console.error(`no feeds found in ${FEED_DIR}`);
  process.exit(1);
}

// The command runs the built data layer: rebuild it when src/data is newer than the build.
const built = "dist/esm/data.js";
const newestSource = Math.max(
  ...readdirSync("src/data", { recursive: true }).map(
    (file) => statSync(join("src/data", file)).mtimeMs,
  ),
);
if (!existsSync(built) || statSync(built).mtimeMs < newestSource)
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: ["ignore", "ignore", "inherit"] });

const cli = spawnSync(
  process.execPath,
  [
    "bin/chiso.mjs",
    "validate",
    "--lang",
    "en",
    "--no-warnings",
    "--fail-on",
    "unknown-unit,district-code-after-reform,unknown-service,duplicate-observation",
    ...files,
  ],
  { stdio: "inherit" },
);

/** House rules of the seeds: registries without repeats, unit parents that exist. */
function houseRules(feed) {
  const problems = [];
  const repeated = (items, what, at) => {
    const seen = new Set();
    items.forEach((id, i) => {
      if (seen.has(id)) problems.push(`${at}[${i}]: duplicate ${what} "${id}"`);
      seen.add(id);
    });
  };
  const units = feed.units ?? [];
  repeated(
    units.map((unit) => unit.code),
    "unit code",
    "units",
  );
  repeated(
    (feed.services ?? []).map((service) => service.id),
    "service id",
    "services",
  );
  const codes = new Set([feed.publisher.unitCode, ...units.map((unit) => unit.code)]);
  units.forEach((unit, i) => {
    if (unit.parent && unit.parent !== "VN" && !codes.has(unit.parent))
      problems.push(`units[${i}].parent: "${unit.parent}" is not listed in units`);
  });
  return problems;
}

let failed = cli.status !== 0;
for (const file of files) {
  let feed;
  try {
    feed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    continue; // reported by the command above
  }
  const problems = feed?.publisher ? houseRules(feed) : [];
  if (problems.length) {
    failed = true;
    console.error(`✗ ${file} (house rules of the seed feeds)`);
    for (const problem of problems) console.error(`    ${problem}`);
  }
}
process.exit(failed ? 1 : 0);
