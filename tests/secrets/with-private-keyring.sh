#!/bin/sh
# with-private-keyring.sh COMMAND [ARGS...]
# Runs COMMAND on a private D-Bus session bus with a private, unlocked gnome-keyring whose
# files live in a temporary HOME/XDG tree, so a test never touches the real user's keyring.
# The daemon runs in the foreground as a child of ours, so it is stopped and reaped before this
# script returns; the temporary tree is removed on exit. Works as root and as a normal user.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
export NEWSDESK_PRIVATE_KEYRING=1

dbus-run-session -- sh -c '
    printf %s pw | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >/dev/null 2>&1 &
    keyring=$!
    stop_keyring() {
        kill "$keyring" 2>/dev/null || true
        wait "$keyring" 2>/dev/null || true
    }
    # Wait until it owns org.freedesktop.secrets: asked earlier, D-Bus would activate a second.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ] || ! kill -0 "$keyring" 2>/dev/null; then
            echo "with-private-keyring.sh: gnome-keyring-daemon did not start" >&2
            stop_keyring
            exit 1
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    stop_keyring
    exit "$status"
' sh "$@"
