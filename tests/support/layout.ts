/**
 * What a low-vision reader checks by eye: at 320 px, at 200 % text and with WCAG 1.4.12's text
 * spacing, no two pieces of text are drawn over each other.
 */

/** WCAG 1.4.12 text spacing, as the bookmarklets apply it (to every element, over the page's own). */
export const TEXT_SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

/** Adds the text-spacing overrides inside an element's shadow root (where its text is styled). */
export function applyTextSpacing(element: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const root = element.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export interface TextBox {
  text: string;
  rect: DOMRect;
  /** The text node: its own line boxes may touch (a clamped line and its ellipsis). */
  node: Node;
}

/**
 * The line boxes of every piece of text the element draws: text nodes with a box, outside
 * what is only for screen readers (`.visually-hidden`) and what is not shown (closed details,
 * `hidden`, no box).
 */
export function textBoxes(element: Element): TextBox[] {
  const root = element.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const boxes: TextBox[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest(".visually-hidden")) continue;
    if (getComputedStyle(parent).visibility !== "visible") continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const clip = clipOf(parent);
    for (const line of range.getClientRects()) {
      // What shows of the line: a clamped label's fourth line is laid out, and not drawn.
      const rect = intersect(line, clip);
      if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ text, rect, node });
    }
  }
  return boxes;
}

/** The box that clips what `element` draws: the intersection of its clipping ancestors' boxes. */
function clipOf(element: Element): DOMRect {
  let clip = new DOMRect(-1e6, -1e6, 2e6, 2e6);
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX !== "visible" || style.overflowY !== "visible")
      clip = intersect(clip, node.getBoundingClientRect());
  }
  return clip;
}

function intersect(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** Pairs of different texts whose boxes overlap by more than `tolerance` px each way. */
export function overlappingText(element: Element, tolerance = 1): string[] {
  const boxes = textBoxes(element);
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.node === b.node) continue;
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > tolerance && y > tolerance) found.push(`"${a.text}" × "${b.text}"`);
    }
  });
  return found;
}

/** Text that runs past the element's own box on the left or right (cut off, or over a neighbour). */
export function textOutside(element: Element, tolerance = 1): string[] {
  const box = element.getBoundingClientRect();
  return textBoxes(element)
    .filter((b) => b.rect.left < box.left - tolerance || b.rect.right > box.right + tolerance)
    .map((b) => `"${b.text}" ${Math.round(b.rect.left)}–${Math.round(b.rect.right)}`);
}

import { executeServerCommand } from "@web/test-runner-commands";

/** A node of the page's accessibility tree (tests/support/ax-tree-command.mjs). */
export interface AxNode {
  role: string;
  name: string;
  level?: number;
  children: AxNode[];
}

/** The page's accessibility tree, as Chromium gives it to screen readers. */
export function axTree(): Promise<AxNode> {
  return executeServerCommand<AxNode, undefined>("ax-tree");
}

/** Every node of the tree under `root` matching `test`, in reading order. */
export function axFind(root: AxNode, test: (node: AxNode) => boolean): AxNode[] {
  const found = test(root) ? [root] : [];
  for (const child of root.children) found.push(...axFind(child, test));
  return found;
}
