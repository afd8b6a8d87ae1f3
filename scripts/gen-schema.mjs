// Writes schema/indicator-feed.schema.json from the zod schema in src/data/schema.ts.
// `--check` exits 1 when the committed file differs (run by the test command).
import { readFileSync, writeFileSync } from "node:fs";
import { loadTs } from "./load-ts.mjs";

const OUT = "schema/indicator-feed.schema.json";
const { jsonSchemaText } = await loadTs("src/data/json-schema.ts");
const text = jsonSchemaText();
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(OUT, "utf8");
  } catch {
    /* missing counts as different */
  }
  if (committed !== text) {
    console.error(
      `${OUT} is out of date with src/data/schema.ts: run \`npm run schema\` and commit.`,
    );
    process.exit(1);
  }
  console.log(`${OUT} matches src/data/schema.ts`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
