// The bytes a host sends (issue 24): the build's .br/.gz files
// (tools/compress.mjs) as real nginx with the shipped deploy/nginx.conf and
// deploy/nginx-subpath.conf sends them — brotli to a browser that accepts
// it, gzip to one that accepts only gzip, the file itself to one that
// accepts neither, each decoding to the built file — and the same
// configuration loading and sending gzip on a host without the brotli module.
import { test, expect } from './fixtures.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { NGINX_SUBPATH_URL, NGINX_URL, ROOT_URL } from '../../playwright.config.mjs';

const WITHOUT_MODULE_PORT = 4188;

/** The response with its body as sent, not decoded (Playwright's request decodes). */
function rawGet(url, accept) {
  return new Promise((resolve, reject) => {
    const headers = accept === null ? {} : { 'accept-encoding': accept };
    httpRequest(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

const DECODE = { br: brotliDecompressSync, gzip: gunzipSync, identity: (body) => body };

/** `path` (a URL path) as `file` (in the build) asked with each accept-encoding, and what each must come as. */
async function expectEncodings(base, path, file, cases) {
  const built = readFileSync(file);
  for (const [accept, encoding] of cases) {
    const label = `${path} with accept-encoding ${JSON.stringify(accept)}`;
    const response = await rawGet(`${base}${path}`, accept);
    expect(response.status, label).toBe(200);
    expect(response.headers['content-encoding'] ?? 'identity', label).toBe(encoding);
    expect(response.headers.vary, label).toMatch(/accept-encoding/i);
    // What the browser gets once decoded is the built file, byte for byte.
    expect(DECODE[encoding](response.body).equals(built), label).toBe(true);
    if (encoding !== 'identity') expect(response.body.length, label).toBeLessThan(built.length);
  }
}

const mainWasm = (dir) => readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
const BROTLI_FIRST = [['br, gzip', 'br'], ['gzip, deflate, br', 'br'], ['gzip', 'gzip'], [null, 'identity'], ['identity', 'identity']];

test('the build holds a .br and a .gz beside its text and wasm files, and the worker precaches none', () => {
  const files = readdirSync('dist', { recursive: true });
  for (const file of [mainWasm('dist'), 'index.html', 'mpp/kabupaten-balangan.html', 'data/mpp.json', 'sw.js']) {
    expect(files, file).toContain(`${file}.br`);
    expect(files, file).toContain(`${file}.gz`);
  }
  expect(files.filter((f) => /\.(br|gz)\.(br|gz)$/.test(f))).toEqual([]);
  expect(files.filter((f) => /\.png\.(br|gz)$/.test(f))).toEqual([]);
  const worker = readFileSync('dist/sw.js', 'utf8');
  expect(worker).toContain(mainWasm('dist'));
  expect(worker).not.toMatch(/\.(br|gz)["']/);
});

test.describe('nginx with deploy/nginx.conf and the brotli module', () => {
  test('the main wasm and pages go out as brotli, gzip or themselves, as the browser accepts', async () => {
    const wasm = mainWasm('dist');
    await expectEncodings(NGINX_URL, `/${wasm}`, `dist/${wasm}`, BROTLI_FIRST);
    await expectEncodings(NGINX_URL, '/', 'dist/index.html', BROTLI_FIRST);
    await expectEncodings(NGINX_URL, '/mpp/kabupaten-balangan', 'dist/mpp/kabupaten-balangan.html', BROTLI_FIRST);
    await expectEncodings(NGINX_URL, '/data/mpp.json', 'dist/data/mpp.json', BROTLI_FIRST);
    // The hashed file keeps its caching rule when sent compressed.
    expect((await rawGet(`${NGINX_URL}/${wasm}`, 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('under a sub-path (deploy/nginx-subpath.conf) too', async () => {
    const wasm = mainWasm('dist-subpath');
    await expectEncodings(NGINX_SUBPATH_URL, wasm, `dist-subpath/${wasm}`, BROTLI_FIRST);
    await expectEncodings(NGINX_SUBPATH_URL, 'mpp/kabupaten-balangan', 'dist-subpath/mpp/kabupaten-balangan.html', BROTLI_FIRST);
  });
});

test.describe('nginx with deploy/nginx.conf on a host without the brotli module', () => {
  test('both configurations load with and without the module', () => {
    for (const brotli of ['on', 'off']) {
      for (const args of [[], ['--conf', 'deploy/nginx-subpath.conf', '--base', '/peta-mpp/', '--dir', 'dist-subpath']]) {
        const checked = spawnSync('node', ['tests/nginx/serve.mjs', '--check', '--brotli', brotli, ...args], { encoding: 'utf8' });
        expect(checked.status, `${args.join(' ')} --brotli ${brotli}: ${checked.stderr}`).toBe(0);
        expect(checked.stderr).toContain('test is successful');
      }
    }
  });

  test('its snippet is what needs the module: included without it, nginx refuses to start', () => {
    // Proves the check above can fail: brotli_static is unknown without the module.
    const prefix = mkdtempSync(join(tmpdir(), 'peta-mpp-nginx-refused-'));
    try {
      writeFileSync(join(prefix, 'nginx.conf'), `pid ${prefix}/nginx.pid;
events {}
http { server { listen 127.0.0.1:${WITHOUT_MODULE_PORT}; include ${resolve('deploy/nginx-brotli.conf')}; } }
`);
      const refused = spawnSync('/usr/sbin/nginx', ['-t', '-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain('unknown directive "brotli_static"');
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });

  test('gzip to every browser that accepts it, the file itself to the others', async () => {
    const server = spawn('node', ['tests/nginx/serve.mjs', '--brotli', 'off', '--port', String(WITHOUT_MODULE_PORT)], { stdio: 'ignore' });
    const exited = new Promise((resolve) => server.once('exit', resolve));
    const base = `http://127.0.0.1:${WITHOUT_MODULE_PORT}`;
    try {
      await expect.poll(() => rawGet(`${base}/`, null).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
      const wasm = mainWasm('dist');
      const gzipOnly = [['br, gzip', 'gzip'], ['gzip', 'gzip'], [null, 'identity']];
      await expectEncodings(base, `/${wasm}`, `dist/${wasm}`, gzipOnly);
      await expectEncodings(base, '/mpp/kabupaten-balangan', 'dist/mpp/kabupaten-balangan.html', gzipOnly);
      // The build's level-9 file, not nginx's on-the-fly level 1.
      expect((await rawGet(`${base}/${wasm}`, 'gzip')).body.equals(readFileSync(`dist/${wasm}.gz`))).toBe(true);
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
  });
});

test('tools/serve.mjs sends the build\'s own .br and .gz', async () => {
  const wasm = mainWasm('dist');
  await expectEncodings(ROOT_URL, `/${wasm}`, `dist/${wasm}`, BROTLI_FIRST);
  expect((await rawGet(`${ROOT_URL}/${wasm}`, 'br')).body.equals(readFileSync(`dist/${wasm}.br`))).toBe(true);
  expect((await rawGet(`${ROOT_URL}/${wasm}`, 'gzip')).body.equals(readFileSync(`dist/${wasm}.gz`))).toBe(true);
});
