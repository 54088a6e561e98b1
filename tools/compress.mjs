// Writes a pre-compressed copy beside every text and wasm file of a release
// build: `x.br` (brotli, quality 11) and `x.gz` (gzip, level 9), for nginx's
// brotli_static and gzip_static (deploy/nginx.conf) and tools/serve.mjs.
// A host compressing on the fly uses a faster, weaker level: the main wasm
// went out as 338 KB gzip instead of 267 KB brotli (issue 24).
//
//   node tools/compress.mjs dist
//
// The last step of a release (Makefile `finish`): every file must be final
// first (pre-rendered pages, tools/csp.mjs, the service worker, build-files.json).
// Safe to run again, on dist/ or a copy of it: a companion never gets one of
// its own, and one that does not help (no smaller than its file) is not
// written, and removed if an earlier run left it. No dependencies.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What is compressed: text and wasm, never png (already compressed) or source maps (not served to readers). */
export const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.wasm', '.json', '.geojson', '.svg', '.webmanifest', '.xml', '.txt']);

/** From this size, brotli is tried with more than one block size. */
const TRY_BLOCKS_FROM = 256 * 1024;

/**
 * Brotli at the highest quality. For a large file the encoder's own block
 * size (2^18 at quality 11) is a gamble: a change of a few hundred bytes in
 * the main wasm (its data moved, so did every address in its code) once
 * grew its brotli by 1.3 KB at 2^18, and by 58 B at 2^17. So a large file is
 * compressed at 2^16, 2^17 and the default, and the smallest kept; any
 * decoder reads each. The size budget and the bench count these bytes too.
 */
export function brotli(body) {
  const at = (block) => brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      ...(block ? { [constants.BROTLI_PARAM_LGBLOCK]: block } : {}),
    },
  });
  const blocks = body.length >= TRY_BLOCKS_FROM ? [0, 16, 17] : [0];
  return blocks.map(at).reduce((best, packed) => (packed.length < best.length ? packed : best));
}

/** Each companion's suffix and how it is made, at the highest level. */
export const ENCODINGS = {
  '.br': brotli,
  '.gz': (body) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }),
};

/** Every file under `dir` that gets companions, relative to it. */
const compressible = (dir) => readdirSync(dir, { recursive: true })
  .filter((path) => COMPRESSED.has(extname(path)) && statSync(join(dir, path)).isFile());

/** Writes (or rewrites) the companions of every compressible file in `dir`; returns counts and bytes. */
export function compress(dir) {
  const totals = { files: 0, written: 0, skipped: 0, raw: 0, br: 0, gz: 0 };
  for (const path of compressible(dir)) {
    const full = join(dir, path);
    const body = readFileSync(full);
    totals.files += 1;
    totals.raw += body.length;
    for (const [suffix, encode] of Object.entries(ENCODINGS)) {
      const packed = encode(body);
      if (packed.length < body.length) {
        writeFileSync(full + suffix, packed);
        totals.written += 1;
        totals[suffix.slice(1)] += packed.length;
      } else {
        // A tiny file: the server sends it as it is, never a stale companion.
        rmSync(full + suffix, { force: true });
        totals.skipped += 1;
        totals[suffix.slice(1)] += body.length;
      }
    }
  }
  return totals;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir || process.argv.length > 3) {
    console.error('usage: node tools/compress.mjs DIST');
    process.exit(1);
  }
  const started = Date.now();
  const t = compress(dir);
  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`compress: ${dir}: ${t.files} files, ${kb(t.raw)} → ${kb(t.br)} brotli, ${kb(t.gz)} gzip (${t.written} companions written, ${t.skipped} not worth it) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
