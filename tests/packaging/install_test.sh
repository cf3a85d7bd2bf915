#!/usr/bin/env bash
# The .deb install test, registered by tests/packaging/CMakeLists.txt as ctest entries:
#
#   install_test.sh build   --build-dir B --work-dir W --version V --targets "t1;t2"
#       Builds the packaged programs in B (a no-op when they are up to date) and runs
#       `cpack -G DEB` into W/package, so nothing else in B is touched.
#   install_test.sh install --build-dir B --source-dir S --work-dir W --version V
#                           --appstream-id ID --with-render 0|1 --with-keychain 0|1
#       Validates the .desktop and metainfo files, checks the .deb's control fields and file
#       list, installs it with `dpkg --root` into a fresh root whose package database is a
#       copy of this machine's (so dpkg really checks Depends against what is installed),
#       runs the installed programs from there with this machine's libraries, and removes it.
#   install_test.sh chroot  --build-dir B --source-dir S --work-dir W --version V
#       Optional (cmake -DNEWSDESK_PACKAGING_CHROOT_TEST=ON): apt-get install into a fresh
#       debootstrapped Debian 12 and run the programs there; see chroot_stage below.
#
# Why dpkg --root and not `apt-get install ./newsdesk_*.deb` in a debootstrapped chroot: see
# docs/packaging.md, "The install test". Needs dpkg, dpkg-dev, desktop-file-utils and
# appstream (scripts/setup.sh --test installs them) and the package's run-time dependencies
# (scripts/setup.sh installs those). Every check prints what it looked at when it fails.
set -euo pipefail
trap 'echo "install_test: unexpected failure of a command at line $LINENO" >&2' ERR

stage="${1:-}"
shift || true
build_dir="" source_dir="" work_dir="" version="" targets="" appstream_id=""
with_render=0 with_keychain=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build_dir="$2"; shift 2 ;;
    --source-dir) source_dir="$2"; shift 2 ;;
    --work-dir) work_dir="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --targets) targets="$2"; shift 2 ;;
    --appstream-id) appstream_id="$2"; shift 2 ;;
    --with-render) with_render="$2"; shift 2 ;;
    --with-keychain) with_keychain="$2"; shift 2 ;;
    *) echo "install_test: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

failures=0
depends_of_package=""
step() { echo "== $*"; }
pass() { echo "   ok: $*"; }
fail() {
  echo "   FAIL: $*" >&2
  failures=$((failures + 1))
}
die() {
  echo "install_test: $*" >&2
  exit 1
}
need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "'$tool' is missing (scripts/setup.sh --test installs it)"
  done
}

[[ -n "$build_dir" && -n "$work_dir" && -n "$version" ]] || die "usage: see the header of $0"
arch="$(dpkg --print-architecture)"
package_dir="$work_dir/package"
deb="$package_dir/newsdesk_${version}_${arch}.deb"

# ---------------------------------------------------------------------------------------------
build_stage() {
  need cmake cpack dpkg-deb dpkg-shlibdeps
  [[ -n "$targets" ]] || die "build: --targets is empty"
  local -a target_list
  IFS=';' read -r -a target_list <<<"$targets"

  step "building ${target_list[*]} in $build_dir"
  cmake --build "$build_dir" --target "${target_list[@]}" || die "the build failed"

  step "cpack -G DEB into $package_dir"
  rm -rf "$package_dir"
  mkdir -p "$package_dir"
  local log="$work_dir/cpack.log"
  if ! (cd "$build_dir" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" \
      -B "$package_dir") >"$log" 2>&1; then
    cat "$log" >&2
    die "cpack failed (log above, also in $log)"
  fi
  cat "$log"
  # Exactly one package, named newsdesk_<version>_<arch>.deb (CPACK_DEBIAN_FILE_NAME DEB-DEFAULT).
  local -a debs
  mapfile -t debs < <(find "$package_dir" -maxdepth 1 -name '*.deb' -printf '%f\n')
  if [[ ${#debs[@]} -ne 1 || "${debs[0]}" != "$(basename "$deb")" ]]; then
    die "expected exactly $(basename "$deb") in $package_dir, found: ${debs[*]:-nothing}"
  fi
  echo "install_test: built $deb ($(du -h "$deb" | cut -f1))"
}

# ---------------------------------------------------------------------------------------------
# Depends that dpkg-shlibdeps cannot find and cmake/NewsdeskPackaging.cmake names by hand.
required_depends=(
  "libqt6sql6-sqlite"
  "libqt6webenginecore6-bin"
  "qt6-qpa-plugins"
  "hunspell-vi"
  "fonts-noto-core | fonts-dejavu-core"
  "tzdata"
)
# A few that only dpkg-shlibdeps adds: proof that it ran.
shlibdeps_depends=(libc6 libqt6core6 libqt6gui6 libqt6sql6 libqt6widgets6 libqt6webenginecore6)

# "a (>= 1), b | c" -> one alternative group a line, version constraints dropped.
depends_groups() {
  sed -e 's/([^)]*)//g' <<<"$1" | tr ',' '\n' | sed -e 's/[[:space:]]\+/ /g' -e 's/^ //' -e 's/ $//' |
    grep -v '^$' || true
}

check_control() {
  step "control fields (dpkg-deb -I)"
  local info value
  info="$(dpkg-deb -I "$deb")" || { fail "dpkg-deb -I failed"; return; }
  echo "$info"
  field() { dpkg-deb -f "$deb" "$1"; }
  [[ "$(field Package)" == newsdesk ]] && pass "Package: newsdesk" || fail "Package is '$(field Package)'"
  [[ "$(field Version)" == "$version" ]] && pass "Version: $version" ||
    fail "Version is '$(field Version)', want $version"
  [[ "$(field Architecture)" == "$arch" ]] && pass "Architecture: $arch" ||
    fail "Architecture is '$(field Architecture)'"
  for value in Maintainer Section Priority Description Installed-Size; do
    [[ -n "$(field "$value")" ]] && pass "$value is set" || fail "$value is missing"
  done
  [[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] && pass "Maintainer is 'Name <address>'" ||
    fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
  local description synopsis
  description="$(field Description)"
  synopsis="$(head -n1 <<<"$description")"
  [[ "$(wc -l <<<"$description")" -ge 3 ]] && pass "Description has an extended part" ||
    fail "Description has no extended part"
  # The synopsis once, not again as the first line of the extended description.
  [[ "$(sed -n '2p' <<<"$description" | sed 's/^ //' | tr 'A-Z' 'a-z')" != "$(tr 'A-Z' 'a-z' <<<"$synopsis")" ]] &&
    pass "the extended description does not repeat the synopsis" ||
    fail "the extended description repeats the synopsis: $description"
  [[ -z "$(awk 'length > 80' <<<"$description")" ]] && pass "Description lines fit in 80 columns" ||
    fail "Description lines longer than 80 columns: $(awk 'length > 80' <<<"$description")"

  local depends groups group
  depends="$(field Depends)"
  groups="$(depends_groups "$depends")"
  for group in "${required_depends[@]}" "${shlibdeps_depends[@]}"; do
    grep -qxF "$group" <<<"$groups" && pass "Depends has '$group'" ||
      fail "Depends lacks '$group' (Depends: $depends)"
  done
  # Nothing a developer package would bring in.
  if grep -Eq -- '-dev( |$)' <<<"$groups"; then
    fail "Depends names a -dev package: $depends"
  fi
  depends_of_package="$depends"
}

check_contents() {
  step "contents (dpkg-deb -c)"
  local listing paths path size
  listing="$(dpkg-deb -c "$deb")" || { fail "dpkg-deb -c failed"; return; }
  echo "$listing"
  paths="$(awk '{print $6}' <<<"$listing")"
  local -a expected=(
    ./usr/bin/newsdesk
    ./usr/bin/newsdesk-cli
    ./usr/share/applications/newsdesk.desktop
    "./usr/share/metainfo/$appstream_id.metainfo.xml"
    ./usr/share/icons/hicolor/scalable/apps/newsdesk.svg
    ./usr/share/doc/newsdesk/copyright
  )
  for size in 16 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/newsdesk.png")
  done
  for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$paths" && pass "has $path" || fail "lacks $path"
  done
  for path in newsdesk newsdesk-cli; do
    if grep -qxE "\./usr/share/man/man1/$path\.1(\.gz)?" <<<"$paths"; then
      pass "has the man page $path.1"
    else
      fail "lacks usr/share/man/man1/$path.1[.gz]"
    fi
  done
  if [[ "$with_render" == 1 ]]; then
    grep -qE '^\./usr/lib(exec)?/newsdesk/newsdesk-render$' <<<"$paths" &&
      pass "has newsdesk-render" || fail "newsdesk-render is built but not in the package"
  fi
  # Programs executable and owned by root; nothing outside /usr; nothing for developers.
  for path in newsdesk newsdesk-cli; do
    grep -qE "^-rwxr-xr-x root/root .* \./usr/bin/$path$" <<<"$listing" &&
      pass "usr/bin/$path is 0755 root:root" || fail "usr/bin/$path has wrong mode or owner"
  done
  local stray
  stray="$(grep -vE '^\./(usr/?)?$|^\./usr/' <<<"$paths" || true)"
  [[ -z "$stray" ]] && pass "everything is under /usr" || fail "files outside /usr: $stray"
  stray="$(grep -E '/usr/local/|/include/|\.a$|\.cmake$|\.pc$|/tmp/|/root/|/home/' <<<"$paths" || true)"
  [[ -z "$stray" ]] && pass "no headers, static libraries, local or build paths" ||
    fail "unexpected files: $stray"
}

validate_metadata() {
  # $1: a label; $2: the .desktop file; $3: the metainfo file
  step "validators ($1)"
  local out
  if out="$(desktop-file-validate "$2" 2>&1)" && [[ -z "$out" ]]; then
    pass "desktop-file-validate $2"
  else
    fail "desktop-file-validate $2: $out"
  fi
  if out="$(appstreamcli validate --no-net --no-color "$3" 2>&1)"; then
    pass "appstreamcli validate --no-net $3: $(tail -n1 <<<"$out")"
  else
    fail "appstreamcli validate --no-net $3:"$'\n'"$out"
  fi
}

# Runs an installed program in a clean environment: this machine's libraries, nothing from the
# build tree or the calling shell, a throw-away home.
# Extra VAR=value settings go in the array run_env.
run_env=()
run_installed() {
  env -i PATH="$root/usr/bin:/usr/bin:/bin" HOME="$home" LANG="${RUN_LANG:-C.UTF-8}" \
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$runtime" \
    "${run_env[@]}" "$@"
}

install_stage() {
  need dpkg dpkg-deb desktop-file-validate appstreamcli readelf ldd od timeout
  [[ -n "$source_dir" && -n "$appstream_id" ]] || die "install: --source-dir and --appstream-id are required"
  [[ -f "$deb" ]] || die "no package at $deb (the packaging_deb test makes it)"
  echo "install_test: testing $deb"

  validate_metadata "sources" "$source_dir/packaging/linux/newsdesk.desktop" \
    "$source_dir/packaging/linux/$appstream_id.metainfo.xml"
  check_control
  check_contents

  # --- Install into a fresh root ------------------------------------------------------------
  root="$work_dir/root"
  home="$work_dir/home"
  runtime="$work_dir/runtime"
  rm -rf "$root" "$home" "$runtime"
  mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers" \
    "$root/var/log" "$home" "$runtime"
  chmod 700 "$runtime"
  # The package database starts as a copy of this machine's, so dpkg checks the package's
  # Depends against what is really installed here (and refuses if one is missing).
  cp /var/lib/dpkg/status "$root/var/lib/dpkg/status"
  : >"$root/var/lib/dpkg/available"
  # Empty file lists for those packages, or dpkg warns about each of them.
  dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${binary:Package}\n' |
    sed "s|^|$root/var/lib/dpkg/info/|; s|\$|.list|" | xargs -r touch
  local -a dpkg_root=(dpkg --root="$root" --log="$work_dir/dpkg.log")
  if [[ $(id -u) -ne 0 ]]; then
    dpkg_root+=(--force-not-root)
  fi

  step "dpkg --root=$root -i $(basename "$deb")"
  local out
  if out="$("${dpkg_root[@]}" -i "$deb" 2>&1)"; then
    echo "$out"
    pass "installed"
  else
    echo "$out" >&2
    fail "dpkg -i failed (a missing dependency is listed above)"
    return
  fi
  [[ "$("${dpkg_root[@]}" -s newsdesk 2>/dev/null | sed -n 's/^Status: //p')" == "install ok installed" ]] &&
    pass "dpkg records newsdesk as installed" || fail "dpkg does not record newsdesk as installed"

  local cli="$root/usr/bin/newsdesk-cli" gui="$root/usr/bin/newsdesk" program
  step "installed programs: libraries and run path"
  local -a programs=("$cli" "$gui")
  if [[ "$with_render" == 1 ]]; then
    local render="$root/usr/libexec/newsdesk/newsdesk-render"
    [[ -e "$render" ]] || render="$root/usr/lib/newsdesk/newsdesk-render"
    programs+=("$render")
  fi
  for program in "${programs[@]}"; do
    [[ -x "$program" ]] || { fail "$program is not an executable"; continue; }
    local libs
    libs="$(ldd "$program" 2>&1)" || { fail "ldd $program: $libs"; continue; }
    grep -q 'not found' <<<"$libs" && fail "$program: missing libraries: $(grep 'not found' <<<"$libs")" ||
      pass "$(basename "$program"): every library found"
    grep -qF "$build_dir" <<<"$libs" && fail "$program loads from the build tree" ||
      pass "$(basename "$program"): nothing from the build tree"
    readelf -d "$program" | grep -E 'RUNPATH|RPATH' >/dev/null &&
      fail "$program keeps a run path: $(readelf -d "$program" | grep -E 'RUNPATH|RPATH')" ||
      pass "$(basename "$program"): no RPATH/RUNPATH"
    readelf -S "$program" | grep '\.debug_info' >/dev/null && fail "$program is not stripped" ||
      pass "$(basename "$program"): stripped"
  done

  # QtKeychain: named by hand when CMake saw it linked, found by shlibdeps when it really is.
  local needs_keychain=0
  for program in "${programs[@]}"; do
    if readelf -d "$program" 2>/dev/null | grep 'NEEDED.*libqt6keychain' >/dev/null; then
      needs_keychain=1
    fi
  done
  local groups
  groups="$(depends_groups "$depends_of_package")"
  if [[ $needs_keychain -eq 1 || "$with_keychain" == 1 ]]; then
    grep -qx 'libqt6keychain1' <<<"$groups" && pass "Depends has libqt6keychain1 (QtKeychain is linked)" ||
      fail "QtKeychain is linked but Depends lacks libqt6keychain1: $depends_of_package"
  else
    grep -q 'keychain' <<<"$groups" && fail "Depends names QtKeychain, which nothing links: $depends_of_package" ||
      pass "no QtKeychain dependency (nothing links it)"
  fi

  validate_metadata "installed" "$root/usr/share/applications/newsdesk.desktop" \
    "$root/usr/share/metainfo/$appstream_id.metainfo.xml"
  if out="$(appstreamcli validate-tree --no-net --no-color "$root" 2>&1)"; then
    pass "appstreamcli validate-tree --no-net: $(tail -n1 <<<"$out")"
  else
    fail "appstreamcli validate-tree --no-net $root:"$'\n'"$out"
  fi

  # The hand-written files name the version too: a release must update them.
  grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$appstream_id.metainfo.xml" &&
    pass "the metainfo has a <release> for $version" ||
    fail "the metainfo has no <release version=\"$version\"> (packaging/linux/$appstream_id.metainfo.xml)"
  for program in newsdesk newsdesk-cli; do
    local page="$root/usr/share/man/man1/$program.1.gz" header
    [[ -f "$page" ]] || page="$root/usr/share/man/man1/$program.1"
    header="$( { gzip -dcf "$page" 2>/dev/null || true; } | grep '^\.TH' || true)"
    grep -qF "\"Newsdesk $version\"" <<<"$header" && pass "$program.1 is for Newsdesk $version" ||
      fail "$program.1 header '$header' does not name Newsdesk $version (packaging/man/$program.1)"
  done

  # --- Run the installed CLI ------------------------------------------------------------------
  step "newsdesk-cli --version"
  out="$(run_installed "$cli" --version 2>&1)" && [[ "$out" == "newsdesk-cli $version" ]] &&
    pass "$out" || fail "newsdesk-cli --version printed '$out' (want 'newsdesk-cli $version')"

  step "newsdesk-cli --help, and a usage error in Vietnamese (embedded translations)"
  out="$(run_installed "$cli" --help 2>&1)" && grep -q '^Usage: newsdesk-cli' <<<"$out" &&
    pass "English usage" || fail "newsdesk-cli --help: $out"
  local status=0
  out="$(RUN_LANG=vi_VN.UTF-8 run_installed "$cli" 2>&1)" || status=$?
  [[ $status -eq 2 ]] && grep -q 'chưa nhập lệnh' <<<"$out" &&
    pass "Vietnamese message: $(head -n1 <<<"$out")" ||
    fail "LANG=vi_VN.UTF-8 newsdesk-cli (no command) exited $status: $out"
  status=0
  run_installed "$cli" no-such-command >/dev/null 2>&1 || status=$?
  [[ $status -eq 2 ]] && pass "an unknown command exits 2" || fail "an unknown command exited $status"

  step "import resources/samples/* into a fresh --db, then search"
  local db="$work_dir/store/newsdesk.sqlite3"
  mkdir -p "$work_dir/store"
  rm -f "$db" "$db"-*
  local -a samples
  mapfile -t samples < <(find "$source_dir/resources/samples" -maxdepth 1 -type f | sort)
  [[ ${#samples[@]} -gt 0 ]] || fail "no samples in $source_dir/resources/samples"
  if out="$(run_installed "$cli" --db "$db" import "${samples[@]}" 2>&1)"; then
    echo "$out"
    pass "imported ${#samples[@]} files"
  else
    fail "import failed: $out"
  fi
  if out="$(run_installed "$cli" --db "$db" --json list 2>&1)"; then
    local count
    count="$(grep -c '"uuid"' <<<"$out" || true)"
    [[ "$count" -eq ${#samples[@]} ]] && pass "list shows $count articles" ||
      fail "list shows $count articles, want ${#samples[@]}: $out"
  else
    fail "list failed: $out"
  fi
  # Diacritic-insensitive: the query has no tone marks, the article has them.
  if out="$(run_installed "$cli" --db "$db" search "an toan giao thong" 2>&1)"; then
    echo "$out"
    # Matched words come marked as [word]; drop the marks before comparing.
    grep -q 'Đảm bảo an toàn giao thông dịp Tết Nguyên đán' <<<"${out//[\[\]]/}" &&
      pass "search \"an toan giao thong\" finds the sample article" ||
      fail "search \"an toan giao thong\" did not find 'Đảm bảo an toàn giao thông…': $out"
    if grep -q 'Lễ hội Hoa Ban' <<<"$out"; then
      fail "search also returned an unrelated article"
    fi
  else
    fail "search failed: $out"
  fi
  if out="$(run_installed "$cli" --db "$db" search "xyzzyqwv" 2>&1)"; then
    grep -q 'Đảm bảo an toàn' <<<"$out" && fail "a search for nonsense returned articles: $out" ||
      pass "a search for nonsense finds nothing"
  else
    fail "search for nonsense failed: $out"
  fi
  status=0
  out="$(run_installed "$cli" --db "$work_dir/store/missing.sqlite3" list 2>&1)" || status=$?
  [[ $status -eq 1 ]] && pass "list on a missing store fails with 1" ||
    fail "list on a missing store exited $status: $out"

  step "newsdesk-cli check (needs hunspell-vi)"
  out="$(run_installed "$cli" check "$source_dir/resources/samples/02-an-toan-giao-thong.txt" 2>&1)" ||
    fail "check failed: $out"
  grep -q 'spell checking is off' <<<"$out" && fail "the Vietnamese dictionary was not found: $out" ||
    pass "check ran with the vi_VN dictionary"

  # PDF export goes through newsdesk-render in libexec: this finds a wrong lookup path.
  if run_installed "$cli" --help 2>/dev/null | grep 'pdf' >/dev/null; then
    step "newsdesk-cli export --format pdf (through the installed newsdesk-render)"
    local pdf_dir="$work_dir/pdf"
    rm -rf "$pdf_dir"
    run_env=()
    if [[ $(id -u) -eq 0 ]]; then
      run_env=(QTWEBENGINE_DISABLE_SANDBOX=1)
    fi
    status=0
    out="$(run_installed timeout 180 "$cli" --db "$db" export 1 --format pdf --out "$pdf_dir" 2>&1)" ||
      status=$?
    run_env=()
    local pdf
    pdf="$( { find "$pdf_dir" -name '*.pdf' 2>/dev/null || true; } | head -n1)"
    if [[ $status -eq 0 && -n "$pdf" && "$(head -c 5 "$pdf")" == "%PDF-" ]]; then
      pass "exported $pdf"
    else
      fail "export --format pdf exited $status, PDF '${pdf:-none}': $out"
    fi
  fi

  # --- Run the installed GUI ------------------------------------------------------------------
  step "newsdesk (GUI, offscreen): --version and a screenshot of the sample store"
  run_env=(QT_QPA_PLATFORM=offscreen NEWSDESK_NO_DIALOGS=1 NEWSDESK_LANG=vi)
  if [[ $(id -u) -eq 0 ]]; then
    run_env+=(QTWEBENGINE_DISABLE_SANDBOX=1)  # Chromium's sandbox refuses to run as root
  fi
  out="$(run_installed "$gui" --version 2>&1)" &&
    grep -q "$version" <<<"$out" && pass "newsdesk --version: $out" ||
    fail "newsdesk --version printed: $out"
  local shot="$work_dir/newsdesk-installed.png"
  rm -f "$shot"
  status=0
  out="$(run_installed timeout 180 "$gui" --db "$db" --screenshot "$shot" 2>&1)" || status=$?
  run_env=()
  if [[ $status -eq 0 && -s "$shot" && "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]]; then
    pass "the installed GUI opened the store and saved $shot"
  else
    fail "the installed GUI exited $status without a screenshot: $out"
  fi

  # --- Remove ---------------------------------------------------------------------------------
  step "dpkg --root=$root -r newsdesk"
  if out="$("${dpkg_root[@]}" -r newsdesk 2>&1)"; then
    pass "removed"
  else
    fail "dpkg -r failed: $out"
  fi
  local left
  left="$( { find "$root/usr" -type f 2>/dev/null || true; } | head)"
  [[ -z "$left" ]] && pass "no file left under /usr" || fail "files left after removal: $left"
}

# ---------------------------------------------------------------------------------------------
# Optional (NEWSDESK_PACKAGING_CHROOT_TEST=ON): apt-get install the .deb into a fresh Debian 12
# minbase chroot, so apt resolves every Depends from the archive on a minimal system, and run
# the programs there. Root, debootstrap and a reachable Debian mirror
# (NEWSDESK_DEBIAN_MIRROR, default http://deb.debian.org/debian); about 5 minutes and 1.2 GB.
chroot_stage() {
  need debootstrap chroot mount umount
  [[ $(id -u) -eq 0 ]] || die "chroot: needs root"
  [[ -n "$source_dir" ]] || die "chroot: --source-dir is required"
  [[ -f "$deb" ]] || die "no package at $deb (the packaging_deb test makes it)"
  local mirror="${NEWSDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
  chroot_dir="$work_dir/chroot"
  cleanup_chroot() {
    if mountpoint -q "$chroot_dir/proc" 2>/dev/null; then umount "$chroot_dir/proc" || true; fi
    rm -rf "$chroot_dir"
  }
  trap cleanup_chroot EXIT
  cleanup_chroot

  step "debootstrap --variant=minbase bookworm ($mirror)"
  local log="$work_dir/debootstrap.log"
  if ! debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "debootstrap failed (log: $log)"
  fi
  pass "minimal Debian 12 in $chroot_dir"
  cp "$deb" "$chroot_dir/tmp/"
  cp -r "$source_dir/resources/samples" "$chroot_dir/tmp/samples"
  mount --bind /proc "$chroot_dir/proc"
  local -a in_chroot=(chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive)

  step "apt-get install ./$(basename "$deb") in the chroot"
  log="$work_dir/chroot-apt.log"
  if "${in_chroot[@]}" sh -ec "apt-get update -qq && apt-get install -y -q /tmp/$(basename "$deb")" \
      >"$log" 2>&1; then
    pass "apt installed the package and its dependencies ($(grep -o '[0-9]* newly installed' "$log"))"
  else
    tail -n 40 "$log" >&2
    fail "apt-get install failed (log: $log)"
    return
  fi

  step "the programs in the chroot"
  local out
  out="$("${in_chroot[@]}" newsdesk-cli --version 2>&1)" && [[ "$out" == "newsdesk-cli $version" ]] &&
    pass "$out" || fail "newsdesk-cli --version printed '$out'"
  out="$("${in_chroot[@]}" sh -c 'newsdesk-cli --db /tmp/t.sqlite3 import /tmp/samples/* &&
    newsdesk-cli --db /tmp/t.sqlite3 search "an toan giao thong"' 2>&1)" &&
    grep -q 'Đảm bảo an toàn giao thông dịp Tết Nguyên đán' <<<"${out//[\[\]]/}" &&
    pass "import and diacritic-insensitive search" || fail "import or search failed: $out"
  out="$("${in_chroot[@]}" sh -c 'newsdesk-cli check /tmp/samples/02-an-toan-giao-thong.txt' 2>&1)" || true
  grep -q 'spell checking is off' <<<"$out" && fail "no vi_VN dictionary in the chroot: $out" ||
    pass "check ran with the vi_VN dictionary"
  out="$("${in_chroot[@]}" QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 NEWSDESK_NO_DIALOGS=1 \
    sh -c 'timeout 180 newsdesk --db /tmp/t.sqlite3 --screenshot /tmp/shot.png' 2>&1)" &&
    [[ -s "$chroot_dir/tmp/shot.png" ]] && pass "the GUI opened the store in the chroot" ||
    fail "the GUI failed in the chroot: $out"
}

case "$stage" in
  build) build_stage ;;
  install) install_stage ;;
  chroot) chroot_stage ;;
  *) die "the first argument must be 'build', 'install' or 'chroot'" ;;
esac

if [[ $failures -gt 0 ]]; then
  echo "install_test: $failures check(s) FAILED" >&2
  exit 1
fi
echo "install_test: $stage: all checks passed"
