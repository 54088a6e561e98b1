/* Peta MPP block for the editor: plain JS, no build step. The settings are
 * in the sidebar; the preview is the server's own rendering (the same PHP
 * function as the [peta_mpp] shortcode). */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var c = wp.components;
	var ServerSideRender = wp.serverSideRender;

	function edit( props ) {
		var a = props.attributes;
		function set( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			};
		}
		var panel = el(
			c.PanelBody,
			{ title: __( 'Peta MPP', 'peta-mpp' ), initialOpen: true },
			el( c.TextControl, {
				label: __( 'Region (wilayah)', 'peta-mpp' ),
				help: __( 'A province or regency code such as 63 or 63.11, or a name such as kalimantan-selatan. Empty: all of Indonesia.', 'peta-mpp' ),
				value: a.wilayah,
				onChange: set( 'wilayah' ),
			} ),
			el( c.SelectControl, {
				label: __( 'View (tampilan)', 'peta-mpp' ),
				value: a.tampilan,
				options: [
					{ value: 'keduanya', label: __( 'Map and list', 'peta-mpp' ) },
					{ value: 'peta', label: __( 'Map only', 'peta-mpp' ) },
					{ value: 'daftar', label: __( 'List only', 'peta-mpp' ) },
				],
				onChange: set( 'tampilan' ),
			} ),
			el( c.SelectControl, {
				label: __( 'Language (bahasa)', 'peta-mpp' ),
				value: a.bahasa,
				options: [
					{ value: 'id', label: 'Bahasa Indonesia' },
					{ value: 'en', label: 'English' },
				],
				onChange: set( 'bahasa' ),
			} ),
			el( c.RangeControl, {
				label: __( 'Height in pixels (tinggi)', 'peta-mpp' ),
				value: a.tinggi,
				min: 200,
				max: 4000,
				step: 10,
				onChange: function ( value ) {
					props.setAttributes( { tinggi: typeof value === 'number' ? value : 600 } );
				},
			} ),
			el( c.SelectControl, {
				label: __( 'Width (lebar)', 'peta-mpp' ),
				value: a.lebar,
				options: [
					{ value: 'konten', label: __( 'Content width', 'peta-mpp' ) },
					{ value: 'penuh', label: __( 'Full width', 'peta-mpp' ) },
				],
				onChange: set( 'lebar' ),
			} ),
			el( c.SelectControl, {
				label: __( 'Open on (buka)', 'peta-mpp' ),
				help: __( 'The MPPs open then are listed first; those whose hours are unknown follow, never hidden.', 'peta-mpp' ),
				value: a.buka,
				options: [
					{ value: '', label: __( 'Any time (hours not filtered)', 'peta-mpp' ) },
					{ value: 'sekarang', label: __( 'Now', 'peta-mpp' ) },
					{ value: 'hari-ini', label: __( 'Today', 'peta-mpp' ) },
					{ value: 'sen', label: 'Senin' },
					{ value: 'sel', label: 'Selasa' },
					{ value: 'rab', label: 'Rabu' },
					{ value: 'kam', label: 'Kamis' },
					{ value: 'jum', label: 'Jumat' },
					{ value: 'sab', label: 'Sabtu' },
					{ value: 'min', label: 'Minggu' },
					{ value: 'semua', label: __( 'Any day of the coming week', 'peta-mpp' ) },
				],
				onChange: set( 'buka' ),
			} ),
			el( c.TextControl, {
				label: __( 'At (jam)', 'peta-mpp' ),
				help: __( 'Optional: a time of that day, such as 09.00.', 'peta-mpp' ),
				value: a.jam,
				onChange: set( 'jam' ),
			} ),
			el( c.TextControl, {
				label: __( 'Selected MPP (mpp)', 'peta-mpp' ),
				help: __( 'Optional: the MPP\'s slug, such as kabupaten-balangan.', 'peta-mpp' ),
				value: a.mpp,
				onChange: set( 'mpp' ),
			} ),
			el( c.TextControl, {
				label: __( 'Frame title (judul)', 'peta-mpp' ),
				help: __( 'Read by screen readers. Empty: "Peta MPP — Mal Pelayanan Publik".', 'peta-mpp' ),
				value: a.judul,
				onChange: set( 'judul' ),
			} )
		);
		return el(
			'div',
			useBlockProps(),
			el( InspectorControls, null, panel ),
			el( c.Disabled, null, el( ServerSideRender, { block: 'peta-mpp/embed', attributes: a } ) )
		);
	}

	wp.blocks.registerBlockType( 'peta-mpp/embed', {
		edit: edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp );
