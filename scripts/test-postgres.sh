#!/usr/bin/env bash
# Runs the data-module tests and the e2e specs against PostgreSQL: starts a throwaway cluster
# (initdb --locale=C.UTF-8) on a free port, runs, and stops it whatever happens. Fails when any test
# fails. Usage: scripts/test-postgres.sh [unit|e2e|all] [extra Playwright arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
[ $# -gt 0 ] && shift

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi

cluster="$(mktemp -d "${TMPDIR:-/tmp}/atlas-postgres-XXXXXX")"
port="${ATLAS_POSTGRES_PORT:-$(node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$cluster"

stop() {
  as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop EXIT

echo "== PostgreSQL: a throwaway cluster in $cluster on port $port"
as_owner "$bindir/initdb" -D "$cluster/data" --locale=C.UTF-8 --encoding=UTF8 --auth=trust --username=postgres >"$cluster/initdb.log"
as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

server="postgresql://postgres@127.0.0.1:$port/postgres"
status=0

if [ "$what" = unit ] || [ "$what" = all ]; then
  echo "== data-module tests on PostgreSQL"
  # The tests that take their database from lib/db/fixtures (the engine under test) and PostgreSQL's own.
  mapfile -t files < <(grep -rlE "testDatabase|seededDatabase|testPostgresUrl" lib scripts --include='*.test.ts' | sort)
  ATLAS_TEST_POSTGRES_URL="$server" npx vitest run "${files[@]}" || status=1
fi

if [ "$what" = e2e ] || [ "$what" = all ]; then
  echo "== e2e specs on PostgreSQL"
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE atlas_e2e TEMPLATE template0 LOCALE 'C.UTF-8'" postgres
  E2E_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/atlas_e2e" npx playwright test "$@" || status=1
fi

exit "$status"
