#!/usr/bin/env bash
# Starts a private WordPress on loopback for the integration tests:
#   start.sh DIR
# Everything lives under DIR (created fresh; a DIR left by an earlier run is stopped and
# emptied first): a MariaDB data directory and socket, a document root that is a symlink farm
# of /usr/share/wordpress with its own wp-config.php, wp-content with uploads, and the logs.
# mariadbd (socket only, no TCP) and `php -S 127.0.0.1:PORT` run in the background in their own
# sessions; WordPress is installed (time zone Asia/Ho_Chi_Minh) with one user and application
# password per role. Writes DIR/env (shell-sourceable: WP_URL, WP_REST, WP_<ROLE>_USER,
# WP_<ROLE>_APP_PASSWORD, ...) and DIR/pids (read by stop.sh). Nothing outside DIR is written,
# except a short socket folder under /tmp when DIR is too long for a Unix socket path.
# On any failure both servers are stopped again. See docs/INTEGRATION.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WP_SOURCE=${NEWSDESK_WP_SOURCE:-/usr/share/wordpress}
# Bounded waits, in seconds.
DB_TIMEOUT=${NEWSDESK_WP_DB_TIMEOUT:-60}
HTTP_TIMEOUT=${NEWSDESK_WP_HTTP_TIMEOUT:-30}
MARKER=.newsdesk-wordpress

log() { echo "wordpress start: $*" >&2; }

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
mkdir -p "$1"
DIR=$(cd "$1" && pwd -P)

# --- What the harness needs (scripts/setup.sh --test installs it) ---------------------------
find_tool() {
  local name=$1 candidate
  for candidate in "$(command -v "$name" 2>/dev/null || true)" "/usr/sbin/$name" "/usr/bin/$name"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
missing=()
PHP=$(find_tool php) || missing+=("php (php-cli)")
MARIADBD=$(find_tool mariadbd) || missing+=("mariadbd (mariadb-server)")
INSTALL_DB=$(find_tool mariadb-install-db) || missing+=("mariadb-install-db (mariadb-server)")
MARIADB=$(find_tool mariadb) || missing+=("mariadb (mariadb-client)")
MARIADB_ADMIN=$(find_tool mariadb-admin) || missing+=("mariadb-admin (mariadb-client)")
find_tool curl >/dev/null || missing+=("curl")
find_tool setsid >/dev/null || missing+=("setsid (util-linux)")
[[ -f "$WP_SOURCE/wp-load.php" ]] || missing+=("$WP_SOURCE (wordpress)")
if [[ -n "${PHP:-}" ]] && ! "$PHP" -r 'exit(extension_loaded("mysqli") ? 0 : 1);'; then
  missing+=("the PHP mysqli extension (php-mysql)")
fi
if [[ ${#missing[@]} -gt 0 ]]; then
  log "missing: ${missing[*]}"
  log "install them with: scripts/setup.sh --test"
  exit 1
fi

# --- A fresh DIR -----------------------------------------------------------------------------
if [[ -n "$(ls -A "$DIR")" ]]; then
  if [[ ! -e "$DIR/$MARKER" ]]; then
    log "$DIR is not empty and was not made by this script; refusing to clear it"
    exit 1
  fi
  "$HERE/stop.sh" "$DIR" >&2
  find "$DIR" -mindepth 1 -delete
fi
touch "$DIR/$MARKER"
mkdir -p "$DIR/db" "$DIR/run" "$DIR/logs" "$DIR/tmp" "$DIR/www"
LOGS=$DIR/logs
: >"$DIR/pids"

started=$(date +%s%N)

tail_logs() {
  local file
  for file in "$LOGS"/*.log; do
    [[ -s "$file" ]] || continue
    echo "----- last lines of $file -----" >&2
    tail -n 25 "$file" >&2
  done
}
fail() {
  log "ERROR: $*"
  tail_logs
  exit 1
}
on_exit() {
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    log "failed (exit $rc); stopping what was started"
    "$HERE/stop.sh" "$DIR" >&2 || true
  fi
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }
alive() { kill -0 "$1" 2>/dev/null; }

# --- MariaDB on a private socket -------------------------------------------------------------
SOCKET=$DIR/run/mariadbd.sock
if [[ ${#SOCKET} -gt 100 ]]; then
  # Unix socket paths are limited to 107 bytes.
  socket_dir=$(mktemp -d /tmp/newsdesk-wp.XXXXXX)
  echo "SOCKET_DIR=$socket_dir" >>"$DIR/pids"
  SOCKET=$socket_dir/mariadbd.sock
fi
user_args=()
if [[ $(id -u) -eq 0 ]]; then
  user_args=(--user=root)
fi

log "initialising MariaDB in $DIR/db"
"$INSTALL_DB" --no-defaults "${user_args[@]}" --datadir="$DIR/db" --skip-test-db \
  --auth-root-authentication-method=normal >"$LOGS/mariadb-install.log" 2>&1 ||
  fail "mariadb-install-db failed"

# Durability settings are relaxed: the database lives only as long as the test run.
setsid "$MARIADBD" --no-defaults "${user_args[@]}" \
  --datadir="$DIR/db" --socket="$SOCKET" --skip-networking \
  --pid-file="$DIR/run/mariadbd.pid" --log-error="$LOGS/mariadb.log" --tmpdir="$DIR/tmp" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
  --skip-log-bin --skip-name-resolve </dev/null >>"$LOGS/mariadb.log" 2>&1 &
MARIADB_PID=$!
echo "MARIADB_PID=$MARIADB_PID" >>"$DIR/pids"

deadline=$((SECONDS + DB_TIMEOUT))
until "$MARIADB_ADMIN" --no-defaults --socket="$SOCKET" -uroot --connect-timeout=2 ping \
  >/dev/null 2>&1; do
  alive "$MARIADB_PID" || fail "mariadbd exited during start-up"
  [[ $SECONDS -lt $deadline ]] || fail "mariadbd was not ready after ${DB_TIMEOUT}s"
  sleep 0.2
done
log "MariaDB is ready (pid $MARIADB_PID, socket $SOCKET)"

DB_PASSWORD=$(random_hex 16)
"$MARIADB" --no-defaults --socket="$SOCKET" -uroot >>"$LOGS/mariadb-install.log" 2>&1 <<SQL ||
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL
  fail "could not create the database"

# --- Document root: a farm of WordPress with its own wp-config.php ---------------------------
# wp-load.php defines ABSPATH as its own folder unless it is defined already, and then loads
# ABSPATH/wp-config.php. The top-level PHP files (index.php, wp-load.php, wp-cron.php, ...) are
# copied here, so their __DIR__ is this folder; wp-admin, wp-includes and the rest are symlinks,
# and router.php defines ABSPATH as this folder before it runs a file behind a symlink. So this
# wp-config.php is loaded, never Debian's /usr/share/wordpress/wp-config.php (which needs
# /etc/wordpress/config-<host>.php).
WWW=$DIR/www
for entry in "$WP_SOURCE"/* "$WP_SOURCE"/.[!.]*; do
  [[ -e "$entry" || -L "$entry" ]] || continue
  name=$(basename "$entry")
  case "$name" in
    wp-config.php | wp-content | .htaccess) ;;
    *.php) cp "$entry" "$WWW/$name" ;;
    *) ln -s "$entry" "$WWW/$name" ;;
  esac
done
CONTENT=$WWW/wp-content
mkdir -p "$CONTENT/plugins" "$CONTENT/mu-plugins" "$CONTENT/uploads" "$CONTENT/upgrade"
ln -s "$WP_SOURCE/wp-content/themes" "$CONTENT/themes"
cat >"$CONTENT/mu-plugins/newsdesk-test-site.php" <<'PHP'
<?php
// Test site only: never send mail (wp_install and new users would try to), and never look for
// updates (WP_HTTP_BLOCK_EXTERNAL blocks those requests, but each failure logs a warning).
add_filter('pre_wp_mail', '__return_false');
foreach (['_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes'] as $check) {
    remove_action('admin_init', $check);
}
foreach (['wp_version_check', 'wp_update_plugins', 'wp_update_themes', 'wp_maybe_auto_update'] as $hook) {
    remove_action($hook, $hook);
}
remove_action('init', 'wp_schedule_update_checks');
// Nor probe HTTPS support (a loopback https:// request that php -S cannot answer).
remove_action('init', 'wp_schedule_https_detection');
remove_action('wp_https_detection', 'wp_update_https_detection_errors');
PHP
# Optional: NEWSDESK_WP_COMPANION=1 installs the companion plugin "Newsdesk Bridge"
# (packaging/wordpress, docs/COMPANION-PLUGIN.md) as a must-use plugin, and DIR/env then says
# WP_COMPANION=1. Without the variable the site is stock WordPress.
COMPANION=""
if [[ ${NEWSDESK_WP_COMPANION:-} == 1 ]]; then
  COMPANION=1
  cp "$HERE/../../../packaging/wordpress/newsdesk-bridge/newsdesk-bridge.php" "$CONTENT/mu-plugins/" ||
    fail "could not install the companion plugin"
fi

# shellcheck disable=SC2016  # PHP code, not shell
free_port() {
  "$PHP" -r '$s = stream_socket_server("tcp://127.0.0.1:0", $errno, $error);
    if (!$s) { fwrite(STDERR, "$error\n"); exit(1); }
    $name = stream_socket_get_name($s, false); echo substr($name, strrpos($name, ":") + 1);'
}

write_config() {
  local url=$1 keys="" key
  for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT \
    LOGGED_IN_SALT NONCE_SALT; do
    keys+="define('$key', '$(random_hex 32)');"$'\n'
  done
  cat >"$WWW/wp-config.php" <<PHP
<?php
// Generated by tests/integration/wordpress/start.sh for one test run.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
$keys
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$CONTENT');
define('WP_CONTENT_URL', '$url/wp-content');
define('WP_TEMP_DIR', '$DIR/tmp');
// Application Passwords need HTTPS or the environment type "local".
define('WP_ENVIRONMENT_TYPE', 'local');
// Nothing leaves loopback: no HTTP to other hosts, no updates, no cron spawned over HTTP
// (due events run when a test requests /wp-cron.php).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('DISALLOW_FILE_MODS', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$LOGS/wp-debug.log');
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
PHP
}

# --- php -S on a free loopback port (a new port if another process took it meanwhile) --------
PHP_PID=""
for _ in 1 2 3 4 5; do
  PORT=$(free_port) || fail "could not find a free loopback port"
  URL="http://127.0.0.1:$PORT"
  write_config "$URL"
  : >"$LOGS/php.log"
  PHP_CLI_SERVER_WORKERS=4 NEWSDESK_WP_ROOT=$WWW setsid "$PHP" \
    -d display_errors=0 -d log_errors=1 -d memory_limit=256M \
    -d upload_max_filesize=64M -d post_max_size=64M -d max_execution_time=120 \
    -S "127.0.0.1:$PORT" -t "$WWW" "$HERE/router.php" </dev/null >>"$LOGS/php.log" 2>&1 &
  PHP_PID=$!
  echo "PHP_PID=$PHP_PID" >>"$DIR/pids"
  deadline=$((SECONDS + HTTP_TIMEOUT))
  until curl -fsS -o /dev/null --max-time 2 "$URL/readme.html" 2>/dev/null; do
    if ! alive "$PHP_PID"; then
      if grep -q "Address already in use" "$LOGS/php.log"; then
        log "port $PORT was taken; trying another"
        PHP_PID=""
        break
      fi
      fail "php -S exited during start-up"
    fi
    [[ $SECONDS -lt $deadline ]] || fail "php -S did not answer on $URL after ${HTTP_TIMEOUT}s"
    sleep 0.1
  done
  [[ -n "$PHP_PID" ]] && break
done
[[ -n "$PHP_PID" ]] || fail "php -S could not listen on a free port after 5 attempts"
log "php -S is listening on $URL (pid $PHP_PID)"

# --- Install WordPress, users and application passwords ---------------------------------------
"$PHP" -d display_errors=stderr -d memory_limit=256M "$HERE/install.php" "$WWW" "$URL" \
  >"$DIR/env.tmp" 2>"$LOGS/install.log" || fail "installing WordPress failed"
{
  echo "# Written by tests/integration/wordpress/start.sh; source it from a shell."
  echo "WP_DIR='$DIR'"
  cat "$DIR/env.tmp"
  echo "WP_LOG_DIR='$LOGS'"
  if [[ -n $COMPANION ]]; then echo "WP_COMPANION=1"; fi  # NEWSDESK_WP_COMPANION=1, above
} >"$DIR/env.tmp2"
rm -f "$DIR/env.tmp"

# --- Ready when the REST index answers JSON ----------------------------------------------------
deadline=$((SECONDS + HTTP_TIMEOUT))
until curl -fsS --max-time 5 "$URL/?rest_route=/" 2>/dev/null | grep -q '"namespaces"'; do
  alive "$PHP_PID" || fail "php -S exited"
  [[ $SECONDS -lt $deadline ]] || fail "the REST index did not answer JSON after ${HTTP_TIMEOUT}s"
  sleep 0.2
done
mv "$DIR/env.tmp2" "$DIR/env"

elapsed=$((($(date +%s%N) - started) / 1000000))
log "WordPress is ready at $URL in $((elapsed / 1000)).$(printf %03d $((elapsed % 1000)))s;" \
  "env: $DIR/env; stop with: $HERE/stop.sh $DIR"
