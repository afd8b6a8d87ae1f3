// The single files write the private custom properties short (scripts/short-custom-properties.mjs),
// except the names the code builds from parts (BUILT). A name built but not listed would be set
// under one name and read under another: the map's class colours once went black that way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import ts from "typescript";
import { BUILT, shortNames } from "../../scripts/short-custom-properties.mjs";
import { program as tsconfigProgram } from "../../scripts/word-keys.mjs";

test("every name a template builds after a private prefix is listed in BUILT", () => {
  // tsconfig.json's program, as the build's word-key scan reads it (scripts/word-keys.mjs).
  const program = tsconfigProgram();
  const checker = program.getTypeChecker();
  const templates = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    const visit = (node) => {
      if (ts.isTemplateExpression(node)) {
        const pieces = [node.head, ...node.templateSpans.map((span) => span.literal)];
        node.templateSpans.forEach((span, i) => {
          const prefix = /(--_[\w-]*)$/.exec(pieces[i].text)?.[1];
          if (prefix === undefined) return;
          const type = checker.getTypeAtLocation(span.expression);
          const parts = type.isUnion() ? type.types : [type];
          const names = parts.every((part) => part.isStringLiteral())
            ? parts.map((part) => prefix + part.value)
            : null;
          templates.push({ where: `${file.fileName}: ${node.getText()}`, prefix, names });
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  assert.ok(templates.length >= 1, "palette.ts builds class colours: is the scan finding it?");
  for (const { where, prefix, names } of templates) {
    assert.ok(prefix in BUILT, `${where}: the prefix ${prefix} is not in BUILT`);
    const listed = BUILT[prefix];
    if (listed === null) continue;
    assert.ok(names, `${where}: builds any name after ${prefix}; BUILT must keep the family`);
    for (const name of names) assert.ok(listed.includes(name), `${where}: ${name} is not in BUILT`);
  }
});

test("a built name keeps its name; the others are renamed one to one", () => {
  const renamed = shortNames({
    "a.ts": "css`:host{--_surface:#fff;--_at:red} .x{color:var(--_surface)}` `--_${side}`",
    "b.ts": '({ "--_share": "1%" }); `--_${side}`; "--_below"',
  });
  assert.equal(renamed.get("--_surface"), "--_a");
  assert.ok(renamed.has("--_share"));
  assert.ok(!renamed.has("--_at") && !renamed.has("--_below"));
  assert.equal(new Set(renamed.values()).size, renamed.size);
  assert.throws(() => shortNames({ "c.ts": "`--_tone-${x}`" }), /BUILT/);
});

test("the single file sets every private custom property it reads", () => {
  const code = readFileSync("dist/chiso.iife.js", "utf8");
  const read = new Set([...code.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
  const set = new Set([...code.matchAll(/(--_[\w-]+)["']?:/g)].map((m) => m[1]));
  // Set from script (style bindings, the palette): named in a string.
  for (const [, name] of code.matchAll(/["'`](--_[\w-]+)/g)) set.add(name);
  const unset = [...read].filter((name) => !set.has(name));
  assert.deepEqual(unset, []);
});
