#!/usr/bin/env bash
# Checks that the WordPress started by start.sh is usable by the integration tests:
#   selftest.sh ENV_FILE        (DIR/env written by start.sh)
# - the REST index is JSON, lists application-passwords auth and the site time zone;
# - GET users/me?context=edit with each role's application password answers that role and its
#   capabilities (editor and author may publish_posts, contributor may not);
# - a wrong application password answers 401;
# - a contributor POST with status=publish answers 403 rest_cannot_publish, while
#   status=pending is accepted;
# - an author creates and publishes a post, uploads a PNG, and both are deleted again;
# - wp-cron.php answers 200 (tests run due cron events through it).
# Needs curl and jq.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1" ]]; then
  echo "usage: $0 ENV_FILE (the env file written by start.sh; is the wordpress_start fixture up?)" >&2
  exit 2
fi
# shellcheck source=/dev/null
source "$1"
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "selftest: $tool is missing (scripts/setup.sh --test)" >&2; exit 1; }
done

WORK=$(mktemp -d)
failures=0
created_posts=()   # "role id"
created_media=()   # "role id"

log() { echo "selftest: $*"; }
pass() { echo "  ok   $*"; }
fail() {
  echo "  FAIL $*" >&2
  failures=$((failures + 1))
}

# req ROLE METHOD ROUTE [curl args...]: body in $WORK/body, headers in $WORK/headers; prints
# the HTTP status. ROLE "anonymous" sends no credentials, "wrong" a wrong app password.
req() {
  local role=$1 method=$2 route=$3 user password auth=()
  shift 3
  case "$role" in
    anonymous) ;;
    wrong) auth=(-u "$WP_AUTHOR_USER:${WP_AUTHOR_APP_PASSWORD}x") ;;
    *)
      user=WP_${role^^}_USER
      password=WP_${role^^}_APP_PASSWORD
      auth=(-u "${!user}:${!password}")
      ;;
  esac
  curl -sS --max-time 30 -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' \
    -X "$method" "${auth[@]}" "$@" "$WP_REST$route" || echo "000"
}
is_json() {
  grep -qi '^content-type: application/json' "$WORK/headers" && jq -e . "$WORK/body" >/dev/null 2>&1
}
body_field() { jq -r "$1" "$WORK/body" 2>/dev/null || true; }
brief_body() { head -c 300 "$WORK/body" | tr '\n' ' '; }

cleanup() {
  local entry role id kind
  for entry in ${created_media[@]+"${created_media[@]}"} ${created_posts[@]+"${created_posts[@]}"}; do
    [[ -n "$entry" ]] || continue
    read -r role id kind <<<"$entry"
    req "$role" DELETE "/wp/v2/$kind/$id&force=true" >/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

log "WordPress at $WP_URL"

# --- REST index -------------------------------------------------------------------------------
status=$(req anonymous GET "/")
if [[ $status == 200 ]] && is_json; then
  pass "REST index is JSON"
else
  fail "REST index: HTTP $status, $(brief_body)"
fi
if [[ $(body_field '.authentication | has("application-passwords")') == true ]]; then
  pass "REST index lists application-passwords authentication"
else
  fail "REST index has no application-passwords authentication: $(body_field '.authentication')"
fi
if [[ $(body_field '.namespaces | index("wp/v2") != null') == true ]]; then
  pass "REST index lists wp/v2"
else
  fail "REST index lacks the wp/v2 namespace"
fi
if [[ $(body_field '.timezone_string') == Asia/Ho_Chi_Minh && $(body_field '.gmt_offset') == 7 ]]; then
  pass "site time zone is Asia/Ho_Chi_Minh (+7)"
else
  fail "site time zone: $(body_field '.timezone_string') $(body_field '.gmt_offset')"
fi

# WP-Cron is not spawned by page loads (DISABLE_WP_CRON); tests run due events by asking for it.
status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' "$WP_URL/wp-cron.php" || echo 000)
if [[ $status == 200 ]]; then
  pass "wp-cron.php answers 200"
else
  fail "wp-cron.php: HTTP $status"
fi

# --- Each role's application password --------------------------------------------------------
for role in administrator editor author contributor; do
  status=$(req "$role" GET "/wp/v2/users/me&context=edit")
  if [[ $status != 200 ]] || ! is_json; then
    fail "users/me as $role: HTTP $status, $(brief_body)"
    continue
  fi
  roles=$(body_field '.roles | join(",")')
  publish=$(body_field '.capabilities.publish_posts // false')
  edit=$(body_field '.capabilities.edit_posts // false')
  upload=$(body_field '.capabilities.upload_files // false')
  case "$role" in
    contributor) want_publish=false want_upload=false ;;
    *) want_publish=true want_upload=true ;;
  esac
  if [[ $roles == "$role" && $publish == "$want_publish" && $edit == true && $upload == "$want_upload" ]]; then
    pass "users/me as $role: roles=$roles publish_posts=$publish upload_files=$upload"
  else
    fail "users/me as $role: roles=$roles publish_posts=$publish (want $want_publish)" \
      "edit_posts=$edit upload_files=$upload (want $want_upload)"
  fi
done

status=$(req wrong GET "/wp/v2/users/me&context=edit")
if [[ $status == 401 ]] && is_json; then
  pass "a wrong application password answers 401 ($(body_field .code))"
else
  fail "wrong application password: HTTP $status, $(brief_body)"
fi
status=$(req anonymous GET "/wp/v2/users/me&context=edit")
if [[ $status == 401 ]]; then
  pass "no credentials answer 401 ($(body_field .code))"
else
  fail "no credentials: HTTP $status, $(brief_body)"
fi

# --- Contributor cannot publish, may submit for review ----------------------------------------
status=$(req contributor POST "/wp/v2/posts" -H 'Content-Type: application/json' \
  --data '{"title":"Contributor publish","content":"x","status":"publish"}')
if [[ $status == 403 && $(body_field .code) == rest_cannot_publish ]]; then
  pass "contributor status=publish answers 403 rest_cannot_publish"
else
  fail "contributor status=publish: HTTP $status, $(brief_body)"
  id=$(body_field '.id // empty')
  [[ -n "$id" ]] && created_posts+=("administrator $id posts")
fi
status=$(req contributor POST "/wp/v2/posts" -H 'Content-Type: application/json' \
  --data '{"title":"Contributor pending","content":"x","status":"pending"}')
id=$(body_field '.id // empty')
[[ -n "$id" ]] && created_posts+=("administrator $id posts")
if [[ $status == 201 && $(body_field .status) == pending ]]; then
  pass "contributor status=pending answers 201 pending"
else
  fail "contributor status=pending: HTTP $status, $(brief_body)"
fi

# --- Author publishes a post and uploads a PNG, then deletes both -----------------------------
title="Newsdesk harness $(date +%s) Sài Gòn"
status=$(req author POST "/wp/v2/posts" -H 'Content-Type: application/json' \
  --data "$(jq -nc --arg t "$title" '{title:$t, content:"<p>Xin chào</p>", status:"publish"}')")
post_id=$(body_field '.id // empty')
[[ -n "$post_id" ]] && created_posts+=("author $post_id posts")
if [[ $status == 201 && $(body_field .status) == publish && $(body_field .title.raw) == "$title" ]]; then
  pass "author created and published post $post_id"
else
  fail "author publish: HTTP $status, $(brief_body)"
fi
if [[ -n "$post_id" ]]; then
  status=$(req anonymous GET "/wp/v2/posts/$post_id")
  if [[ $status == 200 && $(body_field .status) == publish ]]; then
    pass "the published post is public"
  else
    fail "reading the published post anonymously: HTTP $status, $(brief_body)"
  fi
fi

# A 1x1 PNG.
base64 -d >"$WORK/pixel.png" <<<'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
status=$(req author POST "/wp/v2/media" -H 'Content-Type: image/png' \
  -H 'Content-Disposition: attachment; filename="newsdesk-pixel.png"' --data-binary "@$WORK/pixel.png")
media_id=$(body_field '.id // empty')
[[ -n "$media_id" ]] && created_media+=("author $media_id media")
source_url=$(body_field '.source_url // empty')
if [[ $status == 201 && $(body_field .mime_type) == image/png && -n "$source_url" ]]; then
  pass "author uploaded media $media_id"
  if curl -sS --max-time 30 -o "$WORK/fetched.png" "$source_url" && cmp -s "$WORK/pixel.png" "$WORK/fetched.png"; then
    pass "the uploaded file is served at its source_url"
  else
    fail "fetching $source_url did not return the uploaded bytes"
  fi
else
  fail "author media upload: HTTP $status, $(brief_body)"
fi

if [[ -n "$media_id" ]]; then
  status=$(req author DELETE "/wp/v2/media/$media_id&force=true")
  if [[ $status == 200 && $(body_field .deleted) == true ]]; then
    created_media=()
    pass "author deleted media $media_id"
  else
    fail "deleting media $media_id: HTTP $status, $(brief_body)"
  fi
fi
if [[ -n "$post_id" ]]; then
  status=$(req author DELETE "/wp/v2/posts/$post_id&force=true")
  if [[ $status == 200 && $(body_field .deleted) == true ]]; then
    pass "author deleted post $post_id"
    created_posts=("${created_posts[@]/"author $post_id posts"}")
    status=$(req author GET "/wp/v2/posts/$post_id")
    if [[ $status == 404 ]]; then
      pass "the deleted post answers 404"
    else
      fail "the deleted post answers HTTP $status"
    fi
  else
    fail "deleting post $post_id: HTTP $status, $(brief_body)"
  fi
fi

if [[ $failures -gt 0 ]]; then
  echo "selftest: $failures check(s) failed; last server log lines:" >&2
  for file in "${WP_LOG_DIR:-/nonexistent}"/php.log "${WP_LOG_DIR:-/nonexistent}"/wp-debug.log; do
    [[ -s "$file" ]] && { echo "----- $file -----" >&2; tail -n 20 "$file" >&2; }
  done
  exit 1
fi
log "all checks passed"
