#!/usr/bin/env bash
# Whole-program start-up of newsdesk with the portal preview: RUNS cold starts of the real
# binary (offscreen) on a store holding the five sample articles, one of them open; prints the
# median and slowest time from process start to the window shown and to the first preview on
# screen. Usage: scripts/bench-preview.sh [RUNS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
build=${2:-build/dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store=$work/bench.sqlite3
"$build/app/newsdesk-cli" --db "$store" import resources/samples/* > /dev/null
sqlite3 "$store" "INSERT OR REPLACE INTO settings(key, value) VALUES ('ui.last_article', '1')"

export QT_QPA_PLATFORM=offscreen NEWSDESK_SKIP_FIRST_RUN=1 NEWSDESK_TRACE_STARTUP=quit
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
for ((i = 0; i < runs; i++)); do
  "$build/app/newsdesk" --db "$store" 2>&1 >/dev/null | grep '^startup:' || true
done | awk '
  /window-shown-ms/ { shown[++n] = $3 }
  /first-preview-ms/ { preview[++m] = $3 }
  function median(a, k,   i, j, t) {
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return a[int((k + 1) / 2)]
  }
  END {
    if (m == 0) { print "no preview was shown"; exit 1 }
    printf "window shown:        median %5d ms   (%d runs)\n", median(shown, n), n
    printf "first preview shown: median %5d ms   slowest %5d ms   (%d runs)\n", median(preview, m), preview[m], m
  }'
