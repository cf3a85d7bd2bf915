#!/usr/bin/env bash
# Regenerates the application icon's PNG sizes from the SVG:
#   packaging/linux/icons/newsdesk.svg -> packaging/linux/icons/hicolor/NxN/apps/newsdesk.png
# for N in 16 24 32 48 64 128 256. The PNGs are committed, so neither the build nor CI runs
# this; run it by hand after changing the SVG, look at the results, and commit them.
#
# Developer-only dependency: rsvg-convert, from Debian's librsvg2-bin
# (`apt-get install librsvg2-bin`). scripts/setup.sh does not install it on purpose.
# Optional: optipng (Debian's optipng) shrinks the PNGs losslessly if it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

svg=packaging/linux/icons/newsdesk.svg
out=packaging/linux/icons/hicolor
sizes=(16 24 32 48 64 128 256)

if ! command -v rsvg-convert >/dev/null; then
  echo "make-icons: rsvg-convert not found; install librsvg2-bin (apt-get install librsvg2-bin)." >&2
  exit 1
fi

for size in "${sizes[@]}"; do
  dir="$out/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
    --output "$dir/newsdesk.png" "$svg"
  if command -v optipng >/dev/null; then
    optipng -quiet -o5 -strip all "$dir/newsdesk.png"
  fi
  echo "make-icons: $dir/newsdesk.png"
done
