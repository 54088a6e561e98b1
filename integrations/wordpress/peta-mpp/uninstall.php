<?php
/**
 * Removes the plugin's only stored setting when the plugin is deleted.
 *
 * @package PetaMpp
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'peta_mpp_base_url' );
