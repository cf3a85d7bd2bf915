#!/usr/bin/env bash
# Takes the user guide's screenshots again, from the real windows: builds newsdesk-guide-shots
# (tools/guide-shots) and runs it for Vietnamese into docs/guide/vi/ and for English into
# docs/guide/en/. The pictures of a language are replaced only when all of them came out.
#
#   scripts/guide-screenshots.sh [BUILD_DIR]      BUILD_DIR: default build/dev (the dev preset)
#
# Look at the pictures before committing them (git diff --stat docs/guide shows which changed).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${1:-build/dev}"

if [[ "$build" == "build/dev" ]]; then
    [[ -f build/dev/CMakeCache.txt ]] || cmake --preset dev
    cmake --build --preset dev --target newsdesk-guide-shots
else
    cmake --build "$build" --target newsdesk-guide-shots
fi
tool="$build/tools/guide-shots/newsdesk-guide-shots"
[[ -x "$tool" ]] || { echo "guide-screenshots: $tool was not built" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
if [[ "$(id -u)" == 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1  # Chromium refuses to run as root with its sandbox
fi
command -v pdftoppm >/dev/null || echo "guide-screenshots: no pdftoppm (poppler-utils): the PDF page is left out" >&2

status=0
for lang in vi en; do
    out="docs/guide/$lang"
    staging="$(mktemp -d)"
    echo "== $lang"
    if "$tool" "$staging" --lang "$lang"; then
        mkdir -p "$out"
        rm -f "$out"/*.png
        cp "$staging"/*.png "$out"/
        echo "== $lang: $(ls "$out"/*.png | wc -l) pictures in $out"
    else
        echo "guide-screenshots: $lang failed; $out left as it was" >&2
        status=1
    fi
    rm -rf "$staging"
done
exit $status
