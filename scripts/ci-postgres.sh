#!/usr/bin/env bash
# For the PostgreSQL pass of scripts/test.sh: makes sure a local PostgreSQL server runs, installing Debian's
# `postgresql` package if it is missing, creates the role `gongkai` (CREATEDB: the tests make a scratch database per
# test file) and the databases named as arguments, and prints the server's URL, e.g.
# postgresql://gongkai:gongkai@localhost:5432 — all other output goes to stderr.
# Uses the distribution's cluster when there is one (pg_ctlcluster), else a throwaway cluster in /tmp (pg_ctl).
set -euo pipefail
ROLE=gongkai
PASSWORD=gongkai
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
  echo "== installing Debian postgresql" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql > /dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
bin=/usr/lib/postgresql/$version/bin

# Runs a command as the operating-system user that owns the cluster.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

cluster=$(pg_lsclusters --no-header 2>/dev/null | awk -v v="$version" '$1 == v { print $2; exit }' || true)
if [ -n "$cluster" ]; then
  if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c' | grep -q online; then
    echo "== starting PostgreSQL $version/$cluster" >&2
    $SUDO pg_ctlcluster "$version" "$cluster" start >&2
  fi
  port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')
  superuser() { as_postgres "$bin/psql" -p "$port" -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
else
  # No cluster (e.g. a container where the package's post-install created none): initdb one under /tmp.
  port=55432
  data=/tmp/gongkai-postgres-$version
  owner=()
  if [ "$(id -u)" -eq 0 ]; then owner=(runuser -u postgres --); fi
  if [ ! -f "$data/PG_VERSION" ]; then
    echo "== creating a throwaway PostgreSQL cluster in $data" >&2
    mkdir -p "$data"
    [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$data"
    "${owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
  fi
  if ! "${owner[@]}" "$bin/pg_ctl" -D "$data" status > /dev/null 2>&1; then
    echo "== starting PostgreSQL $version in $data (port $port)" >&2
    "${owner[@]}" "$bin/pg_ctl" -D "$data" -o "-p $port -k $data" -l "$data/server.log" -w start > /dev/null
  fi
  superuser() { "$bin/psql" -h localhost -p "$port" -U postgres -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
fi

superuser -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN CREATE ROLE $ROLE LOGIN CREATEDB; END IF;
END \$\$; ALTER ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';" >&2
for database in "$@"; do
  if [ -z "$(superuser -At -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    # The settings docs/DEPLOYMENT.md asks for: byte order for text (as SQLite), Chinese characters as letters (pg_trgm).
    superuser -c "CREATE DATABASE $database OWNER $ROLE TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'" >&2
  fi
done
echo "postgresql://$ROLE:$PASSWORD@localhost:$port"
