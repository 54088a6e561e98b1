// Pre-rendered pages (tools/prerender): readable without JavaScript, with
// their own title and link preview, listed in the sitemap; the app takes
// over without a layout shift; offline, a page is never answered with
// another page's HTML.
import { test, expect } from './fixtures.mjs';
import { SUBPATH_URL } from '../../playwright.config.mjs';
import { shippedFeed, watchForErrors, watchLayoutShift } from './helpers.mjs';

const PAGES = [
  // path, what it must show without JavaScript
  ['/', ['Mal Pelayanan Publik di Indonesia', 'MPP Kabupaten Aceh Barat', '308 dari 308 MPP']],
  // one of the nine new, with no details recorded: the gap said once
  ['/mpp/kabupaten-buol', ['MPP Kabupaten Buol', 'Baru', 'Kabupaten Buol · Sulawesi Tengah', 'Diresmikan 15 Desember 2025', 'Belum tercatat: alamat, jam layanan, daftar layanan']],
  // one with hours and an address
  ['/mpp/kota-padang', ['MPP Kota Padang', 'Jam layanan', 'Senin–Jumat']],
  // another of the nine
  ['/mpp/kabupaten-cianjur', ['MPP Kabupaten Cianjur', 'Baru', 'Jawa Barat']],
  ['/statistik', ['Statistik MPP', 'Cakupan per provinsi', 'Kalimantan Selatan']],
  ['/tentang', ['Tentang Peta MPP', 'Apa itu MPP?']],
  ['/inovasi', ['Inovasi peraih OPSI KIPP 2025', 'Serving The Villager', 'Kabupaten Bintan, Kepulauan Riau', '13 lainnya belum ditemukan di sumber yang tersedia.']],
];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, texts] of PAGES) {
    test(`${path} reads completely, its links work`, async ({ page }) => {
      await page.goto(path, { waitForApp: false });
      const main = page.locator('main');
      for (const text of texts) await expect(main).toContainText(text);
      // Controls only the app can work are hidden, not left doing nothing.
      await expect(page.locator('.language-switch')).toBeHidden();
      for (const control of await page.locator('.search-panel, .share, .show-on-map, .view-switch, .innovation-filter').all()) await expect(control).toBeHidden();
      // A link in the page leads to another pre-rendered page.
      await page.locator('footer a[href$="/tentang"]').click();
      await expect(page.locator('h1')).toHaveText('Tentang Peta MPP');
    });
  }

  test('"Tampilkan semua" on / leads to every MPP, under /peta-mpp/ too', async ({ page, request }) => {
    const feed = await shippedFeed(request);
    for (const base of ['', SUBPATH_URL.replace(/\/$/, '')]) {
      await page.goto(`${base}/`, { waitForApp: false });
      await expect(page.locator('ol.mpp-list > li')).toHaveCount(20);
      // The app's "Tampilkan lebih banyak" button would do nothing here.
      await expect(page.getByRole('button', { name: /Tampilkan lebih banyak/ })).toHaveCount(0);
      await page.getByRole('link', { name: `Tampilkan semua (${feed.mpps.length})` }).click();
      await expect(page).toHaveURL(`${base ? base : 'http://127.0.0.1:4173'}/semua`);
      await expect(page).toHaveTitle('Semua MPP — Peta MPP');
      await expect(page.locator('ol.mpp-list > li')).toHaveCount(feed.mpps.length);
      await expect(page.locator('.show-more')).toHaveCount(0);
      // The last MPP of the list, which / alone never reaches.
      const last = page.locator('ol.mpp-list > li').last().locator('.mpp-link');
      const name = await last.locator('.mpp-name').textContent();
      await last.click();
      await expect(page.locator('h1')).toContainText(name);
    }
  });

  test('the list links to each MPP page, under /peta-mpp/ too', async ({ page }) => {
    for (const base of ['', SUBPATH_URL.replace(/\/$/, '')]) {
      await page.goto(`${base}/`, { waitForApp: false });
      await page.getByRole('link', { name: 'MPP Kabupaten Balangan' }).click();
      await expect(page).toHaveURL(`${base ? base : 'http://127.0.0.1:4173'}/mpp/kabupaten-balangan`);
      await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');
      await expect(page.locator('.inauguration')).toContainText('Diresmikan 15 Desember 2025');
    }
  });
});

test('each MPP page has its own title and link preview', async ({ request }) => {
  for (const [slug, name, region] of [['kabupaten-buol', 'MPP Kabupaten Buol', 'Sulawesi Tengah'], ['kota-padang', 'MPP Kota Padang', 'Sumatera Barat']]) {
    const html = await (await request.get(`/mpp/${slug}`)).text();
    expect(html).toContain(`<title>${name} — Peta MPP</title>`);
    expect(html).toContain(`<meta property="og:title" content="${name} — Peta MPP">`);
    expect(html).toMatch(new RegExp(`<meta property="og:description" content="${name} di [^"]*${region}\\.`));
    expect(html).toMatch(new RegExp(`<meta property="og:url" content="https?://[^"]+/mpp/${slug}">`));
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/icons\/icon-512\.png">/);
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toMatch(new RegExp(`<meta name="description" content="${name} di `));
  }
  // A path without a page of its own gets the empty shell, never another page.
  const embed = await (await request.get('/embed?wilayah=63')).text();
  expect(embed).not.toContain('id="prerendered"');
  const unknown = await (await request.get('/mpp/tidak-ada')).text();
  expect(unknown).not.toContain('id="prerendered"');
});

test('the sitemap lists every MPP, robots.txt points to it', async ({ request }) => {
  const feed = await shippedFeed(request);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(urls.filter((u) => u.startsWith('/mpp/')).sort()).toEqual(feed.mpps.map((m) => `/mpp/${m.slug}`).sort());
  expect(urls).toEqual(expect.arrayContaining(['/', '/semua', '/statistik', '/tentang']));
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

for (const [path, width] of [['/', 360], ['/', 1280], ['/semua', 360], ['/mpp/kota-padang', 360], ['/mpp/kabupaten-buol', 1280], ['/statistik', 360], ['/inovasi', 360], ['/mpp/kabupaten-bintan', 360]]) {
  test(`${path} at ${width} px becomes the app with no layout shift and no error`, async ({ page }) => {
    await page.setViewportSize({ width, height: width > 400 ? 800 : 740 });
    const errors = watchForErrors(page);
    const layoutShift = await watchLayoutShift(page);
    await page.goto(path, { waitForApp: false });
    const heading = await page.locator('h1').first().textContent();
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.locator('h1')).toHaveText(heading);
    await page.waitForTimeout(1000);
    expect(await layoutShift()).toBeLessThan(0.1);
    expect(errors).toEqual([]);
  });
}

test('/semua with the app: every MPP at once, and the search narrows them', async ({ page, request }) => {
  const feed = await shippedFeed(request);
  await page.goto('/semua');
  await expect(page.locator('ol.mpp-list > li')).toHaveCount(feed.mpps.length);
  await expect(page.locator('.show-more')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Cari MPP' }).fill('buol');
  await expect(page.locator('ol.mpp-list > li')).toHaveCount(1);
  await expect(page).toHaveURL(/\/semua\?q=buol$/);
});

test('what was typed before the app took over is kept, and searched', async ({ page }) => {
  // The feed arrives late: the reader types into the pre-rendered page.
  await page.route('**/data/mpp.json', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/', { waitForApp: false });
  await page.locator('#prerendered').getByRole('searchbox', { name: 'Cari MPP' }).fill('buol');
  await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('searchbox', { name: 'Cari MPP' })).toHaveValue('buol');
  await expect(page.locator('.result-count')).toHaveText(/^1 dari 308 MPP/);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('a detail page never visited opens offline as that MPP, never as the home list', async ({ page, context }) => {
    await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    await page.addInitScript(() => {
      window.__listShown = false;
      new MutationObserver(() => {
        if (document.querySelector('ol.mpp-list')) window.__listShown = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/mpp/kabupaten-malinau', { waitForApp: false });
    await expect(page.locator('h1')).toContainText('MPP Kabupaten Malinau');
    expect(await page.evaluate(() => window.__listShown)).toBe(false);
    // A page visited online is kept under its own URL, pre-rendered.
    await context.setOffline(false);
    await page.goto('/tentang', { waitForApp: false });
    // Workbox's cache put finishes after the response: wait for the copy.
    await expect.poll(() => page.evaluate(async () => !!(await (await caches.open('peta-mpp-pages')).match(location.href)))).toBe(true);
    await context.setOffline(true);
    await page.goto('/tentang', { waitForApp: false });
    await expect(page.locator('h1')).toHaveText('Tentang Peta MPP');
  });
});
