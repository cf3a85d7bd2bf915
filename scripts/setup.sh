#!/usr/bin/env bash
# Installs every Debian 12 package Newsdesk needs to build, test and run, skipping what is
# already installed. Run as root or with sudo available. Safe to run again.
set -euo pipefail

# Build tools and libraries.
BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-webengine-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins qtkeychain-qt6-dev libgl-dev
  libsqlite3-dev libssl-dev libgumbo-dev libmd4c-html0-dev libmd4c-dev libdtl-dev
  libhunspell-dev hunspell-vi
)
# What the app needs at run time beyond the libraries above.
RUNTIME_PACKAGES=(tzdata fonts-dejavu-core fonts-noto-core)
# Tests and benchmarks: GoogleTest/GMock, Google Benchmark, sqlite3 for raw comparisons,
# setpriv (util-linux) to run the CLI as an unprivileged user, clang-format for the style check.
# dpkg-dev, desktop-file-utils and appstream build and validate the .deb; poppler-utils reads
# exported PDFs back.
# wordpress, php-cli, php-mysql and mariadb-server run a real WordPress on loopback for the
# integration tests (tests/integration, started and stopped by ctest); curl and jq drive it.
TEST_PACKAGES=(libgtest-dev libgmock-dev libbenchmark-dev sqlite3 util-linux clang-format
  dpkg-dev desktop-file-utils appstream poppler-utils
  wordpress php-cli php-mysql mariadb-server curl jq)

want=("${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${TEST_PACKAGES[@]}")
fi

missing=()
for package in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup: all ${#want[@]} packages are installed."
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
