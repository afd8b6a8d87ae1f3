// The template minifier of the single-file bundle (scripts/minify-literals.mjs): what it shrinks,
// what it must leave alone, and that its source map points every kept character at its source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import ts from "typescript";
import { minifyLitLiterals } from "../../scripts/minify-literals.mjs";

const minify = (code) => minifyLitLiterals(code, "test.ts")?.code ?? code;
/** The text of the first template literal in `code`. */
const templateOf = (code) => /`([\s\S]*)`/.exec(code)[1];

test("css``: comments, indentation and spaces around punctuation go", () => {
  const out = minify("css`\n  :host {\n    color: red;  /* why */\n    margin: 0 auto ;\n  }\n`");
  assert.equal(templateOf(out), ":host{color:red;margin:0 auto}");
});

test("css``: strings, quoted font names and url() keep every character", () => {
  const source = `css\`
  .a::before { content: "a   b  ;  }"; }
  .b { font-family: "Noto Sans",   'Segoe  UI'; background: url(  "x   y.png"  ); }
  .c { background: url(data:image/svg+xml;utf8,<svg   a="1">) }
\``;
  const out = templateOf(minify(source));
  assert.ok(out.includes('content:"a   b  ;  }"'), out);
  assert.ok(out.includes(`font-family:"Noto Sans",'Segoe  UI'`), out);
  assert.ok(out.includes('url(  "x   y.png"  )'), out);
  assert.ok(out.includes('url(data:image/svg+xml;utf8,<svg   a="1">)'), out);
});

test("css``: a space before a pseudo-class is a descendant combinator and stays", () => {
  const out = templateOf(minify("css`.a :focus-visible { outline: 0 } .b > .c {}`"));
  assert.equal(out, ".a :focus-visible{outline:0}.b>.c{}");
});

test("css``: no space next to > ~ / ( ), but calc's + and - and the * selector keep theirs", () => {
  const source =
    "css`.a > .b ~ .c { aspect-ratio: 16 / 9; width: max( 9px, calc(100% - 2px * 3) ); } .d * { margin: calc(1px + 2px) }`";
  assert.equal(
    templateOf(minify(source)),
    ".a>.b~.c{aspect-ratio:16/9;width:max(9px,calc(100% - 2px * 3))}.d *{margin:calc(1px + 2px)}",
  );
});

test("css``: an attribute selector's value that is a name loses its quotes, a string keeps them", () => {
  const source =
    'css`:host([theme="ioc"]) .a[aria-expanded=\'true\'] { content: "x" } [type="application/json"], [x="1a"] {}`';
  assert.equal(
    templateOf(minify(source)),
    ':host([theme=ioc]) .a[aria-expanded=true]{content:"x"}[type="application/json"],[x="1a"]{}',
  );
});

test("css``: a number's leading zero goes, but not a digit of 10.5, a name's or a string's", () => {
  const source =
    'css`.a { padding: 0.25em 0 0.75em; top: -0.3em; font-size: 10.5cqi; box-shadow: 0 4px 12px rgb(0 0 0 / 0.2); } .level-0 { content: "0.5" } .b { width: 0.05em }`';
  assert.equal(
    templateOf(minify(source)),
    '.a{padding:.25em 0 .75em;top:-.3em;font-size:10.5cqi;box-shadow:0 4px 12px rgb(0 0 0/.2)}.level-0{content:"0.5"}.b{width:.05em}',
  );
});

test("css``: substitutions keep the spaces that separate them from their neighbours", () => {
  const out = templateOf(minify("css`.a { margin: ${x}  ${y}px auto; width: calc(1px + ${z}); }`"));
  assert.equal(out, ".a{margin:${x} ${y}px auto;width:calc(1px + ${z})}");
});

test("html``: line breaks between tags and attributes become one space", () => {
  const out = templateOf(
    minify('html`<div\n    class="a"\n    id="b"\n  >\n    <span>x</span>\n  </div>`'),
  );
  assert.equal(out, "<div class=a id=b> <span>x</span> </div>");
});

test("html``: a static attribute value of name characters loses its quotes, no other value does", () => {
  const out = templateOf(
    minify(
      'html`<a class="x-1" title="a b" part="p" aria-label="${l}" id="i${n}" data-x="a/b"><br data-y="z"/><i role="img">`',
    ),
  );
  assert.equal(
    out,
    '<a class=x-1 title="a b" part=p aria-label="${l}" id="i${n}" data-x="a/b"><br data-y="z"/><i role=img>',
  );
});

test("html``: no space before a tag's >, but the one before /> and between attributes stays", () => {
  const out = templateOf(
    minify('html`<p\n  class="a"\n  id=${x}\n>t</p><br\n  /><svg><path d=${d} /></svg>`'),
  );
  assert.equal(out, "<p class=a id=${x}>t</p><br /><svg><path d=${d} /></svg>");
});

test("html``: attribute values, <pre>, <textarea> and comments are left as written", () => {
  const source =
    'html`<p title="two\n   lines" aria-label=\'a\n b\'>x</p>\n  <pre>\n  a   b\n</pre>\n  <textarea>\n  c\n</textarea>\n  <!-- a\n   b -->\n  <pre class="x\n y">${v}\n  z\n</pre>`';
  const out = templateOf(minify(source));
  assert.ok(out.includes('title="two\n   lines"'), out);
  assert.ok(out.includes("aria-label='a\n b'"), out);
  assert.ok(out.includes("<pre>\n  a   b\n</pre>"), out);
  assert.ok(out.includes("<textarea>\n  c\n</textarea>"), out);
  assert.ok(out.includes("<!-- a\n   b -->"), out);
  assert.ok(out.includes('<pre class="x\n y">${v}\n  z\n</pre>'), out);
  // Between those elements the indentation still goes.
  assert.ok(out.includes("</p> <pre>"), out);
});

test("html``: a quoted attribute value interrupted by a substitution stays as written", () => {
  const out = templateOf(minify('html`<p class="a\n  ${x}\n  b">\n  t\n</p>`'));
  assert.equal(out, '<p class="a\n  ${x}\n  b"> t </p>');
});

test("code outside the three tags is never touched", () => {
  const source = [
    "const s = 'css`  a  `';",
    "// html`\n   x`",
    "const r = /html`\\s+`/;",
    "const t = other`\n   kept   `;",
  ].join("\n");
  assert.equal(minifyLitLiterals(source, "t.ts"), null);
});

test("the source map points every kept character at the same character of the source", () => {
  const source = readFileSync("src/components/choropleth/choropleth.styles.ts", "utf8");
  const result = minifyLitLiterals(source, "choropleth.styles.ts");
  assert.ok(result, "the style sheet is minified");
  assert.ok(result.code.length < source.length * 0.8, "and shrinks");
  // magic-string's map, decoded: per output line, segments [column, source, line, column].
  const { mappings } = result.map;
  const lines = decode(mappings);
  const sourceLines = source.split("\n");
  const outputLines = result.code.split("\n");
  let checked = 0;
  outputLines.forEach((line, lineIndex) => {
    for (const segment of lines[lineIndex] ?? []) {
      const [column, , originalLine, originalColumn] = segment;
      if (originalLine === undefined || column >= line.length) continue;
      const char = line[column];
      // An inserted space stands where the whitespace run it replaces started.
      if (char === " ") continue;
      assert.equal(
        sourceLines[originalLine][originalColumn],
        char,
        `output ${lineIndex + 1}:${column + 1} maps to ${originalLine + 1}:${originalColumn + 1}`,
      );
      checked++;
    }
  });
  assert.ok(checked > 1000, `checked ${checked} characters`);
});

test("every component still compiles and keeps its CSS strings after minifying", () => {
  const files = readdirSync("src/components", { recursive: true })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => `src/components/${file}`);
  // Comments (CSS ones go, JS ones stay) aside, quoted text must be the same.
  const strings = (code) =>
    code.replace(/\/\*[\s\S]*?\*\//g, "").match(/"[^"\n]*"|'[^'\n]*'/g) ?? [];
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const result = minifyLitLiterals(source, file);
    if (!result) continue;
    const { diagnostics } = ts.transpileModule(result.code, {
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    assert.deepEqual(diagnostics, [], file);
    // Quoted text (CSS strings, attribute values, imports) survives character for character,
    // but for the quotes of attribute values of name characters (`class="a"` → `class=a`).
    const lost = strings(source);
    for (const kept of strings(result.code)) {
      const at = lost.indexOf(kept);
      assert.ok(at >= 0, `${file}: ${kept} is not in the source`);
      lost.splice(at, 1);
    }
    assert.deepEqual(
      lost.filter((text) => !/^"[\w.-]+"$/.test(text)),
      [],
      `${file}: quoted text lost`,
    );
  }
});

/** Decodes source map VLQ mappings into segments per line. */
function decode(mappings) {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const state = [0, 0, 0, 0];
  return mappings.split(";").map((line) => {
    state[0] = 0;
    return line
      .split(",")
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = chars.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        return values.map((delta, i) => (state[i] += delta));
      });
  });
}
