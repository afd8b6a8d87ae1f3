#!/usr/bin/env bash
# Finds the Chromium the browser tests run in. No browser is ever downloaded: we use Debian's
# `chromium` package (or whatever CHROME_PATH points at). As root, a missing Chromium is
# installed with apt-get; otherwise we stop with a message saying what to install.
set -euo pipefail
candidate="${CHROME_PATH:-/usr/bin/chromium}"
# The screenshots and the wall's text metrics are reviewed in Noto Sans (Vietnamese glyphs); a
# machine that has Chromium but not the font gets it too, as root, so layouts match the baselines.
ensure_fonts() {
  if command -v fc-list >/dev/null 2>&1 && fc-list | grep -q "NotoSans-Regular"; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Noto Sans is missing: installing Debian's fonts-noto-core…" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq fonts-noto-core || { apt-get update -qq && apt-get install -y -qq fonts-noto-core; }; } >&2 || true
  else
    echo "warning: Noto Sans is not installed (Debian: fonts-noto-core); screenshots will differ" >&2
  fi
}
if [ -x "$candidate" ]; then
  ensure_fonts
  echo "$candidate"
  exit 0
fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH=$CHROME_PATH is not an executable browser." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # Fonts with Vietnamese glyphs, so screenshots and text metrics are real.
  apt-get install -y -qq chromium fonts-noto-core fonts-dejavu-core >&2
  echo /usr/bin/chromium
  exit 0
fi
cat >&2 <<'MSG'
The browser tests need Chromium and none was found at /usr/bin/chromium.
Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or point CHROME_PATH at a
Chromium/Chrome binary, e.g. `CHROME_PATH=/path/to/chrome npm test`.
MSG
exit 1
