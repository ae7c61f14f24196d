#!/usr/bin/env bash
# Benchmark: `migsync check` against the reference (Prisma 7.10.1's
# `migrate diff --from-migrations --to-schema`, ../shared/oracle) on the
# largest corpus project, trigger.dev (820 migrations), in the same run.
# Writes bench/results-trigger-dev.txt. Needs the oracle installed
# (PRISMA_ORACLE_HOME, default /tmp/prisma-oracle) and PostgreSQL at
# 127.0.0.1:5432 for the reference's shadow database.
#
# The binary measured is the linux-x64 release binary, built by
# scripts/build-binaries exactly as it ships (static, cgo libpg_query,
# -trimpath, stamped). A second section measures the darwin binaries' build
# on Linux: CGO_ENABLED=0, libpg_query as WebAssembly under wazero (no Mac
# here; the code path is the same, only the OS differs), without the parser
# cache, with an empty one and with a filled one (MIGSYNC_CACHE_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/results-trigger-dev.txt
runs=${RUNS:-10}
wasm_runs=${WASM_RUNS:-5}
oracle_runs=${ORACLE_RUNS:-3}
# ../shared beside the clone; from a worktree under /work/wt, /work/shared
oracle=${ORACLE:-}
for o in ../shared/oracle/oracle.sh ../../shared/oracle/oracle.sh; do
  [ -n "$oracle" ] || { [ -x "$o" ] && oracle=$(cd "$(dirname "$o")" && pwd)/oracle.sh; }
done
[ -n "$oracle" ] || { echo "bench/run.sh: no oracle.sh (../shared/oracle; set ORACLE)" >&2; exit 2; }
export PRISMA_ORACLE_HOME=${PRISMA_ORACLE_HOME:-/tmp/prisma-oracle}
export ORACLE_PG_URL=${ORACLE_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy outside any git repository, so that the CLI reads the folder only.
cp -r testdata/corpus/triggerdotdev__trigger.dev "$work/project"
schema=$work/project/internal-packages/database/prisma/schema.prisma
migrations=$work/project/internal-packages/database/prisma/migrations
DIST="$work/dist" scripts/build-binaries linux-x64 >/dev/null
cp "$work/dist/bin/linux-x64/migsync" "$work/migsync"
# the darwin release build's flags, for linux
CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags "-s -w -X main.version=$(cat "$work/dist/VERSION") -X main.commit=$(cat "$work/dist/COMMIT")" \
  -o "$work/migsync-wasm" ./cmd/migsync

ms() { date +%s%N; }
{
  echo "# migsync check vs prisma migrate diff on trigger.dev (820 + 3 migrations)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB  go: $(go version | cut -d' ' -f3)"
  echo "cpu: $(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2- | xargs)  load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "binary: $("$work/migsync" --version)"
  echo
  echo "## migsync check --dir <copy> (whole repository: both projects), $runs runs"
  best=; total=0; peak=0
  for i in $(seq 1 "$runs"); do
    s=$(ms)
    /usr/bin/time -f '%M' -o "$work/rss" "$work/migsync" check --dir "$work/project" >/dev/null || true
    e=$(( ($(ms) - s) / 1000000 ))
    rss=$(tail -n 1 "$work/rss")
    total=$((total + e)); [ -z "$best" ] || [ "$e" -lt "$best" ] && best=$e
    [ "$rss" -gt "$peak" ] && peak=$rss
    echo "run $i: ${e} ms, peak RSS ${rss} KB"
  done
  mig_mean=$((total / runs))
  echo "migsync: best ${best} ms, mean ${mig_mean} ms, peak RSS ${peak} KB"
  echo
  echo "## reference: oracle.sh (prisma migrate diff, database project only), $oracle_runs runs"
  otot=0; obest=
  for i in $(seq 1 "$oracle_runs"); do
    s=$(ms)
    status=0
    /usr/bin/time -f '%M' -o "$work/orss" "$oracle" "$schema" "$migrations" >"$work/oout" 2>"$work/oerr" || status=$?
    e=$(( ($(ms) - s) / 1000000 ))
    # the reference prints the drift's SQL (exit 0, or 2 with --exit-code); anything else is a failed run
    if ! grep -q 'CREATE\|ALTER\|DROP' "$work/oout" || { [ "$status" != 0 ] && [ "$status" != 2 ]; }; then
      echo "bench/run.sh: the reference failed (exit $status):" >&2
      cat "$work/oerr" >&2
      exit 1
    fi
    otot=$((otot + e)); [ -z "$obest" ] || [ "$e" -lt "$obest" ] && obest=$e
    echo "run $i: ${e} ms, peak RSS of the CLI process $(tail -n 1 "$work/orss") KB (the shadow PostgreSQL server is not counted)"
  done
  o_mean=$((otot / oracle_runs))
  echo "reference: best ${obest} ms, mean ${o_mean} ms"
  echo
  echo "speed-up (mean/mean): $(awk -v a="$o_mean" -v b="$mig_mean" 'BEGIN{printf "%.0fx", a/(b>0?b:1)}')"
  echo
  echo "## the darwin path: CGO_ENABLED=0 (libpg_query as WebAssembly, wazero), same check"
  echo "binary: $("$work/migsync-wasm" --version)"
  # wasm_case LABEL RUNS CACHE: RUNS checks with MIGSYNC_CACHE_DIR=CACHE; sets wmean
  wasm_case() {
    local wtotal=0 wbest= wpeak=0 i s e rss user sys
    echo "### $1, $2 runs"
    for i in $(seq 1 "$2"); do
      s=$(ms)
      MIGSYNC_CACHE_DIR=$3 /usr/bin/time -f '%M %U %S' -o "$work/wrss" "$work/migsync-wasm" check --dir "$work/project" >/dev/null || true
      e=$(( ($(ms) - s) / 1000000 ))
      read -r rss user sys <"$work/wrss"
      wtotal=$((wtotal + e)); [ -z "$wbest" ] || [ "$e" -lt "$wbest" ] && wbest=$e
      [ "$rss" -gt "$wpeak" ] && wpeak=$rss
      echo "run $i: ${e} ms, CPU ${user} s user + ${sys} s sys, peak RSS ${rss} KB"
    done
    wmean=$((wtotal / $2))
    echo "wasm ($1): best ${wbest} ms, mean ${wmean} ms, peak RSS ${wpeak} KB; speed-up vs the reference $(awk -v a="$o_mean" -v b="$wmean" 'BEGIN{printf "%.1fx", a/(b>0?b:1)}')"
  }
  wasm_case "no parser cache (MIGSYNC_CACHE_DIR=off): the module compiled in every run" "$wasm_runs" off
  wasm_case "empty parser cache: the first run, which fills it" 1 "$work/parser-cache"
  echo "parser cache after it: $(find "$work/parser-cache" -type f | wc -l) entries, $(du -sk "$work/parser-cache" | cut -f1) KB"
  wasm_case "parser cache filled: a later run with the same migrations (the module never compiled)" "$wasm_runs" "$work/parser-cache"
  echo
  echo "## go test -bench (in-process, no process start-up)"
  go test -run '^$' -bench 'BenchmarkAnalyze' -benchmem -count 3 ./checkrun/ | grep -E '^Benchmark'
  go test -run '^$' -bench 'BenchmarkReplayTriggerDev' -benchmem -count 3 ./checkrun/sqlddl/ | grep -E '^Benchmark'
  echo "# the same replay with CGO_ENABLED=0 (WebAssembly libpg_query): the first line's single run includes compiling the module; the others reuse it"
  CGO_ENABLED=0 go test -run '^$' -bench 'BenchmarkReplayTriggerDev$' -benchmem -count 3 ./checkrun/sqlddl/ | grep -E '^Benchmark'
} | tee "$out"
