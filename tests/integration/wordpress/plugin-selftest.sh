#!/usr/bin/env bash
# Checks the companion plugin "Newsdesk Bridge" (packaging/wordpress/newsdesk-bridge,
# docs/COMPANION-PLUGIN.md) on a WordPress started with it:
#   NEWSDESK_WP_COMPANION=1 tests/integration/wordpress/start.sh DIR
#   tests/integration/wordpress/plugin-selftest.sh DIR      (or DIR/env)
# As the editor (application password) unless said otherwise:
# - the REST index lists newsdesk/v1; GET /newsdesk/v1/info answers the plugin, version and
#   features (and 401 without credentials);
# - a create with meta.newsdesk_uuid answers 201; the same uuid again (also in upper case)
#   answers 409 newsdesk_duplicate with the existing id and creates nothing; an invalid uuid
#   answers 400 and creates nothing; two creates with one uuid sent at once make one post;
# - GET /wp/v2/posts?newsdesk_uuid=<uuid>&status=...&context=edit finds exactly that post;
# - a contributor's create with a uuid works (pending) and its retry answers 409 with its id;
# - newsdesk_review_log round trip (Vietnamese, quotes, backslashes, new lines), hidden from
#   anonymous readers of the published post; bad values answer 400 and change nothing;
# - base check (header X-Newsdesk-Base-Modified): the current modified_gmt -> 200, a stale one
#   -> 409 newsdesk_stale_base with the current modified_gmt and nothing changed, even within
#   the same second (modified_gmt moves on with every update); a malformed header -> 400;
# - a post in the trash does not hold its uuid: a new create with it answers 201;
# - neither php.log nor wp-debug.log holds a PHP notice, warning or error.
# Everything created is deleted again, also when a check fails. Exits non-zero on any failure.
# Needs curl and jq.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DIR (a WordPress started with NEWSDESK_WP_COMPANION=1 start.sh DIR)" >&2
  exit 2
fi
ENV_FILE=$1
[[ -d "$ENV_FILE" ]] && ENV_FILE=$ENV_FILE/env
if [[ ! -f "$ENV_FILE" ]]; then
  echo "plugin-selftest: $ENV_FILE does not exist; is the WordPress running (start.sh DIR)?" >&2
  exit 2
fi
# shellcheck source=/dev/null
source "$ENV_FILE"
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "plugin-selftest: $tool is missing (scripts/setup.sh --test)" >&2; exit 1; }
done
if [[ ${WP_COMPANION:-} != 1 ]]; then
  echo "plugin-selftest: $ENV_FILE has no WP_COMPANION=1; start WordPress with" \
    "NEWSDESK_WP_COMPANION=1 tests/integration/wordpress/start.sh DIR" >&2
  exit 1
fi

WORK=$(mktemp -d)
failures=0
created_posts=()   # post ids, deleted by the administrator at the end
ALL_STATUSES=draft,pending,future,publish,private
log_marks=()       # "file size" before the checks, for the log check at the end
for file in "$WP_LOG_DIR/php.log" "$WP_LOG_DIR/wp-debug.log"; do
  log_marks+=("$file $(stat -c %s "$file" 2>/dev/null || echo 0)")
done

log() { echo "plugin-selftest: $*"; }
pass() { echo "  ok   $*"; }
fail() {
  echo "  FAIL $*" >&2
  failures=$((failures + 1))
}

# req ROLE METHOD ROUTE [curl args...]: body in $WORK/body, headers in $WORK/headers; prints
# the HTTP status. ROLE "anonymous" sends no credentials.
req() {
  local role=$1 method=$2 route=$3 user password auth=()
  shift 3
  if [[ $role != anonymous ]]; then
    user=WP_${role^^}_USER
    password=WP_${role^^}_APP_PASSWORD
    auth=(-u "${!user}:${!password}")
  fi
  curl -sS --max-time 30 -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' \
    -X "$method" "${auth[@]}" "$@" "$WP_REST$route" || echo "000"
}
# json ROLE METHOD ROUTE JSON [curl args...]
json() {
  local role=$1 method=$2 route=$3 data=$4
  shift 4
  req "$role" "$method" "$route" -H 'Content-Type: application/json' --data "$data" "$@"
}
body_field() { jq -r "$1" "$WORK/body" 2>/dev/null || true; }
brief_body() { head -c 400 "$WORK/body" | tr '\n' ' '; }
new_uuid() { cat /proc/sys/kernel/random/uuid; }
remember() { [[ -n "${1:-}" && "$1" =~ ^[0-9]+$ ]] && created_posts+=("$1"); return 0; }
# ids_with_uuid UUID: the ids the editor finds with ?newsdesk_uuid=, sorted, space-separated.
ids_with_uuid() {
  local status
  status=$(req editor GET "/wp/v2/posts&newsdesk_uuid=$1&status=$ALL_STATUSES&context=edit&per_page=100")
  [[ $status == 200 ]] || { echo "HTTP-$status"; return 0; }
  jq -r '[.[].id] | sort | map(tostring) | join(" ")' "$WORK/body"
}
# post_state ID: "modified_gmt|title.raw|review_log" as the editor reads it.
post_state() {
  req editor GET "/wp/v2/posts/$1&context=edit" >/dev/null
  jq -r '"\(.modified_gmt)|\(.title.raw)|\(.meta.newsdesk_review_log)"' "$WORK/body" 2>/dev/null || true
}

cleanup() {
  local id
  for id in ${created_posts[@]+"${created_posts[@]}"}; do
    req administrator DELETE "/wp/v2/posts/$id&force=true" >/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

log "WordPress at $WP_URL"

# --- Discovery ----------------------------------------------------------------------------------
status=$(req anonymous GET "/")
if [[ $status == 200 && $(body_field '.namespaces | index("newsdesk/v1") != null') == true ]]; then
  pass "the REST index lists newsdesk/v1"
else
  fail "the REST index lacks newsdesk/v1 (HTTP $status): $(body_field '.namespaces')"
fi
status=$(req editor GET "/newsdesk/v1/info")
want='{"features":["uuid","review-log","base-check"],"plugin":"newsdesk-bridge","version":"1.0.0"}'
if [[ $status == 200 && $(jq -cS . "$WORK/body" 2>/dev/null) == "$want" ]]; then
  pass "GET /newsdesk/v1/info: $(jq -c . "$WORK/body")"
else
  fail "GET /newsdesk/v1/info: HTTP $status, $(brief_body)"
fi
status=$(req anonymous GET "/newsdesk/v1/info")
if [[ $status == 401 ]]; then
  pass "/newsdesk/v1/info without credentials answers 401 ($(body_field .code))"
else
  fail "/newsdesk/v1/info without credentials: HTTP $status, $(brief_body)"
fi

# --- Exactly-once creates ------------------------------------------------------------------------
uuid=$(new_uuid)
title="Newsdesk bridge $(date +%s) Đà Nẵng"
status=$(json editor POST "/wp/v2/posts" \
  "$(jq -nc --arg t "$title" --arg u "$uuid" '{title:$t, content:"<p>Xin chào</p>", status:"draft", meta:{newsdesk_uuid:$u}}')")
post_id=$(body_field '.id // empty')
remember "$post_id"
if [[ $status == 201 && -n "$post_id" && $(body_field .meta.newsdesk_uuid) == "$uuid" ]]; then
  pass "create with meta.newsdesk_uuid answers 201 (post $post_id, uuid $uuid)"
else
  fail "create with meta.newsdesk_uuid: HTTP $status, $(brief_body)"
fi

status=$(json editor POST "/wp/v2/posts" \
  "$(jq -nc --arg t "$title" --arg u "$uuid" '{title:$t, status:"draft", meta:{newsdesk_uuid:$u}}')")
remember "$(body_field '.id // empty')"
if [[ $status == 409 && $(body_field .code) == newsdesk_duplicate && $(body_field .data.status) == 409 &&
  $(body_field .data.id) == "$post_id" ]]; then
  pass "the same uuid again answers 409 newsdesk_duplicate with id $post_id"
else
  fail "the same uuid again: HTTP $status, $(brief_body)"
fi
status=$(json editor POST "/wp/v2/posts" \
  "$(jq -nc --arg u "${uuid^^}" '{title:"upper", status:"draft", meta:{newsdesk_uuid:$u}}')")
remember "$(body_field '.id // empty')"
if [[ $status == 409 && $(body_field .data.id) == "$post_id" ]]; then
  pass "the same uuid in upper case answers 409 too"
else
  fail "the same uuid in upper case: HTTP $status, $(brief_body)"
fi

found=$(ids_with_uuid "$uuid")
if [[ $found == "$post_id" && $(grep -i '^x-wp-total:' "$WORK/headers" | tr -d '\r' | awk '{print $2}') == 1 ]]; then
  pass "?newsdesk_uuid=$uuid&status=$ALL_STATUSES finds exactly post $post_id"
else
  fail "?newsdesk_uuid= found [$found], want [$post_id]"
fi
found=$(ids_with_uuid "$(new_uuid)")
if [[ -z $found ]]; then
  pass "?newsdesk_uuid= with an unknown uuid finds nothing"
else
  fail "?newsdesk_uuid= with an unknown uuid found [$found]"
fi
status=$(req editor GET "/wp/v2/posts&newsdesk_uuid=not-a-uuid&context=edit")
if [[ $status == 400 && $(body_field .code) == rest_invalid_param ]]; then
  pass "?newsdesk_uuid=not-a-uuid answers 400 rest_invalid_param"
else
  fail "?newsdesk_uuid=not-a-uuid: HTTP $status, $(brief_body)"
fi

bad_title="Newsdesk bridge bad uuid $(date +%s%N)"
status=$(json editor POST "/wp/v2/posts" \
  "$(jq -nc --arg t "$bad_title" '{title:$t, status:"draft", meta:{newsdesk_uuid:"12345"}}')")
remember "$(body_field '.id // empty')"
req editor GET "/wp/v2/posts&search=$(jq -rn --arg t "$bad_title" '$t|@uri')&status=$ALL_STATUSES&context=edit" >/dev/null
if [[ $status == 400 && $(body_field 'length') == 0 ]]; then
  pass "an invalid uuid answers 400 and creates nothing"
else
  fail "an invalid uuid: HTTP $status; posts found afterwards: $(brief_body)"
fi

# Two creates with one uuid at the same moment (a silent re-send while the first still runs).
race_uuid=$(new_uuid)
race_data=$(jq -nc --arg u "$race_uuid" '{title:"Newsdesk bridge race", status:"draft", meta:{newsdesk_uuid:$u}}')
for n in 1 2; do
  curl -sS --max-time 30 -o "$WORK/race$n" -w '%{http_code}' -u "$WP_EDITOR_USER:$WP_EDITOR_APP_PASSWORD" \
    -H 'Content-Type: application/json' --data "$race_data" "$WP_REST/wp/v2/posts" >"$WORK/race$n.status" &
done
wait
race_found=$(ids_with_uuid "$race_uuid")
for id in $race_found; do remember "$id"; done
race_statuses=$(sort "$WORK/race1.status" "$WORK/race2.status" | tr '\n' ' ')
if [[ $race_statuses == "201 409 " && $race_found =~ ^[0-9]+$ ]]; then
  pass "two creates with one uuid sent at once: 201 and 409, one post ($race_found)"
else
  fail "two creates with one uuid sent at once: HTTP $race_statuses, posts [$race_found]"
fi

# --- A contributor -------------------------------------------------------------------------------
c_uuid=$(new_uuid)
c_data=$(jq -nc --arg u "$c_uuid" '{title:"Newsdesk bridge contributor", status:"pending", meta:{newsdesk_uuid:$u}}')
status=$(json contributor POST "/wp/v2/posts" "$c_data")
c_id=$(body_field '.id // empty')
remember "$c_id"
if [[ $status == 201 && $(body_field .status) == pending && $(body_field .meta.newsdesk_uuid) == "$c_uuid" ]]; then
  pass "a contributor's create with a uuid answers 201 pending (post $c_id)"
else
  fail "a contributor's create with a uuid: HTTP $status, $(brief_body)"
fi
status=$(json contributor POST "/wp/v2/posts" "$c_data")
remember "$(body_field '.id // empty')"
if [[ $status == 409 && $(body_field .data.id) == "$c_id" ]]; then
  pass "the contributor's retry answers 409 with their post's id"
else
  fail "the contributor's retry: HTTP $status, $(brief_body)"
fi
found=$(ids_with_uuid "$c_uuid")
if [[ $found == "$c_id" ]]; then
  pass "the editor finds the contributor's post by its uuid"
else
  fail "the editor looking for the contributor's uuid found [$found], want [$c_id]"
fi

# --- Review log --------------------------------------------------------------------------------
review_log=$(jq -nc '[
  {action:"submit", note:"", actor:"Lan", at:"2026-01-02T03:04:05Z", content_hash:"ab12"},
  {action:"request_changes", note:"Sửa tít: \"Hà Nội\" → Hà Nội\\n2 dòng\nC:\\\\tmp <b>", actor:"Nguyễn Văn A",
   at:"2026-01-02T03:05:06.789Z", content_hash:"cd34", anchor_start:12}]')
if [[ -n "$post_id" ]]; then
  status=$(json editor POST "/wp/v2/posts/$post_id" "$(jq -nc --arg l "$review_log" '{meta:{newsdesk_review_log:$l}}')")
  stored=$(body_field .meta.newsdesk_review_log)
  want=$(jq -cS . <<<"$review_log")
  if [[ $status == 200 && $(jq -cS . <<<"$stored" 2>/dev/null) == "$want" ]]; then
    pass "review_log written (200) and answered back equal"
  else
    fail "writing review_log: HTTP $status, $(brief_body)"
  fi
  req editor GET "/wp/v2/posts/$post_id&context=edit" >/dev/null
  if [[ $(body_field .meta.newsdesk_review_log | jq -cS . 2>/dev/null) == "$want" ]]; then
    pass "review_log read back equal (Vietnamese, quotes, backslashes, new lines, extra field)"
  else
    fail "review_log read back: $(body_field .meta.newsdesk_review_log)"
  fi

  before=$(post_state "$post_id")
  bad_values=(
    'not json'
    '{"action":"x"}'
    '[{"action":"submit","note":"","actor":"Lan","at":"2026-01-02T03:04:05Z"}]'
    '[{"action":"submit","note":5,"actor":"Lan","at":"2026-01-02T03:04:05Z","content_hash":""}]'
    '[{"action":"submit","note":"","actor":"Lan","at":"yesterday","content_hash":""}]'
    '["submit"]'
  )
  for bad in "${bad_values[@]}"; do
    status=$(json editor POST "/wp/v2/posts/$post_id" "$(jq -nc --arg l "$bad" '{title:"changed", meta:{newsdesk_review_log:$l}}')")
    if [[ $status == 400 && $(body_field .code) == newsdesk_invalid_review_log ]]; then
      pass "bad review_log $bad: 400 ($(body_field .message))"
    else
      fail "bad review_log $bad: HTTP $status, $(brief_body)"
    fi
  done
  too_many=$(jq -nc '[range(501) | {action:"note", note:"", actor:"a", at:"2026-01-02T03:04:05Z", content_hash:""}]')
  status=$(json editor POST "/wp/v2/posts/$post_id" "$(jq -nc --arg l "$too_many" '{meta:{newsdesk_review_log:$l}}')")
  if [[ $status == 400 && $(body_field .code) == newsdesk_review_log_too_large ]]; then
    pass "review_log with 501 entries: 400 ($(body_field .message))"
  else
    fail "review_log with 501 entries: HTTP $status, $(brief_body)"
  fi
  # (Built inside jq: 270 KB is too long for one command-line argument.)
  jq -nc '{meta:{newsdesk_review_log:([{action:"note", note:("x" * 270000), actor:"a",
    at:"2026-01-02T03:04:05Z", content_hash:""}] | tojson)}}' >"$WORK/too_big.json"
  status=$(req editor POST "/wp/v2/posts/$post_id" -H 'Content-Type: application/json' --data-binary "@$WORK/too_big.json")
  if [[ $status == 400 && $(body_field .code) == newsdesk_review_log_too_large ]]; then
    pass "review_log over 256 KiB: 400 ($(body_field .message))"
  else
    fail "review_log over 256 KiB: HTTP $status, $(brief_body)"
  fi
  after=$(post_state "$post_id")
  if [[ $after == "$before" ]]; then
    pass "the refused writes changed nothing (modified_gmt, title, review_log)"
  else
    fail "the refused writes changed the post: before [$before] after [$after]"
  fi
fi
bad_uuid=$(new_uuid)
status=$(json editor POST "/wp/v2/posts" \
  "$(jq -nc --arg u "$bad_uuid" '{title:"bad log", status:"draft", meta:{newsdesk_uuid:$u, newsdesk_review_log:"[1]"}}')")
remember "$(body_field '.id // empty')"
found=$(ids_with_uuid "$bad_uuid")
if [[ $status == 400 && -z $found ]]; then
  pass "a create with a bad review_log answers 400 and creates nothing"
else
  fail "a create with a bad review_log: HTTP $status, posts [$found]"
fi

# Editorial notes are not for readers: a published post's meta hides them from anonymous reads.
pub_uuid=$(new_uuid)
status=$(json editor POST "/wp/v2/posts" "$(jq -nc --arg u "$pub_uuid" --arg l "$review_log" \
  '{title:"Newsdesk bridge published", status:"publish", meta:{newsdesk_uuid:$u, newsdesk_review_log:$l}}')")
pub_id=$(body_field '.id // empty')
remember "$pub_id"
if [[ $status == 201 && -n "$pub_id" ]]; then
  status=$(req anonymous GET "/wp/v2/posts/$pub_id")
  if [[ $status == 200 && $(body_field '.meta | type == "object" and (has("newsdesk_review_log") or has("newsdesk_uuid"))') == false ]]; then
    pass "anonymous readers of a published post see neither newsdesk_review_log nor newsdesk_uuid"
  else
    fail "anonymous read of published post $pub_id: HTTP $status, meta $(jq -c .meta "$WORK/body" 2>/dev/null)"
  fi
  status=$(req anonymous GET "/wp/v2/posts/$pub_id&context=edit")
  if [[ $status == 401 ]]; then
    pass "anonymous context=edit answers 401"
  else
    fail "anonymous context=edit: HTTP $status"
  fi
else
  fail "publishing a post with a review_log: HTTP $status, $(brief_body)"
fi

# --- Base check (X-Newsdesk-Base-Modified) -------------------------------------------------------
if [[ -n "$post_id" ]]; then
  req editor GET "/wp/v2/posts/$post_id&context=edit" >/dev/null
  base=$(body_field .modified_gmt)
  if [[ $base =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$ ]]; then
    pass "modified_gmt looks like $base (Y-m-d\\TH:i:s, no zone)"
  else
    fail "modified_gmt has an unexpected form: $base"
  fi
  status=$(json editor POST "/wp/v2/posts/$post_id" '{"title":"Base check 1"}' -H "X-Newsdesk-Base-Modified: $base")
  base1=$(body_field .modified_gmt)
  if [[ $status == 200 && $(body_field .title.raw) == "Base check 1" && $base1 > "$base" ]]; then
    pass "update with the current modified_gmt: 200, modified_gmt $base -> $base1"
  else
    fail "update with the current modified_gmt: HTTP $status, $(brief_body)"
  fi
  # At once, so usually within the same second: modified_gmt must still move on, or the next
  # check could not tell the versions apart.
  status=$(json editor PUT "/wp/v2/posts/$post_id" '{"title":"Base check 2"}' -H "X-Newsdesk-Base-Modified: $base1")
  base2=$(body_field .modified_gmt)
  if [[ $status == 200 && $(body_field .title.raw) == "Base check 2" && $base2 > "$base1" ]]; then
    pass "an update right after it, with its modified_gmt: 200, modified_gmt $base1 -> $base2"
  else
    fail "an update right after it: HTTP $status, modified_gmt $base1 -> $base2, $(brief_body)"
  fi
  before=$(post_state "$post_id")
  status=$(json editor PATCH "/wp/v2/posts/$post_id" '{"title":"Base check 3"}' -H "X-Newsdesk-Base-Modified: $base1")
  if [[ $status == 409 && $(body_field .code) == newsdesk_stale_base && $(body_field .data.status) == 409 &&
    $(body_field .data.modified_gmt) == "$base2" ]]; then
    pass "update with a stale modified_gmt ($base1): 409 newsdesk_stale_base, data.modified_gmt $base2"
  else
    fail "update with a stale modified_gmt: HTTP $status, $(brief_body)"
  fi
  status=$(json editor PATCH "/wp/v2/posts/$post_id" \
    "$(jq -nc --arg l '[]' '{meta:{newsdesk_review_log:$l}}')" -H "X-Newsdesk-Base-Modified: $base")
  if [[ $status == 409 && $(body_field .code) == newsdesk_stale_base ]]; then
    pass "a meta-only update (PATCH) with a stale base: 409 too"
  else
    fail "a meta-only update with a stale base: HTTP $status, $(brief_body)"
  fi
  after=$(post_state "$post_id")
  if [[ $after == "$before" && $after == *"|Base check 2|"* ]]; then
    pass "the refused updates changed nothing"
  else
    fail "the refused updates changed the post: before [$before] after [$after]"
  fi
  status=$(json editor POST "/wp/v2/posts/$post_id" '{"title":"Base check 4"}' -H "X-Newsdesk-Base-Modified: yesterday")
  if [[ $status == 400 && $(body_field .code) == newsdesk_invalid_base ]]; then
    pass "a malformed X-Newsdesk-Base-Modified: 400 newsdesk_invalid_base"
  else
    fail "a malformed X-Newsdesk-Base-Modified: HTTP $status, $(brief_body)"
  fi
  status=$(json editor POST "/wp/v2/posts/$post_id" '{"title":"Base check 5"}' -H "X-Newsdesk-Base-Modified: ${base2}Z")
  if [[ $status == 200 && $(body_field .title.raw) == "Base check 5" ]]; then
    pass "the current modified_gmt with a trailing Z is accepted too"
  else
    fail "the current modified_gmt with a trailing Z: HTTP $status, $(brief_body)"
  fi
  status=$(json editor POST "/wp/v2/posts/$post_id" '{"title":"Base check 6"}')
  if [[ $status == 200 ]]; then
    pass "an update without the header is not checked (200)"
  else
    fail "an update without the header: HTTP $status, $(brief_body)"
  fi
fi

# --- A post in the trash does not count --------------------------------------------------------
if [[ -n "$post_id" ]]; then
  status=$(req editor DELETE "/wp/v2/posts/$post_id")
  if [[ $status == 200 && $(body_field .status) == trash ]]; then
    status=$(json editor POST "/wp/v2/posts" \
      "$(jq -nc --arg u "$uuid" '{title:"Newsdesk bridge again", status:"draft", meta:{newsdesk_uuid:$u}}')")
    again_id=$(body_field '.id // empty')
    remember "$again_id"
    if [[ $status == 201 && -n "$again_id" && $again_id != "$post_id" ]]; then
      pass "with post $post_id in the trash, its uuid creates a new post ($again_id)"
    else
      fail "creating with the uuid of a trashed post: HTTP $status, $(brief_body)"
    fi
  else
    fail "trashing post $post_id: HTTP $status, $(brief_body)"
  fi
fi

# --- No PHP notices ------------------------------------------------------------------------------
for mark in "${log_marks[@]}"; do
  read -r file size <<<"$mark"
  [[ -f "$file" ]] || continue
  if tail -c +"$((size + 1))" "$file" | grep -E 'PHP (Notice|Warning|Deprecated|Fatal|Parse)|newsdesk-bridge' >"$WORK/notices"; then
    fail "$(basename "$file") has PHP messages: $(head -n 5 "$WORK/notices")"
  else
    pass "no PHP notices, warnings or errors in $(basename "$file")"
  fi
done

if [[ $failures -gt 0 ]]; then
  echo "plugin-selftest: $failures check(s) failed; last server log lines:" >&2
  for file in "$WP_LOG_DIR/php.log" "$WP_LOG_DIR/wp-debug.log"; do
    [[ -s "$file" ]] && { echo "----- $file -----" >&2; tail -n 20 "$file" >&2; }
  done
  exit 1
fi
log "all checks passed"
