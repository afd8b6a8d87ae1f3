// Shrinks the static text of Lit's tagged templates (css`…`, html`…`, svg`…`) in the single-file
// bundle only (the ES modules ship as written, for apps that bundle them themselves): CSS comments
// and indentation, template indentation. The sources stay readable.
//
// What it never changes, because there whitespace or text is meaning:
//   - CSS strings ("…", '…', as in `content: "…"` or `font-family: "Noto Sans"`) and url(…);
//   - markup inside quoted attribute values (title="…", aria-label="…"), <pre>, <textarea>,
//     <script>, <style> and comments;
//   - anything outside the three tags (the TypeScript parser finds them, so comments, strings and
//     regular expressions that contain backticks are never touched).
// Every change is a small edit of the original text through magic-string, so the returned source
// map points each output character at its source: a stack trace in the bundle still lands on the
// right line and column of the .ts file.
import MagicString from "magic-string";
import ts from "typescript";

const TAGS = new Set(["css", "html", "svg"]);

/**
 * A space after these is never needed (`a, b` → `a,b`, `color: red` → `color:red`, `.a > .b` →
 * `.a>.b`, `16 / 9` → `16/9`, `max( 9px` → `max(9px`).
 */
const NO_SPACE_AFTER = new Set(["{", "}", ";", ",", ":", " ", "(", ">", "~", "/"]);
/**
 * A space before these is never needed. Not before `:`: in a selector, `.a :focus` (a focused
 * descendant) is not `.a:focus`. Not around `+`, `-` or `*`: `calc(1px + 2px)` needs its
 * spaces, and `.a *` (any descendant) is not `.a*`.
 */
const NO_SPACE_BEFORE = new Set(["{", "}", ";", ",", ")", ">", "~", "/"]);

/**
 * The edits that minify CSS text `text` starting at `offset` of the file: `[start, end, with]`.
 * `state` carries what a `${…}` interrupted (a comment, a string, a url()) into the next piece,
 * and the last character written (`previous`).
 */
function cssEdits(text, offset, state) {
  const edits = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (state.inComment) {
      const end = text.indexOf("*/", i);
      const stop = end < 0 ? text.length : end + 2;
      edits.push([offset + i, offset + stop, ""]);
      if (end >= 0) state.inComment = false;
      i = stop;
    } else if (state.quote) {
      // Copied as is, escapes included.
      if (c === "\\") i += 2;
      else {
        if (c === state.quote) state.quote = null;
        i += 1;
      }
      state.previous = c;
    } else if (state.inUrl) {
      if (c === ")") state.inUrl = false;
      state.previous = c;
      i += 1;
    } else if (c === "/" && text[i + 1] === "*") {
      state.inComment = true;
    } else if (/\s/.test(c)) {
      let end = i;
      while (end < text.length && /\s/.test(text[end])) end += 1;
      const after = nextSignificant(text, end);
      // One space where it separates (`0 auto`, `.a .b`, `calc(1px + 2px)`), none next to
      // punctuation, at the start of the template or at its end.
      const needed =
        NO_SPACE_AFTER.has(state.previous) ||
        (after === undefined && state.final) ||
        (after !== undefined && NO_SPACE_BEFORE.has(after))
          ? ""
          : " ";
      if (text.slice(i, end) !== needed) edits.push([offset + i, offset + end, needed]);
      if (needed) state.previous = " ";
      i = end;
    } else if (c === ";" && nextSignificant(text, i + 1) === "}") {
      // `b:c;}` → `b:c}`: the last semicolon of a block is optional.
      edits.push([offset + i, offset + i + 1, ""]);
      i += 1;
    } else if (
      (c === '"' || c === "'") &&
      state.previous === "=" &&
      /^[a-zA-Z_][\w-]*$/.test(text.slice(i + 1, text.indexOf(c, i + 1))) &&
      text[text.indexOf(c, i + 1) + 1] === "]"
    ) {
      // `[theme="ioc"]` → `[theme=ioc]`: an attribute selector's value that is a name.
      const close = text.indexOf(c, i + 1);
      edits.push([offset + i, offset + i + 1, ""], [offset + close, offset + close + 1, ""]);
      state.previous = text[close - 1];
      i = close + 1;
    } else if (
      c === "0" &&
      i > 0 &&
      /^\.\d/.test(text.slice(i + 1, i + 3)) &&
      !/[\w.]/.test(state.previous)
    ) {
      // `0.75em` → `.75em`: a number's leading zero (not the last digit of `10.5`, nor a name's).
      edits.push([offset + i, offset + i + 1, ""]);
      state.previous = "0";
      i += 1;
    } else {
      if (c === '"' || c === "'") state.quote = c;
      else if (/^url\(/i.test(text.slice(i, i + 4))) {
        state.inUrl = true;
        i += 3;
      }
      state.previous = text[i];
      i += 1;
    }
  }
  return edits;
}

/** The next character from `from` that is neither whitespace nor inside a comment. */
function nextSignificant(text, from) {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i += 1;
    if (!text.startsWith("/*", i)) return text[i];
    const end = text.indexOf("*/", i + 2);
    if (end < 0) return undefined;
    i = end + 2;
  }
}

/** Elements whose text is shown as written or is not markup. */
const RAW_TEXT = /^(pre|textarea|script|style)\b/i;

/**
 * The edits that minify markup: a run of whitespace that spans lines, between tags or between
 * attributes, becomes one space (rendered identically). `state` carries what a `${…}`
 * interrupted (a tag, a quoted value, a raw-text element, a comment).
 */
function markupEdits(text, offset, state) {
  const edits = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (state.mode === "comment") {
      const end = text.indexOf("-->", i);
      if (end < 0) return edits;
      state.mode = "text";
      i = end + 3;
    } else if (state.mode === "raw") {
      const close = text.toLowerCase().indexOf(`</${state.raw}`, i);
      if (close < 0) return edits;
      state.mode = "tag";
      state.raw = null;
      state.opening = null;
      i = close + 2;
    } else if (state.mode === "quoted") {
      if (c === state.quote) state.mode = "tag";
      i += 1;
    } else if (state.mode === "tag") {
      const close = c === '"' || c === "'" ? text.indexOf(c, i + 1) : -1;
      if (
        close > 0 &&
        text[i - 1] === "=" &&
        /^[\w.-]+$/.test(text.slice(i + 1, close)) &&
        /[\s>]/.test(text[close + 1] ?? "")
      ) {
        // `class="a"` → `class=a`: a static value of name characters needs no quotes (one with
        // a space, a binding or other characters keeps them, and so does one before `/>`).
        edits.push([offset + i, offset + i + 1, ""], [offset + close, offset + close + 1, ""]);
        i = close + 1;
      } else if (c === '"' || c === "'") {
        state.mode = "quoted";
        state.quote = c;
        i += 1;
      } else if (c === ">") {
        state.mode = state.opening && RAW_TEXT.test(state.opening) ? "raw" : "text";
        state.raw = state.mode === "raw" ? RAW_TEXT.exec(state.opening)[1].toLowerCase() : null;
        i += 1;
      } else if (/\s/.test(c) && text[skipSpace(text, i)] === ">") {
        // `<p class="a"\n  >`: nothing separates the last attribute from the tag's end.
        const end = skipSpace(text, i);
        edits.push([offset + i, offset + end, ""]);
        i = end;
      } else i = collapse(text, i, offset, edits);
    } else if (c === "<") {
      if (text.startsWith("<!--", i)) {
        state.mode = "comment";
        i += 4;
      } else {
        state.mode = "tag";
        state.opening = text[i + 1] === "/" ? null : text.slice(i + 1, i + 12);
        i += 1;
      }
    } else i = collapse(text, i, offset, edits);
  }
  return edits;
}

/** The end of the whitespace run at `i`. */
function skipSpace(text, i) {
  let end = i;
  while (end < text.length && /\s/.test(text[end])) end += 1;
  return end;
}

/** At `i`: a whitespace run that contains a line break becomes one space; returns the next index. */
function collapse(text, i, offset, edits) {
  if (!/\s/.test(text[i])) return i + 1;
  let end = i;
  while (end < text.length && /\s/.test(text[end])) end += 1;
  const run = text.slice(i, end);
  if (run.includes("\n")) edits.push([offset + i, offset + end, " "]);
  return end;
}

/**
 * Minifies the static parts of every css/html/svg tagged template in `code`. Returns the code and
 * its source map (magic-string, high resolution), or `null` when nothing changed.
 */
export function minifyLitLiterals(code, fileName = "module.ts") {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const css = node.tag.text === "css";
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // CSS starts as if after `{` (no leading space); markup as text.
      const state = css
        ? { quote: null, inComment: false, inUrl: false, previous: "{", final: false }
        : { mode: "text", quote: null, raw: null, opening: null };
      pieces.forEach((piece, index) => {
        // Raw text between the delimiters: ` or } before, ` or ${ after.
        const start = piece.getStart(source) + 1;
        const end =
          piece.end -
          (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle
            ? 2
            : 1);
        const text = code.slice(start, end);
        if (css) {
          state.final = index === pieces.length - 1;
          // A substitution stands for a value: keep the space that separates it from its neighbours.
          if (index > 0 && !state.quote && !state.inComment) state.previous = "${";
          edits.push(...cssEdits(text, start, state));
        } else edits.push(...markupEdits(text, start, state));
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  const output = new MagicString(code);
  for (const [start, end, text] of edits) {
    if (start === end) continue;
    if (text) output.overwrite(start, end, text);
    else output.remove(start, end);
  }
  return {
    code: output.toString(),
    map: output.generateMap({ source: fileName, includeContent: true, hires: true }),
  };
}

const SOURCE = /\/src\/components\/.*\.ts$/;

/** Vite / Rolldown plugin; used for the single-file bundle only. */
export function litLiteralsVite() {
  return {
    name: "chiso-minify-lit-literals",
    enforce: "pre",
    transform(code, id) {
      if (!SOURCE.test(id)) return null;
      const result = minifyLitLiterals(code, id);
      return result && { code: result.code, map: result.map };
    },
  };
}

/** esbuild plugin: the size measurements build the way the single-file bundle does. */
export function litLiteralsEsbuild() {
  return {
    name: "chiso-minify-lit-literals",
    setup(build) {
      build.onLoad({ filter: SOURCE }, async ({ path }) => {
        const { readFile } = await import("node:fs/promises");
        const code = await readFile(path, "utf8");
        const result = minifyLitLiterals(code, path);
        // The map rides along inline, as esbuild reads input source maps.
        const contents = result
          ? `${result.code}\n//# sourceMappingURL=${result.map.toUrl()}\n`
          : code;
        return { contents, loader: "ts" };
      });
    },
  };
}
