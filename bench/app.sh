#!/usr/bin/env bash
# Benchmark of the GitHub App (issue 3, acceptance 5): the real server
# against the fake GitHub (internal/fakegithub) with 50 ms latency per API
# call, on a git repository built from the trigger.dev corpus copy
# (820 + 3 migrations): API calls by operation and wall time per pull
# request check, cold and warm cache, then a burst of 200 pull_request
# events with peak memory. Writes bench/results-app.txt, with the verdict on
# each target and, per API operation of the warm checks, the App code path
# that makes it and whether it could be cached.
#
# Runs app.TestAppBench (skipped unless MIGSYNC_BENCH=1). Everything listens
# on 127.0.0.1; the whole run is bounded by TIMEOUT (default 30m).
# Also available: go test -run '^$' -bench BenchmarkAppWarmRecheck ./app/
#
# Then app.TestAppBenchBaseMove (issue 9): a push to the base branch with 20
# open pull requests, written to bench/results-app-basemove.txt. ONLY=checks
# or ONLY=basemove runs one of the two; NOTE="..." adds a line to the
# base-move report's header (e.g. that the machine was shared).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-bench/results-app.txt}
out_basemove=${OUT_BASEMOVE:-bench/results-app-basemove.txt}
timeout=${TIMEOUT:-30m}
only=${ONLY:-}
measured=$(mktemp)
trap 'rm -f "$measured"' EXIT

# run TEST OUTVAR FILE: one benchmark test, its report and the load around it.
run() {
	local load_start
	load_start=$(cut -d' ' -f1-3 /proc/loadavg)
	env MIGSYNC_BENCH=1 "$2=$measured" MIGSYNC_BENCH_NOTE="${NOTE:-}" \
		go test -count=1 -run "^$1\$" -timeout "$timeout" ./app/ >&2
	{
		cat "$measured"
		echo "load average at the start: $load_start (2 cores: above 2, other jobs competed for the CPU)"
		echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
		echo
		echo "command: bench/app.sh (MIGSYNC_BENCH=1 go test -run '^$1\$' ./app/)"
	} > "$3"
	cat "$3"
}

if [ "$only" != basemove ]; then
	run TestAppBench MIGSYNC_BENCH_OUT "$out"
fi
if [ "$only" != checks ]; then
	run TestAppBenchBaseMove MIGSYNC_BENCH_BASEMOVE_OUT "$out_basemove"
fi
