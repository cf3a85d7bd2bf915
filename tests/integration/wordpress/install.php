<?php
// Installs WordPress into the empty per-run database and creates one user with an application
// password per role. Run by start.sh with the PHP CLI:
//   php install.php ROOT URL
// ROOT is the per-run document root holding wp-config.php. Prints shell assignments for the
// env file on stdout.
if (PHP_SAPI !== 'cli' || $argc !== 3) {
    fwrite(STDERR, "usage: php install.php ROOT URL\n");
    exit(2);
}
$root = rtrim($argv[1], '/');
$url = $argv[2];
$parts = parse_url($url);

define('ABSPATH', $root . '/');
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = (string) $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

require_once ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// No HTTP at all while installing (wp_install probes pretty permalinks over HTTP).
add_filter('pre_http_request', function () {
    return new WP_Error('http_request_blocked', 'HTTP is blocked while installing');
});

function newsdesk_fail($what, $error)
{
    $message = is_wp_error($error) ? $error->get_error_code() . ': ' . $error->get_error_message()
                                   : var_export($error, true);
    fwrite(STDERR, "install.php: $what failed: $message\n");
    exit(1);
}

function newsdesk_secret()
{
    return wp_generate_password(24, false, false);
}

$admin_password = newsdesk_secret();
$result = wp_install('Newsdesk integration test', 'admin', 'admin@example.invalid', false, '',
                     $admin_password, 'en_US');
if (is_wp_error($result) || empty($result['user_id'])) {
    newsdesk_fail('wp_install', $result);
}
update_option('permalink_structure', '');
update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('gmt_offset', '');
update_option('blogdescription', '');
flush_rewrite_rules(true);

$users = ['administrator' => (int) $result['user_id']];
$passwords = ['administrator' => $admin_password];
foreach (['editor', 'author', 'contributor'] as $role) {
    $passwords[$role] = newsdesk_secret();
    $id = wp_insert_user([
        'user_login' => $role,
        'user_pass' => $passwords[$role],
        'user_email' => $role . '@example.invalid',
        'display_name' => ucfirst($role),
        'role' => $role,
    ]);
    if (is_wp_error($id)) {
        newsdesk_fail("wp_insert_user($role)", $id);
    }
    $users[$role] = (int) $id;
}

echo "WP_URL=" . escapeshellarg($url) . "\n";
echo "WP_REST=" . escapeshellarg($url . '/?rest_route=') . "\n";
echo "WP_TIMEZONE=" . escapeshellarg(get_option('timezone_string')) . "\n";
foreach ($users as $role => $id) {
    $created = WP_Application_Passwords::create_new_application_password($id, ['name' => 'newsdesk-tests']);
    if (is_wp_error($created)) {
        newsdesk_fail("create_new_application_password($role)", $created);
    }
    $user = get_userdata($id);
    $key = 'WP_' . strtoupper($role);
    echo "{$key}_USER=" . escapeshellarg($user->user_login) . "\n";
    echo "{$key}_ID=" . $id . "\n";
    echo "{$key}_PASSWORD=" . escapeshellarg($passwords[$role]) . "\n";
    echo "{$key}_APP_PASSWORD=" . escapeshellarg($created[0]) . "\n";
}
