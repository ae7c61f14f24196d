#!/bin/sh
# Regenerates oracle.sql for every case from Prisma 7.10.1 (see
# /work/shared/oracle/README.md): with an empty migrations folder the oracle
# prints the whole CREATE script Prisma Migrate generates for the schema.
# Usage: PRISMA_ORACLE_HOME=/tmp/prisma-oracle ./regen.sh [case...]
set -eu
cd "$(dirname "$0")"
ORACLE=${ORACLE:-/work/shared/oracle/oracle.sh}
cases=${*:-$(ls -d */ | tr -d /)}
for c in $cases; do
  provider=$(sed -n 's/^ *provider *= *"\(postgresql\|postgres\|sqlite\)".*/\1/p' "$c/schema.prisma" | head -1)
  [ "$provider" = postgres ] && provider=postgresql
  tmp=$(mktemp -d)
  printf 'provider = "%s"\n' "$provider" >"$tmp/migration_lock.toml"
  rc=0
  ORACLE_MODE=direct "$ORACLE" "$c/schema.prisma" "$tmp" "$provider" >"$c/oracle.sql" || rc=$?
  rm -rf "$tmp"
  [ "$rc" = 2 ] || { echo "$c: oracle exit $rc" >&2; exit 1; }
  echo "$c: ok"
done
