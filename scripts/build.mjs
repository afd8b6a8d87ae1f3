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
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import MagicString from "magic-string";
import { litLiteralsVite } from "./minify-literals.mjs";

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
 * sheet, message table and class sits far from its look-alikes in the other elements. Importing,
 * ahead of the entry, the style sheets of the bundle's elements, then all their words (the
 * elements' and the data layer's), then the element classes puts like next to like: 1,4 kB gzip
 * less (measured 2026-12-03). The list is made from the folders, so a new element joins it; none
 * of these modules has side effects, and the Trusted Types guard is still imported before Lit.
 * The entry file itself stays as written.
 */
const LIKE_WITH_LIKE = [
  /^src\/components\/[^/]+\/[^/]+\.styles\.ts$/,
  /^src\/components\/[^/]+\/messages\.ts$/,
  /^src\/data\/(issue-)?messages\.ts$/,
  /^src\/components\/[^/]+\/[^/]+\.element\.ts$/,
];

/** The element folders the core bundle registers: the ones src/elements.ts re-exports. */
function bundledFolders() {
  const text = readFileSync("src/elements.ts", "utf8");
  return ["shared", ...[...text.matchAll(/components\/([\w-]+)\/define\.js/g)].map((m) => m[1])];
}

function likeWithLike(entry, folders) {
  const files = [
    ...folders.flatMap((folder) =>
      readdirSync(`src/components/${folder}`).map((name) => `src/components/${folder}/${name}`),
    ),
    ...readdirSync("src/data").map((name) => `src/data/${name}`),
  ];
  const ordered = [
    "src/components/shared/trusted-types.ts",
    ...LIKE_WITH_LIKE.flatMap((pattern) => files.filter((file) => pattern.test(file)).sort()),
  ];
  const entryPath = fileURLToPath(new URL(`../${entry}`, import.meta.url));
  const imports = ordered
    .map(
      (file) =>
        `import ${JSON.stringify(fileURLToPath(new URL(`../${file}`, import.meta.url)))};\n`,
    )
    .join("");
  return {
    name: "chiso-like-with-like",
    transform(code, id) {
      if (id !== entryPath) return null;
      const output = new MagicString(code).prepend(imports);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

if (import.meta.url !== `file://${process.argv[1]}`) {
  // Imported for elementEntries() only (by scripts/size.mjs).
} else {
  await buildAll();
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
      // The gauge without its sparkline and history change (sparkline-none.ts): 1,9 kB.
      {
        find: /^\.\/sparkline\.js$/,
        replacement: fileURLToPath(
          new URL("../src/components/gauge/sparkline-none.ts", import.meta.url),
        ),
      },
    ],
  };

  // The single-file bundle is what a portal downloads as is: its Lit templates are minified
  // (scripts/minify-literals.mjs, with source maps that point into the .ts files).
  await build({
    configFile: false,
    logLevel: "warn",
    plugins: [litLiteralsVite(), likeWithLike("src/bundle.ts", bundledFolders())],
    resolve: briefJsonErrors,
    build: {
      target: "es2022",
      outDir: "dist",
      emptyOutDir: false,
      minify: true,
      sourcemap,
      lib: {
        entry: "src/bundle.ts",
        formats: ["iife"],
        name: "chiso",
        fileName: () => "chiso.iife.js",
      },
    },
  });

  // The trend's own single file: the core bundle stays within its 64 kB without it.
  await build({
    configFile: false,
    logLevel: "warn",
    plugins: [litLiteralsVite()],
    resolve: briefJsonErrors,
    build: {
      target: "es2022",
      outDir: "dist",
      emptyOutDir: false,
      minify: true,
      sourcemap,
      lib: {
        entry: "src/bundle-trend.ts",
        formats: ["iife"],
        name: "chisoTrend",
        fileName: () => "chiso-trend.iife.js",
      },
    },
  });

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
