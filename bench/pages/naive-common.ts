// The naive lit + d3 elements' shared helpers (see naive.ts).
import type { LitElement } from "lit";

export function mount<T extends HTMLElement>(stage: HTMLElement, tag: string): T {
  stage.replaceChildren();
  const element = document.createElement(tag) as T;
  element.style.display = "block";
  element.style.height = "100%";
  stage.append(element);
  return element;
}

export const settle = (element: Element) => (element as LitElement).updateComplete;
