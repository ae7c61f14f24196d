#!/usr/bin/env bash
# Re-copies the shared corpus into testdata/corpus and rewrites testdata/corpus/expected.json.
#
#   scripts/regen-corpus.sh            # copy + expected.json (no oracle needed)
#   scripts/regen-corpus.sh --verify   # also re-run the Prisma 7.10.1 oracle on every unit and fail
#                                      # when its verdict or SQL differs from the recorded reference
#
# Env: CORPUS_SRC (default ../shared/corpus), ORACLE (default ../shared/oracle/oracle.sh),
# PRISMA_ORACLE_HOME (default /tmp/prisma-oracle), ORACLE_PG_URL (e.g.
# postgresql://postgres@127.0.0.1:5432/postgres: use a running server, faster).
# testdata/corpus/README.md is kept (hand-written).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC="${CORPUS_SRC:-../shared/corpus}"
[ -d "$SRC" ] || { echo "no corpus at $SRC" >&2; exit 1; }
for d in "$SRC"/*/; do
  name="$(basename "$d")"
  rm -rf "testdata/corpus/$name"
  cp -r "$d" "testdata/corpus/$name"
done
chmod -R u+w testdata/corpus
verify=()
[ "${1:-}" = --verify ] && verify=(-verify)
go run ./scripts/acceptgen corpus "${verify[@]}"
du -sh testdata/corpus
