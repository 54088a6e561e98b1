// The bytes a real host sends: the first load's files fetched from real nginx
// with deploy/nginx.conf as deployed (tests/nginx/serve.mjs), with and
// without the brotli module, from nginx with gzip on the fly only (the
// config before the build wrote .br/.gz files: the same build without them),
// and from tools/serve.mjs (what the rest of `make bench` measures), each
// asked with `accept-encoding: br, gzip` and with gzip only. Counts the bytes
// of the body as sent, before any decoding.
//
//   node bench/wire-bytes.mjs [dist]     prints the table (bench/bench.mjs adds it to BENCHMARKS.md)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const ACCEPTS = ['br, gzip', 'gzip'];

/** A server of `dir` on `port` (argv for node), until `stop()`. */
async function start(args, port) {
  const child = spawn('node', args, { stdio: 'ignore' });
  const exited = new Promise((done) => child.once('exit', done));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await get(`${url}/`, '').then(() => true, () => false)) break;
    if (i === 100) throw new Error(`bench: ${args.join(' ')} did not answer`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return { url, stop: () => (child.kill('SIGTERM'), exited) };
}

/** The body's bytes as sent and its content-encoding. */
function get(url, accept) {
  return new Promise((done, fail) => {
    request(url, { headers: { 'accept-encoding': accept } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => { bytes += chunk.length; });
      res.on('end', () => (res.statusCode === 200 ? done({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' }) : fail(new Error(`${url}: ${res.statusCode}`))));
    }).on('error', fail).end();
  });
}

/**
 * Fetches `files` (paths inside `dist`, index.html as `/`) from each server;
 * returns one row per server and encoding asked: the main wasm's bytes and
 * encoding, and the sum of all.
 */
export async function wireBytes(dist, files) {
  const paths = files.map((file) => `/${relative(dist, file).replace(/\\/g, '/')}`.replace(/^\/index\.html$/, '/'));
  const wasm = paths.find((p) => p.endsWith('_bg.wasm'));
  const plain = mkdtempSync(join(tmpdir(), 'peta-mpp-bench-plain-'));
  cpSync(dist, plain, { recursive: true, filter: (path) => !/\.(br|gz)$/.test(path) });
  const nginx = (dir, port, brotli) => ['tests/nginx/serve.mjs', '--dir', dir, '--port', String(port), '--brotli', brotli];
  const servers = [
    ...(existsSync(BROTLI_MODULE) ? [['nginx, deploy/nginx.conf with the brotli module', nginx(dist, 4196, 'on'), 4196]] : []),
    ['nginx, deploy/nginx.conf without the brotli module', nginx(dist, 4197, 'off'), 4197],
    ['nginx, gzip on the fly only (no .br/.gz files)', nginx(plain, 4198, 'off'), 4198],
    ['tools/serve.mjs', ['tools/serve.mjs', '--dir', dist, '--port', '4199'], 4199],
  ];
  const rows = [];
  try {
    for (const [name, args, port] of servers) {
      const server = await start(args, port);
      try {
        for (const accept of ACCEPTS) {
          const got = [];
          for (const path of paths) got.push({ path, ...(await get(`${server.url}${path}`, accept)) });
          const main = got.find((g) => g.path === wasm);
          rows.push({ name, accept, wasm: main.bytes, wasmEncoding: main.encoding, total: got.reduce((a, g) => a + g.bytes, 0) });
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(plain, { recursive: true, force: true });
  }
  return rows;
}

/** The rows as a Markdown table, in KB. */
export function wireTable(rows) {
  const kb = (n) => (n / 1024).toFixed(1);
  return [
    '| server | accept-encoding | main wasm KB (as sent) | first load KB |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | \`${r.accept}\` | ${kb(r.wasm)} (${r.wasmEncoding}) | ${kb(r.total)} |`),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const hashed = (re) => join(dist, readdirSync(dist).find((f) => re.test(f)));
  const files = [join(dist, 'index.html'), hashed(/^main-[0-9a-f]+\.css$/), hashed(/^peta-mpp-[0-9a-f]+\.js$/), hashed(/_bg\.wasm$/), join(dist, 'data/mpp.json')];
  console.log(wireTable(await wireBytes(dist, files)));
}
