#!/usr/bin/env bash
# Whole-program timings of newsdesk-cli on a large store: each command RUNS times, median and
# slowest in milliseconds. Usage: scripts/bench-cli.sh STORE [RUNS]
# (make STORE with: NEWSDESK_BENCH_DIR=/tmp/nd build/dev/tests/bench/store_bench
#  --benchmark_filter=BulkImport  ->  /tmp/nd/bench.sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:?usage: scripts/bench-cli.sh STORE [RUNS]}
runs=${2:-20}
cli=build/dev/app/newsdesk-cli

measure() {
  local label=$1; shift
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$cli" --db "$store" "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 }
    END { printf "%-28s median %7.1f ms   max %7.1f ms   (%d runs)\n", label, t[int((NR + 1) / 2)] / 1000, t[NR] / 1000, NR }'
}

measure "start + list 100"            list --limit 100
measure "start + search (1 syllable)" search "ngày"
measure "start + search (2 syllables)" search "muong lay"
measure "start + stats"               stats
