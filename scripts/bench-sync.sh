#!/usr/bin/env bash
# Whole-program sync benchmark (issue 7): POSTS new articles pushed by `newsdesk-cli sync` to a
# real WordPress on loopback, against a plain sequential curl making the same requests.
#   scripts/bench-sync.sh [BUILD_DIR] [POSTS] [RUNS]      (defaults: build/dev 500 3)
#
# Starts its own WordPress (tests/integration/wordpress/start.sh) in a temporary folder and
# stops it on every exit. Generates POSTS Vietnamese HTML articles (~300 words), imports them
# into one store with one `import`, connects the editor account (password on standard input,
# no keychain: DBUS_SESSION_BUS_ADDRESS points nowhere) and submits them all; that store is
# the template. Each run then measures, in alternating order, on an empty site:
#   newsdesk: a copy of the template store, `newsdesk-cli --json sync`: the pull (index,
#             users/me, categories, tags: 4 GETs), then per post POST /wp/v2/posts and the
#             duplicate check GET /wp/v2/posts?search=<marker>...
#   curl:     ONE curl process (--config, --next between requests) sending the same 4 GETs and,
#             per post, the same POST body (built from the store's outbox payload, exactly what
#             SyncEngine sends) and the same GET, one after the other.
# Between measurements the posts are deleted for good (PHP CLI, wp_delete_post), and the posts
# each side created are compared (title, status, excerpt, content must be identical).
# php -S answers every request with "Connection: close", so neither side reuses connections.
# Prints medians of RUNS and a Markdown table for docs/PERFORMANCE.md. Needs: the Debian
# packages of docs/INTEGRATION.md (wordpress php-cli php-mysql mariadb-server curl jq),
# sqlite3, and GNU time (/usr/bin/time, package `time`) for peak RSS (skipped without it).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
build=${1:-build/dev}
posts=${2:-500}
runs=${3:-3}
[[ "$posts" =~ ^[1-9][0-9]*$ && "$runs" =~ ^[1-9][0-9]*$ ]] || {
  echo "usage: $0 [BUILD_DIR] [POSTS=500] [RUNS=3]" >&2
  exit 2
}
cli=""
[[ -d "$build" ]] && cli=$(cd "$build" && pwd)/app/newsdesk-cli
[[ -n "$cli" && -x "$cli" ]] || {
  echo "bench-sync: no $build/app/newsdesk-cli; build it first" \
    "(cmake --build $build --target newsdesk-cli)" >&2
  exit 1
}
for tool in curl jq sqlite3 php awk pgrep setsid; do
  command -v "$tool" >/dev/null || {
    echo "bench-sync: $tool is missing (see docs/INTEGRATION.md)" >&2
    exit 1
  }
done
gnu_time=""
if [[ -x /usr/bin/time ]] && /usr/bin/time --version 2>&1 | grep -q 'GNU'; then
  gnu_time=/usr/bin/time
fi

say() { echo "bench-sync: $*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

umask 077  # the curl config and the env file hold the application password
work=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-bench-sync.XXXXXX")
wp=$work/wp
child=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$child" ]]; then kill -TERM -- "-$child" 2>/dev/null || true; fi
  "$repo/tests/integration/wordpress/stop.sh" "$wp" >/dev/null 2>&1 || true
  if [[ -n "${NEWSDESK_BENCH_KEEP:-}" ]]; then
    say "kept $work"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Nothing of the user's: own config and data folders, no keychain, no log file.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
unset NEWSDESK_LOG_DIR NEWSDESK_APP_PASSWORD

# --- WordPress ---------------------------------------------------------------------------------
t=$(now_ms)
"$repo/tests/integration/wordpress/start.sh" "$wp" 2>"$work/wp-start.log" || {
  cat "$work/wp-start.log" >&2
  exit 1
}
# shellcheck disable=SC1091
source "$wp/env"
say "WordPress started at $WP_URL in $(($(now_ms) - t)) ms"
PHP_PID=$(sed -n 's/^PHP_PID=//p' "$wp/pids" 2>/dev/null || true)
MARIADB_PID=$(sed -n 's/^MARIADB_PID=//p' "$wp/pids" 2>/dev/null || true)
auth="$WP_EDITOR_USER:$WP_EDITOR_APP_PASSWORD"

# Posts of the editor on the site: "count", "digest" (count and one hash of every post's title,
# status, excerpt and content, in title order) or "delete" (for good). Runs in the PHP CLI, not
# through HTTP, so it costs the measurements nothing.
cat >"$work/posts.php" <<'PHP'
<?php
define('ABSPATH', rtrim($argv[1], '/') . '/');
$_SERVER['HTTP_HOST'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require_once ABSPATH . 'wp-load.php';
$posts = get_posts(['post_type' => 'post', 'post_status' => 'any', 'author' => (int) $argv[2],
                    'numberposts' => -1, 'orderby' => 'title', 'order' => 'ASC',
                    'suppress_filters' => true]);
if ($argv[3] === 'delete') {
    foreach ($posts as $post) {
        if (!wp_delete_post($post->ID, true)) {
            fwrite(STDERR, "could not delete post {$post->ID}\n");
            exit(1);
        }
    }
    echo count($posts), "\n";
} else {
    $all = '';
    foreach ($posts as $post) {
        $all .= md5(implode("\0", [$post->post_title, $post->post_status, $post->post_excerpt,
                                   $post->post_content]));
    }
    echo count($posts), ($argv[3] === 'digest' ? ' ' . md5($all) : ''), "\n";
}
PHP
site_posts() { php "$work/posts.php" "$WP_DIR/www" "$WP_EDITOR_ID" "$1"; }

# CPU seconds (user + system, in clock ticks) used so far by php -S (all workers) and mariadbd.
ticks() {
  local pid total=0 stat fields
  for pid in $(pgrep -g "$1" 2>/dev/null || true); do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    read -ra fields <<<"${stat##*) }"
    total=$((total + fields[11] + fields[12]))
  done
  echo "$total"
}
hz=$(getconf CLK_TCK)
server_cpu_ok=0
[[ -n "$PHP_PID" && -n "$MARIADB_PID" ]] && server_cpu_ok=1

# --- The articles and the template store --------------------------------------------------------
mkdir -p "$work/articles" "$work/template"
awk -v seed=7 -v n="$posts" -v dir="$work/articles" '
BEGIN {
  srand(seed)
  nw = split("thị xã|ủy ban|nhân dân|hội nghị|tổng kết|công tác|năm nay|kế hoạch|phát triển|" \
    "kinh tế|xã hội|người dân|địa phương|chính quyền|thực hiện|nhiệm vụ|chỉ tiêu|ngân sách|" \
    "dự toán|hộ nghèo|giảm|tăng|đường|giao thông|an toàn|nông nghiệp|lúa|cà phê|mùa màng|" \
    "thu hoạch|bà con|thôn|bản|xã|huyện|tỉnh|trường học|học sinh|giáo viên|bệnh viện|y tế|" \
    "sức khỏe|môi trường|rừng|nước sạch|điện|hoa ban|lễ hội|văn hóa|du lịch|đầu tư|" \
    "doanh nghiệp|việc làm|thanh niên|phụ nữ|cán bộ|đảng viên|nghị quyết|triển khai|kiểm tra|" \
    "giám sát|đánh giá|kết quả|hoàn thành|vượt|đạt|trong|của|và|với|các|những|được|đã|sẽ|" \
    "đang|cho|tại|theo|về|từ|này|khi|nhiều|mới|lớn|tốt|cao|sáng|chiều|tối|ngày|tháng|mưa|" \
    "nắng|gió|mùa xuân|mùa hè|mùa thu|mùa đông|Hà Nội|Điện Biên|Mường Lay|Sơn La|Lai Châu", w, "|")
  for (a = 1; a <= n; a++) {
    file = sprintf("%s/bai-%05d.html", dir, a)
    title = sprintf("Bài thử %d: %s %s %s", a, w[int(rand() * nw) + 1], w[int(rand() * nw) + 1],
      w[int(rand() * nw) + 1])
    printf "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>%s</title>" \
      "</head>\n<body>\n<h1>%s</h1>\n", title, title > file
    words = 0
    while (words < 300) {
      p = ""
      len = 20 + int(rand() * 30)
      for (i = 0; i < len; i++) {
        x = w[int(rand() * nw) + 1]
        p = p (i ? " " : "") x
        words += split(x, parts, " ")
        if (i < len - 1 && rand() < 0.08) p = p ","
      }
      printf "<p>%s.</p>\n", p > file
    }
    printf "</body></html>\n" > file
    close(file)
  }
}'
store=$work/template/store.sqlite3
nd() { "$cli" --db "$store" "$@"; }

t=$(now_ms)
nd import "$work"/articles/*.html >/dev/null
import_ms=$(($(now_ms) - t))
nd profile set --name "Bench Editor" >/dev/null
printf '%s\n' "$WP_EDITOR_APP_PASSWORD" |
  nd account add --url "$WP_URL" --user "$WP_EDITOR_USER" --password-stdin >/dev/null 2>&1
# One `submit` process per article (there is no batch form). Four at a time take about half as
# long as one after another; the store's busy timeout serialises their transactions.
t=$(now_ms)
nd --json list --limit "$posts" | jq -r '.[].id' |
  xargs -P 4 -n 1 "$cli" --db "$store" submit >/dev/null
submit_ms=$(($(now_ms) - t))
pending=$(nd --json sync status | jq '.pending')
[[ "$pending" == "$posts" ]] || {
  say "expected $posts operations in the outbox, found $pending"
  exit 1
}
say "setup: import of $posts articles ${import_ms} ms (one call); $posts submits ${submit_ms} ms" \
  "($((submit_ms / posts)) ms each, 4 in parallel)"

# --- The curl baseline's requests, built from the outbox payloads -------------------------------
# What SyncEngine sends for a new post without photos, category or tags: QJsonObject's keys
# sorted, compact; the content ends with the post's marker comment.
wo='%{http_code} %{num_connects} %{time_connect} %{time_starttransfer} %{time_total}\n'
{
  for route in '/' '/wp/v2/users/me&context=edit' \
    '/wp/v2/categories&per_page=100&page=1&_fields=id,name,slug,parent' \
    '/wp/v2/tags&per_page=100&page=1&_fields=id,name,slug,parent'; do
    printf 'url = "%s"\nuser = "%s"\noutput = "/dev/null"\nwrite-out = "%s"\nnext\n' \
      "$WP_URL/?rest_route=$route" "$auth" "$wo"
  done
  sqlite3 "$store" "SELECT payload FROM outbox WHERE state = 'pending' ORDER BY id" |
    jq -r --arg base "$WP_URL/?rest_route=/wp/v2/posts" --arg auth "$auth" --arg wo "$wo" '
      ("newsdesk-post-" + .uuid) as $marker
      | ({content: (.body + "\n<!-- " + $marker + " -->"), excerpt: .summary,
          featured_media: 0, status: .status, tags: [], title: .title} | tojson) as $body
      | "url = \($base | tojson)\nuser = \($auth | tojson)\n"
        + "header = \"Content-Type: application/json; charset=utf-8\"\n"
        + "data-binary = \($body | tojson)\noutput = \"/dev/null\"\nwrite-out = \($wo | tojson)\nnext\n"
        + "url = \(($base + "&search=" + $marker
            + "&status=draft,pending,future,publish,private&context=edit&per_page=100"
            + "&orderby=id&order=asc&_fields=id,status,date_gmt,modified_gmt,link,title,"
            + "content,excerpt,categories,tags,featured_media") | tojson)\n"
        + "user = \($auth | tojson)\noutput = \"/dev/null\"\nwrite-out = \($wo | tojson)\nnext"'
} | sed '$d' >"$work/curl.cfg" # no "next" after the last request
expected=$((4 + 2 * posts))
[[ $(grep -c '^url = ' "$work/curl.cfg") -eq $expected ]] || {
  say "the curl config does not hold $expected requests"
  exit 1
}
body_bytes=$(sqlite3 "$store" "SELECT payload FROM outbox WHERE state = 'pending'" |
  jq -s 'map(.body | utf8bytelength) | add / length | floor')

# --- Runs -----------------------------------------------------------------------------------------
# measure NAME COMMAND...: runs it (under GNU time when there is one) on an empty site; sets
# exit_code, wall_ms, rss_kb, cpu_s (the process's user + system), srv_s ("php mariadb" CPU seconds) and
# other_s: the CPU that everything else on the machine used meanwhile (other builds, the
# hypervisor's steal time), which should be about 0 for a trustworthy figure.
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
measure() {
  local name=$1 t0 t1 p0=0 m0=0 b0 php_ticks=0 db_ticks=0 busy u s
  shift
  [[ $(site_posts delete) =~ ^[0-9]+$ ]]
  if [[ $server_cpu_ok -eq 1 ]]; then
    p0=$(ticks "$PHP_PID")
    m0=$(ticks "$MARIADB_PID")
  fi
  [[ -n "$gnu_time" ]] && set -- "$gnu_time" -f '%U %S %M' -o "$work/$name.time" "$@"
  b0=$(machine_busy)
  t0=$(date +%s%N)
  # In its own session, in the background: a signal to this script stops it at once.
  setsid "$@" >"$work/$name.out" &
  child=$!
  exit_code=0
  wait "$child" || exit_code=$?
  child=""
  t1=$(date +%s%N)
  busy=$(($(machine_busy) - b0))
  wall_ms=$(((t1 - t0) / 1000000))
  rss_kb="" cpu_s="" srv_s="" other_s=""
  if [[ -n "$gnu_time" ]]; then
    read -r u s rss_kb <"$work/$name.time"
    cpu_s=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
  fi
  if [[ $server_cpu_ok -eq 1 ]]; then
    php_ticks=$(($(ticks "$PHP_PID") - p0))
    db_ticks=$(($(ticks "$MARIADB_PID") - m0))
    srv_s=$(awk -v p="$php_ticks" -v m="$db_ticks" -v hz="$hz" \
      'BEGIN { printf "%.1f %.1f", p / hz, m / hz }')
    if [[ -n "$cpu_s" ]]; then
      other_s=$(awk -v b="$busy" -v p="$php_ticks" -v m="$db_ticks" -v c="$cpu_s" -v hz="$hz" \
        'BEGIN { o = (b - p - m) / hz - c; printf "%.1f", o < 0 ? 0 : o }')
    fi
  fi
}

declare -a nd_wall nd_ms nd_req nd_rss nd_cpu nd_srv curl_wall curl_rss curl_cpu curl_srv ratios
declare -a others
: >"$work/curl-all.out"
for ((run = 1; run <= runs; run++)); do
  if ((run % 2)); then order="newsdesk curl"; else order="curl newsdesk"; fi
  for side in $order; do
    if [[ $side == newsdesk ]]; then
      rm -rf "$work/run" && mkdir "$work/run"
      cp "$store" "$work/run/"
      [[ -e "$store-wal" ]] && cp "$store-wal" "$work/run/"
      measure newsdesk env NEWSDESK_APP_PASSWORD="$WP_EDITOR_APP_PASSWORD" \
        "$cli" --db "$work/run/store.sqlite3" --json sync
      read -r n_done n_failed requests ms < <(jq -r \
        '"\(.done) \(.failed) \(.requests) \(.ms)"' "$work/newsdesk.out" 2>/dev/null) || true
      if [[ $exit_code -ne 0 || "$n_done" != "$posts" || "$n_failed" != 0 ]]; then
        say "newsdesk-cli sync (exit $exit_code): $n_done done, $n_failed failed" \
          "(expected $posts done)"
        cat "$work/newsdesk.out" >&2
        exit 1
      fi
      nd_wall+=("$wall_ms") nd_ms+=("$ms") nd_req+=("$requests") nd_rss+=("$rss_kb")
      nd_cpu+=("$cpu_s") nd_srv+=("$srv_s") others+=("${other_s:-0}")
      nd_digest=$(site_posts digest)
      say "run $run newsdesk: $wall_ms ms wall ($ms ms in-process), $requests requests," \
        "CPU ${cpu_s:-?} s, peak RSS ${rss_kb:-?} KiB, server CPU php/mariadb ${srv_s:-?} s," \
        "other processes ${other_s:-?} s"
    else
      measure curl curl -sS --globoff --config "$work/curl.cfg"
      bad=$(awk '$1 !~ /^20[01]$/' "$work/curl.out" | wc -l)
      lines=$(wc -l <"$work/curl.out")
      if [[ $exit_code -ne 0 || $bad -ne 0 || $lines -ne $expected ]]; then
        say "curl (exit $exit_code): $lines answers, $bad not 200/201 (expected $expected)"
        exit 1
      fi
      cat "$work/curl.out" >>"$work/curl-all.out"
      curl_wall+=("$wall_ms") curl_rss+=("$rss_kb") curl_cpu+=("$cpu_s") curl_srv+=("$srv_s")
      others+=("${other_s:-0}")
      curl_digest=$(site_posts digest)
      say "run $run curl:     $wall_ms ms wall, $lines requests, CPU ${cpu_s:-?} s," \
        "peak RSS ${rss_kb:-?} KiB, server CPU php/mariadb ${srv_s:-?} s, other processes" \
        "${other_s:-?} s"
    fi
  done
  # Both sides must have created the same posts: the same count, titles, status and content.
  if [[ "$nd_digest" != "$curl_digest" || "${nd_digest%% *}" != "$posts" ]]; then
    say "run $run: the posts differ (newsdesk: $nd_digest; curl: $curl_digest)"
    exit 1
  fi
  ratios+=("$(awk -v a="${nd_wall[-1]}" -v b="${curl_wall[-1]}" 'BEGIN { printf "%.2f", a / b }')")
done

# --- Results --------------------------------------------------------------------------------------
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
  if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
range() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END {
  print (lo == hi ? lo : lo "–" hi) }'; }
fmt_s() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
range_s() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END {
  printf (lo == hi ? "%.2f s" : "%.2f–%.2f s"), lo / 1000, hi / 1000 }'; }
per_s() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.1f", n / (ms / 1000) }'; }

m_nd=$(median "${nd_wall[@]}")
m_nd_in=$(median "${nd_ms[@]}")
m_curl=$(median "${curl_wall[@]}")
m_req=$(median "${nd_req[@]}")
ratio=$(awk -v a="$m_nd" -v b="$m_curl" 'BEGIN { printf "%.2f", a / b }')
# Where curl's time went (write-out of every transfer of all its runs): connecting, the server
# (connected → first byte of the answer; means per request), all transfers summed per run.
read -r c_connect c_total post_server get_server < <(awk -v per_run=$((4 + 2 * posts)) '
  { connect += $3; total += $5; i = (NR - 1) % per_run + 1 }
  i > 4 && (i - 5) % 2 == 0 { np++; ps += $4 - $3 }
  i > 4 && (i - 5) % 2 == 1 { ng++; gs += $4 - $3 }
  END { runs = NR / per_run
        printf "%.2f %.2f %.1f %.1f\n", connect / runs, total / runs, 1000 * ps / np, 1000 * gs / ng }' \
  "$work/curl-all.out")

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ram_gib=$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
debian=$(cat /etc/debian_version 2>/dev/null || echo "?")
php_version=$(php -r 'echo PHP_VERSION;')
maria_version=$({ mariadbd --version 2>/dev/null || /usr/sbin/mariadbd --version 2>/dev/null ||
  true; } | awk '{ sub(/-MariaDB.*/, "", $3); print $3 }')
wp_version=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "${NEWSDESK_WP_SOURCE:-/usr/share/wordpress}/wp-includes/version.php")
curl_version=$(curl --version | awk 'NR == 1 { print $2 }')
command_line="scripts/bench-sync.sh $build $posts $runs"

echo
echo "## Sync (issue 7): $posts posts pushed to the loopback WordPress"
echo
echo "Command: \`$command_line\` ($(date +%Y-%m-%d)). Medians of $runs run(s), with the range;"
echo "each run creates $posts new posts (pending review, ~300 words, $body_bytes bytes of HTML"
echo "each) on a site emptied before every measurement; newsdesk and curl alternate in order."
echo
echo "**Machine:** $(nproc) vCPU \"$cpu_model\", $ram_gib GiB RAM, Debian $debian, kernel"
echo "$(uname -r), newsdesk-cli $("$cli" --version | awk '{ print $2 }') ($build), WordPress $wp_version"
echo "(Debian package) on \`php -S\` (PHP $php_version, 4 workers), MariaDB $maria_version, curl $curl_version."
echo
echo "| what | median | range | |"
echo "| --- | --- | --- | --- |"
echo "| \`newsdesk-cli --json sync\`, whole process | **$(fmt_s "$m_nd")** | $(range_s "${nd_wall[@]}") | $m_req requests: $(per_s "$m_req" "$m_nd") requests/s |"
echo "| the same, as the CLI reports it (\`ms\`: engine run only) | $(fmt_s "$m_nd_in") | $(range_s "${nd_ms[@]}") | |"
echo "| plain curl, one process, the same $expected requests in sequence | **$(fmt_s "$m_curl")** | $(range_s "${curl_wall[@]}") | $(per_s "$expected" "$m_curl") requests/s |"
echo "| newsdesk ÷ curl | **${ratio}×** | $(range "${ratios[@]}")× (per run) | |"
if [[ -n "$gnu_time" ]]; then
  echo "| newsdesk-cli CPU (user + system) | $(median "${nd_cpu[@]}") s | $(range "${nd_cpu[@]}") s | curl: $(median "${curl_cpu[@]}") s |"
  echo "| newsdesk-cli peak RSS | $(median "${nd_rss[@]}" | awk '{ printf "%.1f", $1 / 1024 }') MiB | $(range "${nd_rss[@]}" | awk -F'–' '{ for (i = 1; i <= NF; i++) printf "%s%.1f", (i > 1 ? "–" : ""), $i / 1024 }') MiB | curl: $(median "${curl_rss[@]}" | awk '{ printf "%.1f", $1 / 1024 }') MiB |"
else
  echo "| peak RSS, CPU | not measured | | GNU time (/usr/bin/time) is not installed |"
fi
if [[ $server_cpu_ok -eq 1 ]]; then
  srv_nd=$(printf '%s\n' "${nd_srv[@]}" | awk '{ print $1 + $2 }')
  srv_curl=$(printf '%s\n' "${curl_srv[@]}" | awk '{ print $1 + $2 }')
  # shellcheck disable=SC2086
  echo "| server CPU during the run (php -S workers + mariadbd) | $(median $srv_nd) s | | curl's runs: $(median $srv_curl) s |"
fi
if [[ $server_cpu_ok -eq 1 && -n "$gnu_time" ]]; then
  echo "| CPU used by other processes during a measurement (should be ~0) | $(median "${others[@]}") s | $(range "${others[@]}") s | |"
fi
echo "| curl per request: server time (connected → first byte) | POST $post_server ms, GET $get_server ms | | connect ${c_connect} s, all transfers ${c_total} s per run |"
echo
echo "Setup, not measured: WordPress start, import of $posts articles in one call ${import_ms} ms,"
echo "$posts \`submit\` processes ${submit_ms} ms (4 in parallel)."
if [[ $server_cpu_ok -eq 1 && -n "$gnu_time" ]] &&
  awk -v o="$(median "${others[@]}")" -v w="$m_curl" 'BEGIN { exit !(o > 0.05 * w / 1000) }'; then
  echo "Not a quiet machine: other processes used $(median "${others[@]}") s of CPU during a" \
    "median measurement; measure again when nothing else runs."
fi
