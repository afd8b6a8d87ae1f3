/** Paths into a JSON value, for tests that mutate one field of a real feed at a time. */
export type JsonPath = (string | number)[];

/** Every leaf position (a value that is not an object or array) of a JSON value. */
export function leafPaths(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value))
      leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  else out.push(path);
  return out;
}

/** Replaces the value at `path` inside `root`. */
export function setAt(root: unknown, path: JsonPath, next: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = next;
}

/** Every position of a JSON value, containers included (the root is `[]`). */
export function nodePaths(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(path);
  if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value))
      nodePaths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

/** The value at `path` inside `root`. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root as Record<string | number, unknown> | undefined;
  for (const key of path) node = node?.[key] as Record<string | number, unknown> | undefined;
  return node;
}
