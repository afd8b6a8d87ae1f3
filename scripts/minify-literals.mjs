// Shrinks the static text of Lit's tagged templates (css`…`, html`…`, svg`…`) in the shipped
// builds: CSS comments and indentation, template indentation. The sources stay readable; the
// single-file bundle loses ~X kB gzip (see the closing note of the size budget). Uses the
// TypeScript parser to find the templates, so comments, strings and regular expressions that
// contain backticks are never touched.
import ts from "typescript";

const TAGS = new Set(["css", "html", "svg"]);

/** CSS text: comments gone, whitespace collapsed, no spaces around punctuation that allows it. */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/ ?([{};,]) ?/g, "$1")
    .replace(/: /g, ":")
    .replace(/;}/g, "}");
}

/** Markup: a run of whitespace that spans lines becomes one space (rendered identically). */
function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, " ");
}

/** Returns `code` with the static parts of every css/html/svg tagged template minified. */
export function minifyLitLiterals(code, fileName = "module.ts") {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const minify = node.tag.text === "css" ? minifyCss : minifyMarkup;
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        // Raw text between the delimiters: ` or } before, ` or ${ after.
        const start = piece.getStart(source) + 1;
        const end =
          piece.end -
          (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle
            ? 2
            : 1);
        const raw = code.slice(start, end);
        const next = minify(raw);
        if (next !== raw) edits.push([start, end, next]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const SOURCE = /\/src\/components\/.*\.ts$/;

/** Vite / Rolldown plugin. */
export function litLiteralsVite() {
  return {
    name: "chiso-minify-lit-literals",
    enforce: "pre",
    transform(code, id) {
      return SOURCE.test(id) ? { code: minifyLitLiterals(code, id), map: null } : null;
    },
  };
}

/** esbuild plugin (size measurements and the benchmark build the same way). */
export function litLiteralsEsbuild() {
  return {
    name: "chiso-minify-lit-literals",
    setup(build) {
      build.onLoad({ filter: SOURCE }, async ({ path }) => {
        const { readFile } = await import("node:fs/promises");
        return { contents: minifyLitLiterals(await readFile(path, "utf8"), path), loader: "ts" };
      });
    },
  };
}
