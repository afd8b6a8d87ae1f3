import { expect } from "@open-wc/testing";
import fc from "fast-check";
import "./support/guard.js";
import { leafPaths, setAt } from "./support/json-paths.js";
import { clone } from "./support/guard.js";
import { checkConsistency } from "../src/data/consistency.js";
import { parseFeed } from "../src/data/parse.js";
import bacGiang from "../fixtures/feeds/bac-giang-2023-02.json";
import binhLong from "../fixtures/feeds/binh-long-2023-09.json";
import dakNong from "../fixtures/feeds/dak-nong-2023-12.json";
import ngheAn from "../fixtures/feeds/nghe-an-2023-07.json";
import quangNgai from "../fixtures/feeds/quang-ngai-2023-07.json";

const SEEDS = [bacGiang, binhLong, dakNong, ngheAn, quangNgai];

/** Values a careless or hostile publisher might put anywhere. */
const hostileValue = fc.oneof(
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-1",
    "12,5",
    "42.328",
    "",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "\u202Eevil",
    "x\u200By",
  ),
  fc.constantFrom(-1, 0.5, Number.MAX_SAFE_INTEGER, 1e308, -0, null, true, false),
  fc.constantFrom({}, [], [1], { vi: "" }),
  fc.string(),
  fc.double(),
  fc.integer(),
);

describe("parseFeed under fuzzing", () => {
  it("never throws on arbitrary JSON values and always answers ok or issues with paths", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseFeed(value);
        if (!result.ok) expect(result.issues.length).to.be.greaterThan(0);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseFeed(text);
        parseFeed(`{"schemaVersion":"1.0",${text}}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("mutated seed feeds are either rejected with a path or pass the consistency pass without throwing", () => {
    const seeds = SEEDS.map((seed) => ({ seed, paths: leafPaths(seed) }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 4 }),
        (which, changes) => {
          const { seed, paths } = seeds[which]!;
          const feed = clone(seed);
          for (const [index, value] of changes) setAt(feed, paths[index % paths.length]!, value);
          const result = parseFeed(feed);
          if (result.ok) checkConsistency(result.feed);
          else
            for (const issue of result.issues)
              expect(issue.message.vi && issue.message.en).to.be.a("string");
        },
      ),
      { numRuns: 3000 },
    );
  });
});
