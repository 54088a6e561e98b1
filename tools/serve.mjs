// A small static server for dist/ with SPA fallback and compression, as a
// real host would serve Peta MPP. No dependencies.
//
//   node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /]
//
// --base /peta-mpp/ serves the build under that sub-path (paths outside it 404).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
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
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.wasm', '.svg', '.webmanifest', '.txt']);
const cache = new Map();

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, version: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

function encode(body, ext, accept, key) {
  if (!compressible.has(ext) || body.length < 512) return [body, null];
  const wanted = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!wanted) return [body, null];
  const cacheKey = `${key}:${wanted}`;
  if (!cache.has(cacheKey)) {
    cache.set(cacheKey, wanted === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return [cache.get(cacheKey), wanted];
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = await fileAt(join(root, relative));
  const isPage = relative === '' || relative === '.' || extname(relative) === '';
  if (!file && isPage) {
    file = await fileAt(join(root, 'index.html')); // SPA fallback: the router decides
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const ext = extname(file.path);
  const body = await readFile(file.path);
  // Keyed by modification time too: a rebuild in place is served fresh.
  const [payload, encoding] = encode(body, ext, req.headers['accept-encoding'] ?? '', `${file.path}@${file.version}`);
  const headers = {
    'content-type': types[ext] ?? 'application/octet-stream',
    // Trunk hashes the wasm/JS/CSS names: those may be cached for ever.
    'cache-control': /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file.path)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    vary: 'accept-encoding',
  };
  if (encoding) headers['content-encoding'] = encoding;
  // As deploy/nginx.conf: /embed may be framed by any site, the rest only by itself.
  if (isPage || ext === '.html') {
    headers['content-security-policy'] = /^embed\/?$/.test(relative) ? 'frame-ancestors *' : "frame-ancestors 'self'";
  }
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}).listen(port, host, () => {
  console.log(`Peta MPP: http://${host}:${port}${base} (serving ${root})`);
});
