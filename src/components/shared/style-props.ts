import { noChange } from "lit";
import { Directive, PartType, directive } from "lit/directive.js";
import type { AttributePart, PartInfo } from "lit/directive.js";

/** CSS property names as written in CSS (`left`, `--_share`), values as strings; `null` removes. */
export type StyleProps = Readonly<Record<string, string | null | undefined>>;

/**
 * Lit's `styleMap`, but always through the CSSOM (`style.setProperty`), including the first
 * render. `styleMap` writes its first value as a `style` attribute, which a portal's strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline') blocks and reports; CSSOM writes
 * are not inline styles and pass.
 */
class StylePropsDirective extends Directive {
  #applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== "style")
      throw new Error("styleProps() must be the whole value of a style attribute");
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#applied)
      if (props[name] == null) {
        style.removeProperty(name);
        this.#applied.delete(name);
      }
    for (const [name, value] of Object.entries(props))
      if (value != null) {
        style.setProperty(name, value);
        this.#applied.add(name);
      }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
