// The single files write the keys of the word tables short (scripts/word-keys.mjs). A renamed
// key read by name would be `undefined` on screen, so: no code reads a table with a computed key
// (`m[name]`, `name in m`, `Object.keys(m)`, …); and the renaming happens in the single file only.
// Run after `npm run build` (scripts/test.sh does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import ts from "typescript";
import { program as tsconfigProgram } from "../../scripts/word-keys.mjs";

const WORD_TABLE = /[\\/]messages\.ts$/;

/** Whether `type` is one of the `…Messages` interfaces of a messages.ts file. */
function isWordTable(type) {
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  return declarations.some(
    (declaration) =>
      ts.isInterfaceDeclaration(declaration) &&
      /Messages$/.test(declaration.name.text) &&
      WORD_TABLE.test(declaration.getSourceFile().fileName),
  );
}

test("no code reads a word table by a computed key", () => {
  // tsconfig.json's program, as the build's word-key scan reads it (scripts/word-keys.mjs).
  const program = tsconfigProgram();
  const checker = program.getTypeChecker();
  const tableAt = (node) => isWordTable(checker.getTypeAtLocation(node));
  const found = [];
  let named = 0;
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    const visit = (node) => {
      const where = () =>
        `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`;
      if (ts.isPropertyAccessExpression(node) && tableAt(node.expression)) named += 1;
      if (ts.isElementAccessExpression(node) && tableAt(node.expression)) found.push(where());
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.InKeyword &&
        tableAt(node.right)
      )
        found.push(where());
      if (ts.isForInStatement(node) && tableAt(node.expression)) found.push(where());
      if (
        ts.isCallExpression(node) &&
        /^(Object|Reflect)\./.test(node.expression.getText()) &&
        node.arguments.some(tableAt)
      )
        found.push(where());
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  // The scan sees the tables at all: the elements read hundreds of words by name.
  assert.ok(named > 100, `only ${named} words read by name: is the scan still finding the tables?`);
  assert.deepEqual(
    found,
    [],
    "a word table read by a computed key: its keys must keep their names",
  );
});

test("the single file writes the word keys short; the ES modules keep them", () => {
  const single = readFileSync("dist/chiso.iife.js", "utf8");
  const esm = readdirSync("dist/esm", { recursive: true })
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(`dist/esm/${file}`, "utf8"))
    .join("\n");
  for (const key of ["citizensAndBusinessesDiffer", "numeratorExceedsDenominator"]) {
    assert.ok(!single.includes(key), `${key} is still in the single file`);
    assert.ok(esm.includes(key), `${key} is missing from the ES modules`);
  }
});
