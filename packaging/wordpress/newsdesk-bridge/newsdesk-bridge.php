<?php
/**
 * Plugin Name:       Newsdesk Bridge
 * Plugin URI:        https://github.com/newsdesk/newsdesk
 * Description:       Optional companion for the Newsdesk desktop editor: exactly-once creates (a client uuid per post, 409 on a duplicate), review notes that travel with the post, and a conflict check on updates (409 when the post changed since the client last saw it). REST namespace newsdesk/v1.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Newsdesk
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       newsdesk-bridge
 *
 * Works as a must-use plugin (copy this one file into wp-content/mu-plugins/) or as a normal
 * plugin (the folder newsdesk-bridge/ in wp-content/plugins/, then activate it). No
 * dependencies, no settings, no database tables; the data lives in two post meta fields.
 * See docs/COMPANION-PLUGIN.md in the Newsdesk sources for the REST contract.
 *
 * REST contract (posts only, post type "post"):
 * - GET /newsdesk/v1/info (users who can edit_posts):
 *     {"plugin":"newsdesk-bridge","version":"1.0.0","features":["uuid","review-log","base-check"]}
 * - meta.newsdesk_uuid: a UUID (8-4-4-4-12 hex digits, stored lower case). A create
 *   (POST /wp/v2/posts) whose meta.newsdesk_uuid is already carried by a post in any status
 *   except trash answers 409 {"code":"newsdesk_duplicate", ..., "data":{"status":409,"id":N}}
 *   and creates nothing. GET /wp/v2/posts?newsdesk_uuid=<uuid> lists the posts carrying it.
 * - meta.newsdesk_review_log: a string holding a JSON array of objects
 *   {action, note, actor, at, content_hash} (at most 500 entries and 256 KiB); anything else
 *   answers 400 before the post is touched.
 * - Header X-Newsdesk-Base-Modified: <modified_gmt as the client last read it> on
 *   POST/PUT/PATCH /wp/v2/posts/<id>: when the post's modified_gmt differs, 409
 *   {"code":"newsdesk_stale_base", ..., "data":{"status":409,"modified_gmt":"<current>"}} and
 *   nothing is changed.
 */

if (!defined('ABSPATH')) {
    exit;
}

// Loaded twice (as a must-use plugin and as a normal plugin): the first copy wins. Only the
// constant can tell, and the class is declared inside an if: an unconditional top-level class
// is declared when the file is compiled (so class_exists() is already true on the first load),
// and with OPcache a second copy is a fatal "Cannot declare class" even behind a return.
if (defined('NEWSDESK_BRIDGE_VERSION')) {
    return;
}

define('NEWSDESK_BRIDGE_VERSION', '1.0.0');

if (!class_exists('Newsdesk_Bridge', false)) {
    final class Newsdesk_Bridge
    {
        const REST_NAMESPACE = 'newsdesk/v1';
        const POST_TYPE = 'post';
        const META_UUID = 'newsdesk_uuid';
        const META_REVIEW_LOG = 'newsdesk_review_log';
        const QUERY_PARAM = 'newsdesk_uuid';
        const BASE_HEADER = 'X-Newsdesk-Base-Modified';

        const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
        const REVIEW_LOG_MAX_ENTRIES = 500;
        const REVIEW_LOG_MAX_BYTES = 262144;  // 256 KiB, the JSON text as stored
        const REVIEW_LOG_FIELDS = array('action', 'note', 'actor', 'at', 'content_hash');
        const LOCK_TIMEOUT_SECONDS = 10;

        /** @var string[] MySQL named locks this request holds (released after the REST callback). */
        private static $locks = array();

        public static function boot()
        {
            add_action('init', array(__CLASS__, 'register_meta'));
            add_action('rest_api_init', array(__CLASS__, 'register_routes'));

            // Runs after the route's permission check and argument validation, and BEFORE
            // wp_insert_post()/wp_update_post() (rest_insert_post, despite its name, runs after).
            add_filter('rest_pre_insert_' . self::POST_TYPE, array(__CLASS__, 'pre_insert'), 10, 2);
            add_filter('rest_request_after_callbacks', array(__CLASS__, 'release_locks_filter'), 10, 1);
            add_action('shutdown', array(__CLASS__, 'release_locks'));

            add_filter('rest_' . self::POST_TYPE . '_collection_params', array(__CLASS__, 'collection_params'));
            add_filter('rest_' . self::POST_TYPE . '_query', array(__CLASS__, 'posts_query'), 10, 2);

            // Storage-level guard for callers other than the REST API (update_post_meta() etc.).
            add_filter('add_post_metadata', array(__CLASS__, 'guard_meta_write'), 10, 4);
            add_filter('update_post_metadata', array(__CLASS__, 'guard_meta_write'), 10, 4);

            add_filter('wp_insert_post_data', array(__CLASS__, 'advance_modified'), 10, 4);
            add_filter('rest_allowed_cors_headers', array(__CLASS__, 'cors_headers'));
        }

        // --- Registration ---------------------------------------------------------------------------

        public static function register_meta()
        {
            register_post_meta(self::POST_TYPE, self::META_UUID, array(
                'type' => 'string',
                'description' => __('Newsdesk article uuid: at most one post (not in the trash) carries each uuid.', 'newsdesk-bridge'),
                'single' => true,
                'default' => '',
                'sanitize_callback' => array(__CLASS__, 'sanitize_uuid'),
                'auth_callback' => array(__CLASS__, 'can_edit_meta'),
                'show_in_rest' => array(
                    'schema' => array(
                        'type' => 'string',
                        'context' => array('edit'),
                        // Empty (no uuid) or a uuid.
                        'pattern' => '^$|' . self::UUID_PATTERN,
                        'maxLength' => 36,
                    ),
                ),
            ));
            register_post_meta(self::POST_TYPE, self::META_REVIEW_LOG, array(
                'type' => 'string',
                'description' => __('Newsdesk review notes: a JSON array of {action, note, actor, at, content_hash}.', 'newsdesk-bridge'),
                'single' => true,
                'default' => '[]',
                'sanitize_callback' => array(__CLASS__, 'sanitize_review_log'),
                'auth_callback' => array(__CLASS__, 'can_edit_meta'),
                'show_in_rest' => array(
                    'schema' => array(
                        'type' => 'string',
                        // Editorial notes: never shown to readers of the published post.
                        'context' => array('edit'),
                        'maxLength' => self::REVIEW_LOG_MAX_BYTES,
                    ),
                ),
            ));
        }

        public static function register_routes()
        {
            register_rest_route(self::REST_NAMESPACE, '/info', array(
                array(
                    'methods' => WP_REST_Server::READABLE,
                    'callback' => array(__CLASS__, 'info'),
                    'permission_callback' => array(__CLASS__, 'can_use_info'),
                    'args' => array(),
                ),
                'schema' => array(__CLASS__, 'info_schema'),
            ));
        }

        public static function can_use_info()
        {
            return current_user_can('edit_posts');
        }

        public static function info()
        {
            return rest_ensure_response(array(
                'plugin' => 'newsdesk-bridge',
                'version' => NEWSDESK_BRIDGE_VERSION,
                'features' => array('uuid', 'review-log', 'base-check'),
            ));
        }

        public static function info_schema()
        {
            return array(
                '$schema' => 'http://json-schema.org/draft-04/schema#',
                'title' => 'newsdesk-info',
                'type' => 'object',
                'properties' => array(
                    'plugin' => array('type' => 'string', 'readonly' => true),
                    'version' => array('type' => 'string', 'readonly' => true),
                    'features' => array('type' => 'array', 'items' => array('type' => 'string'), 'readonly' => true),
                ),
            );
        }

        /**
         * auth_callback of both meta fields: whoever may edit the post may write them (a
         * contributor on their own draft or pending post, an editor on any post).
         */
        public static function can_edit_meta($allowed, $meta_key, $object_id, $user_id = 0)
        {
            $object_id = (int) $object_id;
            if ($object_id <= 0) {
                return false;
            }
            return $user_id ? user_can((int) $user_id, 'edit_post', $object_id)
                            : current_user_can('edit_post', $object_id);
        }

        public static function cors_headers($headers)
        {
            $headers[] = self::BASE_HEADER;
            return $headers;
        }

        // --- Validation -----------------------------------------------------------------------------

        /** A uuid in lower case, or null when $value is not a uuid. */
        private static function normalize_uuid($value)
        {
            if (!is_string($value)) {
                return null;
            }
            $value = strtolower(trim($value));
            return wp_is_uuid($value) ? $value : null;
        }

        /** Stored lower case; anything else is passed on unchanged and refused by guard_meta_write. */
        public static function sanitize_uuid($value)
        {
            if ($value === '' || $value === null) {
                return '';
            }
            $uuid = self::normalize_uuid($value);
            return $uuid === null ? $value : $uuid;
        }

        /**
         * The review log re-encoded compactly when valid (so what is stored is exactly what was
         * validated); anything else is passed on unchanged and refused by guard_meta_write.
         */
        public static function sanitize_review_log($value)
        {
            $entries = self::parse_review_log($value);
            if (is_wp_error($entries)) {
                return $value;
            }
            $json = wp_json_encode($entries, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
            return ($json === false || strlen($json) > self::REVIEW_LOG_MAX_BYTES) ? $value : $json;
        }

        /**
         * Parses and checks a review log: a JSON array (at most 500 entries, 256 KiB) of objects
         * with the string fields action (1-64 characters), note, actor (at most 255 characters),
         * at (ISO 8601 UTC: 2024-05-01T09:30:00Z, fractions of a second allowed) and content_hash
         * (at most 128 characters). Further fields are kept when their values are scalars, so a
         * later Newsdesk may add some. Returns the decoded entries or a WP_Error (status 400).
         */
        public static function parse_review_log($value)
        {
            if (!is_string($value)) {
                return self::invalid_review_log(__('it must be a string holding a JSON array.', 'newsdesk-bridge'));
            }
            if (strlen($value) > self::REVIEW_LOG_MAX_BYTES) {
                return new WP_Error(
                    'newsdesk_review_log_too_large',
                    sprintf(
                        /* translators: 1: size in bytes, 2: the limit in bytes */
                        __('The review log is too large: %1$d bytes, at most %2$d are accepted. Archive older notes before adding more.', 'newsdesk-bridge'),
                        strlen($value),
                        self::REVIEW_LOG_MAX_BYTES
                    ),
                    array('status' => 400)
                );
            }
            if (trim($value) === '') {
                return array();
            }
            $entries = json_decode($value, false, 8);
            if (json_last_error() !== JSON_ERROR_NONE) {
                return self::invalid_review_log(sprintf(
                    /* translators: %s: the JSON parser's message */
                    __('it is not valid JSON (%s).', 'newsdesk-bridge'),
                    json_last_error_msg()
                ));
            }
            if (!is_array($entries)) {
                return self::invalid_review_log(__('it must be a JSON array.', 'newsdesk-bridge'));
            }
            if (count($entries) > self::REVIEW_LOG_MAX_ENTRIES) {
                return new WP_Error(
                    'newsdesk_review_log_too_large',
                    sprintf(
                        /* translators: 1: number of entries, 2: the limit */
                        __('The review log has too many entries: %1$d, at most %2$d are accepted. Archive older notes before adding more.', 'newsdesk-bridge'),
                        count($entries),
                        self::REVIEW_LOG_MAX_ENTRIES
                    ),
                    array('status' => 400)
                );
            }
            $limits = array('action' => 64, 'actor' => 255, 'content_hash' => 128);
            foreach ($entries as $index => $entry) {
                if (!($entry instanceof stdClass)) {
                    return self::invalid_review_log(sprintf(
                        /* translators: %d: entry index, from 0 */
                        __('entry %d is not a JSON object.', 'newsdesk-bridge'),
                        $index
                    ));
                }
                foreach (self::REVIEW_LOG_FIELDS as $field) {
                    if (!property_exists($entry, $field) || !is_string($entry->$field)) {
                        return self::invalid_review_log(sprintf(
                            /* translators: 1: entry index, from 0, 2: field name */
                            __('entry %1$d has no string field "%2$s" (each entry needs action, note, actor, at and content_hash).', 'newsdesk-bridge'),
                            $index,
                            $field
                        ));
                    }
                }
                foreach ($limits as $field => $max) {
                    if (mb_strlen($entry->$field, 'UTF-8') > $max) {
                        return self::invalid_review_log(sprintf(
                            /* translators: 1: entry index, 2: field name, 3: maximum length */
                            __('entry %1$d: "%2$s" is longer than %3$d characters.', 'newsdesk-bridge'),
                            $index,
                            $field,
                            $max
                        ));
                    }
                }
                if ($entry->action === '') {
                    return self::invalid_review_log(sprintf(
                        /* translators: %d: entry index, from 0 */
                        __('entry %d: "action" is empty.', 'newsdesk-bridge'),
                        $index
                    ));
                }
                if (!preg_match('/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/D', $entry->at)) {
                    return self::invalid_review_log(sprintf(
                        /* translators: %d: entry index, from 0 */
                        __('entry %d: "at" must be an ISO 8601 UTC time such as 2024-05-01T09:30:00Z.', 'newsdesk-bridge'),
                        $index
                    ));
                }
                foreach (get_object_vars($entry) as $key => $field_value) {
                    if (in_array($key, self::REVIEW_LOG_FIELDS, true)) {
                        continue;
                    }
                    if (strlen((string) $key) > 64 || !(is_scalar($field_value) || $field_value === null)) {
                        return self::invalid_review_log(sprintf(
                            /* translators: 1: entry index, 2: field name */
                            __('entry %1$d: the extra field "%2$s" must have a short name and a string, number, boolean or null value.', 'newsdesk-bridge'),
                            $index,
                            (string) $key
                        ));
                    }
                }
            }
            return $entries;
        }

        private static function invalid_review_log($why)
        {
            return new WP_Error(
                'newsdesk_invalid_review_log',
                /* translators: %s: what is wrong */
                sprintf(__('The review log (meta.newsdesk_review_log) is invalid: %s', 'newsdesk-bridge'), $why),
                array('status' => 400, 'params' => array('meta' => self::META_REVIEW_LOG))
            );
        }

        /** add_post_metadata / update_post_metadata: refuse to store an invalid value. */
        public static function guard_meta_write($check, $object_id, $meta_key, $meta_value)
        {
            if ($meta_key === self::META_UUID) {
                if ($meta_value !== '' && self::normalize_uuid($meta_value) !== $meta_value) {
                    return false;
                }
            } elseif ($meta_key === self::META_REVIEW_LOG) {
                if (is_wp_error(self::parse_review_log($meta_value))) {
                    return false;
                }
            }
            return $check;
        }

        // --- Before a REST create or update -------------------------------------------------------

        /**
         * rest_pre_insert_post: all checks that must happen before anything is written. Returns the
         * prepared post unchanged, or a WP_Error that the posts controller answers as it is.
         */
        public static function pre_insert($prepared_post, $request)
        {
            if (is_wp_error($prepared_post) || !($request instanceof WP_REST_Request)) {
                return $prepared_post;
            }
            // Only the posts routes themselves, not e.g. /wp/v2/posts/<id>/autosaves.
            if (!preg_match('#^/wp/v2/posts(?:/(\d+))?/?$#', (string) $request->get_route(), $route)) {
                return $prepared_post;
            }
            $post_id = isset($prepared_post->ID) ? (int) $prepared_post->ID : 0;
            $meta = $request->get_param('meta');
            $meta = is_array($meta) ? $meta : array();

            // 1. Validate our meta before the post is touched (core validates registered meta only
            //    after wp_insert_post(), so a bad value would otherwise leave a half-made post).
            $uuid = null;
            if (array_key_exists(self::META_UUID, $meta) && $meta[self::META_UUID] !== null
                && $meta[self::META_UUID] !== '') {
                $uuid = self::normalize_uuid($meta[self::META_UUID]);
                if ($uuid === null) {
                    return new WP_Error(
                        'newsdesk_invalid_uuid',
                        __('meta.newsdesk_uuid must be a uuid such as 0f8fad5b-d9cb-469f-a165-70867728950e.', 'newsdesk-bridge'),
                        array('status' => 400, 'params' => array('meta' => self::META_UUID))
                    );
                }
            }
            if (array_key_exists(self::META_REVIEW_LOG, $meta) && $meta[self::META_REVIEW_LOG] !== null) {
                $log = self::parse_review_log($meta[self::META_REVIEW_LOG]);
                if (is_wp_error($log)) {
                    return $log;
                }
            }

            // 2. Updates: the base check (header X-Newsdesk-Base-Modified).
            if ($post_id > 0) {
                $header = $request->get_header(self::BASE_HEADER);
                if ($header !== null) {
                    $stale = self::check_base($post_id, $header);
                    if ($stale !== null) {
                        return $stale;
                    }
                }
            }

            // 3. The uuid must not be carried by another post (creates: exactly once).
            if ($uuid !== null) {
                self::lock('uuid:' . $uuid);
                $existing = self::find_post_by_uuid($uuid, $post_id);
                if ($existing > 0) {
                    self::release_locks();
                    $data = array('status' => 409);
                    // The id only for a caller who may read that post (always their own post, and
                    // any post for an editor); Newsdesk adopts it instead of creating a copy.
                    if (current_user_can('read_post', $existing)) {
                        $data['id'] = $existing;
                    }
                    return new WP_Error(
                        'newsdesk_duplicate',
                        $post_id > 0
                            ? __('Another post already carries this Newsdesk uuid; nothing was changed.', 'newsdesk-bridge')
                            : __('A post with this Newsdesk uuid exists already; no new post was created.', 'newsdesk-bridge'),
                        $data
                    );
                }
            }
            return $prepared_post;
        }

        /**
         * Null when the post's modified_gmt equals the header's value, otherwise the 409 (or a 400
         * for a header that is not a time). Holds a lock on the post until the request is done, so
         * two updates from the same base cannot both pass.
         */
        private static function check_base($post_id, $header)
        {
            $header = trim((string) $header);
            // modified_gmt as the REST API gives it ("Y-m-d\TH:i:s"); a trailing Z or +00:00 is
            // tolerated.
            if (!preg_match('/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(Z|\+00:00)?$/D', $header, $m)) {
                return new WP_Error(
                    'newsdesk_invalid_base',
                    sprintf(
                        /* translators: %s: header name */
                        __('%s must be the post\'s modified_gmt as the REST API gives it, e.g. 2024-05-01T09:30:00.', 'newsdesk-bridge'),
                        self::BASE_HEADER
                    ),
                    array('status' => 400)
                );
            }
            $base = $m[1] . ' ' . $m[2];

            global $wpdb;
            self::lock('post:' . $post_id);
            // From the database, not the object cache: another request may just have changed it.
            $row = $wpdb->get_row($wpdb->prepare(
                "SELECT post_modified, post_modified_gmt FROM {$wpdb->posts} WHERE ID = %d",
                $post_id
            ));
            $current = $row ? $row->post_modified_gmt : null;
            // A draft's GMT times are stored as zeros ("floating"); the REST API then derives
            // modified_gmt from the local time and the site's offset. Do the same, or a draft's
            // base would never match what the client read.
            if ($row && $current === '0000-00-00 00:00:00') {
                $current = gmdate(
                    'Y-m-d H:i:s',
                    strtotime($row->post_modified) - (int) round((float) get_option('gmt_offset') * 3600)
                );
            }
            if (is_string($current) && $current === $base) {
                return null;
            }
            $current_rest = (is_string($current) && $current !== '0000-00-00 00:00:00')
                ? mysql_to_rfc3339($current) : null;
            return new WP_Error(
                'newsdesk_stale_base',
                __('The post was changed on the site since this version was read; nothing was changed. Fetch it again and merge.', 'newsdesk-bridge'),
                array('status' => 409, 'modified_gmt' => $current_rest)
            );
        }

        /** The lowest id of a post (any status but trash) carrying $uuid, other than $except; 0 if none. */
        private static function find_post_by_uuid($uuid, $except = 0)
        {
            global $wpdb;
            // Straight from the database: a sequential retry must see the post the first request
            // made, whatever a persistent object cache holds.
            $id = $wpdb->get_var($wpdb->prepare(
                "SELECT p.ID FROM {$wpdb->posts} p
                   JOIN {$wpdb->postmeta} m ON m.post_id = p.ID
                  WHERE m.meta_key = %s AND m.meta_value = %s AND p.post_type = %s
                    AND p.post_status NOT IN ('trash', 'auto-draft') AND p.ID <> %d
                  ORDER BY p.ID LIMIT 1",
                self::META_UUID,
                $uuid,
                self::POST_TYPE,
                (int) $except
            ));
            return $id ? (int) $id : 0;
        }

        // --- Locks (MySQL/MariaDB GET_LOCK) ---------------------------------------------------------

        /**
         * Takes a named lock for the rest of this request, waiting at most 10 s. Two creates with
         * one uuid (a silent re-send arriving while the first is still running) are serialized:
         * the second sees the first's post and answers 409. Without GET_LOCK (another database)
         * or after the timeout it goes on unlocked: Newsdesk also removes extra copies itself.
         */
        private static function lock($key)
        {
            global $wpdb;
            $name = 'newsdesk_' . md5(DB_NAME . '|' . $wpdb->prefix . '|' . $key);
            if (in_array($name, self::$locks, true)) {
                return;
            }
            $suppress = $wpdb->suppress_errors(true);
            $got = $wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, %d)', $name, self::LOCK_TIMEOUT_SECONDS));
            $wpdb->suppress_errors($suppress);
            if ((string) $got === '1') {
                self::$locks[] = $name;
            }
        }

        public static function release_locks()
        {
            global $wpdb;
            if (!self::$locks || !($wpdb instanceof wpdb)) {
                return;
            }
            $suppress = $wpdb->suppress_errors(true);
            foreach (self::$locks as $name) {
                $wpdb->query($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $name));
            }
            $wpdb->suppress_errors($suppress);
            self::$locks = array();
        }

        /** rest_request_after_callbacks: the post and its meta are written; let the next one in. */
        public static function release_locks_filter($response)
        {
            self::release_locks();
            return $response;
        }

        // --- modified_gmt strictly increasing -------------------------------------------------------

        /**
         * wp_insert_post_data: modified_gmt has one-second resolution, so two updates within one
         * second would leave it unchanged and the base check could not tell them apart. When an
         * update of a post would not advance post_modified_gmt, it is set one second after the
         * stored value (and post_modified likewise).
         */
        public static function advance_modified($data, $postarr, $unsanitized_postarr = array(), $update = false)
        {
            if (!$update || empty($postarr['ID']) || !isset($data['post_type'], $data['post_modified_gmt'])
                || $data['post_type'] !== self::POST_TYPE) {
                return $data;
            }
            global $wpdb;
            $stored = $wpdb->get_var($wpdb->prepare(
                "SELECT post_modified_gmt FROM {$wpdb->posts} WHERE ID = %d",
                (int) $postarr['ID']
            ));
            if (!is_string($stored) || $stored === '0000-00-00 00:00:00' || $data['post_modified_gmt'] > $stored) {
                return $data;
            }
            $stored_time = strtotime($stored . ' UTC');
            if ($stored_time === false) {
                return $data;
            }
            $next = gmdate('Y-m-d H:i:s', $stored_time + 1);
            $data['post_modified_gmt'] = $next;
            $data['post_modified'] = get_date_from_gmt($next);
            return $data;
        }

        // --- GET /wp/v2/posts?newsdesk_uuid=<uuid> --------------------------------------------------

        public static function collection_params($params)
        {
            $params[self::QUERY_PARAM] = array(
                'description' => __('Limit the result to posts carrying this Newsdesk uuid (meta newsdesk_uuid).', 'newsdesk-bridge'),
                'type' => 'string',
                'pattern' => self::UUID_PATTERN,
            );
            return $params;
        }

        public static function posts_query($args, $request)
        {
            if (!($request instanceof WP_REST_Request)) {
                return $args;
            }
            $uuid = self::normalize_uuid($request->get_param(self::QUERY_PARAM));
            if ($uuid === null) {
                return $args;
            }
            $clause = array('key' => self::META_UUID, 'value' => $uuid, 'compare' => '=');
            if (!empty($args['meta_query']) && is_array($args['meta_query'])) {
                $args['meta_query'] = array('relation' => 'AND', $args['meta_query'], $clause);
            } else {
                $args['meta_query'] = array($clause);
            }
            return $args;
        }
    }
}

Newsdesk_Bridge::boot();
