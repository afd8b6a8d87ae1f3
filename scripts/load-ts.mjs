// Import a TypeScript module of src/ from a Node script: esbuild bundles it (dependencies stay
// external) into a temporary .mjs beside node_modules, which Node then imports.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export async function loadTs(entry) {
  const dir = mkdtempSync(join(resolve("node_modules"), ".chiso-ts-"));
  const outfile = join(dir, "module.mjs");
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "node",
      packages: "external",
      outfile,
      logLevel: "silent",
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
