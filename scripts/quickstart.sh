#!/usr/bin/env bash
# From a fresh clone: install, create and migrate the SQLite database, load the demo data, build and serve.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm ci --no-audit --no-fund
npx tsx scripts/db-setup.ts
npx tsx prisma/seed.ts
npm run build
echo "Gongkai 已启动：http://localhost:${PORT:-3000}"
# The heap cap of docs/DEPLOYMENT.md (gongkai.env): under load V8 grows the heap rather than collect it.
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=256}"
exec node .next/gongkai-server.js -p "${PORT:-3000}"
