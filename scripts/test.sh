#!/usr/bin/env bash
# Every check, as CI runs it: install what the tests need, then typecheck, lint, unit tests, build and e2e on
# SQLite; then the unit and e2e tests a second time on PostgreSQL (installed and started by scripts/ci-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
started=$SECONDS

# grep reads all of fc-list's output (no -q): under pipefail, fc-list killed by SIGPIPE would count as "missing".
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" > /dev/null; then
  echo "== installing Debian chromium and CJK fonts"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk > /dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
else
  # Both Prisma clients must match schema.prisma (the PostgreSQL one is easy to forget after `npx prisma generate`).
  echo "== prisma generate"; npm run --silent generate > /dev/null
fi

# Side by side: each is mostly one core. `wait` returns the type check's status, which set -e turns into the exit.
echo "== typecheck and lint"
npx tsc --noEmit & typecheck=$!
npx eslint . --max-warnings=0
wait $typecheck
echo "== unit tests (SQLite)"; env -u DATABASE_URL npx vitest run
echo "== build"
GONGKAI_TYPES_CHECKED=1 npx next build > /tmp/gongkai-build.log 2>&1 || { cat /tmp/gongkai-build.log; exit 1; }
echo "== e2e (SQLite)"; env -u E2E_DATABASE_URL npx playwright test

# The same build on PostgreSQL: every unit test again (each query, the importer, the report statement, the counters),
# and the e2e specs whose behaviour depends on the database server or on several app instances — the security matrix,
# headers and CSRF, sign-in and lockout, the platform's tree pages and the two-instance tests. The other journeys click
# through the same queries the unit pass has just run on PostgreSQL; running all of them twice cost ~12 minutes.
# Always in CI; GONGKAI_SKIP_POSTGRES=1 skips it for a quick local run.
# PG_TEST_DB_PREFIX keeps test databases apart on a shared server.
POSTGRES_E2E_SPECS=(e2e/auth.spec.ts e2e/headers-csrf.spec.ts e2e/instances.spec.ts e2e/oversight.spec.ts
  e2e/platform.spec.ts e2e/route-matrix.spec.ts)
if [ "${GONGKAI_SKIP_POSTGRES:-0}" = 1 ] && [ "${CI:-}" != true ]; then
  echo "== all passed on SQLite in $((SECONDS - started)) s (PostgreSQL pass skipped: GONGKAI_SKIP_POSTGRES=1)"
  exit 0
fi
echo "== PostgreSQL"
server=$(bash scripts/ci-postgres.sh "${PG_TEST_DB_PREFIX:-gongkai}_test" "${PG_TEST_DB_PREFIX:-gongkai}_e2e")
export TEST_DATABASE_URL_PG="$server/${PG_TEST_DB_PREFIX:-gongkai}_test"
echo "== unit tests (PostgreSQL, and the SQLite/PostgreSQL report comparison)"
DATABASE_URL="$TEST_DATABASE_URL_PG" npx vitest run
echo "== e2e (PostgreSQL, two app instances): ${POSTGRES_E2E_SPECS[*]}"
E2E_DATABASE_URL="$server/${PG_TEST_DB_PREFIX:-gongkai}_e2e" npx playwright test "${POSTGRES_E2E_SPECS[@]}"
echo "== all passed in $((SECONDS - started)) s"
