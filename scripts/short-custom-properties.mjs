// The single-file bundles write chiso's private custom properties short: `--_surface` → `--_a`.
//
// A page themes chiso through the public `--chiso-*` properties; each element reads them through
// private `--_*` ones (theme.styles.ts) that no page sets and no documentation names. They are
// written in the style sheets, in style bindings (`"--_share"`) and in the canvas renderer's
// lookups (`"--_stroke"`), 400 times in the core file: 0,16 kB of its gzip. Every occurrence in
// chiso's sources is renamed the same way, so what is set and what is read still match; the ES
// modules keep the names (an app's own bundler decides).
//
// Names the code builds from parts cannot be found in the text, so they keep theirs: BUILT lists
// them, and a new `--_…${…}` template stops the build until it is listed.
import MagicString from "magic-string";
import { readFileSync, readdirSync } from "node:fs";

const PRIVATE = /--_[\w-]+/g;
/** `--_` right before a `${…}`: a name built at run time, `--_${side}`, `--_ramp-${of}-…`. */
const TEMPLATE = /(--_[\w-]*)\$\{/g;

/**
 * For each prefix the sources build names from, the names it builds; `null`: any name with the
 * prefix. palette.ts reads a class's colour as `--_${side}` (a `ColorClass` side).
 * tests/node/short-custom-properties.test.mjs checks the list against
 * the types of what the templates put after the prefix.
 */
export const BUILT = {
  "--_": ["--_below", "--_at", "--_above"],
};

const isBuilt = (name) =>
  Object.entries(BUILT).some(([prefix, names]) =>
    names ? names.includes(name) : name.startsWith(prefix),
  );

/** `0` → `a` … `51` → `Z`, then `aa`, `ab`, …. */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / letters.length))
    name = letters[(n - 1) % letters.length] + name;
  return `--_${name}`;
}

/**
 * The new name of every private custom property in `sources` (file name → text): the most used
 * get the shortest. Throws on a name built from parts that BUILT does not list.
 */
export function shortNames(sources) {
  const counts = new Map();
  for (const [file, text] of Object.entries(sources)) {
    for (const [, prefix] of text.matchAll(TEMPLATE))
      if (!(prefix in BUILT))
        throw new Error(
          `${file} builds a custom property name from "${prefix}\${…}": list the names it builds in BUILT (scripts/short-custom-properties.mjs)`,
        );
    for (const [name] of text.matchAll(PRIVATE))
      if (!isBuilt(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Every name but the built ones is renamed, so a new name may be another's old one (`--_w`);
  // none may be a kept name.
  const renamed = new Map();
  let next = 0;
  for (const [name] of names) {
    let short = shortName(next++);
    while (isBuilt(short)) short = shortName(next++);
    renamed.set(name, short);
  }
  return renamed;
}

/** Every .ts file under `folder`, by path. */
function sourcesIn(folder) {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => [`${folder}/${file}`, readFileSync(`${folder}/${file}`, "utf8")]),
  );
}

/** Vite / Rolldown plugin for the single-file bundles: renames in every module of src/. */
export function shortCustomPropertiesVite() {
  let renamed = null;
  return {
    name: "chiso-short-custom-properties",
    buildStart() {
      renamed = shortNames(sourcesIn("src"));
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes("--_")) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(PRIVATE)) {
        const short = renamed.get(match[0]);
        if (short) output.overwrite(match.index, match.index + match[0].length, short);
      }
      return { code: output.toString(), map: output.generateMap({ source: id, hires: true }) };
    },
  };
}
