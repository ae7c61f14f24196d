#!/usr/bin/env bash
# Regenerates the acceptance cases with the Prisma 7.10.1 oracle:
#   testdata/generated/<project>/<case>/  mutations of the corpus projects (scripts/acceptgen/specs.go)
#   examples/incident/                    the incident example and its fix
#
#   scripts/gen-drift-cases.sh                # everything (~15 min on 2 cores)
#   scripts/gen-drift-cases.sh umami          # one project's cases only
#
# Each case folder holds case.json (description, base project, files replaced/added, folders removed,
# the oracle's verdict, the expected findings with the exact file:line, the spans where more findings
# are acceptable), expected.sql (the oracle's SQL; checkrun's MissingSQL must equal it), files/ (the
# mutated files, at their repository path) and change.diff (a readable diff of the mutation).
# A case is refused when the oracle disagrees with its intent: a cosmetic edit must leave the
# oracle's answer unchanged, a drift case must change it.
#
# SQLite projects run through the oracle with their data statements (UPDATE/DELETE/INSERT … VALUES)
# replaced by SELECT 1 in a temporary copy: the oracle's SQLite builds reject their double-quoted
# string literals (Prisma's native engine accepts them); rows never change the schema.
#
# Needs the oracle (../shared/oracle, installed by its install.sh). Env: ORACLE (oracle.sh path),
# PRISMA_ORACLE_HOME (default /tmp/prisma-oracle), ORACLE_PG_URL (default: the project's local
# PostgreSQL, postgresql://postgres@127.0.0.1:5432/postgres; unset it with ORACLE_PG_URL= to let the
# oracle start a throwaway server), ORACLE_MODE (default direct: the engine request the CLI builds,
# same SQL, 1 s faster a call; cli for the full Prisma CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
export PRISMA_ORACLE_HOME="${PRISMA_ORACLE_HOME:-/tmp/prisma-oracle}"
export ORACLE_PG_URL="${ORACLE_PG_URL-postgresql://postgres@127.0.0.1:5432/postgres}"
export ORACLE_MODE="${ORACLE_MODE:-direct}"
[ -n "$ORACLE_PG_URL" ] || unset ORACLE_PG_URL
if [ $# -gt 0 ]; then
  for p in "$@"; do go run ./scripts/acceptgen cases -only "$p"; done
else
  go run ./scripts/acceptgen cases
  go run ./scripts/acceptgen incident
fi
