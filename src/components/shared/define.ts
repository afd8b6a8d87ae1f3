/**
 * Registers a custom element once. A second copy of a chiso bundle on the same page (a portal
 * that loads both the single-file script and a framework build) must not throw
 * `NotSupportedError`: the first definition wins and a warning says which copy was ignored.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element)
    console.warn(
      `[chiso] <${tag}> is already defined, probably by another copy of chiso on this page; the first definition is kept. Load chiso once.`,
    );
}
