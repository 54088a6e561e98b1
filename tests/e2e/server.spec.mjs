// The servers the project ships, as a browser and a careless client meet
// them: tools/serve.mjs and real nginx with deploy/nginx.conf give the same
// headers, fall back to the app only for pages, 404 for missing files, and
// answer malformed requests without dying.
import { test, expect } from './fixtures.mjs';
import { connect } from 'node:net';
import { readdirSync } from 'node:fs';
import { ROOT_URL, NGINX_URL } from '../../playwright.config.mjs';

const dist = readdirSync('dist');
const hashed = (pattern) => `/${dist.find((f) => pattern.test(f))}`;

for (const [kind, base] of [['tools/serve.mjs', ROOT_URL], ['nginx with deploy/nginx.conf', NGINX_URL]]) {
  test.describe(`served by ${kind}`, () => {
    test('security headers on every response; only /embed may be framed by other sites', async ({ request }) => {
      const wasm = hashed(/_bg\.wasm$/);
      const paths = ['/', '/embed?wilayah=63', '/mpp/kabupaten-buol', '/statistik', '/index.html', '/data/mpp.json',
        wasm, hashed(/\.js$/), hashed(/\.css$/), '/sw.js', '/embed.js', '/manifest.webmanifest',
        '/data/missing.json', '/no-such-file.js'];
      for (const path of paths) {
        const response = await request.get(`${base}${path}`);
        const headers = response.headers();
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
        if (path.startsWith('/embed?')) {
          expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
          expect(headers['x-frame-options'], path).toBeUndefined();
        } else {
          expect(headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
          expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
        }
      }
      expect((await request.get(`${base}/embed.js`)).headers()['access-control-allow-origin']).toBe('*');
    });

    test('pages fall back to the app; a missing file is a 404, never HTML', async ({ request }) => {
      for (const page of ['/', '/mpp/kabupaten-buol', '/embed?wilayah=63', '/tentang', '/no/such/page']) {
        const response = await request.get(`${base}${page}`);
        expect(response.status(), page).toBe(200);
        expect(response.headers()['content-type'], page).toMatch(/^text\/html/);
      }
      for (const file of ['/data/missing.json', '/index-0123456789abcdef_bg.wasm', '/peta-mpp-0123456789abcdef.js', '/data/nothing']) {
        const response = await request.get(`${base}${file}`);
        expect(response.status(), file).toBe(404);
        expect(await response.text(), file).not.toContain('<script');
      }
      const wasm = await request.get(`${base}${hashed(/_bg\.wasm$/)}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(wasm.headers()['content-type']).toBe('application/wasm');
      expect(wasm.headers()['content-encoding']).toBe('gzip');
      expect(wasm.headers()['cache-control']).toContain('immutable');
      expect((await request.get(`${base}/data/mpp.json`, { headers: { 'accept-encoding': 'gzip' } })).headers()['content-encoding']).toBe('gzip');
    });

    test('malformed and hostile requests get an answer, and the server goes on serving', async ({ request }) => {
      const { port } = new URL(base);
      const requests = [
        'GET /%E0%A4%A HTTP/1.1',
        'GET /%2e%2e%2f%2e%2e%2fetc%2fpasswd HTTP/1.1',
        'GET /../../etc/passwd HTTP/1.1',
        'GET /..%5c..%5cwindows HTTP/1.1',
        'GET /data/%00mpp.json HTTP/1.1',
        `GET /${'a'.repeat(20_000)} HTTP/1.1`,
        'BREW /coffee HTTP/1.1',
        'GET / HTTP/1.1\r\nRange: bytes=0-10',
        'GET / HTTP/1.1\r\nRange: bytes=99999999-',
        `GET / HTTP/1.1\r\nX-Big: ${'b'.repeat(40_000)}`,
        'HEAD /data/mpp.json HTTP/1.1',
        'GARBAGE',
      ];
      for (const line of requests) {
        const answer = await raw(port, `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        const status = Number(answer.match(/^HTTP\/1\.[01] (\d{3})/)?.[1]);
        expect(status, `${line.slice(0, 60)} → ${answer.slice(0, 80)}`).toBeGreaterThanOrEqual(200);
        expect(status, line.slice(0, 60)).toBeLessThan(500);
        expect(answer, line.slice(0, 60)).not.toMatch(/root:x:0:0/);
      }
      expect((await request.get(`${base}/`)).status()).toBe(200);
    });
  });
}

/** Sends `text` as it is on a fresh connection; the whole answer. */
function raw(port, text) {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${text.slice(0, 40)}`)));
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', (e) => (answer ? resolve(answer) : reject(e)));
    socket.write(text);
  });
}
