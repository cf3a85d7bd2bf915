#!/usr/bin/env bash
# No-op sync benchmark (issue 8): `newsdesk-cli sync` on a store of ARTICLES articles that are
# all synced already with a real WordPress on loopback: how many requests, how long.
#   scripts/bench-noop-sync.sh [BUILD_DIR] [ARTICLES] [RUNS]     (defaults: build/dev 10000 5)
#
# Starts its own WordPress (tests/integration/wordpress/start.sh) in a temporary folder and
# stops it on every exit. Generates ARTICLES small Vietnamese HTML articles (~150 words),
# imports them into one store (one `import` call per NEWSDESK_BENCH_IMPORT_CHUNK files, default
# 10000: 10,000 files take 4-10 s and ~110 MiB in one call) and connects the editor account
# (password on standard input, no keychain: DBUS_SESSION_BUS_ADDRESS points nowhere).
#
# Pushing ARTICLES posts over HTTP one by one would take long, so the posts are written
# straight into WordPress instead (PHP CLI, wp-load.php of the private site, wp_insert_post as
# the editor: status publish, the article's title, excerpt = its summary, content = its body +
# "\n<!-- newsdesk-post-<uuid> -->", exactly what SyncEngine would send), dated one after
# another NEWSDESK_BENCH_POST_SPACING seconds apart (default 1, the newest now; for a new post
# WordPress takes the modification time from the date). 0 leaves the dates to wp_insert_post:
# "now", a few hundred posts in the same second, and the pull then misses some (orderby=modified
# has no tie-breaker, so LIMIT/OFFSET pages overlap where a second straddles two pages; the
# script says how many and which). Then ONE
#   adopt:  `newsdesk-cli --json sync --pull-only`: the pull pages through
#           GET /wp/v2/posts?modified_after=...&orderby=modified (100 per page), finds each
#           post's marker and links the local article to it (remote_posts),
# which is measured and checked: every article linked, no conflict, no article created.
# Then RUNS times, on the same store (a no-op changes nothing):
#   no-op:  `newsdesk-cli --json sync` (pull and push): index, users/me, categories, tags,
#           the posts modified since the last pull (one second of overlap), nothing to send.
# Each no-op must leave the store and the site as they were (articles, revisions, links,
# conflicts, outbox, audit log; count and newest modification of the site's posts).
# Prints medians of RUNS and a Markdown table for docs/PERFORMANCE.md. Needs: the Debian
# packages of docs/INTEGRATION.md (wordpress php-cli php-mysql mariadb-server curl jq),
# sqlite3, and GNU time (/usr/bin/time, package `time`) for peak RSS (skipped without it).
# NEWSDESK_BENCH_KEEP=1 keeps the temporary folder (the store, the outputs, the site's logs).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
build=${1:-build/dev}
articles=${2:-10000}
runs=${3:-5}
chunk=${NEWSDESK_BENCH_IMPORT_CHUNK:-10000}
spacing=${NEWSDESK_BENCH_POST_SPACING:-1}
[[ "$articles" =~ ^[1-9][0-9]*$ && "$runs" =~ ^[1-9][0-9]*$ && "$chunk" =~ ^[1-9][0-9]*$ &&
  "$spacing" =~ ^[0-9]+$ ]] || {
  echo "usage: $0 [BUILD_DIR] [ARTICLES=10000] [RUNS=5]" >&2
  exit 2
}
# The first pull looks 30 days back.
((spacing * articles < 29 * 86400)) || {
  echo "bench-noop-sync: $articles posts $spacing s apart do not fit in the pull's 30 days" >&2
  exit 2
}
cli=""
[[ -d "$build" ]] && cli=$(cd "$build" && pwd)/app/newsdesk-cli
[[ -n "$cli" && -x "$cli" ]] || {
  echo "bench-noop-sync: no $build/app/newsdesk-cli; build it first" \
    "(cmake --build $build --target newsdesk-cli)" >&2
  exit 1
}
for tool in curl jq sqlite3 php awk pgrep setsid; do
  command -v "$tool" >/dev/null || {
    echo "bench-noop-sync: $tool is missing (see docs/INTEGRATION.md)" >&2
    exit 1
  }
done
gnu_time=""
if [[ -x /usr/bin/time ]] && /usr/bin/time --version 2>&1 | grep -q 'GNU'; then
  gnu_time=/usr/bin/time
fi

say() { echo "bench-noop-sync: $*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

umask 077  # the env file holds the application passwords
work=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-bench-noop.XXXXXX")
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

# The site's side, in the PHP CLI (not through HTTP, so it costs the measurements nothing):
#   site.php ROOT EDITOR_ID insert FILE SPACING
#                                         one published post per article of FILE (a JSON array
#                                         of {uuid, title, summary, body_html}); prints the count
#   site.php ROOT EDITOR_ID state         "<posts> <newest post_modified_gmt>" of the editor
#   site.php ROOT EDITOR_ID modified      each post's "<modified_gmt> <id>", oldest first
cat >"$work/site.php" <<'PHP'
<?php
define('ABSPATH', rtrim($argv[1], '/') . '/');
$_SERVER['HTTP_HOST'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require_once ABSPATH . 'wp-load.php';
$editor = (int) $argv[2];
global $wpdb;
if ($argv[3] === 'insert') {
    // As the editor, like a push through the REST API: the editor has unfiltered_html, so kses
    // leaves the content as it is (and the author is the editor).
    wp_set_current_user($editor);
    wp_defer_term_counting(true);
    $articles = json_decode(file_get_contents($argv[4]), true);
    if (!is_array($articles)) {
        fwrite(STDERR, "site.php: cannot read $argv[4]\n");
        exit(1);
    }
    // SPACING > 0: post i is dated (and so modified) SPACING * (n - i) seconds ago, each in a
    // second of its own; 0: wp_insert_post dates them all "now", many in the same second.
    $spacing = (int) $argv[5];
    $n = count($articles);
    $now = time();
    $count = 0;
    $wpdb->query('START TRANSACTION');
    foreach ($articles as $a) {
        $post = [
            'post_type' => 'post',
            'post_status' => 'publish',
            'post_author' => $editor,
            'post_title' => $a['title'],
            'post_excerpt' => $a['summary'],
            'post_content' => $a['body_html'] . "\n<!-- newsdesk-post-" . $a['uuid'] . " -->",
        ];
        if ($spacing > 0) {
            // For a new post, wp_insert_post takes post_modified(_gmt) from the date.
            $post['post_date_gmt'] = gmdate('Y-m-d H:i:s', $now - $spacing * ($n - $count));
        }
        // wp_insert_post expects slashed data (it unslashes it).
        $id = wp_insert_post(wp_slash($post), true);
        if (is_wp_error($id)) {
            $wpdb->query('ROLLBACK');
            fwrite(STDERR, "site.php: wp_insert_post: " . $id->get_error_message() . "\n");
            exit(1);
        }
        if (++$count % 500 === 0) {
            $wpdb->query('COMMIT');
            $wpdb->query('START TRANSACTION');
        }
    }
    $wpdb->query('COMMIT');
    wp_defer_term_counting(false);
    echo $count, "\n";
} elseif ($argv[3] === 'state') {
    $row = $wpdb->get_row($wpdb->prepare(
        "SELECT COUNT(*) AS n, COALESCE(MAX(post_modified_gmt), '-') AS newest FROM $wpdb->posts " .
        "WHERE post_type = 'post' AND post_author = %d AND post_status <> 'auto-draft'", $editor));
    echo $row->n, ' ', str_replace(' ', 'T', $row->newest), "\n";
} elseif ($argv[3] === 'modified') {
    $rows = $wpdb->get_results($wpdb->prepare(
        "SELECT ID, post_modified_gmt FROM $wpdb->posts WHERE post_type = 'post' AND " .
        "post_author = %d AND post_status = 'publish' ORDER BY post_modified_gmt, ID", $editor));
    foreach ($rows as $r) {
        echo str_replace(' ', 'T', $r->post_modified_gmt), ' ', $r->ID, "\n";
    }
}
PHP
site() {
  php -d display_errors=stderr -d memory_limit=1G "$work/site.php" "$wp/www" "$WP_EDITOR_ID" "$@"
}

# CPU ticks (user + system) used so far by a process group (php -S with its workers, mariadbd).
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

# --- The articles and the store -------------------------------------------------------------------
mkdir -p "$work/articles" "$work/store"
awk -v seed=8 -v n="$articles" -v dir="$work/articles" '
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
    title = sprintf("Bài %d: %s %s %s", a, w[int(rand() * nw) + 1], w[int(rand() * nw) + 1],
      w[int(rand() * nw) + 1])
    printf "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>%s</title>" \
      "</head>\n<body>\n<h1>%s</h1>\n", title, title > file
    words = 0
    while (words < 150) {
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
store=$work/store/store.sqlite3
nd() { "$cli" --db "$store" "$@"; }

t=$(now_ms)
imports=0
mapfile -d '' files < <(find "$work/articles" -name '*.html' -print0 | sort -z)
for ((i = 0; i < ${#files[@]}; i += chunk)); do
  nd import "${files[@]:i:chunk}" >/dev/null
  imports=$((imports + 1))
done
import_ms=$(($(now_ms) - t))
nd profile set --name "Bench Editor" >/dev/null
printf '%s\n' "$WP_EDITOR_APP_PASSWORD" |
  nd account add --url "$WP_URL" --user "$WP_EDITOR_USER" --password-stdin >/dev/null 2>&1
count=$(sqlite3 "$store" "SELECT count(*) FROM articles")
[[ "$count" == "$articles" ]] || {
  say "expected $articles articles in the store, found $count"
  exit 1
}
body_bytes=$(sqlite3 "$store" "SELECT CAST(avg(length(CAST(body_html AS BLOB))) AS INTEGER) FROM articles")
say "setup: import of $articles articles in $imports call(s) of up to $chunk: ${import_ms} ms"

# --- The posts, straight into WordPress ---------------------------------------------------------
sqlite3 -json "$store" "SELECT uuid, title, summary, body_html FROM articles ORDER BY id" \
  >"$work/articles.json"
t=$(now_ms)
inserted=$(site insert "$work/articles.json" "$spacing")
insert_ms=$(($(now_ms) - t))
[[ "$inserted" == "$articles" ]] || {
  say "wp_insert_post made $inserted posts, expected $articles"
  exit 1
}
read -r site_posts site_newest < <(site state)
[[ "$site_posts" == "$articles" ]] || {
  say "the site holds $site_posts posts of the editor, expected $articles"
  exit 1
}
seconds_spanned=$(site modified | awk '{ print $1 }' | sort -u | wc -l)
say "setup: $inserted posts inserted with wp_insert_post in ${insert_ms} ms" \
  "(their modified_gmt spans $seconds_spanned distinct seconds; newest $site_newest)"

# --- Measurements -------------------------------------------------------------------------------
# measure NAME COMMAND...: runs it (under GNU time when there is one); sets exit_code, wall_ms,
# rss_kb, cpu_s (the process's user + system), srv_s ("php mariadb" CPU seconds) and other_s:
# the CPU that everything else on the machine used meanwhile (other builds, the hypervisor's
# steal time), which should be about 0 for a trustworthy figure.
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
measure() {
  local name=$1 t0 t1 p0=0 m0=0 b0 php_ticks=0 db_ticks=0 busy u s
  shift
  if [[ $server_cpu_ok -eq 1 ]]; then
    p0=$(ticks "$PHP_PID")
    m0=$(ticks "$MARIADB_PID")
  fi
  [[ -n "$gnu_time" ]] && set -- "$gnu_time" -f '%U %S %M' -o "$work/$name.time" "$@"
  b0=$(machine_busy)
  t0=$(date +%s%N)
  # In its own session, in the background: a signal to this script stops it at once.
  setsid "$@" >"$work/$name.out" 2>"$work/$name.err" &
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
# A field of the last sync's JSON answer ("-" when the CLI does not report it).
field() { jq -r --arg k "$1" 'if has($k) then .[$k] | tostring else "-" end' "$work/$2.out"; }
# Everything a sync could change in the store, as one line.
store_state() {
  sqlite3 -separator ' ' "$store" "
    SELECT (SELECT count(*) FROM articles), (SELECT total(local_revision) FROM articles),
           (SELECT max(updated_at) FROM articles), (SELECT count(*) FROM revisions),
           (SELECT count(*) FROM remote_posts),
           (SELECT count(*) || '/' || max(modified_gmt) FROM remote_posts),
           (SELECT max(synced_at) FROM remote_posts),
           (SELECT count(*) FROM sync_conflicts), (SELECT count(*) FROM outbox),
           (SELECT count(*) FROM audit_events),
           (SELECT count(*) || '/' || max(status_changed_at) FROM article_workflow),
           (SELECT count(*) FROM articles WHERE status = 'published')"
}

# --- The adopting pull ----------------------------------------------------------------------------
measure adopt env NEWSDESK_APP_PASSWORD="$WP_EDITOR_APP_PASSWORD" \
  "$cli" --db "$store" --json sync --pull-only
adopt_wall=$wall_ms adopt_rss=$rss_kb adopt_cpu=$cpu_s adopt_srv=$srv_s adopt_other=$other_s
if [[ $exit_code -ne 0 ]] || ! jq -e . "$work/adopt.out" >/dev/null 2>&1; then
  say "newsdesk-cli sync --pull-only (exit $exit_code):"
  cat "$work/adopt.out" "$work/adopt.err" >&2
  exit 1
fi
adopt_req=$(field requests adopt)
adopt_ms=$(field ms adopt)
adopt_pulled=$(field postsPulled adopt)
adopt_created=$(field articlesCreated adopt)
adopt_conflicts_json=$(field conflicts adopt)
adopt_errors=$(jq -r '.errors | length' "$work/adopt.out")
linked=$(sqlite3 "$store" "SELECT count(*) FROM remote_posts")
conflicts=$(sqlite3 "$store" "SELECT count(*) FROM sync_conflicts")
now_articles=$(sqlite3 "$store" "SELECT count(*) FROM articles")
published=$(sqlite3 "$store" "SELECT count(*) FROM articles WHERE status = 'published'")
cursor=$(sqlite3 "$store" "SELECT value FROM settings WHERE key LIKE 'sync/pull-cursor/%'")
say "adopt: $adopt_wall ms wall ($adopt_ms ms in-process), $adopt_req requests," \
  "CPU ${adopt_cpu:-?} s, peak RSS ${adopt_rss:-?} KiB, server CPU php/mariadb ${adopt_srv:-?} s," \
  "other processes ${adopt_other:-?} s"
say "adopt: $linked of $articles articles linked, $conflicts conflicts, $now_articles articles" \
  "in the store ($published published), posts pulled: $adopt_pulled, conflicts reported:" \
  "$adopt_conflicts_json, errors: $adopt_errors," \
  "pull cursor $cursor"
adopt_ok=1
if [[ "$linked" != "$articles" || "$conflicts" != 0 || "$now_articles" != "$articles" ||
  "$adopt_errors" != 0 ]]; then
  adopt_ok=0
  say "the adopting pull did not link every article cleanly:"
  jq -c '{errors: .errors[:5], notices: .notices[:5]}' "$work/adopt.out" >&2
  if [[ "$conflicts" != 0 ]]; then
    say "conflicts by field: $(sqlite3 "$store" \
      "SELECT fields || ' x' || count(*) FROM sync_conflicts GROUP BY fields" | paste -sd ' ')"
  fi
  # Which posts the pull never linked, and when they were modified: ties in post_modified
  # across page boundaries (orderby=modified has no tie-breaker) make LIMIT/OFFSET paging
  # return some posts twice and skip others.
  site modified >"$work/site-modified.txt"
  sqlite3 "$store" "SELECT remote_id FROM remote_posts" | sort -n >"$work/linked-ids.txt"
  awk 'NR == FNR { linked[$1] = 1; next } !($2 in linked)' "$work/linked-ids.txt" \
    "$work/site-modified.txt" >"$work/unlinked.txt"
  say "$(wc -l <"$work/unlinked.txt") posts on the site are not linked; their modified_gmt" \
    "seconds: $(awk '{ print $1 }' "$work/unlinked.txt" | sort | uniq -c |
      awk '{ printf "%s%s×%s", (NR > 1 ? ", " : ""), $2, $1 }' | cut -c1-400)"
  # The same paging as the pull, ids only: how many distinct posts do the pages return?
  since=$(TZ="${WP_TIMEZONE:-Asia/Ho_Chi_Minh}" date -d '30 days ago' +%Y-%m-%dT%H:%M:%S)
  total_pages=$(curl -sS -o /dev/null -D - -u "$WP_EDITOR_USER:$WP_EDITOR_APP_PASSWORD" \
    "$WP_REST/wp/v2/posts&context=edit&status=draft,pending,future,publish,private&per_page=100&page=1&orderby=modified&order=asc&modified_after=$since&_fields=id" |
    awk -F': ' 'tolower($1) == "x-wp-totalpages" { print $2 + 0 }')
  : >"$work/paged-ids.txt"
  for ((page = 1; page <= ${total_pages:-0}; page++)); do
    curl -sS -u "$WP_EDITOR_USER:$WP_EDITOR_APP_PASSWORD" \
      "$WP_REST/wp/v2/posts&context=edit&status=draft,pending,future,publish,private&per_page=100&page=$page&orderby=modified&order=asc&modified_after=$since&_fields=id" |
      jq -r '.[].id' >>"$work/paged-ids.txt"
  done
  say "paging the same query again (ids only, $total_pages pages): $(wc -l <"$work/paged-ids.txt")" \
    "ids returned, $(sort -u "$work/paged-ids.txt" | wc -l) distinct"
fi

# --- No-op syncs ----------------------------------------------------------------------------------
declare -a nd_wall nd_ms nd_req nd_rss nd_cpu nd_srv others
before=$(store_state)
site_before=$(site state)
for ((run = 1; run <= runs; run++)); do
  measure noop env NEWSDESK_APP_PASSWORD="$WP_EDITOR_APP_PASSWORD" "$cli" --db "$store" --json sync
  if [[ $exit_code -ne 0 ]] || ! jq -e . "$work/noop.out" >/dev/null 2>&1; then
    say "run $run: newsdesk-cli sync (exit $exit_code):"
    cat "$work/noop.out" "$work/noop.err" >&2
    exit 1
  fi
  sent=$(field sent noop) failed=$(field failed noop) requests=$(field requests noop)
  ms=$(field ms noop) updated=$(field articlesUpdated noop) created=$(field articlesCreated noop)
  run_conflicts=$(field conflicts noop) pulled=$(field postsPulled noop)
  errors=$(jq -r '.errors | length' "$work/noop.out")
  after=$(store_state)
  site_after=$(site state)
  if [[ "$sent" != 0 || "$failed" != 0 || "$errors" != 0 || "$updated" != [0-] ||
    "$created" != [0-] || "$run_conflicts" != [0-] || "$after" != "$before" ||
    "$site_after" != "$site_before" ]]; then
    say "run $run: the no-op sync changed something or failed: sent $sent, failed $failed," \
      "errors $errors, updated $updated, created $created, conflicts $run_conflicts"
    say "store before: $before"
    say "store after:  $after"
    say "site before: $site_before; after: $site_after"
    cat "$work/noop.out" >&2
    exit 1
  fi
  nd_wall+=("$wall_ms") nd_ms+=("$ms") nd_req+=("$requests") nd_rss+=("$rss_kb")
  nd_cpu+=("$cpu_s") nd_srv+=("$srv_s") others+=("${other_s:-0}")
  say "run $run no-op: $wall_ms ms wall ($ms ms in-process), $requests requests," \
    "posts pulled $pulled, CPU ${cpu_s:-?} s, peak RSS ${rss_kb:-?} KiB," \
    "server CPU php/mariadb ${srv_s:-?} s, other processes ${other_s:-?} s"
done
# The posts the no-op pull reads again: modified in the second of overlap before the cursor.
overlap=$(site modified | awk -v c="$cursor" '$1 >= c' | wc -l)

# --- Results --------------------------------------------------------------------------------------
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
  if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
range() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END {
  print (lo == hi ? lo : lo "–" hi) }'; }
fmt_s() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
range_s() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END {
  printf (lo == hi ? "%.2f s" : "%.2f–%.2f s"), lo / 1000, hi / 1000 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }

m_wall=$(median "${nd_wall[@]}")
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ram_gib=$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
debian=$(cat /etc/debian_version 2>/dev/null || echo "?")
php_version=$(php -r 'echo PHP_VERSION;')
maria_version=$({ mariadbd --version 2>/dev/null || /usr/sbin/mariadbd --version 2>/dev/null ||
  true; } | awk '{ sub(/-MariaDB.*/, "", $3); print $3 }')
wp_version=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "${NEWSDESK_WP_SOURCE:-/usr/share/wordpress}/wp-includes/version.php")
command_line="scripts/bench-noop-sync.sh $build $articles $runs"
srv_sum() { awk '{ print $1 + $2 }' <<<"$1"; }

echo
echo "## No-op sync (issue 8): $articles synced articles"
echo
echo "Command: \`$command_line\` ($(date +%Y-%m-%d)). $articles articles (~150 words,"
echo "$body_bytes bytes of HTML each) published on the loopback WordPress (dated $spacing s apart)"
echo "and linked to the store by one adopting \`sync --pull-only\`; then $runs no-op"
echo "\`newsdesk-cli --json sync\` on the same store (medians, with the range), each checked to"
echo "change nothing in the store or on the site."
echo
echo "**Machine:** $(nproc) vCPU \"$cpu_model\", $ram_gib GiB RAM, Debian $debian, kernel"
echo "$(uname -r), newsdesk-cli $("$cli" --version | awk '{ print $2 }') ($build), WordPress $wp_version"
echo "(Debian package) on \`php -S\` (PHP $php_version, 4 workers), MariaDB $maria_version."
echo
echo "| what | median | range | |"
echo "| --- | --- | --- | --- |"
echo "| no-op \`newsdesk-cli --json sync\`, whole process | **$(fmt_s "$m_wall")** | $(range_s "${nd_wall[@]}") | **$(median "${nd_req[@]}") requests** ($(range "${nd_req[@]}")); the pull re-reads $overlap post(s): those of the newest second (overlap) |"
echo "| the same, as the CLI reports it (\`ms\`: engine run only) | $(fmt_s "$(median "${nd_ms[@]}")") | $(range_s "${nd_ms[@]}") | |"
if [[ -n "$gnu_time" ]]; then
  echo "| no-op: newsdesk-cli CPU (user + system) | $(median "${nd_cpu[@]}") s | $(range "${nd_cpu[@]}") s | |"
  echo "| no-op: newsdesk-cli peak RSS | $(mib "$(median "${nd_rss[@]}")") | $(range "${nd_rss[@]}" | awk -F'–' '{ for (i = 1; i <= NF; i++) printf "%s%.1f", (i > 1 ? "–" : ""), $i / 1024 }') MiB | |"
fi
if [[ $server_cpu_ok -eq 1 ]]; then
  srv=()
  for s in "${nd_srv[@]}"; do srv+=("$(srv_sum "$s")"); done
  echo "| no-op: server CPU (php -S workers + mariadbd) | $(median "${srv[@]}") s | $(range "${srv[@]}") s | |"
fi
echo "| first sync: the adopting \`sync --pull-only\`, whole process | **$(fmt_s "$adopt_wall")** | one run | **$adopt_req requests**; $linked of $articles linked, $conflicts conflicts |"
if [[ "$adopt_pulled" == - ]]; then
  adopt_note="(the CLI's JSON does not report postsPulled/articlesCreated)"
else
  adopt_note="posts pulled: $adopt_pulled, articles created: $adopt_created"
fi
echo "| the same, as the CLI reports it (\`ms\`) | $(fmt_s "$adopt_ms") | | $adopt_note |"
if [[ -n "$gnu_time" ]]; then
  echo "| adopt: newsdesk-cli CPU, peak RSS | ${adopt_cpu} s, $(mib "$adopt_rss") | | |"
fi
if [[ $server_cpu_ok -eq 1 ]]; then
  echo "| adopt: server CPU (php -S workers + mariadbd) | $(srv_sum "$adopt_srv") s | | |"
fi
if [[ $server_cpu_ok -eq 1 && -n "$gnu_time" ]]; then
  echo "| CPU used by other processes during a measurement (should be ~0) | $(median "${others[@]}") s | $(range "${others[@]}") s | adopt: ${adopt_other} s |"
fi
echo
echo "Setup, not measured: WordPress start, import of $articles articles in $imports call(s)"
echo "${import_ms} ms, $articles posts written with \`wp_insert_post\` (PHP CLI) ${insert_ms} ms (their"
echo "modification times span $seconds_spanned seconds)."
if [[ $adopt_ok -eq 0 ]]; then
  echo
  echo "**The adopting pull did not link every article:** $linked of $articles linked, $conflicts"
  echo "conflicts, $now_articles articles in the store afterwards (see the messages above)."
fi
if [[ $server_cpu_ok -eq 1 && -n "$gnu_time" ]] &&
  awk -v o="$(median "${others[@]}")" -v w="$m_wall" 'BEGIN { exit !(o > 0.05 * w / 1000) }'; then
  echo "Not a quiet machine: other processes used $(median "${others[@]}") s of CPU during a" \
    "median measurement; measure again when nothing else runs."
fi
if [[ $server_cpu_ok -eq 1 && -n "$gnu_time" ]] &&
  awk -v o="$adopt_other" -v w="$adopt_wall" 'BEGIN { exit !(o > 0.05 * w / 1000) }'; then
  echo "Not a quiet machine during the adopting pull: other processes used $adopt_other s of CPU"
  echo "in its $(fmt_s "$adopt_wall"); its wall time is not trustworthy (its CPU figures are)."
fi
