// Validates every fixtures/feeds/*.json against the feed schema (src/data/schema.ts, zod/mini)
// plus the references the schema language cannot express: unique indicator / stage / subsystem
// ids, funnel stage and level keys declared by their indicator, observation units and services
// listed in the feed's registries. Prints each problem with its JSON path; exits 1 on any.
//
//   node scripts/validate-fixtures.mjs [file.json …]   (default: all of fixtures/feeds/)
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import * as z from "zod/mini";
import { loadTs } from "./load-ts.mjs";

const FEED_DIR = "fixtures/feeds";

/** `["indicators", 2, "label"]` → `indicators[2].label`. */
function formatPath(path) {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(feed)";
}

/** zod/mini ships no messages: spell out what an issue means from its fields. */
function describe(issue) {
  const parts = [issue.code];
  if (issue.expected) parts.push(`expected ${issue.expected}`);
  if (issue.format) parts.push(`format ${issue.format}`);
  if (issue.keys)
    parts.push(`unknown key(s) ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}`);
  if (issue.values)
    parts.push(`one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`);
  if (issue.minimum !== undefined) parts.push(`minimum ${issue.minimum}`);
  if (issue.maximum !== undefined) parts.push(`maximum ${issue.maximum}`);
  if ("input" in issue && typeof issue.input !== "object")
    parts.push(`got ${JSON.stringify(issue.input)}`);
  return parts.join(", ");
}

function checkReferences(feed) {
  const problems = [];
  const add = (path, message) => problems.push(`${path}: ${message}`);
  const units = new Set([feed.publisher.unitCode, ...(feed.units ?? []).map((unit) => unit.code)]);
  const services = new Set((feed.services ?? []).map((service) => service.id));
  const duplicates = (items, what, at) => {
    const seen = new Set();
    items.forEach((id, i) => {
      if (seen.has(id)) add(at(i), `duplicate ${what} "${id}"`);
      seen.add(id);
    });
  };
  duplicates(
    (feed.units ?? []).map((unit) => unit.code),
    "unit code",
    (i) => `units[${i}].code`,
  );
  duplicates(
    (feed.services ?? []).map((service) => service.id),
    "service id",
    (i) => `services[${i}].id`,
  );
  duplicates(
    feed.indicators.map((indicator) => indicator.id),
    "indicator id",
    (i) => `indicators[${i}].id`,
  );
  for (const unit of feed.units ?? [])
    if (unit.parent && unit.parent !== "VN" && !units.has(unit.parent))
      add(`units (${unit.code})`, `parent "${unit.parent}" is not listed in units`);
  if (feed.period.start > feed.period.end) add("period", "start is after end");

  feed.indicators.forEach((indicator, i) => {
    const at = `indicators[${i}]`;
    const checkUnit = (unit, path) => {
      if (unit && !units.has(unit)) add(`${path}.unit`, `unit "${unit}" is not listed in units`);
    };
    if (indicator.kind === "status") {
      duplicates(
        indicator.subsystems.map((s) => s.id),
        "subsystem id",
        (s) => `${at}.subsystems[${s}].id`,
      );
      return;
    }
    const stageIds = new Set((indicator.stages ?? []).map((stage) => stage.id));
    const levelIds = new Set((indicator.levels ?? []).map((level) => level.id));
    if (indicator.kind === "funnel")
      duplicates(
        indicator.stages.map((stage) => stage.id),
        "stage id",
        (s) => `${at}.stages[${s}].id`,
      );
    const keys = new Set();
    indicator.observations.forEach((observation, o) => {
      const path = `${at}.observations[${o}]`;
      checkUnit(observation.unit, path);
      if (indicator.kind === "ratio") {
        if (observation.service && !services.has(observation.service))
          add(`${path}.service`, `service "${observation.service}" is not listed in services`);
        const key = `${observation.unit ?? feed.publisher.unitCode}|${observation.service ?? ""}`;
        if (keys.has(key)) add(path, "another observation has the same unit and service");
        keys.add(key);
      } else {
        const key = observation.unit ?? feed.publisher.unitCode;
        if (keys.has(key))
          add(path, "another observation has the same unit (widgets show only the first)");
        keys.add(key);
      }
      if (indicator.kind === "funnel")
        for (const [stageId, value] of Object.entries(observation.stages)) {
          if (!stageIds.has(stageId))
            add(`${path}.stages.${stageId}`, `stage "${stageId}" is not declared`);
          for (const levelId of Object.keys(value.levels ?? {}))
            if (!levelIds.has(levelId))
              add(
                `${path}.stages.${stageId}.levels.${levelId}`,
                `level "${levelId}" is not declared`,
              );
        }
    });
  });
  return problems;
}

const { IndicatorFeed } = await loadTs("src/data/schema.ts");
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(FEED_DIR)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => join(FEED_DIR, name));
if (!files.length) {
  console.error(`no feeds found in ${FEED_DIR}`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  let json;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`✗ ${file}: not valid JSON: ${error.message}`);
    failed++;
    continue;
  }
  const result = z.safeParse(IndicatorFeed, json, { reportInput: true });
  const problems = result.success
    ? checkReferences(result.data)
    : result.error.issues.map((issue) => `${formatPath(issue.path)}: ${describe(issue)}`);
  if (problems.length) {
    failed++;
    console.error(`✗ ${file}`);
    for (const problem of problems) console.error(`    ${problem}`);
  } else {
    const observations = json.indicators.reduce(
      (total, indicator) => total + (indicator.observations ?? indicator.subsystems).length,
      0,
    );
    console.log(
      `✓ ${basename(file)}: ${json.indicators.length} indicators, ${observations} observations`,
    );
  }
}
if (failed) {
  console.error(`${failed} of ${files.length} feed(s) invalid`);
  process.exit(1);
}
console.log(`all ${files.length} feeds valid`);
