#!/usr/bin/env bash
# Every check, as CI runs it: install what the tests need, then typecheck, lint, unit tests, build, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  echo "== installing Debian chromium and CJK fonts"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk > /dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint . --max-warnings=0
echo "== unit tests"; npx vitest run
echo "== build"; npx next build > /tmp/gongkai-build.log 2>&1 || { cat /tmp/gongkai-build.log; exit 1; }
echo "== e2e"; npx playwright test
