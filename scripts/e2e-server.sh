#!/usr/bin/env bash
# Serves the built app for the Playwright tests on a fresh demo database.
set -euo pipefail
db_file="${DATABASE_URL#file:}"
rm -f "$db_file" "$db_file-wal" "$db_file-shm"
# Attachments uploaded by earlier runs belong to their (deleted) database; only the e2e folder is ever cleared.
case "${UPLOAD_DIR:-}" in ./data/e2e-*) rm -rf "$UPLOAD_DIR" ;; esac
npx tsx scripts/db-setup.ts
npx tsx prisma/seed.ts > /dev/null
exec npx next start -p "${E2E_PORT:-3100}"
