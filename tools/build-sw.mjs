// Generates the service worker for a release build: `node tools/build-sw.mjs dist`
// (a third argument names another worker source: the e2e suite rebuilds the
// first generation's worker from tests/fixtures/ to test the way out of it).
// Copies Workbox's runtime into the build (self-hosted), then injects the
// precache manifest of Trunk's hashed output into sw/sw.js.
import { copyWorkboxLibraries, injectManifest } from 'workbox-build';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const workboxDir = await copyWorkboxLibraries(dist);
const source = join(dist, 'sw.src.js');
writeFileSync(source, readFileSync(process.argv[3] ?? 'sw/sw.js', 'utf8').replaceAll('WORKBOX_DIR', workboxDir));

const { count, size, warnings } = await injectManifest({
  swSrc: source,
  swDest: join(dist, 'sw.js'),
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,wasm,css,png,svg,json,geojson,webmanifest}'],
  // Pre-rendered pages (mpp/, embed/ per region …) are kept as they are
  // visited (sw/sw.js), each under its own URL, not all at install:
  // index.html (/) and shell.html (any other page) are enough offline.
  // build-files.json is tools/keep-previous.mjs's list, for the next deploy only.
  // data/hsds/ (the Open Referral HSDS export, ~1.4 MB) is a download, never precached.
  // The .br/.gz copies (tools/compress.mjs) are the same files for the server
  // to send: the browser asks for the file and gets them decoded.
  globIgnores: ['sw.js', 'sw.src.js', `${workboxDir}/**`, 'data/*.schema.json', '**/*.map', 'mpp/**', 'embed/**', 'semua.html', 'statistik.html', 'tentang.html', 'inovasi.html', '404.html', 'build-files.json', 'data/hsds/**', 'data/mpp.geojson', 'schema/**', '**/*.br', '**/*.gz'],
  // The wasm is ~0.8 MB raw; Workbox's default limit (2 MB) would skip a
  // bigger one silently, so the limit is explicit and the build fails above it.
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // Trunk's hashed files need no revision of their own.
  dontCacheBustURLsMatching: /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/,
});
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
if (warnings.length) process.exit(1);
// Only the generated worker and the runtime are served.
import('node:fs').then(({ rmSync }) => rmSync(source));
console.log(`build-sw: ${dist}/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB (Workbox runtime in ${dist}/${workboxDir}/)`);
