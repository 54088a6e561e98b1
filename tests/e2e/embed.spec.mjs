// Embedding in a regency website: a host page on another origin (a second
// loopback port) frames /embed, sizes it with embed.js, and ignores
// messages that do not come from the frame's own origin.
import { test, expect } from './fixtures.mjs';
import { ROOT_URL } from '../../playwright.config.mjs';
import { shippedFeed, startHostSite } from './helpers.mjs';

const TILES = /tile\.openstreetmap\.org/;
const HOST_PORT = 4178;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
// A third origin for the stranger: localhost is not 127.0.0.1.
const STRANGER = `http://localhost:${HOST_PORT}`;
let host;
test.beforeAll(async () => {
  host = await startHostSite(HOST_PORT);
});
test.afterAll(() => host?.close());
test.beforeEach(async ({ context }) => context.route(TILES, (route) => route.abort()));

const hostPage = (frame) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pemerintah Kabupaten Balangan</title></head>
<body style="margin:0;font-family:sans-serif"><h1>Situs Kabupaten Balangan</h1>${frame}</body></html>`;

test('a host page on another origin frames the region, sized by embed.js', async ({ page, request }) => {
  const feed = await shippedFeed(request);
  const kalsel = feed.mpps.filter((m) => m.province.code === '63');
  host.pages['/host.html'] = hostPage(`<iframe id="peta" src="${ROOT_URL}/embed?wilayah=kalimantan-selatan" title="Peta MPP — Kalimantan Selatan" width="100%" height="300" style="border:0" loading="lazy" allow="geolocation" data-peta-mpp></iframe>
<iframe id="stranger" src="${STRANGER}/stranger.html" title="iklan" height="100"></iframe>
<iframe id="whole" src="${ROOT_URL}/" title="tidak boleh" height="100"></iframe>
<script src="${ROOT_URL}/embed.js" async></script>`);
  // Another origin tries to resize the map's frame (and its own).
  host.pages['/stranger.html'] = `<!doctype html><title>x</title><script>
    setInterval(() => parent.postMessage({ type: 'peta-mpp:height', height: 1234 }, '*'), 200);
  </script>`;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${HOST}/host.html`);
  const frame = page.frameLocator('#peta');
  await expect(frame.locator('h1')).toHaveText('MPP — Kalimantan Selatan');
  await expect(frame.locator('.result-count')).toHaveText(`${kalsel.length} dari 308 MPP`);
  const names = await frame.locator('ol.mpp-list > li .mpp-place').allTextContents();
  expect(names.length).toBe(Math.min(kalsel.length, 10));
  for (const place of names) expect(place).toContain('Kalimantan Selatan');

  // The frame's own height message sets the iframe's height…
  const iframe = page.locator('#peta');
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(600);
  const content = await frame.locator('.embed').evaluate((e) => e.offsetHeight);
  await expect.poll(async () => Math.round((await iframe.boundingBox()).height)).toBe(content);
  // …the host's own or a stranger's never do.
  await page.evaluate(() => window.postMessage({ type: 'peta-mpp:height', height: 1234 }, '*'));
  await page.waitForTimeout(500);
  expect(Math.round((await iframe.boundingBox()).height)).toBe(content);

  // Only /embed may be framed by another site: the rest of the app refuses.
  await expect(page.frameLocator('#whole').locator('.site-header')).toHaveCount(0);
  expect((await request.get('/embed')).headers()['content-security-policy']).toBe('frame-ancestors *');
  expect((await request.get('/')).headers()['content-security-policy']).toBe("frame-ancestors 'self'");

  // "Peta MPP ↗" opens the full app, in a new tab, on the same region.
  const full = frame.getByRole('link', { name: 'Peta MPP — buka di tab baru' });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('href', '/?provinsi=63');
  // Widening shows every MPP.
  await frame.getByRole('button', { name: 'Tampilkan semua MPP di Indonesia' }).click();
  await expect(frame.locator('.result-count')).toHaveText('308 dari 308 MPP');
});

test('a regency narrows further, preselects an MPP, and widens to its province', async ({ page }) => {
  await page.goto('/embed?wilayah=63.11&mpp=kabupaten-balangan&tampilan=daftar');
  await expect(page.locator('h1')).toHaveText('MPP — Kabupaten Balangan');
  await expect(page.locator('ol.mpp-list > li')).toHaveCount(1);
  await expect(page.locator('li[aria-current="true"]')).toContainText('MPP Kabupaten Balangan');
  await expect(page.locator('.map')).toHaveCount(0);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tampilkan semua MPP di Kalimantan Selatan' }).click();
  await expect(page.locator('h1')).toHaveText('MPP — Kalimantan Selatan');
  // Detail links leave the frame for a new tab.
  await expect(page.locator('a.mpp-link').first()).toHaveAttribute('target', '_blank');
});

test('unknown values get a clear message in the frame, never a blank frame', async ({ page }) => {
  await page.goto('/embed?wilayah=atlantis&tampilan=3d&lang=xx');
  const notice = page.locator('.embed-problems');
  await expect(notice).toContainText('Wilayah ini tidak dikenal di data MPP');
  await expect(notice).toContainText('“atlantis”');
  await expect(notice).toContainText('tampilan=3d');
  await expect(notice).toContainText('lang=xx');
  await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
  await expect(page.locator('.map')).toHaveCount(1);
});

test('works from 300 px, in English, map only', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 500 });
  await page.goto('/embed?wilayah=63&tampilan=peta&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('MPP — Kalimantan Selatan');
  await expect(page.locator('.map.leaflet-container')).toBeVisible();
  await expect(page.locator('ol.mpp-list')).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (process.env.SCREENSHOTS) {
    await page.setViewportSize({ width: 300, height: 640 });
    await page.goto('/embed?wilayah=63&tampilan=keduanya');
    await expect.poll(() => page.locator('.leaflet-fallback-pane path').count()).toBeGreaterThan(2);
    await page.screenshot({ path: 'docs/screenshot-embed-300.png' });
  }
});

test('the generator\'s snippet, pasted into a host page, works', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sematkan');
  await expect(page.locator('h1')).toHaveText('Sematkan Peta MPP di situs Anda');
  await page.getByRole('combobox', { name: 'Wilayah' }).selectOption('63.11');
  await page.getByRole('radio', { name: 'Daftar saja' }).check();
  const code = page.getByRole('textbox', { name: 'Kode untuk ditempel' });
  // The region's pre-rendered page (issue 24): its code in the path.
  await expect(code).toHaveValue(new RegExp(`src="${ROOT_URL}/embed/63\\.11\\?tampilan=daftar"`));
  const snippet = await code.inputValue();
  expect(snippet).toContain('title="Peta MPP — Kabupaten Balangan"');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('allow="geolocation"');
  expect(snippet).toContain('referrerpolicy="strict-origin-when-cross-origin"');
  expect(snippet).toContain(`<script src="${ROOT_URL}/embed.js" async></script>`);
  // The theme's content width applies unless "Lebar penuh" asks for the page's.
  expect(snippet).toContain('style="border:0;width:100%"');
  expect(snippet).not.toContain('max-width');
  const shortcode = page.getByRole('textbox', { name: 'Kode pendek WordPress (plugin Peta MPP)' });
  await expect(shortcode).toHaveValue('[peta_mpp wilayah="63.11" tampilan="daftar" bahasa="id" tinggi="600"]');
  await expect(page.getByText('WordPress menghapus iframe dan skripnya tanpa pemberitahuan', { exact: false })).toBeVisible();
  await page.getByRole('checkbox', { name: /Lebar penuh/ }).check();
  await expect(code).toHaveValue(/ class="alignfull" .*max-width:100%/);
  await expect(shortcode).toHaveValue(/ lebar="penuh"\]$/);
  await page.getByRole('checkbox', { name: /Lebar penuh/ }).uncheck();
  await expect(code).toHaveValue(snippet);
  // "Buka pada" (issue 23) travels in the frame's address and the shortcode.
  await page.getByRole('combobox', { name: 'Buka pada' }).selectOption('sab');
  await page.getByLabel(/^Jam /).fill('09:00');
  await page.getByLabel(/^Jam /).dispatchEvent('change');
  await expect(code).toHaveValue(/tampilan=daftar&amp;buka=sab&amp;jam=09\.00"/);
  await expect(shortcode).toHaveValue('[peta_mpp wilayah="63.11" tampilan="daftar" bahasa="id" tinggi="600" buka="sab" jam="09.00"]');
  await expect(page.frameLocator('.embed-preview').getByRole('combobox', { name: 'Buka pada' })).toHaveValue('sab');
  await page.getByRole('combobox', { name: 'Buka pada' }).selectOption('');
  await expect(code).toHaveValue(snippet);
  // The live preview shows the same frame.
  await expect(page.frameLocator('.embed-preview').locator('h1')).toHaveText('MPP — Kabupaten Balangan');
  await page.getByRole('button', { name: 'Salin kode', exact: true }).click();
  await expect(page.getByText('Kode disalin.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  host.pages['/pasted.html'] = hostPage(snippet);
  await page.goto(`${HOST}/pasted.html`);
  const frame = page.frameLocator('iframe[data-peta-mpp]');
  await expect(frame.locator('ol.mpp-list > li')).toHaveCount(1);
  await expect(frame.locator('ol.mpp-list > li')).toContainText('MPP Kabupaten Balangan');
  expect(page.frames().find((f) => f.url().includes('/embed')).url()).toBe(`${ROOT_URL}/embed/63.11?tampilan=daftar`);
  const content = await frame.locator('.embed').evaluate((e) => e.offsetHeight);
  await expect.poll(async () => Math.round((await page.locator('iframe[data-peta-mpp]').boundingBox()).height)).toBe(Math.max(200, content));
});
