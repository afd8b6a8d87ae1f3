// The shape of src/, checked on the sources with the TypeScript parser (no build needed):
//   - no import cycles, type-only imports included;
//   - src/data imports nothing from the components (the lint fence forbids Lit and the DOM there);
//   - a component's *.draw.ts does geometry and markup maths only: the figures it draws come
//     from src/data, never from another component;
//   - no source file is longer than a newcomer can hold in their head (450 lines; generated
//     files aside).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import ts from "typescript";

const MAX_LINES = 450;
/**
 * Files allowed past MAX_LINES, each with its own limit and the reason; every entry is a debt.
 * The map element holds its drill-down (issue 16) and the reader's place: moved into helper
 * modules they cost the single-file bundle 0,4 kB of property names that cannot be minified
 * (measured 63 907 → 64 311 B against its 64 000 B cap), so they stay in the class for now.
 */
const LONGER = { "src/components/choropleth/choropleth.element.ts": 550 };

const files = readdirSync("src", { recursive: true })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => join("src", file));

/** The modules a file imports (type-only imports too: a loop of types is a loop to a reader). */
function imports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const specifiers = [];
  for (const statement of source.statements)
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier
    )
      specifiers.push(statement.moduleSpecifier.text);
  return specifiers
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => normalize(join(dirname(file), specifier.replace(/\.js$/, ".ts"))));
}

const graph = new Map(files.map((file) => [file, imports(file)]));

test("every relative import names a source file that exists", () => {
  for (const [file, imports] of graph)
    for (const target of imports) assert.ok(graph.has(target), `${file} imports ${target}`);
});

test("src/ has no import cycles", () => {
  const cycles = [];
  const state = new Map(); // file → "visiting" | "done"
  const stack = [];
  const visit = (file) => {
    state.set(file, "visiting");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "visiting")
        cycles.push([...stack.slice(stack.indexOf(target)), target].join(" → "));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  assert.deepEqual(cycles, []);
});

test("src/data imports nothing from the components", () => {
  for (const [file, imports] of graph)
    if (file.startsWith("src/data/"))
      for (const target of imports)
        assert.ok(target.startsWith("src/data/"), `${file} imports ${target}`);
});

test("*.draw.ts files take their figures from src/data, never from another component", () => {
  const draws = files.filter((file) => file.endsWith(".draw.ts"));
  assert.ok(draws.length >= 4);
  for (const file of draws) {
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/from "([^"]+)"/g)) {
      if (!specifier.startsWith(".")) continue;
      const target = normalize(join(dirname(file), specifier));
      assert.ok(
        target.startsWith("src/data/") || dirname(target) === dirname(file),
        `${file} imports ${specifier}`,
      );
      assert.ok(!/\.element\.js$/.test(specifier), `${file} imports an element`);
    }
  }
});

test(`no source file in src/ is longer than ${MAX_LINES} lines (generated files aside)`, () => {
  const long = files
    .filter((file) => !file.endsWith(".generated.ts"))
    .map((file) => ({ file, lines: readFileSync(file, "utf8").split("\n").length - 1 }))
    .filter(({ file, lines }) => lines > (LONGER[relative(".", file)] ?? MAX_LINES))
    .map(({ file, lines }) => `${relative(".", file)}: ${lines}`);
  assert.deepEqual(long, []);
});
