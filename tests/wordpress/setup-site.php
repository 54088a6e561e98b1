<?php
/**
 * Installs and fills the e2e WordPress site; called by start.sh (as root).
 *
 *   php setup-site.php install            install WordPress if it is not yet
 *   php setup-site.php content BASE_URL   plugin, users, setting and posts
 *
 * Every post is saved the way its author would save it: with that user as
 * the current user, so kses filters exactly what WordPress filters for them.
 *
 * @package PetaMpp
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

const SITE       = 'http://127.0.0.1:8091';
const ADMIN      = 'admin';
const AUTHOR     = 'penulis';
const PASSWORD   = 'peta-mpp-e2e';
const PLUGIN     = 'peta-mpp/peta-mpp.php';

$step = $argv[1] ?? '';
// No mail from a test site (there is no sendmail either).
function wp_mail() {
	return true;
}
// Debian's wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php.
$_SERVER['WORDPRESS_CONFIG'] = 'peta-mpp-e2e';
$_SERVER['HTTP_HOST']        = '127.0.0.1:8091';
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if ( is_blog_installed() ) {
		exit( 0 );
	}
	$result = wp_install( 'Pemerintah Kabupaten Balangan (uji)', ADMIN, 'admin@example.invalid', false, '', PASSWORD, '' );
	if ( empty( $result['user_id'] ) ) {
		fwrite( STDERR, "wp_install failed\n" );
		exit( 1 );
	}
	echo "wordpress: installed\n";
	exit( 0 );
}

if ( 'content' !== $step || empty( $argv[2] ) ) {
	fwrite( STDERR, "usage: php setup-site.php install | content BASE_URL\n" );
	exit( 2 );
}
$base = $argv[2];

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
ini_set( 'display_errors', 'stderr' );
error_reporting( E_ALL & ~E_DEPRECATED );

function fail( $message ) {
	fwrite( STDERR, "setup-site: $message\n" );
	exit( 1 );
}

/** The user, created or reset to this role and password. */
function ensure_user( $login, $role, $name ) {
	$user = get_user_by( 'login', $login );
	$data = array(
		'user_login'   => $login,
		'user_pass'    => PASSWORD,
		'user_email'   => $login . '@example.invalid',
		'display_name' => $name,
		'role'         => $role,
	);
	if ( $user ) {
		$data['ID'] = $user->ID;
		// Only reset the password when it changed: it would end sessions.
		if ( wp_check_password( PASSWORD, $user->user_pass, $user->ID ) ) {
			unset( $data['user_pass'] );
		}
		$id = wp_update_user( $data );
	} else {
		$id = wp_insert_user( $data );
	}
	if ( is_wp_error( $id ) ) {
		fail( "user $login: " . $id->get_error_message() );
	}
	return (int) $id;
}

/**
 * Creates or updates a published post, saved as $as (the current user, so
 * kses is active unless that user has unfiltered_html).
 */
function upsert_post( $slug, $title, $content, $as ) {
	wp_set_current_user( $as );
	kses_init();
	$existing = get_page_by_path( $slug, OBJECT, 'post' );
	$id       = wp_insert_post(
		wp_slash(
			array(
				'ID'           => $existing ? $existing->ID : 0,
				'post_type'    => 'post',
				'post_status'  => 'publish',
				'post_name'    => $slug,
				'post_title'   => $title,
				'post_content' => $content,
				'post_author'  => $as,
			)
		),
		true
	);
	wp_set_current_user( 0 );
	kses_remove_filters();
	if ( is_wp_error( $id ) ) {
		fail( "post $slug: " . $id->get_error_message() );
	}
	return $id;
}

$admin  = ensure_user( ADMIN, 'administrator', 'Admin Diskominfo' );
$author = ensure_user( AUTHOR, 'author', 'Penulis Humas' );
// The block editor opens without its welcome guide (a modal over everything).
foreach ( array( $admin, $author ) as $user_id ) {
	$key   = $wpdb->get_blog_prefix() . 'persisted_preferences';
	$prefs = get_user_meta( $user_id, $key, true );
	$prefs = is_array( $prefs ) ? $prefs : array();
	if ( false !== ( $prefs['core/edit-post']['welcomeGuide'] ?? null ) ) {
		$prefs['core/edit-post']['welcomeGuide'] = false;
		$prefs['_modified']                      = gmdate( 'c' );
		update_user_meta( $user_id, $key, $prefs );
	}
}
if ( user_can( $author, 'unfiltered_html' ) || ! user_can( $admin, 'unfiltered_html' ) ) {
	fail( 'the Author must lack unfiltered_html and the Administrator must have it' );
}

update_option( 'blogname', 'Pemerintah Kabupaten Balangan (uji)' );
update_option( 'blog_public', '0' );
update_option( 'admin_email_lifespan', time() + YEAR_IN_SECONDS );
if ( get_option( 'permalink_structure' ) !== '/%postname%/' ) {
	global $wp_rewrite;
	$wp_rewrite->set_permalink_structure( '/%postname%/' );
	flush_rewrite_rules( false );
}

if ( ! is_plugin_active( PLUGIN ) ) {
	$activated = activate_plugin( PLUGIN );
	if ( is_wp_error( $activated ) ) {
		fail( 'activate: ' . $activated->get_error_message() );
	}
}
update_option( 'peta_mpp_base_url', $base );

$lead = function ( $text ) {
	return "<!-- wp:paragraph -->\n<p class=\"lead\">$text</p>\n<!-- /wp:paragraph -->\n\n";
};
$html_block = "<!-- wp:html -->\n"
	. '<iframe src="' . esc_attr( $base ) . 'embed/63.11?tampilan=daftar" title="Peta MPP — Kabupaten Balangan" width="100%" height="600" style="border:0;width:100%" loading="lazy" allow="geolocation" referrerpolicy="strict-origin-when-cross-origin" data-peta-mpp></iframe>' . "\n"
	. '<script src="' . esc_attr( $base ) . 'embed.js" async></script>' . "\n"
	. "<!-- /wp:html -->\n";

$posts = array(
	array(
		'shortcode-author',
		'MPP di Kalimantan Selatan (shortcode, Penulis)',
		$lead( 'Peta MPP lewat shortcode, disimpan oleh Penulis.' )
			. "<!-- wp:shortcode -->\n[peta_mpp wilayah=\"63\" tampilan=\"keduanya\"]\n<!-- /wp:shortcode -->\n",
		$author,
	),
	array(
		'html-admin',
		'MPP Kabupaten Balangan (HTML khusus, Admin)',
		$lead( 'Kode sematan dari /sematkan di blok HTML khusus, disimpan oleh Administrator.' ) . $html_block,
		$admin,
	),
	array(
		'html-author',
		'MPP Kabupaten Balangan (HTML khusus, Penulis)',
		$lead( 'Kode sematan yang sama, disimpan oleh Penulis: WordPress menghapusnya.' ) . $html_block,
		$author,
	),
	array(
		'block-author',
		'MPP Kabupaten Balangan (blok, Penulis)',
		$lead( 'Blok Peta MPP, disimpan oleh Penulis.' )
			. "<!-- wp:peta-mpp/embed {\"wilayah\":\"63.11\",\"tampilan\":\"daftar\"} /-->\n",
		$author,
	),
	array(
		'hostile',
		'Atribut berbahaya (shortcode)',
		// Saved by the Administrator, so no kses: the raw values reach the
		// plugin. (A stray ">" would make wptexturize curl the quotes and
		// the attributes would never reach it; the block below has one.)
		$lead( 'Shortcode dengan atribut berbahaya.' )
			. "<!-- wp:shortcode -->\n[peta_mpp wilayah='\"<script>alert(1)</script>' tampilan=\"3d\" tinggi=\"abc\" judul='\" onload=\"alert(2)' mpp='x\" onload=\"alert(3)']\n<!-- /wp:shortcode -->\n",
		$admin,
	),
	array(
		'hostile-block',
		'Atribut berbahaya (blok)',
		$lead( 'Blok dengan atribut berbahaya.' )
			. '<!-- wp:peta-mpp/embed ' . wp_json_encode(
				array(
					'wilayah'  => '"><script>alert(1)</script>',
					'tampilan' => '3d',
					'tinggi'   => 'abc',
					'judul'    => '"><img src=x onerror=alert(2)>',
					'lebar'    => '" onload="alert(3)',
				)
			) . " /-->\n",
		$admin,
	),
);
foreach ( $posts as $post ) {
	upsert_post( ...$post );
}

// What the Author's Custom HTML post keeps: kses must have stripped the embed.
$stripped = get_page_by_path( 'html-author', OBJECT, 'post' );
if ( false !== stripos( $stripped->post_content, '<iframe' ) ) {
	fail( 'kses left the iframe in the Author\'s Custom HTML post' );
}
echo 'wordpress: ' . count( $posts ) . " posts, base URL $base\n";
