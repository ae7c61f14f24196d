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
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-bench/results-app.txt}
timeout=${TIMEOUT:-30m}
measured=$(mktemp)
trap 'rm -f "$measured"' EXIT

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
MIGSYNC_BENCH=1 MIGSYNC_BENCH_OUT="$measured" \
	go test -count=1 -run '^TestAppBench$' -timeout "$timeout" ./app/ >&2
{
	cat "$measured"
	echo "load average at the start: $load_start (the machine is shared: other jobs ran during the benchmark)"
	echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	echo "command: bench/app.sh (MIGSYNC_BENCH=1 go test -run '^TestAppBench\$' ./app/)"
} > "$out"
cat "$out"
