// The keys of chiso's word tables, which the single-file bundles write short.
//
// Every sentence an element or the data layer says is a key of a `…Messages` interface in a
// messages.ts file (`citizensAndBusinessesDiffer`, `numeratorExceedsDenominator`, …). Minifiers
// keep property names, so each key was written in full three times (the vi table, the en table,
// the place that says it): 0,6 kB of the core single file's gzip. The tables are internal — no
// public type, event or `window.chiso` function hands one out — so the single files may rename
// their keys, as terser renames local variables (scripts/build.mjs, `compressAgain`).
//
// A key is renamed only if nothing else could reach it by that name:
//   - no other code in the file, nor any of chiso's type-only modules, declares a property of
//     that name (a snapshot's `receivedAt`, an element property, an option: the public API keeps
//     every name; a feed's fields are strings of the compiled rules, see below);
//   - no library type does (the DOM's, the ECMAScript library's, those of our dependencies), and
//     terser's own list of browser properties is kept as well;
//   - the name is no string in the bundle (`"loading"`), so no `m["loading"]` can miss it.
// And no code reads a table by a computed key (`m[name]`, `name in m`, `Object.keys(m)`): a
// renamed key would not be found. tests/node/word-keys.test.mjs checks that with the type checker.
// The ES modules keep every name: an app's own bundler decides.
import ts from "typescript";

/**
 * `tsconfig.json`'s program: chiso's sources and the declaration files they import (the DOM, the
 * ECMAScript library, Lit, …); not every `@types` package of the dev tools, which only slow it.
 */
export function program() {
  const config = ts.getParsedCommandLineOfConfigFile(
    "tsconfig.json",
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  return ts.createProgram(config.fileNames, { ...config.options, types: [] });
}

const WORD_TABLE_FILE = /[\\/]messages\.ts$/;
const WORD_TABLE_TYPE = /Messages$/;

/** The name of a declared property, method or accessor (interface, type, class, object literal). */
function declaredName(node) {
  const declares =
    ts.isPropertySignature(node) ||
    ts.isMethodSignature(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isPropertyAssignment(node) ||
    ts.isShorthandPropertyAssignment(node);
  return declares && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
    ? node.name.text
    : null;
}

/** A source file that holds only types: bundled or not, its declarations describe what runs. */
const typesOnly = (file) =>
  ts
    .transpileModule(file.text, { compilerOptions: { module: ts.ModuleKind.ESNext } })
    .outputText.replace(/export \{\};|\/\/.*|\s/g, "") === "";

/**
 * Keys of the `…Messages` interfaces; every property name declared elsewhere, by file; the
 * files to count whatever a bundle holds (declaration files and type-only sources).
 */
function collect() {
  const words = new Set();
  const declared = new Map();
  const always = new Set();
  for (const file of program().getSourceFiles()) {
    const isTable = !file.isDeclarationFile && WORD_TABLE_FILE.test(file.fileName);
    const names = new Set();
    const visit = (node) => {
      if (isTable && ts.isInterfaceDeclaration(node) && WORD_TABLE_TYPE.test(node.name.text)) {
        for (const member of node.members) {
          const name = declaredName(member);
          if (name) words.add(name);
        }
        return;
      }
      // A table file's object literals are the tables: their keys are the words.
      const inTable =
        isTable &&
        (ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node) ||
          ts.isMethodDeclaration(node));
      const name = inTable ? null : declaredName(node);
      if (name) names.add(name);
      ts.forEachChild(node, visit);
    };
    visit(file);
    declared.set(file.fileName, names);
    if (file.isDeclarationFile || typesOnly(file)) always.add(file.fileName);
  }
  return { words, declared, always };
}

let cached = null;

/**
 * The word-table keys that `code` (a bundle of the source files `modules`) may rename: declared
 * nowhere else in what the bundle holds, and no string of `code`. A name only ES-only code
 * declares (the crosswalk's `unknownIndicator`) does not matter to a file without that code.
 */
export function renamableWordKeys(code, modules) {
  cached ??= collect();
  const elsewhere = new Set();
  for (const [file, names] of cached.declared)
    if (!modules || cached.always.has(file) || modules.includes(file))
      for (const name of names) elsewhere.add(name);
  const strings = new Set();
  for (const [, name] of code.matchAll(/["'`]([A-Za-z_$][\w$]*)["'`]/g)) strings.add(name);
  return [...cached.words].filter((name) => !elsewhere.has(name) && !strings.has(name)).sort();
}
