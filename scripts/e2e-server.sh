#!/usr/bin/env bash
# Serves the built app for the Playwright tests on a fresh demo database.
set -euo pipefail
db_file="${DATABASE_URL#file:}"
rm -f "$db_file" "$db_file-wal" "$db_file-shm"
npx tsx scripts/db-setup.ts
npx tsx prisma/seed.ts > /dev/null
exec npx next start -p "${E2E_PORT:-3100}"
