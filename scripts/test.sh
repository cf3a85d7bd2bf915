#!/usr/bin/env bash
# Installs what is missing, builds from this checkout with warnings as errors, and runs the
# whole test suite. This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --test
scripts/check-format.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"
if [[ $(id -u) -eq 0 ]]; then
  export QTWEBENGINE_DISABLE_SANDBOX=1
fi
ctest --preset dev -j "$(nproc)"
