// A small static server for dist/ with compression, as a real host serves
// Peta MPP, following the same rules as deploy/nginx.conf (the build's .br/.gz
// files included). No dependencies.
//
//   node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /]
//
// --base /peta-mpp/ serves the build under that sub-path (paths outside it 404).
// Rules: security headers on every response; only /embed and /embed/<region>
// may be framed by another site; a page path (no file extension) is its pre-rendered file or the app's shell,
// a missing file is a 404; a bad request gets a 4xx and the server goes on.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, base: { type: 'string' } } });
const root = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 8080);
const host = args.host ?? '127.0.0.1';
const base = (args.base ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.wasm', '.svg', '.webmanifest', '.txt', '.xml']);
// Trunk writes its hash in hex without leading zeros: 16 digits, fewer in
// one build of 16 (12 or more but for one in 65,536).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
const MAX_URL = 4096;
const cache = new Map();

/** Headers every response carries, framing included (see deploy/nginx.conf). */
function baseHeaders(embed) {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    ...(embed
      ? { 'content-security-policy': 'frame-ancestors *' }
      : { 'content-security-policy': "frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN' }),
  };
}

function refuse(res, status, text, extra = {}) {
  if (res.headersSent) return res.destroy();
  const body = `${text}\n`;
  res.writeHead(status, { ...baseHeaders(false), 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, version: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

async function pageAt(relative) {
  const page = relative.replace(/\/+$/, '');
  if (page === '') return fileAt(join(root, 'index.html'));
  return (await fileAt(join(root, `${page}.html`))) ?? (await fileAt(join(root, 'shell.html'))) ?? fileAt(join(root, 'index.html'));
}

/**
 * The body to send and its encoding: the build's own .br/.gz beside the file
 * (tools/compress.mjs), as nginx's brotli_static/gzip_static send them, or
 * else compressed here once per version of the file.
 */
async function encode(file, body, ext, accept) {
  if (!compressible.has(ext) || body.length < 512) return [body, null];
  const wanted = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!wanted) return [body, null];
  // Only one written after the file: a file changed since (a test's copy of
  // the build, edited) is compressed afresh, never sent as it was.
  const companion = await fileAt(`${file.path}.${wanted === 'br' ? 'br' : 'gz'}`);
  if (companion && companion.version >= file.version) return [await readFile(companion.path), wanted];
  // Keyed by modification time too: a rebuild in place is served fresh.
  const cacheKey = `${file.path}@${file.version}:${wanted}`;
  if (!cache.has(cacheKey)) {
    cache.set(cacheKey, wanted === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return [cache.get(cacheKey), wanted];
}

/** The request's path inside the build, or an HTTP status to refuse it with. */
function pathInBuild(rawUrl) {
  if (rawUrl.length > MAX_URL) return { status: 414, text: 'URI too long' };
  let path;
  try {
    path = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    return { status: 400, text: 'bad request: malformed URL' };
  }
  if (path.includes('\0') || path.includes('\\')) return { status: 400, text: 'bad request' };
  if (!path.startsWith(base)) return { status: 404, text: 'not found' };
  const relative = path.slice(base.length);
  // No step outside the build, however it is spelled (%2e%2e%2f included).
  if (relative.split('/').some((part) => part === '..')) return { status: 400, text: 'bad request' };
  return { relative };
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
  }
  const { relative, status, text } = pathInBuild(req.url ?? '/');
  if (status) return refuse(res, status, text);
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root + sep)) return refuse(res, 400, 'bad request');

  // A page (no extension, outside data/) is its pre-rendered file when the
  // build has one (tools/prerender: /mpp/x → mpp/x.html), else the app's
  // empty shell (never another page's content); a file never falls back.
  // A region's embed (embed/63.11) is a page whatever its dots.
  const isEmbed = /^embed(\/[^/]*)?\/?$/.test(relative);
  const isPage = isEmbed || (extname(relative) === '' && !relative.startsWith('data/'));
  let file = isEmbed ? null : await fileAt(full);
  if (!file && isPage) file = await pageAt(relative);
  if (!file) return refuse(res, 404, 'not found');

  const ext = extname(file.path);
  const body = await readFile(file.path);
  const [payload, encoding] = await encode(file, body, ext, req.headers['accept-encoding'] ?? '');
  const headers = {
    ...baseHeaders(isEmbed),
    'content-type': types[ext] ?? 'application/octet-stream',
    // Trunk hashes the wasm/JS/CSS names: those may be cached for ever.
    'cache-control': HASHED.test(file.path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-length': payload.length,
    vary: 'accept-encoding',
  };
  if (relative === 'embed.js') headers['access-control-allow-origin'] = '*';
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

const server = createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => {
  handle(req, res).catch((error) => {
    console.error(`serve: ${req.method} ${String(req.url).slice(0, 200)}: ${error.message}`);
    refuse(res, 500, 'internal server error');
  });
});
// Malformed requests and oversized headers: answer 400/431 and go on.
server.on('clientError', (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
});
server.listen(port, host, () => {
  console.log(`Peta MPP: http://${host}:${port}${base} (serving ${root})`);
});
