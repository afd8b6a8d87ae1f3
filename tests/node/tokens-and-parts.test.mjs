// Token and part discipline, checked on the sources and the Custom Elements Manifest (run after
// `npm run build`, which writes custom-elements.json): every `--chiso-*` custom property the
// code reads is documented with @cssprop on the element that reads it, every documented one is
// read, an element's own tokens carry its tag's name, and the same holds for `part="…"`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { elementEntries } from "../../scripts/build.mjs";

const manifest = JSON.parse(readFileSync("custom-elements.json", "utf8"));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const documented = (tag, key) =>
  new Set(
    (declarations.find((declaration) => declaration.tagName === tag)?.[key] ?? []).map(
      (entry) => entry.name,
    ),
  );

/** Code without its comments (prose such as "--chiso-choropleth-class-i" is no usage). */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/** Every match of `pattern`'s first group in the code of the .ts files of a folder. */
function found(folder, pattern, include = () => true) {
  const names = new Set();
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts") && include(name)))
    for (const match of code(readFileSync(`${folder}/${file}`, "utf8")).matchAll(pattern))
      names.add(match[1]);
  return names;
}

const TOKEN = /(--chiso-[a-z0-9-]+)/g;
const PART = /\bpart="([a-z-]+)"/g;
/** Tokens every element shares (theme.styles.ts), documented once on ChisoElement. */
const SHARED_TOKEN = /^--chiso-(color-[a-z]+|font-(family|scale)|radius)$/;

/** Shared render modules an element opts into by importing them. */
const OPT_IN_SHARED = ["pager.ts", "more.ts", "sparkline.ts"];

const shared = {
  // Tokens of the element base; an opt-in module's tokens count for the elements importing it.
  tokens: found("src/components/shared", TOKEN, (file) => !OPT_IN_SHARED.includes(file)),
  // Parts of the element base, which every element renders; other shared modules (the pager)
  // count only for the elements that import them.
  parts: found("src/components/shared", PART, (file) => !OPT_IN_SHARED.includes(file)),
};

/** The opt-in shared modules that a component folder imports. */
function optInFiles(folder) {
  const imports = readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => readFileSync(`${folder}/${name}`, "utf8"))
    .join("\n");
  return OPT_IN_SHARED.filter((file) =>
    imports.includes(`../shared/${file.replace(/\.ts$/, ".js")}`),
  );
}

/** The parts of the opt-in shared modules that a component folder imports. */
function optInParts(folder) {
  const parts = new Set();
  for (const file of optInFiles(folder))
    for (const part of found("src/components/shared", PART, (name) => name === file))
      parts.add(part);
  return parts;
}

/**
 * The tokens of the opt-in shared modules a folder imports that are its own (named for its tag)
 * or shared: the sparkline module styles the gauge's line and the board's, each by its own token.
 */
function optInTokens(folder, tag) {
  const tokens = new Set();
  for (const file of optInFiles(folder))
    for (const token of found("src/components/shared", TOKEN, (name) => name === file))
      if (token.startsWith(`--${tag}-`) || SHARED_TOKEN.test(token)) tokens.add(token);
  return tokens;
}

test("the shared tokens are the theme's global ones", () => {
  assert.ok(shared.tokens.size >= 12, [...shared.tokens].join(", "));
  for (const token of shared.tokens) assert.match(token, SHARED_TOKEN);
});

for (const name of Object.keys(elementEntries())) {
  const tag = `chiso-${name}`;
  const folder = `src/components/${name}`;

  test(`<${tag}>: every --chiso-* token it reads is documented, and every documented one is read`, () => {
    const docs = documented(tag, "cssProperties");
    // A name the code builds (`--chiso-choropleth-class-${i}`) reads every documented one it can.
    const read = [...found(folder, TOKEN)].flatMap((token) =>
      token.endsWith("-") ? [...docs].filter((doc) => doc.startsWith(token)) : [token],
    );
    const used = new Set([...read, ...shared.tokens, ...optInTokens(folder, tag)]);
    assert.deepEqual([...used].filter((token) => !docs.has(token)).sort(), [], "undocumented");
    assert.deepEqual([...docs].filter((token) => !used.has(token)).sort(), [], "never read");
  });

  test(`<${tag}>: its own tokens start with --${tag}-`, () => {
    for (const token of found(folder, TOKEN))
      if (!SHARED_TOKEN.test(token)) assert.ok(token.startsWith(`--${tag}-`), token);
  });

  test(`<${tag}>: every part it renders is documented, and every documented part is rendered`, () => {
    const used = new Set([...found(folder, PART), ...shared.parts, ...optInParts(folder)]);
    const docs = documented(tag, "cssParts");
    assert.deepEqual([...used].filter((part) => !docs.has(part)).sort(), [], "undocumented");
    assert.deepEqual([...docs].filter((part) => !used.has(part)).sort(), [], "never rendered");
  });
}

test("no part name means two things: `status` is gone", () => {
  for (const name of Object.keys(elementEntries()))
    assert.ok(!documented(`chiso-${name}`, "cssParts").has("status"), name);
});
