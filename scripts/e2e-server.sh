#!/usr/bin/env bash
# Serves the built app for the Playwright tests. The first instance empties the database at DATABASE_URL (a SQLite
# file or a PostgreSQL database), migrates it and loads the demo data; a second instance (E2E_RESET=0, PostgreSQL
# only, see playwright.config.ts) serves the same database.
set -euo pipefail
if [ "${E2E_RESET:-1}" = 1 ]; then
  npx tsx scripts/e2e-reset-db.ts > /dev/null
  # Attachments uploaded by earlier runs belong to their (emptied) database; only the e2e folder is ever cleared.
  case "${UPLOAD_DIR:-}" in ./data/e2e-*) rm -rf "$UPLOAD_DIR" ;; esac
  npx tsx scripts/db-setup.ts
  npx tsx prisma/seed.ts > /dev/null
fi
# The production server (server.ts: Next behind the public-page cache), as `npm start` runs it: bundled by esbuild
# (50 ms) rather than run through tsx, whose loader costs ~115 MB of resident memory.
npm run build:server --silent
exec node .next/gongkai-server.js -p "${E2E_PORT:-3100}"
