// npm run build:
//   dist/esm/          ES modules, one entry per element (importing one registers only that one),
//                      `data` (no side effects), `schema` (the zod schema, for apps that validate
//                      with zod themselves), `crosswalk` (re-aggregation across the 2025 reform,
//                      kept out of the bundle) and `index` (all elements); lit, d3-*, zod and
//                      topojson-client stay external so an app never ships two copies of Lit.
//   dist/chiso.iife.js the single-file bundle for a portal's <script> tag (everything inlined).
//   dist/types/        .d.ts declarations.
//   custom-elements.json  Custom Elements Manifest, from the classes' JSDoc.
// No source maps unless asked (`--sourcemap` or CHISO_SOURCEMAP=1): they are not published (the
// single-file bundle's map alone was 646 kB of a 505 kB tarball), and a `sourceMappingURL` that
// names a file not in the package makes an app's dev server warn about every module.
import { build } from "vite";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import MagicString from "magic-string";
import { minify } from "terser";
import { litLiteralsVite } from "./minify-literals.mjs";
import { shortCustomPropertiesVite } from "./short-custom-properties.mjs";
import { renamableWordKeys } from "./word-keys.mjs";

const sourcemap = process.argv.includes("--sourcemap") || process.env.CHISO_SOURCEMAP === "1";

const external = (id) =>
  /^(lit|@lit\/|lit-html|lit-element|d3-|zod|topojson-client|react)/.test(id);

/** Every element folder with a define.ts becomes an entry named after the folder. */
export function elementEntries() {
  return Object.fromEntries(
    readdirSync("src/components", { withFileTypes: true })
      .filter((dir) => dir.isDirectory() && dir.name !== "shared")
      .filter((dir) => existsSync(`src/components/${dir.name}/define.ts`))
      .map((dir) => [dir.name, `src/components/${dir.name}/define.ts`]),
  );
}

/**
 * Module order of the single-file bundle, for gzip only. The bundler lays modules out in the order
 * they are first imported, and gzip finds repeats only within 32 kB: element by element, each style
 * sheet, message table and class sits far from its look-alikes in the other elements. Importing
 * them ahead of the entry by kind — the style sheets, then all words (the elements' and the data
 * layer's), then the figures the elements draw, then the element classes — puts like next to like:
 * 1,5 kB gzip less (measured 2026-12-03). Then, 276 B less again: Lit's directives next to Lit
 * (114 B), the shared theme and words ahead of each kind, the elements' words/tables/drawing
 * helpers and the data layer's modules as groups (79 B), the map's geometry and the status
 * panel's helpers (83 B). The order is a measured choice — words before the sheets cost 0,6 kB —
 * so re-measure when modules move. The groups are patterns, so a new element joins them, and only
 * modules the bundle holds anyway are reordered (a first build, not written, lists them).
 * None of these modules has side effects that depend on the order (lit-html, now evaluated before
 * ReactiveElement, only creates its Trusted Types policy and records its version), the Trusted
 * Types guard is still imported before Lit, and the entry file stays as written. Not for the trend's single file: one element has no
 * look-alikes to group, and it came out 0,1 kB larger.
 */
const LIKE_WITH_LIKE = [
  // Lit's directives (repeat and its helpers) next to Lit's core, not between two element classes.
  /^node_modules\/lit-html\//,
  // The shared theme and the shared words first: every element's sheet and table repeats them.
  /^src\/components\/shared\/theme\.styles\.ts$/,
  /^src\/components\/[^/]+\/[^/]+\.styles\.ts$/,
  /^src\/components\/shared\/messages\.ts$/,
  /^src\/components\/[^/]+\/messages\.ts$/,
  /^src\/data\/(issue-)?messages\.ts$/,
  // Each element's figures in words, tables and drawing helpers, then the data layer's.
  /^src\/components\/[^/]+\/[^/]*(-text|-table|\.draw)\.ts$/,
  /^src\/data\/figures\/[^/]+\.ts$/,
  /^src\/data\/[^/]+\.ts$/,
  // The map's geometry and renderers (typed arrays, paths), then the status panel's helpers (icons,
  // burn-in, announcer, detail), each next to its kind rather than between two element classes.
  /^src\/components\/choropleth\/(rings|geometry|projection|boundaries|labels|[a-z]+-renderer)\.ts$/,
  /^src\/components\/status-panel\/(?!status-panel\.)[^/]+\.ts$/,
  /^src\/components\/[^/]+\/[^/]+\.element\.ts$/,
];
const GUARD = "src/components/shared/trusted-types.ts";

/** A build of `config` with its modules imported like with like (see LIKE_WITH_LIKE). */
async function buildLikeWithLike(config) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const [first] = await build({ ...config, build: { ...config.build, write: false } });
  const files = first.output[0].moduleIds
    .filter((id) => id.startsWith(root))
    .map((id) => id.slice(root.length));
  // A module in two groups (the theme is also a style sheet) is imported where it first appears.
  const ordered = new Set([
    GUARD,
    ...LIKE_WITH_LIKE.flatMap((kind) => files.filter((f) => kind.test(f)).sort()),
  ]);
  const imports = [...ordered].map((file) => `import ${JSON.stringify(root + file)};\n`).join("");
  const entry = root + config.build.lib.entry;
  const plugin = {
    name: "chiso-like-with-like",
    transform(code, id) {
      if (id !== entry) return null;
      const output = new MagicString(code).prepend(imports);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
  return build({ ...config, plugins: [...config.plugins, plugin] });
}

if (import.meta.url !== `file://${process.argv[1]}`) {
  // Imported for elementEntries() only (by scripts/size.mjs).
} else {
  await buildAll();
}

/**
 * A second compression of a single file, by terser over Oxc's output (two passes): 0,35 kB of the
 * core file's 64 and 0,3 kB of the trend's 36, with the same code — Oxc's minifier leaves foldable sequences and conditionals
 * that terser's folds find. The file's source map, when asked for, follows both steps.
 * Terser also writes the keys of the word tables short (`m.citizensAndBusinessesDiffer(…)` →
 * `m.Xe(…)`): 0,6 kB of the core file. Only keys nothing else can reach by name are renamed
 * (scripts/word-keys.mjs says which and why); the ES modules keep them all.
 */
async function compressAgain(file, built) {
  const mapFile = `${file}.map`;
  const map = existsSync(mapFile) ? readFileSync(mapFile, "utf8") : null;
  const code = readFileSync(file, "utf8");
  const modules = [built].flat()[0].output[0].moduleIds;
  const words = renamableWordKeys(code, modules);
  const result = await minify(code, {
    // Unused trailing parameters go (no code of chiso's or Lit's reads a function's `length`),
    // and statements stay statements: joined by commas they compress 7 B worse here.
    compress: { passes: 2, keep_fargs: false, sequences: false },
    mangle: { properties: { regex: new RegExp(`^(?:${words.join("|")})$`) } },
    sourceMap: map ? { content: map, url: mapFile.split("/").pop() } : false,
  });
  writeFileSync(file, result.code);
  if (map && typeof result.map === "string") writeFileSync(mapFile, result.map);
}

async function buildAll() {
  rmSync("dist", { recursive: true, force: true });

  // The ES modules ship their templates as written: an app's own bundler minifies them, or not.
  await build({
    configFile: false,
    logLevel: "warn",
    build: {
      target: "es2022",
      outDir: "dist/esm",
      emptyOutDir: true,
      minify: false,
      sourcemap,
      lib: {
        entry: {
          index: "src/index.ts",
          data: "src/data/index.ts",
          schema: "src/data/schema.ts",
          crosswalk: "src/data/crosswalk/index.ts",
          react: "src/react/index.ts",
          ...elementEntries(),
          // chiso/react/<element>: one wrapper, registering only its element.
          ...Object.fromEntries(
            Object.keys(elementEntries()).map((name) => [`react/${name}`, `src/react/${name}.ts`]),
          ),
        },
        formats: ["es"],
      },
      rolldownOptions: {
        external,
        output: {
          entryFileNames: "[name].js",
          chunkFileNames: "chunks/[name]-[hash].js",
          // The Trusted Types guard must run before Lit, which stays external: a chunk's imports
          // of "lit" are evaluated before any of its own code, so the guard gets a chunk of its
          // own, imported ahead of "lit" (src/components/shared/trusted-types.ts).
          codeSplitting: {
            groups: [{ name: "trusted-types", test: /shared[\\/]trusted-types\.ts$/ }],
          },
        },
      },
    },
  });

  // The single-file bundles explain a feed that is not JSON more briefly (line and column, not
  // what is wrong: src/data/json-syntax-brief.ts) and draw no sparkline in the gauge, which keeps
  // the core one within 64 kB. The ES modules have both.
  const briefJsonErrors = {
    alias: [
      {
        find: /^\.\/json-syntax\.js$/,
        replacement: fileURLToPath(new URL("../src/data/json-syntax-brief.ts", import.meta.url)),
      },
      // Issue messages without the hints that say how to fix a value (issue-hints-none.ts).
      {
        find: /^\.\/issue-hints\.js$/,
        replacement: fileURLToPath(new URL("../src/data/issue-hints-none.ts", import.meta.url)),
      },
      // Very large feeds validated in one task, not in steps (parse-in-steps-none.ts): 0,6 kB.
      {
        find: /^.*\/parse-in-steps\.js$/,
        replacement: fileURLToPath(new URL("../src/data/parse-in-steps-none.ts", import.meta.url)),
      },
      // The consistency pass without the relations of format 1.2 (relations-none.ts): 3,5 kB.
      {
        find: /^\.\/relations\/index\.js$/,
        replacement: fileURLToPath(new URL("../src/data/relations-none.ts", import.meta.url)),
      },
      // Consistency warnings marked, not listed (shared/warning-list-none.ts): 0,3 kB.
      {
        find: /^\.{1,2}\/(shared\/)?warning-list\.js$/,
        replacement: fileURLToPath(
          new URL("../src/components/shared/warning-list-none.ts", import.meta.url),
        ),
      },
      // The gauge and the board without sparklines and the gauge's change from history
      // (shared/sparkline-none.ts): 1,9 kB.
      {
        find: /^\.\.\/shared\/sparkline\.js$/,
        replacement: fileURLToPath(
          new URL("../src/components/shared/sparkline-none.ts", import.meta.url),
        ),
      },
    ],
  };

  // The single-file bundles are what a portal downloads as is: their Lit templates are minified
  // (scripts/minify-literals.mjs, with source maps that point into the .ts files), the private
  // custom properties are written short (`--_surface` → `--_b`: scripts/short-custom-properties.mjs)
  // and a constant imported from another module is written where it is used (`MAX_TEXT_LINES` → 60).
  const singleFile = { optimization: { inlineConst: true } };
  const core = await buildLikeWithLike({
    configFile: false,
    logLevel: "warn",
    plugins: [litLiteralsVite(), shortCustomPropertiesVite()],
    resolve: briefJsonErrors,
    build: {
      target: "es2022",
      outDir: "dist",
      emptyOutDir: false,
      minify: true,
      sourcemap,
      rolldownOptions: singleFile,
      lib: {
        entry: "src/bundle.ts",
        formats: ["iife"],
        name: "chiso",
        fileName: () => "chiso.iife.js",
      },
    },
  });
  await compressAgain("dist/chiso.iife.js", core);

  // The trend's own single file: the core bundle stays within its 64 kB without it.
  const trend = await build({
    configFile: false,
    logLevel: "warn",
    plugins: [litLiteralsVite(), shortCustomPropertiesVite()],
    resolve: briefJsonErrors,
    build: {
      target: "es2022",
      outDir: "dist",
      emptyOutDir: false,
      minify: true,
      sourcemap,
      rolldownOptions: singleFile,
      lib: {
        entry: "src/bundle-trend.ts",
        formats: ["iife"],
        name: "chisoTrend",
        fileName: () => "chiso-trend.iife.js",
      },
    },
  });
  await compressAgain("dist/chiso-trend.iife.js", trend);

  execFileSync(
    "npx",
    ["tsc", "-p", "tsconfig.json", "--emitDeclarationOnly", "--outDir", "dist/types"],
    {
      stdio: "inherit",
    },
  );
  execFileSync("npm", ["run", "analyze", "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
  console.log("built dist/esm, dist/chiso.iife.js, dist/types and custom-elements.json");
}
