// Bundle sizes, gzip -9, measured the way a portal receives them (minified, production Lit).
//   runtime  = lit + src/data + the shared element base: what every chiso element needs;
//   element  = one element's entry with everything inlined; its own cost = element − runtime.
// Used by `npm run size`, by the budget test (tests/node/budgets.test.mjs) and by the benchmark.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { readFileSync, existsSync } from "node:fs";
import { elementEntries } from "./build.mjs";
import { litLiteralsEsbuild } from "./minify-literals.mjs";

/** Budgets in bytes (gzip). A change that grows one must say why in its commit. */
export const BUDGETS = {
  // Aim 20 kB (issue 2); measured 19,0 kB once zod left the runtime (validate.ts interprets
  // rules compiled from the zod schema; zod/mini had been 10,3 kB of the former 26,4 kB).
  runtime: 20_000,
  // Issue 8: at most 50 kB. Measured 49 772 B on 2026-11-23: zod out of the runtime, ES private
  // members, the bundle's modules grouped for gzip, d3's geoPath replaced by one planar sink, a
  // review of every element for repeated code and a curated window.chiso (it was 61,7 kB).
  bundle: 50_000,
  elements: {
    gauge: 8_000,
    "service-board": 8_000,
    funnel: 8_000,
    // Aim 8 kB (issue 5); measured 7 973 B.
    "status-panel": 8_000,
    // Aim 20 kB including d3-geo (issue 6); measured 17,5 kB.
    choropleth: 20_000,
  },
};

async function gzipOf(stdinContents) {
  const result = await build({
    stdin: { contents: stdinContents, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    target: "es2022",
    legalComments: "none",
    logLevel: "silent",
    plugins: [litLiteralsEsbuild()],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

export async function measureSizes() {
  const runtime = await gzipOf(
    `export * from "./src/data/index.ts"; export * from "./src/components/shared/chiso-element.ts"; export * from "./src/components/shared/theme.styles.ts";`,
  );
  const elements = {};
  for (const [name, entry] of Object.entries(elementEntries())) {
    const total = await gzipOf(`export * from "./${entry}"; export * from "./src/data/index.ts";`);
    elements[name] = { total, own: total - runtime };
  }
  const bundlePath = "dist/chiso.iife.js";
  const bundle = existsSync(bundlePath)
    ? gzipSync(readFileSync(bundlePath), { level: 9 }).length
    : null;
  return { runtime, elements, bundle };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSizes();
  const kb = (bytes) => (bytes == null ? "—" : `${(bytes / 1000).toFixed(1)} kB`);
  console.log(
    `shared runtime (lit + data + base)   ${kb(sizes.runtime)}  budget ${kb(BUDGETS.runtime)}`,
  );
  for (const [name, size] of Object.entries(sizes.elements))
    console.log(
      `${name.padEnd(36)} own ${kb(size.own)} (standalone ${kb(size.total)})  budget ${kb(BUDGETS.elements[name])}`,
    );
  console.log(
    `single-file bundle dist/chiso.iife.js ${kb(sizes.bundle)}  budget ${kb(BUDGETS.bundle)}`,
  );
}
