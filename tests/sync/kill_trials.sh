#!/usr/bin/env bash
# Kill trials: `newsdesk-cli sync` killed with SIGKILL at random points, again and again,
# against the real WordPress of the ctest fixture `wordpress`. Afterwards the portal must hold
# exactly one post per article (found by its marker "newsdesk-post-<uuid>"), exactly one media
# item per photo ("newsdesk-media-<sha256>" in its description), every post published with
# its latest text and its photo. core/sync/SyncEngine.h says what the engine promises.
#
#   kill_trials.sh NEWSDESK_CLI ENV_FILE
#
# The store: 10 articles imported from HTML files (4 with a photo beside them, which the
# import takes into the store), an editor's account (password on stdin; no keychain, so sync
# gets it from NEWSDESK_APP_PASSWORD), all submitted, approved and published locally. Then
# TRIALS times: local changes (an article edited and published again; every 4th trial a new
# article with a new photo), `sync` in the background (every other trial --push-only, so that
# kills also land in uploads and creates rather than in the pull), kill -9 after 0-400 ms.
# Finally sync until `sync status` shows nothing open, and check the portal with curl + jq.
#
# $RANDOM is seeded (NEWSDESK_KILL_SEED, default 4242): every run tries the same delays;
# where a kill lands still depends on the machine. NEWSDESK_KILL_TRIALS overrides 20.
# Needs bash, curl, jq and php (the fixture's PHP CLI writes the test photos).
set -euo pipefail

CLI=${1:?usage: kill_trials.sh NEWSDESK_CLI ENV_FILE}
ENV_FILE=${2:?usage: kill_trials.sh NEWSDESK_CLI ENV_FILE}
TRIALS=${NEWSDESK_KILL_TRIALS:-20}
SEED=${NEWSDESK_KILL_SEED:-4242}
ARTICLES=10
[[ -x $CLI ]] || { echo "kill_trials: no newsdesk-cli at $CLI" >&2; exit 2; }
[[ -r $ENV_FILE ]] || { echo "kill_trials: no env file $ENV_FILE (run through ctest)" >&2; exit 2; }
for tool in curl jq php sha256sum; do
  command -v "$tool" >/dev/null || { echo "kill_trials: $tool is missing" >&2; exit 2; }
done
# shellcheck disable=SC1090
source "$ENV_FILE"

export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent  # no keychain
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NEWSDESK_APP_PASSWORD QT_LOGGING_RULES

WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-kill.XXXXXX")
BG_PID=
cleanup() {
  if [[ -n $BG_PID ]] && kill -0 "$BG_PID" 2>/dev/null; then
    kill -9 "$BG_PID" 2>/dev/null || true
    wait "$BG_PID" 2>/dev/null || true
  fi
  if [[ -n ${NEWSDESK_KILL_KEEP:-} ]]; then
    echo "kill_trials: kept $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

STORE=$WORK/store.sqlite3
IN=$WORK/in
RUN_ID=kt$(date +%s)-$$
RANDOM=$SEED
START=$SECONDS

cli() { "$CLI" --db "$STORE" "$@"; }
# The engine's log lines (request URLs and operation ids, never secrets or article text) go to
# stderr unbuffered, so a killed run's log still says where it was.
SYNC_ENV=(NEWSDESK_APP_PASSWORD="$WP_EDITOR_APP_PASSWORD"
  QT_LOGGING_RULES='newsdesk.portal=true;newsdesk.sync=true')
sync_cli() { env "${SYNC_ENV[@]}" "$CLI" --db "$STORE" "$@"; }
ms_now() { date +%s%3N; }
fail() { echo "kill_trials: FAIL: $*" >&2; exit 1; }

admin_get() {  # ROUTE QUERY: a REST GET as the administrator, context=edit
  curl -sS --fail-with-body --max-time 30 \
    -u "$WP_ADMINISTRATOR_USER:$WP_ADMINISTRATOR_APP_PASSWORD" "$WP_REST$1&context=edit&$2"
}

# A PNG of random pixels (16x12, RGB): bytes no other run shares.
make_png() {
  php -r '
    function chunk($type, $data) {
      return pack("N", strlen($data)) . $type . $data . pack("N", crc32($type . $data));
    }
    $w = 16; $h = 12; $raw = "";
    for ($y = 0; $y < $h; $y++) {
      $raw .= "\0";
      for ($x = 0; $x < $w * 3; $x++) $raw .= chr(random_int(0, 255));
    }
    file_put_contents($argv[1], "\x89PNG\r\n\x1a\n"
      . chunk("IHDR", pack("NNCCCCC", $w, $h, 8, 2, 0, 0, 0))
      . chunk("IDAT", gzcompress($raw)) . chunk("IEND", ""));
  ' "$1"
}

declare -A NUMBER PHOTO_OF EDITS  # uuid -> article number, its photo's sha256, its last edit
UUIDS=()
PHOTO_SHAS=()

# article_html N PARAGRAPH [PHOTO_FILE]: an HTML page as a portal editor would save it.
article_html() {
  local img=
  [[ -z ${3:-} ]] || img="<figure><img src=\"$3\" alt=\"Ảnh $1\"><figcaption>Ảnh số $1</figcaption></figure>"
  cat <<EOF
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[$RUN_ID] Bài số $1</title></head>
<body><h1>[$RUN_ID] Bài số $1</h1>
<p>Đoạn mở đầu của bài số $1: tin tức địa phương, Mường Lay.</p>
$img
<p>$2</p>
</body></html>
EOF
}

publish_locally() {  # UUID
  local action
  for action in submit approve publish; do
    cli "$action" "$1" >/dev/null || fail "$action $1"
  done
}

# new_article N WITH_PHOTO: imports it (the photo beside the file goes into the store).
new_article() {
  local n=$1 file=$IN/article-$1.html photo= uuid body
  if [[ $2 == yes ]]; then
    photo=photo-$n.png
    make_png "$IN/$photo"
  fi
  article_html "$n" "Đoạn cuối của bài số $n." "$photo" >"$file"
  uuid=$(cli --json import "$file" | jq -r '.[0].uuid')
  [[ $uuid =~ ^[0-9a-f-]{36}$ ]] || fail "import of $file gave no uuid"
  UUIDS+=("$uuid")
  NUMBER[$uuid]=$n
  if [[ -n $photo ]]; then
    PHOTO_OF[$uuid]=$(sha256sum "$IN/$photo" | cut -d' ' -f1)
    PHOTO_SHAS+=("${PHOTO_OF[$uuid]}")
    body=$(cli --json show "$uuid" | jq -r '.bodyHtml')
    [[ $body == *"newsdesk-media:${PHOTO_OF[$uuid]}"* ]] \
      || fail "article $n: the import did not take its photo into the store: $body"
  fi
}

# edit_and_republish UUID TRIAL: a new last paragraph (the photo kept), through review again.
edit_and_republish() {
  local uuid=$1 n=${NUMBER[$1]} file=$IN/edit-${NUMBER[$1]}-$2.html photo=
  local marker="Bản sửa ở lần thử $2 ($RUN_ID)"
  [[ -z ${PHOTO_OF[$uuid]:-} ]] || photo=photo-$n.png
  article_html "$n" "$marker" "$photo" >"$file"
  cli update "$uuid" "$file" >/dev/null || fail "update article $n"
  publish_locally "$uuid"
  EDITS[$uuid]=$marker
}

# Where a run was when it stopped, from its log: the last request and whether it was answered.
landed() {  # LOG
  local last
  last=$(grep -E 'newsdesk\.(portal|sync).*: ("(GET|POST|DELETE)"|answer|operation )' "$1" | tail -1 || true)
  case $last in
    '') echo "before any request" ;;
    *'operation '*) echo "between operations" ;;
    *'"GET"'*'rest_route=/wp/v2/posts&search'*|*'"GET"'*'rest_route=/wp/v2/media&search'*)
      echo "mid-lookup" ;;
    *'"GET"'*) echo "mid-pull" ;;
    *'"POST"'*'rest_route=/wp/v2/media'*) echo "mid-upload" ;;
    *'"POST"'*'rest_route=/wp/v2/posts/'[0-9]*) echo "mid-update" ;;
    *'"POST"'*'rest_route=/wp/v2/posts'*) echo "mid-create" ;;
    *'"POST"'*) echo "mid-term-create" ;;
    *'"DELETE"'*) echo "mid-delete" ;;
    *answer*)
      local request
      request=$(grep -E 'newsdesk\.portal.*: "(GET|POST|DELETE)"' "$1" | tail -1)
      case $request in
        *'"POST"'*'rest_route=/wp/v2/posts/'[0-9]*) echo "after update, before commit" ;;
        *'"POST"'*'rest_route=/wp/v2/posts'*) echo "after create, before commit" ;;
        *'"POST"'*'rest_route=/wp/v2/media'*) echo "after upload, before commit" ;;
        *) echo "between requests" ;;
      esac ;;
    *) echo "?" ;;
  esac
}

# The outbox in a few words: counts, and the states of the 20 most recent operations.
status_line() {
  cli --json sync status | jq -r '
    "to send \(.pending), waiting \(.waiting), failed \(.failed), sent \(.done) | recent: "
    + ([.recent[].state] | group_by(.) | map("\(.[0]) \(length)") | join(", "))'
}

# ---------------------------------------------------------------------------------------
echo "kill_trials: run $RUN_ID, $TRIALS trials, seed $SEED, store $STORE"
mkdir -p "$IN"
for n in $(seq 1 $ARTICLES); do
  new_article "$n" "$( (( n % 3 == 1 )) && echo yes || echo no)"
done
cli profile set --name "Kiểm thử kill" >/dev/null
printf '%s\n' "$WP_EDITOR_APP_PASSWORD" \
  | cli account add --url "$WP_URL" --user "$WP_EDITOR_USER" --password-stdin >/dev/null 2>&1 \
  || fail "account add --url $WP_URL --user $WP_EDITOR_USER"
for uuid in "${UUIDS[@]}"; do
  publish_locally "$uuid"
done
echo "kill_trials: ${#UUIDS[@]} articles, ${#PHOTO_SHAS[@]} photos; setup $((SECONDS - START)) s"

KILLED=0
FINISHED=0
declare -A LANDED
next_number=$((ARTICLES + 1))
for trial in $(seq 1 "$TRIALS"); do
  changes=
  if (( trial > 1 )); then
    # Keep the outbox busy: an edit every trial, a new article with a photo every 4th.
    uuid=${UUIDS[$(( (trial * 3) % ${#UUIDS[@]} ))]}
    edit_and_republish "$uuid" "$trial"
    changes=" +edit #${NUMBER[$uuid]}"
    if (( trial % 4 == 0 )); then
      new_article "$next_number" yes
      publish_locally "${UUIDS[-1]}"
      changes+=" +new #$next_number"
      next_number=$((next_number + 1))
    fi
  fi
  delay=$((RANDOM % 401))
  mode=full
  (( trial % 2 == 0 )) && mode=--push-only
  args=(sync)
  [[ $mode == full ]] || args+=("$mode")
  t0=$(ms_now)
  # exec: $! must be newsdesk-cli itself, not a subshell that would die leaving it running.
  (exec env "${SYNC_ENV[@]}" "$CLI" --db "$STORE" "${args[@]}") >"$WORK/trial-$trial.log" 2>&1 &
  BG_PID=$!
  sleep "$(printf '0.%03d' "$delay")"
  outcome=finished
  if kill -9 "$BG_PID" 2>/dev/null; then
    outcome=killed
  fi
  rc=0
  wait "$BG_PID" 2>/dev/null || rc=$?
  BG_PID=
  if command -v pgrep >/dev/null && pgrep -f -- "--db $STORE sync" >/dev/null; then
    fail "trial $trial: a sync is still running after the kill"
  fi
  # The kill may have raced with a normal exit.
  [[ $outcome == killed && $rc -ne 137 ]] && outcome="finished"
  if [[ $outcome == killed ]]; then KILLED=$((KILLED + 1)); else FINISHED=$((FINISHED + 1)); fi
  where=
  if [[ $outcome == killed ]]; then
    where=$(landed "$WORK/trial-$trial.log")
    LANDED[$where]=$(( ${LANDED[$where]:-0} + 1 ))
  fi
  printf 'trial %2d: %-11s %-8s at %3d ms (ran %3d ms) %-28s%-21s -> %s\n' "$trial" "$mode" \
    "$outcome" "$delay" "$(( $(ms_now) - t0 ))" "${where:+[$where]}" "$changes" "$(status_line)"
done

# ---------------------------------------------------------------------------------------
# Sync to the end: until nothing is open (retries wait for their next attempt).
final_runs=0
while :; do
  final_runs=$((final_runs + 1))
  sync_cli sync >"$WORK/final-$final_runs.log" 2>&1 || true
  state=$(cli --json sync status)
  if (( $(jq '.failed' <<<"$state") > 0 )); then
    cat "$WORK/final-$final_runs.log" >&2
    cli sync status >&2
    fail "operations failed"
  fi
  (( $(jq '.pending + .waiting' <<<"$state") == 0 )) && break
  if (( final_runs >= 30 )); then
    cli sync status >&2
    fail "operations still open after $final_runs syncs"
  fi
  sleep 1
done
echo "kill_trials: $final_runs final sync run(s) -> $(status_line)"
kills=
for where in "${!LANDED[@]}"; do
  kills+="${kills:+, }$where ${LANDED[$where]}"
done
echo "kill_trials: where the kills landed: ${kills:-nowhere}"
# How the operations ended over all runs, killed ones included, from their logs: "reconciled"
# is a create whose answer a kill lost, found on the portal by its marker and adopted.
echo "kill_trials: operations settled: $(cat "$WORK"/trial-*.log "$WORK"/final-*.log \
  | grep -oE 'newsdesk\.sync: operation [0-9]+ [a-z_]+ -> [a-z_]+' | awk '{print $NF}' | sort \
  | uniq -c | awk '{printf "%s%s %s", sep, $2, $1; sep=", "}');" \
  "in flight when killed, recovered as unknown: $(cat "$WORK"/trial-*.log "$WORK"/final-*.log \
  | grep -oE '[0-9]+ operations were in flight' | awk '{s += $1} END {print s + 0}');" \
  "duplicates removed: $(cat "$WORK"/trial-*.log "$WORK"/final-*.log | grep -c 'removed duplicate' || true)"

# ---------------------------------------------------------------------------------------
# The portal.
problems=0
complain() { echo "kill_trials: PROBLEM: $*" >&2; problems=$((problems + 1)); }
declare -A SOURCE_URL
for sha in "${PHOTO_SHAS[@]}"; do
  marker="newsdesk-media-$sha"
  items=$(admin_get /wp/v2/media "search=$marker&per_page=100" \
    | jq --arg m "$marker" '[.[] | select(.description.raw | contains($m))]')
  n=$(jq length <<<"$items")
  (( n == 1 )) || complain "photo ${sha:0:12}: $n media items carry its marker (ids $(jq -c '[.[].id]' <<<"$items"))"
  SOURCE_URL[$sha]=$(jq -r '.[0].source_url // empty' <<<"$items")
done
posts_total=0
photos_shown=0
for uuid in "${UUIDS[@]}"; do
  n=${NUMBER[$uuid]}
  marker="newsdesk-post-$uuid"
  posts=$(admin_get /wp/v2/posts \
    "search=$marker&status=publish,future,draft,pending,private,trash&per_page=100" \
    | jq --arg m "$marker" '[.[] | select(.content.raw | contains($m))]')
  count=$(jq length <<<"$posts")
  posts_total=$((posts_total + count))
  if (( count != 1 )); then
    complain "article $n: $count posts carry its marker $(jq -c '[.[] | {id, status}]' <<<"$posts")"
    continue
  fi
  status=$(jq -r '.[0].status' <<<"$posts")
  content=$(jq -r '.[0].content.raw' <<<"$posts")
  [[ $status == publish ]] || complain "article $n: status $status on the portal, expected publish"
  [[ $content != *newsdesk-media:* ]] || complain "article $n: a local photo URL reached the portal"
  expected=${EDITS[$uuid]:-"Đoạn cuối của bài số $n."}
  [[ $content == *"$expected"* ]] || complain "article $n: '$expected' is not on the portal"
  if [[ -n ${PHOTO_OF[$uuid]:-} ]]; then
    url=${SOURCE_URL[${PHOTO_OF[$uuid]}]:-}
    if [[ -n $url && $content == *"src=\"$url\""* ]]; then
      photos_shown=$((photos_shown + 1))
    else
      complain "article $n: its photo (${url:-not on the portal}) is not in its post"
    fi
  fi
done
echo "kill_trials: $TRIALS trials ($KILLED killed, $FINISHED finished first);" \
  "${#UUIDS[@]} articles -> $posts_total posts; ${#PHOTO_SHAS[@]} photos, $photos_shown shown;" \
  "${#EDITS[@]} articles edited; $((SECONDS - START)) s"
(( problems == 0 )) || fail "$problems problem(s) on the portal"
echo "kill_trials: OK"
