// A regency hosting Peta MPP on its own site (https://example.go.id/peta-mpp/):
// the sub-path build under real nginx with the shipped
// deploy/nginx-subpath.conf (tests/nginx/serve.mjs replaces only its "site:"
// lines). Pages and reloads, framing, 404s for missing files, offline.
import { test, expect } from './fixtures.mjs';
import { readdirSync } from 'node:fs';
import { NGINX_SUBPATH_URL } from '../../playwright.config.mjs';
import { listItems, startHostSite, watchForErrors } from './helpers.mjs';

const BASE = NGINX_SUBPATH_URL; // ends in /peta-mpp/
const ORIGIN = new URL(BASE).origin;
const TILES = /tile\.openstreetmap\.org/;
const build = readdirSync('dist-subpath');
const hashed = (pattern) => build.find((f) => pattern.test(f));

test.beforeEach(async ({ context }) => context.route(TILES, (route) => route.abort()));

test('pages, a deep link and its reload, and in-app links stay under /peta-mpp/', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(BASE);
  await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
  await page.getByRole('link', { name: /MPP Kabupaten Aceh Barat/ }).first().click();
  await expect(page).toHaveURL(`${BASE}mpp/kabupaten-aceh-barat`);
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Aceh Barat');

  await page.goto(`${BASE}mpp/kabupaten-buol`);
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Buol');
  await page.reload();
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Buol');

  await page.goto(`${BASE}statistik`);
  await expect(page.locator('h1')).toHaveText('Statistik MPP');
  await page.locator('footer').getByRole('link', { name: 'Tentang' }).click();
  await expect(page).toHaveURL(`${BASE}tentang`);
  await expect(page.locator('h1')).toHaveText('Tentang Peta MPP');
  // A page without a pre-rendered file (the shell) and an unknown page.
  await page.goto(`${BASE}sematkan`);
  await expect(page.locator('h1')).toHaveText('Sematkan Peta MPP di situs Anda');
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Sematkan Peta MPP di situs Anda');
  expect(errors).toEqual([]);
});

test('each page is its own file or the shell; a missing file is a 404, never HTML', async ({ request }) => {
  const page = async (path) => {
    const response = await request.get(`${BASE}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    return response.text();
  };
  expect(await page('')).toContain('MPP Kabupaten Aceh Barat');
  expect(await page('mpp/kabupaten-buol')).toContain('<title>MPP Kabupaten Buol — Peta MPP</title>');
  expect(await page('statistik')).toContain('Cakupan per provinsi');
  // The shell: no other page's content (an /embed frame must not show the home list).
  for (const path of ['embed?wilayah=63', 'sematkan', 'no/such/page']) {
    expect(await page(path), path).not.toContain('MPP Kabupaten Aceh Barat');
  }
  // The address without its slash is sent to the app.
  const bare = await request.get(BASE.replace(/\/$/, ''), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toBe(BASE);

  for (const file of ['data/x.json', 'index-0123456789abcdef_bg.wasm', 'split_detail-0123456789abcdef.wasm', 'no-such-file.js', 'data/nothing']) {
    const response = await request.get(`${BASE}${file}`);
    expect(response.status(), file).toBe(404);
    expect(await response.text(), file).not.toContain('<script');
  }
  // Outside the prefix is the regency's own site, not Peta MPP.
  for (const path of ['/', '/mpp/kabupaten-buol', '/data/mpp.json']) {
    expect((await request.get(`${ORIGIN}${path}`)).status(), path).toBe(404);
  }
});

test('headers: security on every response, caching by kind, only /peta-mpp/embed framed by any site', async ({ request }) => {
  const wasm = hashed(/_bg\.wasm$/);
  const chunk = build.find((f) => f.endsWith('.wasm') && f !== wasm);
  // The hashed stylesheet, not editor.css (the editor's own, fetched by its page: not hashed).
  const immutable = [wasm, chunk, hashed(/-[0-9a-f]+\.js$/), hashed(/^main-[0-9a-f]+\.css$/)];
  const noCache = ['', 'mpp/kabupaten-buol', 'statistik', 'index.html', 'data/mpp.json', 'sw.js', 'embed.js', '__wasm_split.js', 'manifest.webmanifest', 'editor.css'];
  const missing = ['data/missing.json', 'no-such-file.js'];
  for (const path of ['embed?wilayah=63', ...immutable, ...noCache, ...missing]) {
    const headers = (await request.get(`${BASE}${path}`)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    if (path.startsWith('embed?')) {
      expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
      expect(headers['x-frame-options'], path).toBeUndefined();
    } else {
      expect(headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    }
    if (immutable.includes(path)) expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    if (noCache.includes(path)) expect(headers['cache-control'], path).toBe('no-cache');
  }
  const embedJs = await request.get(`${BASE}embed.js`);
  expect(embedJs.headers()['access-control-allow-origin']).toBe('*');
  const gz = await request.get(`${BASE}${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-type']).toBe('application/wasm');
  expect(gz.headers()['content-encoding']).toBe('gzip');
});

test('another site may frame /peta-mpp/embed, and no other page', async ({ page }) => {
  // A regency's page on another site (localhost is not 127.0.0.1).
  const host = await startHostSite(4183);
  try {
    host.pages['/'] = `<!doctype html><title>Situs kabupaten</title>
<iframe id="embed" src="${BASE}embed?wilayah=63" width="400" height="600"></iframe>
<iframe id="home" src="${BASE}" width="400" height="600"></iframe>`;
    const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors|X-Frame-Options/.test(m.text()) });
    await page.goto('http://localhost:4183/', { waitForApp: false });
    await expect(page.frameLocator('#embed').locator('main.embed h1')).toHaveText('MPP — Kalimantan Selatan');
    expect((await refused).text()).toContain(ORIGIN);
    await expect(page.frameLocator('#home').locator('.result-count')).toHaveCount(0);
  } finally {
    host.close();
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the home page, a visited page and pages never visited open offline', async ({ page, context }) => {
    await page.goto(BASE);
    await expect(listItems(page).first()).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toBe(`${BASE}sw.js`);
    await page.goto(`${BASE}mpp/kabupaten-buol`);
    await expect(page.locator('h1')).toContainText('MPP Kabupaten Buol');

    await context.setOffline(true);
    await page.goto(BASE);
    await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
    await expect(page.locator('.saved-data')).toContainText('Anda sedang offline');
    await page.goto(`${BASE}mpp/kabupaten-buol`);
    await expect(page.locator('h1')).toContainText('MPP Kabupaten Buol');
    // Never visited: the precached shell and the route's precached chunk.
    await page.goto(`${BASE}statistik`);
    await expect(page.locator('h1')).toHaveText('Statistik MPP');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Statistik MPP');
    await page.goto(`${BASE}embed?wilayah=63`);
    await expect(page.locator('main.embed h1')).toHaveText('MPP — Kalimantan Selatan');
  });
});
