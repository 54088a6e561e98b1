// Writes a strict Content-Security-Policy into every page of a release
// build (index.html, shell.html and the pre-rendered pages of
// tools/prerender): `node tools/csp.mjs dist`. Trunk's one inline module script
// (which starts the wasm) is allowed by its SHA-256 hash, never by
// 'unsafe-inline'; the tile server and a foreign feed are read from the
// page's own meta tags, so the policy follows the configuration.
// (frame-ancestors cannot be set by a meta tag: see deploy/ for headers.)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const pages = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.html') && !f.startsWith('bench-baseline'));
let policy;
for (const page of pages) {
  const file = join(dist, page);
  let html = readFileSync(file, 'utf8').replace(/<meta http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, '');

  // Only scripts that run: a data block (`type="application/ld+json"`, the
  // pre-rendered pages' schema.org JSON-LD) is never executed, so the
  // policy does not cover it and must not allow its text as a script.
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => runs(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const meta = (name) => html.match(new RegExp(`<meta[^>]*name=["']?${name}["']?[^>]*>`, 'i'))?.[0].match(/content=("([^"]*)"|'([^']*)'|([^\s>]+))/i)?.slice(2).find(Boolean);
  const originOf = (url) => {
    try {
      return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
    } catch {
      return null; // relative: same origin
    }
  };
  const tiles = originOf(meta('peta-mpp-tiles') ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  const feed = originOf(meta('peta-mpp-feed') ?? '');

  policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    `connect-src 'self'${feed ? ` ${feed}` : ''}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

  // Right after <meta charset>, before anything the policy must cover.
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  html = html.replace(/(<meta charset=[^>]*>)/i, `$1${tag}`);
  if (!html.includes(tag)) throw new Error(`csp: no <meta charset> in ${page}`);
  writeFileSync(file, html);
}
console.log(`csp: ${pages.length} pages in ${dist}: ${policy}`);

/** Whether a `<script>` with these attributes is run by the browser: no
 * type, a JavaScript MIME type or `module` (HTML's "script block's type
 * string"); anything else is a data block. */
function runs(attributes) {
  const type = attributes.match(/\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i)?.slice(1).find((v) => v !== undefined);
  if (type === undefined) return true;
  const t = type.trim().toLowerCase();
  return t === '' || t === 'module' || /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)$/.test(t) || /^text\/(?:jscript|livescript|javascript1\.[0-5])$/.test(t);
}
