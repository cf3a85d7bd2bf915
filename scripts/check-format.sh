#!/usr/bin/env bash
# Fails when a C++ file is not formatted per .clang-format (run scripts/format.sh to fix).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[[ ${#files[@]} -eq 0 ]] && exit 0
clang-format --dry-run -Werror "${files[@]}"
echo "format: ${#files[@]} files are formatted."
