<?php
/**
 * Plugin Name:       Peta MPP
 * Description:       Embeds Peta MPP, the map and list of Indonesia's public service malls (Mal Pelayanan Publik), with a shortcode or a block, so that authors without the unfiltered_html capability can embed it too.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Peta MPP
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       peta-mpp
 * Domain Path:       /languages
 *
 * @package PetaMpp
 */

/*
 * Copyright (C) Peta MPP contributors.
 *
 * This program is free software; you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation; either version 2 of the License, or (at your option)
 * any later version.
 *
 * This program is distributed in the hope that it will be useful, but WITHOUT
 * ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or
 * FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for
 * more details.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PETA_MPP_OPTION = 'peta_mpp_base_url';

/** The attributes of the shortcode and the block, with their defaults. */
function peta_mpp_defaults() {
	return array(
		'wilayah'  => '',
		'tampilan' => 'keduanya',
		'bahasa'   => 'id',
		'tinggi'   => 600,
		'mpp'      => '',
		'lebar'    => 'konten',
		'judul'    => '',
		'buka'     => '',
		'jam'      => '',
	);
}

/**
 * The Peta MPP address from the settings ('' when not set), ending in "/".
 */
function peta_mpp_base_url() {
	$url = get_option( PETA_MPP_OPTION, '' );
	return is_string( $url ) ? $url : '';
}

/**
 * The frame's height in px: a number clamped to 200..4000, otherwise 600.
 *
 * @param mixed $value The attribute as given.
 */
function peta_mpp_height( $value ) {
	if ( is_string( $value ) ) {
		$value = trim( $value );
	}
	if ( ! is_numeric( $value ) ) {
		return 600;
	}
	return (int) max( 200, min( 4000, round( (float) $value ) ) );
}

/**
 * The frame's address: <base>embed/<wilayah>?mpp=…&tampilan=…&lang=…, the
 * region's page pre-rendered on the Peta MPP host (a code: digits and dots);
 * any other region as <base>embed?wilayah=…. Values the plugin does not know
 * are passed on unchanged: the app names them in the frame instead of
 * showing nothing.
 *
 * @param string $base The Peta MPP address, ending in "/".
 * @param array  $atts Normalised attributes.
 */
function peta_mpp_embed_url( $base, $atts ) {
	$path  = 'embed';
	$query = array();
	if ( preg_match( '/^[0-9]+(\.[0-9]+)*$/D', $atts['wilayah'] ) && strlen( $atts['wilayah'] ) <= 16 ) {
		$path .= '/' . $atts['wilayah'];
	} elseif ( '' !== $atts['wilayah'] ) {
		$query[] = 'wilayah=' . rawurlencode( $atts['wilayah'] );
	}
	if ( '' !== $atts['mpp'] ) {
		$query[] = 'mpp=' . rawurlencode( $atts['mpp'] );
	}
	$query[] = 'tampilan=' . rawurlencode( '' !== $atts['tampilan'] ? $atts['tampilan'] : 'keduanya' );
	if ( '' !== $atts['bahasa'] && 'id' !== $atts['bahasa'] ) {
		$query[] = 'lang=' . rawurlencode( $atts['bahasa'] );
	}
	// "Open at" (buka: sekarang, hari-ini, sen … min, semua; jam: 09.00).
	foreach ( array( 'buka', 'jam' ) as $key ) {
		if ( '' !== $atts[ $key ] ) {
			$query[] = $key . '=' . rawurlencode( $atts[ $key ] );
		}
	}
	return $base . $path . '?' . implode( '&', $query );
}

/**
 * The HTML of one embed: used by the shortcode and by the block.
 *
 * @param array|string $atts Shortcode or block attributes.
 */
function peta_mpp_render( $atts ) {
	$atts = shortcode_atts( peta_mpp_defaults(), is_array( $atts ) ? $atts : array(), 'peta_mpp' );
	foreach ( array( 'wilayah', 'tampilan', 'bahasa', 'mpp', 'lebar', 'judul', 'buka', 'jam' ) as $key ) {
		$atts[ $key ] = is_scalar( $atts[ $key ] ) ? trim( (string) $atts[ $key ] ) : '';
	}
	$atts['bahasa'] = strtolower( $atts['bahasa'] );

	$base = peta_mpp_base_url();
	if ( '' === $base ) {
		return peta_mpp_missing_base_notice();
	}

	$english = 'en' === $atts['bahasa'];
	$title   = '' !== $atts['judul'] ? $atts['judul']
		: ( $english ? 'Peta MPP — Public Service Malls' : 'Peta MPP — Mal Pelayanan Publik' );
	$full    = in_array( strtolower( $atts['lebar'] ), array( 'penuh', 'full' ), true );
	$style   = $full ? 'border:0;width:100%;max-width:100%' : 'border:0;width:100%';

	wp_enqueue_script( 'peta-mpp-embed', $base . 'embed.js', array(), null, true );

	return sprintf(
		'<iframe src="%1$s" title="%2$s"%3$s width="100%%" height="%4$d" style="%5$s" loading="lazy" allow="geolocation" referrerpolicy="strict-origin-when-cross-origin" data-peta-mpp></iframe>',
		esc_url( peta_mpp_embed_url( $base, $atts ) ),
		esc_attr( $title ),
		$full ? ' class="alignfull"' : '',
		peta_mpp_height( $atts['tinggi'] ),
		esc_attr( $style )
	);
}

/**
 * With no Peta MPP address set: nothing for visitors, a short notice for
 * those who can edit the post.
 */
function peta_mpp_missing_base_notice() {
	$post_id  = get_the_ID();
	$can_edit = $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	if ( ! $can_edit ) {
		return '';
	}
	$text = esc_html__( 'Peta MPP: the map is not shown because the Peta MPP address is not set yet.', 'peta-mpp' );
	if ( current_user_can( 'manage_options' ) ) {
		$text .= ' <a href="' . esc_url( admin_url( 'options-general.php?page=peta-mpp' ) ) . '">'
			. esc_html__( 'Set it in Settings → Peta MPP.', 'peta-mpp' ) . '</a>';
	} else {
		$text .= ' ' . esc_html__( 'Ask an administrator to set it in Settings → Peta MPP.', 'peta-mpp' );
	}
	return '<p class="peta-mpp-notice" role="note">' . $text . '</p>';
}

/** The script tag of embed.js carries async, as in the /sematkan snippet. */
function peta_mpp_async_script( $tag, $handle ) {
	if ( 'peta-mpp-embed' === $handle && false === strpos( $tag, ' async' ) ) {
		$tag = str_replace( '<script ', '<script async ', $tag );
	}
	return $tag;
}
add_filter( 'script_loader_tag', 'peta_mpp_async_script', 10, 2 );

/** The shortcode and the block. */
function peta_mpp_init() {
	load_plugin_textdomain( 'peta-mpp', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	add_shortcode( 'peta_mpp', 'peta_mpp_render' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'peta_mpp_render' ) );
}
add_action( 'init', 'peta_mpp_init' );

/*
 * Settings → Peta MPP: the address of Peta MPP.
 */

/**
 * Sanitises the address: an http(s) URL, ending in "/". Invalid input keeps
 * the old value and shows an error; empty input clears it.
 *
 * @param mixed $value The submitted value.
 */
function peta_mpp_sanitize_base_url( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	$parts = wp_parse_url( $value );
	$valid = is_array( $parts )
		&& isset( $parts['scheme'], $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& ! array_intersect_key( $parts, array_flip( array( 'query', 'fragment', 'user', 'pass' ) ) )
		&& ! preg_match( '/[\s"\'<>\\\\]/', $value );
	if ( ! $valid ) {
		if ( ! function_exists( 'add_settings_error' ) ) {
			require_once ABSPATH . 'wp-admin/includes/template.php';
		}
		add_settings_error(
			PETA_MPP_OPTION,
			'peta_mpp_invalid_url',
			__( 'The Peta MPP address must be a web address starting with http:// or https://, such as https://peta-mpp.example.id/. The previous address was kept.', 'peta-mpp' )
		);
		return peta_mpp_base_url();
	}
	if ( '/' !== substr( $value, -1 ) ) {
		$value .= '/';
	}
	return esc_url_raw( $value, array( 'http', 'https' ) );
}

function peta_mpp_register_setting() {
	register_setting(
		'peta_mpp',
		PETA_MPP_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'peta_mpp_sanitize_base_url',
		)
	);
	add_settings_section( 'peta_mpp_main', '', '__return_false', 'peta-mpp' );
	add_settings_field(
		PETA_MPP_OPTION,
		__( 'Peta MPP address', 'peta-mpp' ),
		'peta_mpp_field',
		'peta-mpp',
		'peta_mpp_main',
		array( 'label_for' => PETA_MPP_OPTION )
	);
}
add_action( 'admin_init', 'peta_mpp_register_setting' );

function peta_mpp_field() {
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="https://peta-mpp.example.id/" aria-describedby="peta-mpp-url-help">',
		esc_attr( PETA_MPP_OPTION ),
		esc_attr( peta_mpp_base_url() )
	);
	echo '<p class="description" id="peta-mpp-url-help">'
		. esc_html__( 'The address where Peta MPP is served, ending in a slash. The map is loaded from there.', 'peta-mpp' )
		. '</p>';
}

function peta_mpp_add_settings_page() {
	add_options_page(
		__( 'Peta MPP', 'peta-mpp' ),
		__( 'Peta MPP', 'peta-mpp' ),
		'manage_options',
		'peta-mpp',
		'peta_mpp_settings_page'
	);
}
add_action( 'admin_menu', 'peta_mpp_add_settings_page' );

function peta_mpp_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'peta_mpp' );
			do_settings_sections( 'peta-mpp' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Usage', 'peta-mpp' ); ?></h2>
		<p><?php esc_html_e( 'Add the "Peta MPP" block, or this shortcode, to a post or page:', 'peta-mpp' ); ?></p>
		<p><code>[peta_mpp wilayah="63.11" tampilan="keduanya" bahasa="id" tinggi="600" lebar="konten" buka="sab" jam="09.00"]</code></p>
		<p><?php esc_html_e( 'wilayah: a province or regency code (63, 63.11) or name (kalimantan-selatan); tampilan: keduanya, peta or daftar; bahasa: id or en; tinggi: the height in pixels; lebar: konten or penuh; mpp: an MPP to select; judul: the frame\'s title; buka: list the MPPs open on a day first (sekarang, hari-ini, sen, sel, rab, kam, jum, sab, min or semua); jam: at a time of that day (09.00).', 'peta-mpp' ); ?></p>
	</div>
	<?php
}

function peta_mpp_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=peta-mpp' ) ) . '">' . esc_html__( 'Settings', 'peta-mpp' ) . '</a>';
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'peta_mpp_action_links' );
