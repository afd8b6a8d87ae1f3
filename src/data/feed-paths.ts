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

/** Lists whose items a message names by these fields (the first ones present). */
const NAMED_BY: Record<string, readonly string[]> = {
  indicators: ["id"],
  observations: ["service", "unit"],
  subsystems: ["id"],
  services: ["id"],
  units: ["code"],
  stages: ["id"],
  levels: ["id"],
};

/** Only names that look like ids and codes are repeated: feed text stays out of paths. */
const NAME = /^[A-Za-z0-9][\w.-]{0,79}$/;

/**
 * The path as a person looks for it: each item of a named list followed by its id, service or
 * unit, `indicators[0] (dvc-online).observations[10] (cap-doi-cccd, 213).numerator`. Read from
 * the value given to `parseFeed`, which may be anything: never throws, and falls back to the
 * plain path when nothing can be named.
 */
export function placeOf(root: unknown, path: readonly PropertyKey[]): string {
  let out = "";
  let named = false;
  try {
    let node = root;
    path.forEach((key, i) => {
      node =
        node != null && typeof node === "object"
          ? (node as Record<PropertyKey, unknown>)[key]
          : undefined;
      out += formatPath(i ? ["_", key] : [key]).slice(i ? 1 : 0);
      const fields = typeof key === "number" && NAMED_BY[String(path[i - 1])];
      if (!fields || node == null || typeof node !== "object") return;
      const item = node as Record<string, unknown>;
      const names = fields
        .map((field) => item[field])
        .filter((name): name is string => typeof name === "string" && NAME.test(name));
      if (!names.length) return;
      out += ` (${names.join(", ")})`;
      named = true;
    });
  } catch {
    named = false; // a hostile value: the plain path says enough
  }
  return named ? out : formatPath(path);
}
