<?php
/**
 * Dependencies of the block's editor script (no build step: plain JS).
 *
 * @package PetaMpp
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '1.0.0',
);
