#!/usr/bin/env bash
# Reliability benchmark (issue 13): `migsync serve` in its own process
# against the fake GitHub (internal/fakegithub), at real sizes and
# durations, with the server's peak RSS (VmHWM) for each case:
#   patch-outage        every PATCH check-runs refused for 30 s, then recovery (acceptance 2)
#   rate-limit-120s     a 120 s secondary rate limit on the tree request (acceptance 6)
#   burst-500           500 deliveries, 100 distinct each sent five times, at once (acceptance 8)
#   unsigned-24mb-x40   40 unsigned and 40 wrongly signed 24 MB posts at once (acceptance 8)
#   million-statements  a migration of 1,000,000 statements (acceptance 5)
#   schema-50mb         a 50 MB schema.prisma (acceptance 5)
#   archive-10000       10,000 migrations, the archive download failing twice, then for good
#                       (acceptance 7: app.TestE2EArchiveRetriedAndBudgeted with MIGSYNC_MIGRATIONS=10000;
#                       the default test run uses 400)
# Writes bench/results-reliability.txt (OUT=… elsewhere); CASES=a,b runs
# some; BEFORE=path/to/an/older/migsync (BEFORE_LABEL names it) adds that binary's peaks for
# comparison (the same cases, run again). Runs app.TestReliabilityBench
# (skipped unless MIGSYNC_BENCH=reliability). Everything listens on
# 127.0.0.1; the run is bounded by TIMEOUT (default 30m) and takes about
# five minutes, most of it the two real waits.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-bench/results-reliability.txt}
timeout=${TIMEOUT:-30m}
measured=$(mktemp)
before=$(mktemp)
archive=$(mktemp)
trap 'rm -f "$measured" "$before" "$archive"' EXIT

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
MIGSYNC_BENCH=reliability MIGSYNC_BENCH_OUT="$measured" MIGSYNC_BENCH_CASES=${CASES:-} \
	go test -count=1 -run '^TestReliabilityBench$' -timeout "$timeout" ./app/ >&2 || status=$?
if [ -z "${CASES:-}" ] || [[ ",${CASES}," == *",archive-10000,"* ]]; then
	start=$(date +%s)
	MIGSYNC_MIGRATIONS=10000 go test -count=1 -run '^TestE2EArchiveRetriedAndBudgeted$' -timeout "$timeout" -v ./app/ >"$archive" 2>&1 || status=$?
	{
		echo "## archive-10000 — acceptance 7: 10,000 migrations, the archive download failing twice, then for good"
		echo "(app.TestE2EArchiveRetriedAndBudgeted with MIGSYNC_MIGRATIONS=10000, in-process, $(($(date +%s) - start)) s)"
		grep -E '^\s*(--- (PASS|FAIL)|budget_test\.go:)' "$archive" | sed 's/^\s*/    /'
		echo
	} >"$archive.txt"
	mv "$archive.txt" "$archive"
else
	: >"$archive"
fi
if [ -n "${BEFORE:-}" ]; then
	MIGSYNC_BENCH=reliability MIGSYNC_BENCH_OUT="$before" MIGSYNC_TEST_BINARY="$BEFORE" \
		MIGSYNC_BENCH_CASES=${BEFORE_CASES:-burst-500,unsigned-24mb-x40,million-statements,schema-50mb} \
		go test -count=1 -run '^TestReliabilityBench$' -timeout "$timeout" ./app/ >&2 || true
fi
{
	cat "$measured"
	cat "$archive"
	if [ -n "${BEFORE:-}" ]; then
		echo "# For comparison: the same cases with the binary before the fixes (${BEFORE_LABEL:-$BEFORE})"
		echo "# (FAIL lines are the defects issue 13 reported)"
		sed -n '/^## /,$p' "$before"
	fi
	echo "load average at the start: $load_start (2 cores: above 2, other jobs competed for the CPU)"
	echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	echo "command: bench/reliability.sh (MIGSYNC_BENCH=reliability go test -run '^TestReliabilityBench\$' ./app/)"
} > "$out"
cat "$out"
exit "$status"
