#!/usr/bin/env bash
# Regenerates the differential (testdata/generated/differential): schemas from
# scripts/acceptgen/schemagen.go, each answered by the Prisma 7.10.1 oracle
# from an empty migrations folder (create.sql) and with that SQL as the only
# migration (roundtrip.sql); MySQL schemas are only validated by Prisma (no
# offline oracle; the tests prove them on MariaDB). Resumes: cases already on
# disk are kept unless --force.
#
#   scripts/gen-differential.sh                       # all providers (~40 min on 2 cores)
#   scripts/gen-differential.sh -providers sqlite -n 50
#
# Then `go test ./dbcheck -run TestDifferential -update` rewrites the agreement
# file (testdata/generated/differential/AGREEMENT.md) from migsync's answers.
# Env as scripts/gen-drift-cases.sh: ORACLE, PRISMA_ORACLE_HOME, ORACLE_PG_URL,
# ORACLE_MODE (default direct), JOBS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ORACLE:-}" ]; then
  for d in ../shared ../../shared; do
    if [ -x "$d/oracle/oracle.sh" ]; then ORACLE="$(cd "$d/oracle" && pwd)/oracle.sh"; break; fi
  done
fi
export ORACLE="${ORACLE:?oracle.sh not found next to the repository; set ORACLE=}"
export PRISMA_ORACLE_HOME="${PRISMA_ORACLE_HOME:-/tmp/prisma-oracle}"
export ORACLE_PG_URL="${ORACLE_PG_URL-postgresql://postgres@127.0.0.1:5432/postgres}"
export ORACLE_MODE="${ORACLE_MODE:-direct}"
[ -n "$ORACLE_PG_URL" ] || unset ORACLE_PG_URL
exec nice -n 10 go run ./scripts/acceptgen differential -j "${JOBS:-2}" "$@"
