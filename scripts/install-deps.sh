#!/usr/bin/env bash
# Installs the locked dependencies. `npm ci` is tried first; it refuses a lock file in which optional
# platform packages are absent (the registry mirror this project is built against carries only the
# Linux binaries of rollup), and `npm install --no-save` then installs the same locked versions,
# skipping the optional packages it cannot fetch, without rewriting the lock file.
set -uo pipefail
cd "$(dirname "$0")/.."
echo "── installing dependencies"
if npm ci --no-audit --no-fund --loglevel=error 2> /tmp/chiso-npm-ci.log; then exit 0; fi
if grep -q "EUSAGE" /tmp/chiso-npm-ci.log; then
  echo "   npm ci refused the lock file (optional platform packages missing); using npm install --no-save"
  npm install --no-save --no-audit --no-fund --loglevel=error
else
  cat /tmp/chiso-npm-ci.log >&2
  exit 1
fi
