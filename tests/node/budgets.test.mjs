// Size budgets and bundle hygiene, checked on the build outputs (sizes are deterministic, so
// unlike timings they can be asserted). Run after `npm run build` (scripts/test.sh does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { BUDGETS, measureSizes } from "../../scripts/size.mjs";
import { elementEntries } from "../../scripts/build.mjs";

const sizes = await measureSizes();
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

test(`the single-file bundle is at most ${kb(BUDGETS.bundle)} gzip`, () => {
  assert.ok(sizes.bundle != null, "dist/chiso.iife.js is missing: run npm run build");
  assert.ok(sizes.bundle <= BUDGETS.bundle, `bundle is ${kb(sizes.bundle)}`);
});

test(`the trend's single file is at most ${kb(BUDGETS.trendBundle)} gzip`, () => {
  assert.ok(sizes.trendBundle != null, "dist/chiso-trend.iife.js is missing: run npm run build");
  assert.ok(sizes.trendBundle <= BUDGETS.trendBundle, `trend bundle is ${kb(sizes.trendBundle)}`);
});

test(`the shared runtime (lit + data layer + element base) is at most ${kb(BUDGETS.runtime)} gzip`, () => {
  assert.ok(sizes.runtime <= BUDGETS.runtime, `runtime is ${kb(sizes.runtime)}`);
});

for (const name of Object.keys(elementEntries())) {
  test(`<chiso-${name}>'s own code stays within its budget`, () => {
    const budget = BUDGETS.elements[name];
    assert.ok(budget, `no budget set for ${name}`);
    const own = sizes.elements[name].own;
    assert.ok(own <= budget, `${name} adds ${kb(own)} beyond the runtime; budget ${kb(budget)}`);
  });
}

test("the bundles contain no eval or new Function", () => {
  const files = [
    "dist/chiso.iife.js",
    ...readdirSync("dist/esm", { recursive: true })
      .filter((f) => f.endsWith(".js"))
      .map((f) => `dist/esm/${f}`),
  ];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(/, file);
  }
});

test("zod stays out of what ships: only the chiso/schema entry imports it", () => {
  for (const file of readdirSync("dist/esm", { recursive: true }).filter((f) => f.endsWith(".js")))
    if (file !== "schema.js")
      assert.doesNotMatch(readFileSync(`dist/esm/${file}`, "utf8"), /from "zod|\$Zod/, file);
  assert.match(readFileSync("dist/esm/schema.js", "utf8"), /from "zod\/mini"/);
  assert.doesNotMatch(readFileSync("dist/chiso.iife.js", "utf8"), /\$Zod|zod/);
});

test("the ES modules keep lit external (one copy of Lit per page) and need no d3 or topojson", () => {
  const files = readdirSync("dist/esm", { recursive: true }).filter((f) => f.endsWith(".js"));
  const all = files.map((file) => readFileSync(`dist/esm/${file}`, "utf8")).join("\n");
  assert.match(all, /from "lit"/);
  // The map reads TopoJSON and projects it itself (rings.ts, geometry.ts): d3-geo and
  // topojson-client are the tests' reference, not dependencies.
  assert.doesNotMatch(all, /from "(d3-geo|topojson-client)"/);
  for (const file of files) {
    const text = readFileSync(`dist/esm/${file}`, "utf8");
    assert.doesNotMatch(
      text,
      /class LitElement|function geoPath|function feature\(|\$ZodType\b/,
      `${file} inlines a dependency`,
    );
  }
});

test("the data layer entry registers no element", () => {
  const data = readFileSync("dist/esm/data.js", "utf8");
  assert.doesNotMatch(data, /customElements\.define/);
});

test("package.json exports every element entry and lists only them as side effects", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  for (const name of Object.keys(elementEntries())) {
    assert.equal(pkg.exports[`./${name}`].default, `./dist/esm/${name}.js`);
    assert.ok(pkg.sideEffects.includes(`./dist/esm/${name}.js`));
  }
  // The registering code may sit in a shared chunk that an entry only re-exports.
  assert.ok(pkg.sideEffects.includes("./dist/esm/chunks/define-*.js"));
  assert.ok(!pkg.sideEffects.includes("./dist/esm/data.js"));
  assert.deepEqual(pkg.files, ["README.vi.md", "bin", "dist", "schema", "custom-elements.json"]);
});

test("custom-elements.json documents every element with its attributes", () => {
  const manifest = JSON.parse(readFileSync("custom-elements.json", "utf8"));
  const tags = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => d.tagName);
  for (const name of Object.keys(elementEntries()))
    assert.ok(tags.includes(`chiso-${name}`), `chiso-${name} missing from the manifest`);
  const attributes = (tag) =>
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((d) => d.tagName === tag)
      .attributes.map((a) => a.name);
  assert.ok(attributes("chiso-choropleth").includes("boundaries"));
  assert.ok(attributes("chiso-gauge").includes("indicator"), "inherited attributes are listed");
  // Internal Lit state is not public API.
  assert.ok(!attributes("chiso-choropleth").includes("hover"));
  assert.ok(!attributes("chiso-gauge").includes("now"));
});
