// chiso as a user's TypeScript project meets it: `npm pack`, the tarball unpacked into a fresh
// project's node_modules next to chiso's own dependencies and the project's toolchain (linked
// from this repository, so no network), nothing else — in particular none of chiso's
// devDependencies such as @types/geojson. Then, with `skipLibCheck: false`, tsc checks a React 19
// TSX file (raw tags and wrappers) and a Preact one, vue-tsc a Vue single-file component, and
// every entry's declarations. Each file also holds `@ts-expect-error` lines, so a tag that lost
// its types (anything goes) fails as surely as one whose types do not compile.
// Run after `npm run build` (scripts/test.sh does).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const REPO = resolve(".");
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
let project;

/** What the consumer project installs itself, beside chiso and chiso's dependencies. */
const TOOLCHAIN = ["typescript", "react", "@types/react", "preact", "vue", "vue-tsc"];

function write(file, text) {
  mkdirSync(dirname(join(project, file)), { recursive: true });
  writeFileSync(join(project, file), text);
}

before(() => {
  project = mkdtempSync(join(tmpdir(), "chiso-consumer-"));
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", project], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  );
  const chiso = join(project, "node_modules/chiso");
  mkdirSync(chiso, { recursive: true });
  execFileSync("tar", [
    "-xzf",
    join(project, packed.filename),
    "-C",
    chiso,
    "--strip-components=1",
  ]);
  for (const name of [...Object.keys(pkg.dependencies), ...TOOLCHAIN]) {
    mkdirSync(dirname(join(project, "node_modules", name)), { recursive: true });
    symlinkSync(join(REPO, "node_modules", name), join(project, "node_modules", name), "dir");
  }
  write("package.json", JSON.stringify({ name: "portal", private: true, type: "module" }));
  const compilerOptions = {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    verbatimModuleSyntax: true,
  };
  const config = (options, include) =>
    JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, include });
  write("tsconfig.react.json", config({ jsx: "react-jsx" }, ["react-app.tsx", "entries.ts"]));
  write(
    "tsconfig.preact.json",
    config({ jsx: "react-jsx", jsxImportSource: "preact", types: [] }, ["preact-app.tsx"]),
  );
  write("tsconfig.vue.json", config({ jsx: "preserve", types: [] }, ["App.vue"]));

  // Every entry of the package that has declarations, imported as a user would.
  write(
    "entries.ts",
    Object.entries(pkg.exports)
      .filter(([, target]) => typeof target === "object" && target.types)
      .map(([entry], i) => `import type * as entry${i} from "chiso${entry.slice(1)}";`)
      .concat(
        `export type All = [${Object.entries(pkg.exports)
          .filter(([, target]) => typeof target === "object" && target.types)
          .map((_, i) => `typeof entry${i}`)
          .join(", ")}];`,
      )
      .join("\n"),
  );

  write(
    "react-app.tsx",
    `import "chiso/gauge";
import "chiso/choropleth";
import type {} from "chiso/types/react";
import { ChisoGaugeReact } from "chiso/react/gauge";
import { ChisoFunnelReact } from "chiso/react/funnel";
import { parseFeed } from "chiso/data";
import type { IndicatorFeed } from "chiso/data";

const parsed = parseFeed("{}");
const feed: IndicatorFeed | undefined = parsed.ok ? parsed.feed : undefined;

export function Report() {
  return (
    <main>
      <chiso-gauge
        src="/feeds/bac-giang.json"
        indicator="dvc-online"
        theme="ioc"
        variant="bar"
        refreshInterval={60}
        stale-after="600"
        className="wide"
        onchiso-data={(event) => console.log(event.detail.src, event.detail.feed.id)}
        onchiso-feed-error={(event) => console.log(event.detail)}
      />
      <chiso-choropleth
        data={feed}
        boundaries="/boundaries/bac-giang.json"
        scale="target"
        onchiso-select={(event) => console.log(event.detail.code.toUpperCase(), event.detail.value)}
      />
      <chiso-service-board data={feed} sort="rate" onchiso-sort={(event) => event.detail} />
      <ChisoGaugeReact data={feed} indicator="dvc-online" onChisoData={(event) => event.detail.src} />
      <ChisoFunnelReact data={feed} onChisoSelect={(event) => event.detail.stage} />
      {/* @ts-expect-error theme is one of "light" | "dark" | "ioc" */}
      <chiso-gauge theme="sepia" />
      {/* @ts-expect-error no such property */}
      <chiso-gauge indicatr="dvc-online" />
      {/* @ts-expect-error the map's select detail has no stage */}
      <chiso-choropleth onchiso-select={(event) => event.detail.stage} />
      {/* @ts-expect-error locale is read-only (a getter) */}
      <chiso-gauge locale="en" />
    </main>
  );
}
`,
  );

  write(
    "preact-app.tsx",
    `import "chiso/funnel";
import type {} from "chiso/types/preact";

export function Campaign() {
  return (
    <section>
      <chiso-funnel
        src="/feeds/nghe-an.json"
        indicator="eid"
        basis="previous"
        class="wide"
        onchiso-select={(event) => console.log(event.detail.stage, event.detail.open)}
      />
      <chiso-status-panel layout="tiles" onchiso-subsystem-select={(event) => event.detail} />
      {/* @ts-expect-error basis is "target" | "first" | "previous" */}
      <chiso-funnel basis="last" />
    </section>
  );
}
`,
  );

  write(
    "App.vue",
    `<script setup lang="ts">
import "chiso/gauge";
import "chiso/choropleth";
import type {} from "chiso/types/vue";
import type { ChisoMapSelectDetail } from "chiso";
import type { IndicatorFeed } from "chiso/data";

const feed: IndicatorFeed | undefined = undefined;
function picked(event: CustomEvent<ChisoMapSelectDetail>): string {
  return event.detail.code;
}
</script>

<template>
  <chiso-gauge
    src="/feeds/bac-giang.json"
    indicator="dvc-online"
    theme="ioc"
    :refresh-interval="60"
    @chiso-data="(event) => console.log(event.detail.src)"
  />
  <chiso-choropleth :data="feed" boundaries="/b.json" @chiso-select="picked" />
  <!-- @vue-expect-error theme is one of "light" | "dark" | "ioc" -->
  <chiso-gauge theme="sepia" />
  <!-- @vue-expect-error a map's select detail is not a number -->
  <chiso-choropleth @chiso-select="(event: CustomEvent<number>) => event.detail" />
</template>
`,
  );
});

after(() => {
  // CHISO_KEEP_CONSUMER=1 leaves the project in place to look into a failure.
  if (project && !process.env.CHISO_KEEP_CONSUMER)
    rmSync(project, { recursive: true, force: true });
  else console.log(`consumer project kept in ${project}`);
});

/** Runs a type checker in the project; its whole output on failure. */
function check(bin, config) {
  const result = spawnSync(process.execPath, [join(project, "node_modules", bin), "-p", config], {
    cwd: project,
    encoding: "utf8",
  });
  assert.equal(result.status, 0, `${bin} -p ${config}:\n${result.stdout}${result.stderr}`);
}

test("the packed chiso has no devDependency in its declarations: only its dependencies are there", () => {
  const installed = readFileSync(join(project, "node_modules/chiso/package.json"), "utf8");
  assert.equal(JSON.parse(installed).version, pkg.version);
  assert.throws(() => readFileSync(join(project, "node_modules/@types/geojson/package.json")));
});

test("React 19 TSX: raw <chiso-…> tags and the per-element wrappers type-check, skipLibCheck off", () => {
  check("typescript/bin/tsc", "tsconfig.react.json");
});

test("Preact TSX: raw <chiso-…> tags type-check, skipLibCheck off", () => {
  check("typescript/bin/tsc", "tsconfig.preact.json");
});

test("Vue SFC: vue-tsc checks the tags' properties and event details, skipLibCheck off", () => {
  check("vue-tsc/bin/vue-tsc.js", "tsconfig.vue.json");
});

test("the packed command line runs from the installed package", () => {
  const result = spawnSync(
    process.execPath,
    [
      join(project, "node_modules", "chiso", pkg.bin.chiso),
      "validate",
      join(REPO, "fixtures/feeds/nghe-an-2023-07.json"),
    ],
    { cwd: project, encoding: "utf8" },
  );
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /✓ .*nghe-an-2023-07\.json: hợp lệ/);
});
