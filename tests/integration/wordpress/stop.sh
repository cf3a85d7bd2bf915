#!/usr/bin/env bash
# Stops the WordPress started by `start.sh DIR`:
#   stop.sh DIR
# Sends TERM to php -S (and its workers) and mariadbd, waits up to NEWSDESK_WP_STOP_TIMEOUT
# seconds (default 20) for each, then KILLs. Only processes recorded in DIR/pids whose command
# line still names DIR are signalled, so a recycled pid is never hit. Safe to run again, and on
# a DIR where nothing was started.
set -euo pipefail

STOP_TIMEOUT=${NEWSDESK_WP_STOP_TIMEOUT:-20}
log() { echo "wordpress stop: $*" >&2; }

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
if [[ ! -d "$1" ]]; then
  exit 0
fi
DIR=$(cd "$1" && pwd)
PIDS=$DIR/pids
[[ -f "$PIDS" ]] || exit 0

# Is PID still the process start.sh started (its command line mentions DIR)?
ours() {
  local pid=$1 cmdline
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ "$cmdline" == *"$DIR"* ]]
}
# start.sh runs each server with setsid, so its pid is also its process group: signal the
# group (php -S workers included) when it exists, else just the pid.
signal() {
  local sig=$1 pid=$2
  kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid" 2>/dev/null || true
}
group_alive() { kill -0 -- "-$1" 2>/dev/null || kill -0 "$1" 2>/dev/null; }

stop_one() {
  local name=$1 pid=$2 deadline
  if ! ours "$pid"; then
    # The leader is gone; reap any workers left in its group.
    if kill -0 -- "-$pid" 2>/dev/null && [[ "$name" == php ]]; then
      signal KILL "$pid"
    fi
    return 0
  fi
  signal TERM "$pid"
  deadline=$((SECONDS + STOP_TIMEOUT))
  while group_alive "$pid"; do
    if [[ $SECONDS -ge $deadline ]]; then
      log "$name (pid $pid) did not stop after ${STOP_TIMEOUT}s; killing it"
      signal KILL "$pid"
      sleep 0.2
      break
    fi
    sleep 0.1
  done
  log "stopped $name (pid $pid)"
}

PHP_PID=""
MARIADB_PID=""
SOCKET_DIR=""
# Not sourced: only the expected keys are read.
while IFS='=' read -r key value; do
  case "$key" in
    PHP_PID) PHP_PID=$value ;;
    MARIADB_PID) MARIADB_PID=$value ;;
    SOCKET_DIR) SOCKET_DIR=$value ;;
  esac
done <"$PIDS"

# php first, so no request reaches a stopping database.
[[ -n "$PHP_PID" ]] && stop_one php "$PHP_PID"
[[ -n "$MARIADB_PID" ]] && stop_one mariadbd "$MARIADB_PID"
if [[ -n "$SOCKET_DIR" && "$SOCKET_DIR" == /tmp/newsdesk-wp.* && -d "$SOCKET_DIR" ]]; then
  rm -rf "$SOCKET_DIR"
fi
rm -f "$PIDS" "$DIR/env"
