// Writes the two files generated from the zod schema in src/data/schema.ts:
//   schema/indicator-feed.schema.json   the published JSON Schema (draft 2020-12);
//   schema/feed-index.schema.json       the JSON Schema of a feed index (monthly files);
//   src/data/feed-rules.generated.ts    the rules the shipped validator (validate.ts) interprets.
// `--check` exits 1 when a committed file differs (run by the test command).
import { readFileSync, writeFileSync } from "node:fs";
import { loadTs } from "./load-ts.mjs";

const { jsonSchemaText, feedIndexJsonSchemaText } = await loadTs("src/data/json-schema.ts");
const { feedRulesModuleText } = await loadTs("src/data/compile-rules.ts");
const OUTPUTS = {
  "schema/indicator-feed.schema.json": jsonSchemaText(),
  "schema/feed-index.schema.json": feedIndexJsonSchemaText(),
  "src/data/feed-rules.generated.ts": feedRulesModuleText(),
};

let stale = 0;
for (const [file, text] of Object.entries(OUTPUTS)) {
  if (!process.argv.includes("--check")) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
    continue;
  }
  let committed = "";
  try {
    committed = readFileSync(file, "utf8");
  } catch {
    /* missing counts as different */
  }
  if (committed === text) console.log(`${file} matches src/data/schema.ts`);
  else {
    console.error(
      `${file} is out of date with src/data/schema.ts: run \`npm run schema\` and commit.`,
    );
    stale++;
  }
}
process.exit(stale ? 1 : 0);
