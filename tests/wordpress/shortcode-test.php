<?php
/**
 * The plugin's PHP, inside the real WordPress of start.sh: what the shortcode
 * and the block write, how they escape, the height rules, the notice without
 * a base URL, and the setting's sanitising. Run (as root, after start.sh):
 *
 *   php tests/wordpress/shortcode-test.php
 *
 * Prints one line per check; exits 1 if any fails.
 *
 * @package PetaMpp
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
$_SERVER['WORDPRESS_CONFIG'] = 'peta-mpp-e2e';
$_SERVER['HTTP_HOST']        = '127.0.0.1:8091';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/template.php'; // add_settings_error()
ini_set( 'display_errors', 'stderr' );
error_reporting( E_ALL & ~E_DEPRECATED );

$failures = 0;
function check( $name, $ok, $detail = '' ) {
	global $failures;
	echo ( $ok ? 'ok   ' : 'FAIL ' ) . $name . ( $ok || '' === $detail ? '' : "\n     $detail" ) . "\n";
	if ( ! $ok ) {
		++$failures;
	}
}

/**
 * The iframe that is all of $html, as ['iframe', attributes], or null. The
 * grammar is strict (double-quoted values or none, nothing else around), so
 * whatever matches is exactly what a browser parses.
 */
function element( $html ) {
	$name  = '[^\s"\'>\/=]+';
	$value = '(?:="[^"]*")?';
	if ( ! preg_match( "/^<iframe((?:\\s+$name$value)*)\\s*><\\/iframe>$/", $html, $m ) ) {
		return null;
	}
	preg_match_all( "/\\s+($name)(?:=\"([^\"]*)\")?/", $m[1], $pairs, PREG_SET_ORDER );
	$attributes = array();
	foreach ( $pairs as $pair ) {
		$attributes[ $pair[1] ] = html_entity_decode( $pair[2] ?? '', ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	return array( 'iframe', $attributes );
}

const FRAME_ATTRIBUTES = array( 'src', 'title', 'width', 'height', 'style', 'loading', 'allow', 'referrerpolicy', 'data-peta-mpp' );

check( 'the plugin is active', function_exists( 'peta_mpp_render' ) && shortcode_exists( 'peta_mpp' ) );
check( 'the block is registered, rendered by the same function', WP_Block_Type_Registry::get_instance()->get_registered( 'peta-mpp/embed' )->render_callback === 'peta_mpp_render' );

$saved = get_option( 'peta_mpp_base_url' );
update_option( 'peta_mpp_base_url', 'https://peta.example.test/app/' );
try {
	// The plain case, as the /sematkan snippet writes it.
	$e = element( do_shortcode( '[peta_mpp wilayah="63.11" tampilan="daftar"]' ) );
	check( 'one iframe', $e && 'iframe' === $e[0], var_export( $e, true ) );
	check( 'exactly the snippet\'s attributes', $e && array_keys( $e[1] ) === FRAME_ATTRIBUTES, implode( ' ', array_keys( $e[1] ?? array() ) ) );
	check( 'src: the region\'s pre-rendered page', $e && 'https://peta.example.test/app/embed/63.11?tampilan=daftar' === $e[1]['src'], $e[1]['src'] ?? '' );
	check( 'default title', $e && 'Peta MPP — Mal Pelayanan Publik' === $e[1]['title'] );
	check( 'height 600, content width', $e && '600' === $e[1]['height'] && 'border:0;width:100%' === $e[1]['style'] && ! isset( $e[1]['class'] ) );
	check( 'embed.js enqueued in the footer', wp_script_is( 'peta-mpp-embed', 'enqueued' )
		&& 'https://peta.example.test/app/embed.js' === wp_scripts()->registered['peta-mpp-embed']->src
		&& 1 === wp_scripts()->get_data( 'peta-mpp-embed', 'group' ) );

	$e = element( do_shortcode( '[peta_mpp wilayah="kalimantan-selatan" mpp="kabupaten-balangan" bahasa="en" lebar="penuh" tinggi="750.4"]' ) );
	check( 'English: lang=en and the English title', $e && 'https://peta.example.test/app/embed?wilayah=kalimantan-selatan&mpp=kabupaten-balangan&tampilan=keduanya&lang=en' === $e[1]['src'] && 'Peta MPP — Public Service Malls' === $e[1]['title'], var_export( $e, true ) );
	check( 'full width: alignfull and max-width', $e && 'alignfull' === ( $e[1]['class'] ?? '' ) && 'border:0;width:100%;max-width:100%' === $e[1]['style'] );
	check( 'height rounded', $e && '750' === $e[1]['height'] );
	foreach ( array( 'abc' => 600, '' => 600, '100' => 200, '-5' => 200, '99999' => 4000, ' 900 ' => 900, '1e3' => 1000 ) as $given => $want ) {
		$e = element( do_shortcode( "[peta_mpp tinggi=\"$given\"]" ) );
		check( "tinggi=\"$given\" → $want", $e && (string) $want === $e[1]['height'], $e[1]['height'] ?? '' );
	}
	$e = element( do_shortcode( '[peta_mpp]' ) );
	check( 'no wilayah: all of Indonesia', $e && 'https://peta.example.test/app/embed?tampilan=keduanya' === $e[1]['src'], $e[1]['src'] ?? '' );
	$e = element( do_shortcode( '[peta_mpp wilayah="atlantis" tampilan="3d" bahasa="xx" judul="Peta MPP — Kota Banjarbaru"]' ) );
	check( 'unknown values passed on unchanged', $e && 'https://peta.example.test/app/embed?wilayah=atlantis&tampilan=3d&lang=xx' === $e[1]['src'], $e[1]['src'] ?? '' );
	check( 'judul is the title', $e && 'Peta MPP — Kota Banjarbaru' === $e[1]['title'] );
	// "Open at", as the /sematkan generator writes it (issue 23).
	$e = element( do_shortcode( '[peta_mpp wilayah="63.11" tampilan="daftar" buka="sab" jam="09.00"]' ) );
	check( 'buka and jam reach the frame', $e && 'https://peta.example.test/app/embed/63.11?tampilan=daftar&buka=sab&jam=09.00' === $e[1]['src'], $e[1]['src'] ?? '' );
	// Only a code (digits and dots) goes in the path; anything else stays a query value.
	foreach ( array( '63' => 'embed/63?', '63.11.' => 'embed?wilayah=63.11.&', '63/../x' => 'embed?wilayah=63%2F..%2Fx&', '..' => 'embed?wilayah=..&' ) as $given => $want ) {
		$e = element( do_shortcode( "[peta_mpp wilayah=\"$given\"]" ) );
		check( "wilayah=\"$given\" → $want", $e && 'https://peta.example.test/app/' . $want . 'tampilan=keduanya' === $e[1]['src'], $e[1]['src'] ?? '' );
	}

	// Hostile values: escaped into attribute values, never markup.
	$hostile = array(
		'wilayah'  => '"><script>alert(1)</script>',
		'tampilan' => "' onmouseover='alert(2)",
		'judul'    => '"><img src=x onerror=alert(3)>',
		'mpp'      => 'x" onload="alert(4)',
		'bahasa'   => '"><b>',
		'lebar'    => '" onload="alert(5)',
		'tinggi'   => '600" onload="alert(6)',
		'buka'     => '"><script>alert(7)</script>',
		'jam'      => "' onfocus='alert(8)",
	);
	foreach ( array( 'shortcode function' => peta_mpp_render( $hostile ), 'block' => render_block( array( 'blockName' => 'peta-mpp/embed', 'attrs' => $hostile, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) ) ) as $via => $html ) {
		$e = element( $html );
		check( "hostile ($via): one iframe, its attributes only", $e && 'iframe' === $e[0] && array_keys( $e[1] ) === FRAME_ATTRIBUTES, $html );
		check( "hostile ($via): no raw markup", false === strpos( $html, '<script' ) && false === strpos( $html, '<img' ) && false === strpos( $html, '<b>' ), $html );
		check(
			"hostile ($via): values reach the app percent-encoded",
			$e && 'https://peta.example.test/app/embed?wilayah=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&mpp=x%22%20onload%3D%22alert%284%29&tampilan=%27%20onmouseover%3D%27alert%282%29&lang=%22%3E%3Cb%3E&buka=%22%3E%3Cscript%3Ealert%287%29%3C%2Fscript%3E&jam=%27%20onfocus%3D%27alert%288%29' === $e[1]['src'],
			$e[1]['src'] ?? ''
		);
		check( "hostile ($via): the title is text", $e && '"><img src=x onerror=alert(3)>' === $e[1]['title'] );
		check( "hostile ($via): height 600", $e && '600' === $e[1]['height'] );
	}

	// Without a base URL: nothing for visitors, a notice for editors.
	update_option( 'peta_mpp_base_url', '' );
	wp_set_current_user( 0 );
	check( 'no base URL: nothing for a visitor', '' === do_shortcode( '[peta_mpp wilayah="63"]' ) );
	wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
	$notice = do_shortcode( '[peta_mpp wilayah="63"]' );
	check( 'no base URL: a notice with the settings link for an administrator', false !== strpos( $notice, 'class="peta-mpp-notice"' ) && false !== strpos( $notice, 'options-general.php?page=peta-mpp' ) && false === strpos( $notice, '<iframe' ), $notice );
	wp_set_current_user( get_user_by( 'login', 'penulis' )->ID );
	$notice = do_shortcode( '[peta_mpp wilayah="63"]' );
	check( 'no base URL: a notice without the link for an author', false !== strpos( $notice, 'class="peta-mpp-notice"' ) && false === strpos( $notice, '<a ' ), $notice );
	wp_set_current_user( 0 );

	// The setting: http(s) URLs ending in "/"; anything else keeps the old value.
	update_option( 'peta_mpp_base_url', 'https://old.example.test/' );
	$cases = array(
		'https://peta.example.test'          => 'https://peta.example.test/',
		' http://127.0.0.1:4173/peta-mpp '   => 'http://127.0.0.1:4173/peta-mpp/',
		'https://peta.example.test/app/'     => 'https://peta.example.test/app/',
		''                                   => '',
		'javascript:alert(1)'                => 'https://old.example.test/',
		'ftp://peta.example.test/'           => 'https://old.example.test/',
		'peta.example.test'                  => 'https://old.example.test/',
		'https://peta.example.test/?a=1'     => 'https://old.example.test/',
		'https://peta.example.test/"><b>/'   => 'https://old.example.test/',
	);
	foreach ( $cases as $given => $want ) {
		global $wp_settings_errors;
		$wp_settings_errors = array();
		$got                = peta_mpp_sanitize_base_url( $given );
		$errors             = count( get_settings_errors( 'peta_mpp_base_url' ) );
		$should_err         = 'https://old.example.test/' === $want;
		check( "setting \"$given\" → \"$want\"" . ( $should_err ? ' with an error' : '' ), $got === $want && $errors === ( $should_err ? 1 : 0 ), "got \"$got\", $errors errors" );
	}
} finally {
	update_option( 'peta_mpp_base_url', $saved );
}

echo $failures ? "$failures FAILED\n" : "all passed\n";
exit( $failures ? 1 : 0 );
