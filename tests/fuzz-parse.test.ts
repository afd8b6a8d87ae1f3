import { expect } from "@open-wc/testing";
import fc from "fast-check";
import "./support/guard.js";
import { formatPath } from "../src/data/parse.js";
import { findSyntaxError } from "../src/data/json-syntax.js";
import { getAt, leafPaths, nodePaths, setAt } from "./support/json-paths.js";
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

  it("a getter that throws, a revoked Proxy or a huge sparse array anywhere in a feed gives issues, never a throw", () => {
    const seeds = SEEDS.map((seed) => ({ seed, paths: nodePaths(seed).filter((p) => p.length) }));
    const hostile = fc.constantFrom("getter", "revoked", "sparse", "throws-revoked");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.nat(),
        hostile,
        (which, at, kind) => {
          const { seed, paths } = seeds[which]!;
          const feed = clone(seed);
          const path = paths[at % paths.length]!;
          const parent = getAt(feed, path.slice(0, -1)) as object;
          const key = path.at(-1)!;
          const revoked = () => {
            const { proxy, revoke } = Proxy.revocable({}, {});
            revoke();
            return proxy;
          };
          if (kind === "getter" || kind === "throws-revoked")
            Object.defineProperty(parent, key, {
              enumerable: true,
              get() {
                throw kind === "getter" ? new Error("hostile") : revoked();
              },
            });
          else
            (parent as Record<PropertyKey, unknown>)[key] =
              kind === "sparse" ? new Array(1e8) : revoked();
          const result = parseFeed(feed);
          expect(result.ok, "a hostile value is never a valid feed").to.equal(false);
          if (result.ok) return;
          for (const issue of result.issues) {
            expect(issue.message.vi).to.be.a("string");
            expect(issue.message.en).to.be.a("string");
          }
          const where = formatPath(path);
          // At the position itself, or at the text or union that holds it ({vi, en} → the text).
          const named = result.issues.some(
            ({ path }) =>
              path &&
              (where === path || where.startsWith(`${path}.`) || where.startsWith(`${path}[`)),
          );
          expect(named, `${where}: ${JSON.stringify(result.issues.slice(0, 3))}`).to.equal(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("explains every text JSON.parse refuses with a line and column inside the text, and nothing it accepts", () => {
    const texts = SEEDS.map((seed) => JSON.stringify(seed, null, 2));
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom("delete", "insert", "replace"),
      fc.constantFrom(..."{}[],:\"'0.-e/\\\n\t\u0007\u00a0 x"),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.array(edit, { maxLength: 3 }),
        (which, edits) => {
          let text = texts[which]!;
          for (const [at, kind, char] of edits) {
            const i = at % (text.length + 1);
            text =
              kind === "delete"
                ? text.slice(0, i) + text.slice(i + 1)
                : text.slice(0, i) + char + text.slice(kind === "insert" ? i : i + 1);
          }
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const found = findSyntaxError(text);
          expect(
            found === null,
            `scanner and JSON.parse disagree on ${JSON.stringify(text.slice(0, 80))}`,
          ).to.equal(valid);
          if (found) expect(found[0]).to.be.within(0, text.length);
          const result = parseFeed(text);
          if (!valid && !result.ok)
            expect(result.issues[0]!.message.vi).to.match(
              /^không phải JSON hợp lệ: dòng \d+, cột \d+: /,
            );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
