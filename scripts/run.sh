#!/usr/bin/env bash
# Installs what is missing, builds Newsdesk and starts it on its default store
# (~/.local/share/newsdesk/newsdesk.sqlite3). Extra arguments go to newsdesk, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset default
cmake --build --preset default --target newsdesk newsdesk-cli

if [[ $(id -u) -eq 0 ]]; then
  # Chromium (inside QtWebEngine) refuses to run as root with its sandbox on.
  export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec build/default/app/newsdesk "$@"
