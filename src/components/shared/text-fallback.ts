/**
 * The element's frame and its figures as plain text, for pages whose Content-Security-Policy
 * stops Lit (see trusted-types.ts). Built with `createElement` and `textContent` only, which are
 * not Trusted Types sinks; the element's adopted style sheets still apply, so the frame keeps
 * its theme. Feed text goes through `textContent`, never markup.
 */

/** An element's figures in words: a title and one line per figure. */
export interface TextFigures {
  title: string;
  lines: string[];
}

export interface TextFallbackView {
  lang: string;
  /** Why the element shows text only, and what the site needs. */
  notice: string;
  /** Loading, error or stale, in words; `null` when the data is current. */
  state: string | null;
  figures: TextFigures | null;
}

/** At most this many lines: a 10 000-unit map must not write 10 000 paragraphs. */
export const MAX_TEXT_LINES = 60;

interface Nodes {
  base: HTMLElement;
  notice: HTMLElement;
  state: HTMLElement;
  title: HTMLElement;
  lines: HTMLElement;
}

const built = new WeakMap<Element | DocumentFragment, Nodes>();

function node(tag: string, className: string, part?: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  if (part) element.setAttribute("part", part);
  return element;
}

/** The nodes, made on the first call; later calls only change text (no repeated announcements). */
function nodesOf(root: Element | DocumentFragment): Nodes {
  let nodes = built.get(root);
  if (!nodes) {
    nodes = {
      base: node("div", "base text-fallback", "base"),
      notice: node("p", "message text-only-notice", "message"),
      state: node("p", "message", "feed-state"),
      title: node("p", "title"),
      lines: node("ul", "text-figures"),
    };
    nodes.notice.setAttribute("role", "note");
    nodes.state.setAttribute("role", "status");
    // Figures first: the visitor came for them; the note for the site's administrator goes last.
    nodes.base.append(nodes.state, nodes.title, nodes.lines, nodes.notice);
    root.replaceChildren(nodes.base);
    built.set(root, nodes);
  }
  return nodes;
}

function setText(element: HTMLElement, text: string | null): void {
  element.hidden = !text;
  if (element.textContent !== (text ?? "")) element.textContent = text ?? "";
}

/** Writes `view` into `root` (the element's shadow root). */
export function renderTextFallback(root: Element | DocumentFragment, view: TextFallbackView): void {
  const nodes = nodesOf(root);
  nodes.base.lang = view.lang;
  setText(nodes.notice, view.notice);
  setText(nodes.state, view.state);
  setText(nodes.title, view.figures?.title ?? null);
  const lines = view.figures?.lines ?? [];
  const shown = lines.slice(0, MAX_TEXT_LINES);
  const current = [...nodes.lines.children].map((item) => item.textContent);
  if (current.length !== shown.length || current.some((text, i) => text !== shown[i]))
    nodes.lines.replaceChildren(
      ...shown.map((text) => {
        const item = document.createElement("li");
        item.textContent = text;
        return item;
      }),
    );
  nodes.lines.hidden = shown.length === 0;
}
