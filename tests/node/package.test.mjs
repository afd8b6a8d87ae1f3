// What a user installs: the files `npm pack` puts in the tarball, run after `npm run build`
// (scripts/test.sh does). A licence, no source maps (they are opt-in: `npm run build --
// --sourcemap`), no comment pointing at a map that is not there, no seed data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }),
);
const files = pack.files.map((file) => file.path);
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

test("the tarball carries an MIT LICENSE matching package.json", () => {
  assert.equal(pkg.license, "MIT");
  assert.ok(files.includes("LICENSE"), files.join("\n"));
  const text = readFileSync("LICENSE", "utf8");
  assert.match(text, /^MIT License\n/);
  assert.match(text, /Permission is hereby granted, free of charge/);
});

test("the tarball has no source maps and no sourceMappingURL to a missing file", () => {
  assert.deepEqual(
    files.filter((file) => file.endsWith(".map")),
    [],
  );
  for (const file of files.filter((f) => /\.(m?js|d\.ts)$/.test(f)))
    assert.doesNotMatch(readFileSync(file, "utf8"), /sourceMappingURL=/, file);
  // For scale: with the maps it was 505 kB packed; the single-file bundle's map alone 646 kB.
  // 403 kB once the trend got its own single file (issue 17); 454 kB with format 1.2's relations
  // (their ES module, types and JSON Schema fields, issue 18); 472 kB with the board's sparklines
  // and the deferred first render (issues 17, 15).
  assert.ok(pack.size < 490_000, `packed ${pack.size} B`);
});

test("the tarball has the built entries of every export and no seed data", () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === "string" ? [target] : Object.values(target);
    for (const path of paths)
      assert.ok(files.includes(path.replace(/^\.\//, "")), `${entry} → ${path} is not packed`);
  }
  assert.deepEqual(
    files.filter((file) => /^(fixtures|demo|stories|tests|src)\//.test(file)),
    [],
  );
});

/** Every module a built entry loads, following its static imports; bare specifiers kept as is. */
function reach(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith("dist/")) continue;
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/^import [^;]*?"([^"]+)";?$/gm))
      queue.push(spec.startsWith(".") ? join(dirname(file), spec) : spec);
  }
  return [...seen];
}

test("chiso/react/<element> registers only its element and loads no d3", () => {
  const registered = (entry) =>
    reach(entry).flatMap((file) =>
      file.startsWith("dist/")
        ? [...readFileSync(file, "utf8").matchAll(/defineElement\("(chiso-[a-z-]+)"/g)].map(
            (match) => match[1],
          )
        : [],
    );
  for (const name of ["gauge", "service-board", "funnel", "status-panel", "choropleth", "trend"]) {
    const entry = pkg.exports[`./react/${name}`].default.replace(/^\.\//, "");
    assert.deepEqual(registered(entry), [`chiso-${name}`], entry);
    const modules = reach(entry);
    // Since issue 15 the map reads TopoJSON and projects it itself: no wrapper loads d3.
    assert.deepEqual(
      modules.filter((file) => /^(d3-|topojson)/.test(file)),
      [],
      `${entry} loads d3 or topojson`,
    );
    assert.ok(modules.includes("react") && modules.includes("@lit/react"), entry);
  }
  assert.equal(registered(pkg.exports["./react"].default.replace(/^\.\//, "")).length, 6);
});
