// Writes the SYNTHETIC commune fixture (hexagons, not real boundaries — see
// fixtures/synthetic/README.md): node scripts/gen-synthetic-communes.mjs [target=10598] [outDir]
//   <outDir>/vn-communes-synthetic.topo.json   object `communes`, ~10 600 hexagons (3,3 MB)
//   <outDir>/vn-communes-synthetic.feed.json   a feed with generated rates for them
// outDir defaults to .cache/synthetic (git-ignored): the files are too big to commit and the
// tests and stories generate the same data in the browser from synthetic-communes.ts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadTs } from "./load-ts.mjs";

const target = Number(process.argv[2] ?? 10598);
const outDir = process.argv[3] ?? ".cache/synthetic";
mkdirSync(outDir, { recursive: true });
const { syntheticCommunes, syntheticFeed } = await loadTs(
  "fixtures/synthetic/synthetic-communes.ts",
);
const provinces = JSON.parse(
  readFileSync("fixtures/boundaries/vn-provinces-2023.topo.json", "utf8"),
);
const topology = syntheticCommunes(provinces, target);
const geometries = topology.objects.communes.geometries;

const feed = syntheticFeed(topology);
writeFileSync(`${outDir}/vn-communes-synthetic.topo.json`, JSON.stringify(topology));
writeFileSync(`${outDir}/vn-communes-synthetic.feed.json`, JSON.stringify(feed));
console.log(`wrote ${geometries.length} synthetic communes to ${outDir}`);
