#!/usr/bin/env bash
# The one test command (`npm test`): installs what is missing, then runs every check and test and
# ends with a single "N passed, N failed" line. Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
step() { # step NAME COMMAND… — a check counts as one passed or failed test
  local name="$1"
  shift
  echo "── $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "✗ $name failed"
    failed=$((failed + 1))
  fi
}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  bash scripts/install-deps.sh || exit 1
fi
CHROME_PATH="$(bash scripts/ensure-chromium.sh)" || exit 1
export CHROME_PATH
rm -rf test-results && mkdir -p test-results

step "prettier" npx prettier --check . --log-level warn
step "eslint" npx eslint --max-warnings 0 .
step "typecheck (library)" npx tsc --noEmit -p tsconfig.json
step "typecheck (tests and stories)" npx tsc --noEmit -p tsconfig.test.json
step "JSON Schema in sync with zod" node scripts/gen-schema.mjs --check
# The feeds in fixtures/feeds/ are generated from ../shared/data/seed-figures/ (CI has ../shared
# beside the clone); the step fails, saying so, when ../shared is missing or a feed is stale.
step "fixtures in sync with scripts/fixtures/ and ../shared" node scripts/build-fixtures.mjs --check
step "history fixtures in sync with scripts/build-history-fixtures.mjs" node scripts/build-history-fixtures.mjs --check
step "2025 map fixture in sync with scripts/build-map-2025-fixture.mjs" node scripts/build-map-2025-fixture.mjs --check
step "build (ESM, single-file bundle, types, custom-elements.json)" npm run build --silent

# Node-side tests: ajv against the committed JSON Schema, bundle budgets and contents, and the
# end-to-end demo tests (real demo server + system Chromium).
echo "── node and end-to-end tests"
node --test --test-concurrency=1 --test-reporter=tap tests/node/ tests/e2e/ > test-results/node.tap 2>&1
node_status=$?
grep -E '^not ok|^# (pass|fail)' test-results/node.tap || true
node_passed=$(awk '/^# pass/ {print $3}' test-results/node.tap)
node_failed=$(awk '/^# fail/ {print $3}' test-results/node.tap)
node_passed=${node_passed:-0}
node_failed=${node_failed:-0}
if [ "$node_status" -ne 0 ] && [ "$node_failed" = "0" ]; then
  tail -40 test-results/node.tap
  node_failed=1
fi
passed=$((passed + ${node_passed:-0}))
failed=$((failed + ${node_failed:-0}))

echo "── browser tests (web-test-runner, headless Chromium at $CHROME_PATH)"
npx wtr
wtr_status=$?
if [ -f test-results/browser-counts.json ]; then
  read -r b_passed b_failed b_broken < <(node -e 'const c=require("./test-results/browser-counts.json");console.log(c.passed,c.failed,c.brokenFiles)')
else
  b_passed=0 b_failed=1 b_broken=0
fi
if [ "$wtr_status" -ne 0 ] && [ "$b_failed" = "0" ]; then b_failed=$((b_broken > 0 ? b_broken : 1)); fi
passed=$((passed + b_passed))
failed=$((failed + b_failed))

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
