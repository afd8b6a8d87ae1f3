/** JSON paths as people read them in messages: `indicators[2].observations[0].numerator`. */

/** `parent` + one key: `stages` + `activated` → `stages.activated`; odd keys are bracketed. */
export function childPath(parent: string, key: string | number): string {
  return parent + formatPath(["_", key]).slice(1);
}

const MAX_KEY = 200;

/** `["indicators", 2, "label"]` → `indicators[2].label`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$-]*$/.test(key))
      out += out ? `.${key}` : key;
    // A hostile key may be megabytes long: a path stays a line.
    else
      out += `[${JSON.stringify(String(key).slice(0, MAX_KEY))}${String(key).length > MAX_KEY ? "…" : ""}]`;
  }
  return out;
}
