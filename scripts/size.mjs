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
  // Issue 14 moved every figure into src/data — funnel, progress, the map's join and classes,
  // subsystem freshness — with the boundary loader (json-cache.ts), the warning index and the
  // message table: measured 23 623 B; the funnel and the status panel are lighter for it.
  // Issue 21 adds the Trusted Types guard and the plain-text fallback every element shares (a
  // page whose policy stops Lit still gets its figures): measured 24 998 B.
  // Issue 13.9 / 20.5: parseFeed never throws and does bounded work (limits on values, text and
  // issues, each with its vi + en "feed too large" words; unreadable values located by path):
  // measured 26 127 B. Issue 13.6 explains a feed's mistakes where they happen: a JSON syntax
  // error in vi + en with line and column (json-syntax.ts, a scanner that runs only after
  // JSON.parse failed: 1,7 kB), a hint how to write the value ("viết 12.5, không viết "12,5"",
  // the id a label was meant to be, a lost leading zero), what each pattern asks for, the
  // service or unit named in the path, numbers in each language's way (1,3 kB): 29 349 B.
  // Issue 17 adds history to the data layer (feed format 1.1: periods, the history rules of
  // parseFeed, series with gaps and revisions, the feed index and mergeFeeds for monthly files):
  // measured 27 917 B before 13.9 and 29 4xx B with it, of which 2,0 kB is series, merge and
  // the index rules, used by the trend.
  // Issue 15 formats vi/en numbers and dates without building Intl formatters before the first
  // paint (src/data/format.ts, checked against Intl by property tests): 30 2xx B.
  // Issues 20/22 make the feed runtime safe on an unattended wall: removal never resubscribes,
  // Retry-After, a Server-Sent Events stream reopened after an HTTP error, named events and the
  // coalescing of floods (feed-events.ts, feed-policy.ts): +1,4 kB; 34 7xx B with 13.6's
  // messages (the single-file bundles take the brief JSON syntax words: json-syntax-brief.ts).
  // Issue 22.3's clock rule (plausible dates, ±5 min), 13.4's feed chip (one line: what failed,
  // the age, the next try, in the element's language) and 13.2's configuration problems (the
  // frame with a visitor's sentence, the hint for the developer): +1,7 kB on their branch.
  // Issue 22.4's large feeds (registries by code instead of `find`, the stepped validation of
  // feeds over 5 000 items in parse-in-steps.ts, which this measure counts — the single-file
  // bundles alias it to a one-task version) and 16's join within a province, figures of another
  // level set aside and the 2025 district-code warning: 37 5xx B.
  // Issue 18's relations of format 1.2 (same fact twice, parts and totals, printed remainders
  // and changes, target rules, the printed form: relations/, with its vi + en words; 3,5 kB) and
  // their schema fields: 41 7xx B.
  // The single-file bundles leave the relations out (relations-none.ts): the validator page,
  // the CLI and apps on the ES modules run them.
  // 42 2xx B with issue 18.6, every element's severity marks and warning lists
  // (shared/warning-mark.ts, warning-list.ts, their words and the theme's tones).
  runtime: 43_000,
  // Issue 14: the single-file bundle may grow with the features of the coming issues up to
  // 64 kB (still about a third of tree-shaken ECharts). Measured 53 659 B on 2026-11-24: the
  // figures moved to src/data, and the import order chosen for gzip dropped (0,9 kB).
  // 63 9xx B after 13.3 (wall fit, status panel paging), 16 (2025 maps: province outlines,
  // drill-down) and 22.4 (render limits), paid for by modules grouped by kind (−1,6 kB) and a
  // second compression by terser (−0,35 kB); the stepped validation stays out of this file.
  // 63 6xx B with the modules regrouped (−0,3 kB); 63 8xx B with format 1.2's fields in the
  // compiled rules (issue 18: the file validates them; their checks stay in the ES modules).
  // 63 9xx B on 2026-12-04 with issue 19's fixes (map palette per theme, status tiles, funnel,
  // gauge and board) and 18.6's severity marks, paid for by short word-table keys and
  // custom-property names (−0,8 kB); 18.6's warning lists stay in the ES modules
  // (warning-list-none.ts, 0,3 kB).
  bundle: 64_000,
  // Issue 17: <chiso-trend> is its own single file (Lit, the data layer, the trend and its
  // feed-index loader), so the five core elements keep theirs within 64 kB.
  // Measured 31 8xx B.
  // 34 5xx B after 13.2 / 13.4 (configuration problems, the feed chip).
  // 36 1xx B after the small multiples (units=, one shared scale; +1,5 kB, issue 17.2) and the
  // data layer's growth for 22.4 and 16, with the terser pass the core file has too (−0,3 kB).
  trendBundle: 37_000,
  elements: {
    gauge: 8_000,
    "service-board": 8_000,
    funnel: 8_000,
    // Aim 8 kB (issue 5); measured 7 973 B, 7 781 B once its figures moved to src/data; 8 1xx B
    // after issue 17, its own code unchanged (gzip is not additive: "own" = standalone − runtime).
    // 9 3xx B after 13.3 / 22.4: the shared pager and paging controller now count in it (fit
    // pages tiles too small to read, with a pause button), and the 500-tile limit with "Xem thêm".
    // 9 6xx B after issue 19 (12 px tiles that scroll, text spacing, 320 px reflow, an inert
    // grid under the detail, `fit` followed) and 18.6 (a tile marks a last update in the future).
    "status-panel": 10_000,
    // Issue 17: the trend (line or columns, target, marks, gaps, keyboard readout, table).
    trend: 8_000,
    // Aim 20 kB including d3-geo (issue 6); measured 17,5 kB; 17,3 kB after issue 14 (join and
    // classes moved to src/data; palette tokens, boundary controller and renderers added); 13,9 kB
    // after issue 15 (TopoJSON read and projected by rings.ts / geometry.ts: no d3-geo, no
    // topojson-client; on-demand sortable table).
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
  const trendPath = "dist/chiso-trend.iife.js";
  const trendBundle = existsSync(trendPath)
    ? gzipSync(readFileSync(trendPath), { level: 9 }).length
    : null;
  return { runtime, elements, bundle, trendBundle };
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
  console.log(
    `trend single file dist/chiso-trend.iife.js ${kb(sizes.trendBundle)}  budget ${kb(BUDGETS.trendBundle)}`,
  );
}
