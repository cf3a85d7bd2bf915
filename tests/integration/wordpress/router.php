<?php
// Router for `php -S` serving a private WordPress instance (see start.sh and
// docs/INTEGRATION.md). NEWSDESK_WP_ROOT is the per-run document root: copies of WordPress's
// top-level PHP files, its own wp-config.php, and symlinks to the rest of /usr/share/wordpress.
// A copied file finds wp-load.php (and so wp-config.php) through its own __DIR__; for a file
// behind a symlink (wp-admin/..., wp-includes/...) this router defines ABSPATH as the root
// first, because wp-load.php keeps a defined ABSPATH. So Debian's
// /usr/share/wordpress/wp-config.php and /etc/wordpress are never read.
// Otherwise it does what Apache with WordPress's rewrite rules would: static files are served
// as they are, PHP files are run, and every other path goes to index.php.
$root = getenv('NEWSDESK_WP_ROOT');
if ($root === false || $root === '' || !is_file($root . '/wp-config.php')) {
    http_response_code(500);
    header('Content-Type: text/plain');
    echo "router.php: NEWSDESK_WP_ROOT is not a prepared WordPress root\n";
    return true;
}
$root = rtrim(realpath($root), '/');

$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?? '/');
if (strpos($path, "\0") !== false || preg_match('#(^|/)\.\.(/|$)#', $path)) {
    http_response_code(400);
    return true;
}
$file = $root . $path;
if (is_dir($file)) {
    $file = rtrim($file, '/') . '/index.php';
    $path = rtrim($path, '/') . '/index.php';
}
if (!is_file($file)) {
    $file = $root . '/index.php';
    $path = '/index.php';
}
if (substr($file, -4) !== '.php') {
    return false;  // A static file: let the built-in server send it.
}
$real = realpath($file);
if (strpos($real, $root . '/') !== 0) {
    define('ABSPATH', $root . '/');
}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $path;
$_SERVER['PHP_SELF'] = $path;
chdir(dirname($real));
require $real;
