// The committed JSON Schema, used by an independent validator (ajv), accepts the five seed feeds
// and rejects broken ones; and it agrees with the zod schema, feed by feed, on a corpus of
// mutated feeds (the generated file could otherwise drift from what the widgets accept).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { loadTs } from "../../scripts/load-ts.mjs";

const schema = JSON.parse(readFileSync("schema/indicator-feed.schema.json", "utf8"));
// Formats are enforced by the patterns zod emits next to them; ajv only needs to know the names.
const ajv = new Ajv2020({ allErrors: true, formats: { date: true, "date-time": true } });
const validate = ajv.compile(schema);
const { parseFeed } = await loadTs("src/data/parse.ts");

const FIXTURE_DIR = "fixtures/feeds";
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({ name, feed: JSON.parse(readFileSync(`${FIXTURE_DIR}/${name}`, "utf8")) }));

/** Named ways to break a feed; each returns a broken copy (or null when it does not apply). */
const MUTATIONS = {
  "missing generatedAt": (feed) => (delete feed.generatedAt, feed),
  "schemaVersion 2.0": (feed) => ((feed.schemaVersion = "2.0"), feed),
  "unknown indicator kind": (feed) => ((feed.indicators[0].kind = "gauge"), feed),
  "unknown top-level field": (feed) => ((feed.publisherr = feed.publisher), feed),
  "empty indicators": (feed) => ((feed.indicators = []), feed),
  "date in d/m/y": (feed) => ((feed.period.start = "16/01/2023"), feed),
  "date-time without offset": (feed) => ((feed.generatedAt = "2023-02-20T17:00:00"), feed),
  "unit code with letters": (feed) => ((feed.publisher.unitCode = "BG"), feed),
  "empty label": (feed) => ((feed.indicators[0].label = ""), feed),
  "negative count": (feed) => withObservation(feed, (o) => (o.numerator = -1)),
  "count as Vietnamese text": (feed) => withObservation(feed, (o) => (o.numerator = "36.100")),
  "fractional count": (feed) => withObservation(feed, (o) => (o.numerator = 12.5)),
  "NaN as a string": (feed) => withObservation(feed, (o) => (o.denominator = "NaN")),
  "Infinity as a string": (feed) => withObservation(feed, (o) => (o.statedRate = "Infinity")),
  "unknown observation field": (feed) => withObservation(feed, (o) => (o.numerater = 1)),
  "subsystem mode live": (feed) => withSubsystem(feed, (s) => (s.mode = "live")),
  "bad duration": (feed) => withSubsystem(feed, (s) => (s.expectedInterval = "15 minutes")),
  "one-stage funnel": (feed) => withFunnel(feed, (f) => (f.stages = f.stages.slice(0, 1))),
};

function withObservation(feed, change) {
  const ratio = feed.indicators.find((indicator) => indicator.kind === "ratio");
  if (!ratio?.observations.length) return null;
  change(ratio.observations[0]);
  return feed;
}
function withSubsystem(feed, change) {
  const status = feed.indicators.find((indicator) => indicator.kind === "status");
  if (!status?.subsystems.length) return null;
  change(status.subsystems[0]);
  return feed;
}
function withFunnel(feed, change) {
  const funnel = feed.indicators.find((indicator) => indicator.kind === "funnel");
  if (!funnel) return null;
  change(funnel);
  return feed;
}

test("there are five seed fixtures", () => {
  assert.equal(fixtures.length, 5, fixtures.map((f) => f.name).join(", "));
});

for (const { name, feed } of fixtures) {
  test(`ajv accepts the seed feed ${name}`, () => {
    const ok = validate(feed);
    assert.ok(ok, ajv.errorsText(validate.errors));
  });
  test(`parseFeed accepts the seed feed ${name}`, () => {
    const result = parseFeed(feed);
    assert.ok(result.ok, JSON.stringify(result.issues?.slice(0, 3)));
  });
}

test("ajv and zod reject every mutation of every seed feed alike", () => {
  let compared = 0;
  for (const { name, feed } of fixtures) {
    for (const [mutation, apply] of Object.entries(MUTATIONS)) {
      const broken = apply(structuredClone(feed));
      if (!broken) continue;
      compared += 1;
      const ajvSays = validate(broken);
      const zodSays = parseFeed(broken).ok;
      assert.equal(ajvSays, false, `ajv accepted ${name} with ${mutation}`);
      assert.equal(zodSays, false, `zod accepted ${name} with ${mutation}`);
    }
  }
  assert.ok(compared >= 5 * 12, `only ${compared} comparisons ran`);
});

test("the JSON Schema's $id is the address that serves it, and it requires schemaVersion", () => {
  // unpkg serves the file of the package's `files` at this path (see README, "Writing a feed").
  assert.equal(schema.$id, "https://unpkg.com/chiso/schema/indicator-feed.schema.json");
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  assert.equal(pkg.name, "chiso");
  assert.ok(pkg.files.includes("schema"));
  assert.equal(pkg.exports["./schema.json"], "./schema/indicator-feed.schema.json");
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.ok(schema.required.includes("schemaVersion"));
});

test("ajv accepts the history fixture (format 1.1) and the monthly files with their feed index", () => {
  const history = JSON.parse(readFileSync("fixtures/history/history.json", "utf8"));
  assert.ok(validate(history), ajv.errorsText(validate.errors));
  for (const name of readdirSync("fixtures/history/monthly").filter((n) => n !== "index.json")) {
    const month = JSON.parse(readFileSync(`fixtures/history/monthly/${name}`, "utf8"));
    assert.ok(validate(month), `${name}: ${ajv.errorsText(validate.errors)}`);
  }
  const indexSchema = JSON.parse(readFileSync("schema/feed-index.schema.json", "utf8"));
  const validateIndex = ajv.compile(indexSchema);
  const index = JSON.parse(readFileSync("fixtures/history/monthly/index.json", "utf8"));
  assert.ok(validateIndex(index), ajv.errorsText(validateIndex.errors));
  assert.equal(validateIndex({ ...index, feeds: [] }), false);
  assert.equal(validateIndex({ ...index, kind: "feed" }), false);
});

test("ajv and parseFeed accept the seeds' earlier-period figures (fixtures/feeds/earlier/) and the reform fixture", () => {
  const files = readdirSync("fixtures/feeds/earlier")
    .filter((name) => name.endsWith(".json"))
    .map((name) => `fixtures/feeds/earlier/${name}`);
  assert.equal(files.length, 5);
  for (const file of [...files, "fixtures/history/reform-bac-ninh.json"]) {
    const feed = JSON.parse(readFileSync(file, "utf8"));
    assert.ok(validate(feed), `${file}: ${ajv.errorsText(validate.errors)}`);
    const result = parseFeed(feed);
    assert.ok(result.ok, `${file}: ${JSON.stringify(result.issues?.slice(0, 3))}`);
  }
});

/** Every `properties` entry of a JSON Schema, with its JSON Pointer. */
function propertiesOf(node, pointer = "", out = []) {
  if (Array.isArray(node)) node.forEach((child, i) => propertiesOf(child, `${pointer}/${i}`, out));
  else if (node && typeof node === "object")
    for (const [key, child] of Object.entries(node)) {
      if (key === "properties")
        for (const [name, property] of Object.entries(child))
          out.push({ pointer: `${pointer}/properties/${name}`, property });
      propertiesOf(child, `${pointer}/${key}`, out);
    }
  return out;
}

test("every property and definition of the JSON Schema is described in Vietnamese, then English", () => {
  const properties = propertiesOf(schema);
  // 144 when this test was written: a new field needs its words in src/data/schema-docs.ts.
  assert.ok(properties.length >= 144, `only ${properties.length} properties`);
  const described = [
    ...properties,
    ...Object.entries(schema.$defs).map(([name, def]) => ({
      pointer: `/$defs/${name}`,
      property: def,
    })),
    { pointer: "", property: schema },
  ];
  const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
  const wrong = described.filter(({ property }) => {
    const [vi, en, ...rest] = String(property.description ?? "").split("\n\n");
    // English may quote Vietnamese terms ("90 ngày đêm"), so it is only required to differ.
    return !vi || !en || rest.length > 0 || !VIETNAMESE.test(vi) || en === vi;
  });
  assert.deepEqual(
    wrong.map(({ pointer }) => pointer),
    [],
    "descriptions must read `Vietnamese\\n\\nEnglish`",
  );
  assert.equal(described.length, properties.length + Object.keys(schema.$defs).length + 1);
});
