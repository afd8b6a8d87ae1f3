// `chiso validate`, the package's command line, run for real (node bin/chiso.mjs, on the built
// data layer: run after `npm run build`) on the five seed feeds and on broken ones written here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURES = readdirSync("fixtures/feeds")
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => join("fixtures/feeds", name));

function chiso(args, input) {
  const result = spawnSync(process.execPath, ["bin/chiso.mjs", ...args], {
    encoding: "utf8",
    input,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "chiso-cli-"));
/** Bắc Giang with a count written the Vietnamese way, no publisher code and an unknown kind. */
const broken = join(dir, "broken.json");
const feed = JSON.parse(readFileSync("fixtures/feeds/bac-giang-2023-02.json", "utf8"));
feed.indicators[0].observations[0].numerator = "12,5";
delete feed.publisher.unitCode;
feed.indicators[1].kind = "pie";
writeFileSync(broken, JSON.stringify(feed, null, 2));
const notJson = join(dir, "not-json.json");
writeFileSync(notJson, '{ "id": "x", }');

test("chiso validate on the five seed feeds: each valid with its counts, a summary, exit 0", () => {
  assert.equal(FIXTURES.length, 5);
  const { code, out } = chiso(["validate", ...FIXTURES]);
  assert.equal(code, 0, out);
  for (const file of FIXTURES) assert.match(out, new RegExp(`✓ ${file}: hợp lệ — \\d+ chỉ tiêu`));
  // Consistency warnings are printed with their path, severity and code; they do not fail.
  assert.match(
    out,
    /\[lỗi số liệu\] indicators\[0\]\.observations\[10\]\.detail: .+ \(part-exceeds-total\)/,
  );
  // 30 of the figures themselves and 36 of issue 18's relations, target rules, printed forms
  // and blank source fields (fixtures/feeds/AUDIT.md, phase 3).
  assert.match(
    out,
    /\n5 tệp: 5 hợp lệ, 0 không hợp lệ, 0 không đọc được · 66 cảnh báo nhất quán \(24 lỗi số liệu, 27 cảnh báo, 15 lưu ý\)/,
  );
  assert.match(out, /\[lưu ý\] .+vượt chỉ tiêu 1\.708\.473 \(103,19 %\) \(over-target\)/);
});

test("chiso validate on a broken feed: exit 1, every issue with its path, in Vietnamese", () => {
  const { code, out } = chiso(["validate", broken]);
  assert.equal(code, 1, out);
  assert.match(out, /✗ .*broken\.json: không hợp lệ — 3 lỗi/);
  assert.match(
    out,
    /^ {4}indicators\[0\]\.observations\[0\]\.numerator: cần một số, nhận được "12,5"; viết 12\.5, không viết "12,5"$/m,
  );
  assert.match(out, /^ {4}publisher\.unitCode: thiếu trường bắt buộc$/m);
  assert.match(out, /^ {4}indicators\[1\]\.kind: loại chỉ tiêu không hỗ trợ/m);
  assert.match(out, /1 tệp: 0 hợp lệ, 1 không hợp lệ/);
});

test("chiso validate --lang en speaks English", () => {
  const { code, out } = chiso(["validate", "--lang", "en", broken, FIXTURES[0]]);
  assert.equal(code, 1);
  assert.match(out, /indicators\[0\]\.observations\[0\]\.numerator: expected a number, got "12,5"/);
  assert.match(
    out,
    /\[error\] indicators\[0\]\.observations\[10\]\.detail: on time .+\(part-exceeds-total\)/,
  );
  assert.match(out, /2 files: 1 valid, 1 invalid, 0 unreadable/);
});

test("chiso validate --format json prints one JSON document for machines", () => {
  const { code, out } = chiso(["validate", "--format", "json", broken, ...FIXTURES]);
  assert.equal(code, 1);
  const report = JSON.parse(out);
  assert.equal(report.exitCode, 1);
  assert.deepEqual(
    { files: report.summary.files, valid: report.summary.valid, invalid: report.summary.invalid },
    { files: 6, valid: 5, invalid: 1 },
  );
  const bad = report.files.find((file) => file.file === broken);
  assert.equal(bad.status, "invalid");
  assert.deepEqual(
    bad.issues.find((issue) => issue.path.endsWith("numerator")),
    {
      path: "indicators[0].observations[0].numerator",
      where: "indicators[0] (dvc-online).observations[0].numerator",
      message: {
        vi: 'cần một số, nhận được "12,5"; viết 12.5, không viết "12,5"',
        en: 'expected a number, got "12,5"; write 12.5, not "12,5"',
      },
    },
  );
  const bacGiang = report.files.find((file) => file.file.endsWith("bac-giang-2023-02.json"));
  assert.equal(bacGiang.status, "valid");
  assert.equal(bacGiang.id, "bac-giang-2023-02");
  assert.ok(
    bacGiang.warnings.some((w) => w.code === "part-exceeds-total" && w.severity === "error"),
  );
});

test("a file that cannot be read exits 2, even beside an invalid one; bad JSON is invalid (1)", () => {
  const missing = chiso(["validate", join(dir, "khong-co.json"), broken]);
  assert.equal(missing.code, 2);
  assert.match(missing.out, /! .*khong-co\.json: không đọc được — không có tệp này \(ENOENT\)/);
  const directory = chiso(["validate", "--format", "json", dir]);
  assert.equal(directory.code, 2);
  assert.equal(JSON.parse(directory.out).files[0].error.code, "EISDIR");
  const syntax = chiso(["validate", notJson]);
  assert.equal(syntax.code, 1);
  assert.match(syntax.out, /\(feed\): không phải JSON hợp lệ/);
});

test("--fail-on turns chosen warnings into failures; a misspelt one is a usage error (2)", () => {
  const strict = chiso(["validate", "--fail-on", "error", "--no-warnings", FIXTURES[0]]);
  assert.equal(strict.code, 1);
  // Only the warnings that fail are printed under --no-warnings.
  assert.equal(strict.out.match(/part-exceeds-total; tính là lỗi vì --fail-on/g)?.length, 2);
  assert.doesNotMatch(strict.out, /rate-mismatch/);
  assert.equal(chiso(["validate", "--fail-on", "unknown-unit", ...FIXTURES]).code, 0);
  const typo = chiso(["validate", "--fail-on", "erorr", FIXTURES[0]]);
  assert.equal(typo.code, 2);
  assert.match(typo.err, /--fail-on "erorr"/);
});

test("chiso validate - reads standard input; no file, no command or an odd option is exit 2", () => {
  const stdin = chiso(["validate", "-"], readFileSync(FIXTURES[3], "utf8"));
  assert.equal(stdin.code, 0);
  assert.match(stdin.out, /✓ \(stdin\): hợp lệ/);
  assert.equal(chiso(["validate"]).code, 2);
  assert.equal(chiso([]).code, 2);
  assert.equal(chiso(["check", FIXTURES[0]]).code, 2);
  const odd = chiso(["validate", "--bogus", FIXTURES[0]]);
  assert.equal(odd.code, 2);
  assert.match(odd.err, /Cách dùng: chiso validate/);
  assert.equal(chiso(["--help"]).code, 0);
  assert.equal(chiso(["--version"]).out.trim(), JSON.parse(readFileSync("package.json")).version);
});

test("the command knows every consistency warning code of the data layer", () => {
  // WarningCode lists its own codes, then those of RelationCode.
  const source = readFileSync("src/data/warnings.ts", "utf8");
  const union = (name) => source.match(new RegExp(`export type ${name} =([^;]+);`))[1];
  const codes = [...(union("WarningCode") + union("RelationCode")).matchAll(/"([a-z-]+)"/g)].map(
    (match) => match[1],
  );
  const listed = readFileSync("bin/chiso.mjs", "utf8").match(
    /const WARNING_CODES = \[([^\]]+)\]/,
  )[1];
  assert.deepEqual(
    [...listed.matchAll(/"([a-z-]+)"/g)].map((match) => match[1]),
    codes,
  );
});

test("the repository's fixture check is a user of the command", () => {
  const result = spawnSync(process.execPath, ["scripts/validate-fixtures.mjs"], {
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr);
  // The five report feeds and their five feeds of earlier-period figures (fixtures/feeds/earlier/).
  assert.match(result.stdout, /10 files: 10 valid, 0 invalid, 0 unreadable/);
  const bad = spawnSync(process.execPath, ["scripts/validate-fixtures.mjs", broken], {
    encoding: "utf8",
  });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /numerator: expected a number, got "12,5"/);
});
