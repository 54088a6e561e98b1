// Finding an MPP at 360×740: search, filters, nearest to me, opening
// hours, directions, shareable URLs and the two languages.
import { test, expect, appTookOver } from './fixtures.mjs';
import { listItems, shippedFeed, showAll, watchForErrors } from './helpers.mjs';

const TILES = /tile\.openstreetmap\.org/;
const names = (page) => listItems(page).locator('.mpp-name').allTextContents();
const search = (page) => page.getByRole('searchbox', { name: 'Cari MPP' });

test.beforeEach(async ({ page }) => page.route(TILES, (route) => route.abort()));

test('"balangan" finds MPP Kabupaten Balangan first, and the URL keeps it', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await search(page).fill('balangan');
  await expect(listItems(page).first().locator('.mpp-name')).toHaveText('MPP Kabupaten Balangan');
  await expect(page).toHaveURL(/\?q=balangan$/);
  await expect(page.locator('.result-count')).toContainText('dari 308 MPP');
  expect(errors).toEqual([]);
});

test('a keystroke draws its first rows in the next frame, and the rest of the page once typing pauses', async ({ page }) => {
  await page.goto('/');
  await appTookOver(page);
  await expect(listItems(page)).toHaveCount(20);
  const seen = await page.evaluate(async () => {
    const rows = () => document.querySelectorAll('ol.mpp-list > li').length;
    const input = document.querySelector('#search-input');
    // Leptos has drawn what a keystroke draws before the next task.
    const type = async (text) => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      return rows();
    };
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const start = performance.now();
    const first = await type('ka');
    await painted();
    const typing = rows();
    const soon = performance.now() - start;
    const next = await type('kab');
    await new Promise((resolve) => setTimeout(resolve, 700));
    return { first, typing, soon, next, paused: rows() };
  });
  expect(seen.first).toBe(4);
  // A frame later, still within the pause the rest waits for (150 ms; a
  // machine too busy to paint within 100 ms cannot tell).
  if (seen.soon < 100) expect(seen.typing).toBe(4);
  expect(seen.next).toBe(4);
  expect(seen.paused).toBe(20);
  await expect(page.locator('.result-count')).toContainText('dari 308 MPP');
  // More rows of the same result come at once, in steps of a frame each.
  await page.getByRole('button', { name: /Tampilkan lebih banyak/ }).click();
  await expect(listItems(page)).toHaveCount(40);
});

test('"jateng" lists every Jawa Tengah MPP of the feed, on the list and the map', async ({ page, request }) => {
  const feed = await shippedFeed(request);
  const jateng = feed.mpps.filter((m) => m.province.code === '33');
  await page.goto('/?q=jateng');
  await showAll(page);
  await expect(listItems(page)).toHaveCount(jateng.length);
  expect((await names(page)).sort()).toEqual(jateng.map((m) => m.name).sort());
  await expect(page.locator('.result-count')).toHaveText(`${jateng.length} dari 308 MPP`);
  // The map shows the same result set (markers plus cluster counts).
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect(page.locator('.map.leaflet-container')).toBeVisible();
  const located = jateng.filter((m) => m.location).length;
  await expect
    .poll(() =>
      page.evaluate(() => {
        const clusters = [...document.querySelectorAll('.mpp-cluster')].map((c) => parseInt(c.textContent, 10));
        return document.querySelectorAll('.mpp-marker').length + clusters.reduce((a, b) => a + b, 0);
      }),
    )
    .toBe(located);
});

test('typos, "kab." and accents are forgiven', async ({ page }) => {
  await page.goto('/');
  await search(page).fill('Kab. Cianjru');
  await expect(listItems(page).first().locator('.mpp-name')).toHaveText('MPP Kabupaten Cianjur');
  await search(page).fill('zzqxw');
  await expect(listItems(page)).toHaveCount(0);
  await expect(page.locator('.result-count')).toContainText('Tidak ada MPP yang cocok');
  await page.getByRole('button', { name: 'Hapus pencarian dan saringan' }).click();
  await expect(search(page)).toHaveValue('');
  await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
});

test('a service filter shows who offers it and says how many have no list yet', async ({ page, request }) => {
  const feed = await shippedFeed(request);
  const offering = feed.mpps.filter((m) => m.services.includes('kependudukan'));
  const unlisted = feed.mpps.filter((m) => m.services.length === 0).length;
  await page.goto('/');
  await page.getByText('Saring', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Layanan' }).selectOption('kependudukan');
  await expect(page.locator('.result-count')).toHaveText(`${offering.length} dari 308 MPP`);
  await expect(page.locator('.category-note')).toContainText(`${unlisted} MPP lain belum punya daftar layanan`);
  await expect(page).toHaveURL(/layanan=kependudukan/);
  // Filters combine: the new ones among them.
  await page.getByLabel('Baru — 15 Desember 2025').check();
  const newOffering = offering.filter((m) => m.status === 'new');
  expect(newOffering.length).toBeGreaterThan(0);
  await expect(page.locator('.result-count')).toHaveText(`${newOffering.length} dari 308 MPP`);
  await showAll(page);
  await expect(listItems(page)).toHaveCount(newOffering.length);
});

test('the URL round-trips: query, filters, selection and view survive a reload', async ({ page }) => {
  await page.goto('/?q=kota&provinsi=35&tahun=2024&mpp=kota-kediri');
  await expect(search(page)).toHaveValue('kota');
  await expect(page.getByRole('combobox', { name: 'Provinsi' })).toHaveValue('35');
  await expect(page.getByRole('combobox', { name: 'Tahun peresmian' })).toHaveValue('2024');
  const first = await names(page);
  expect(first.length).toBeGreaterThan(0);
  await page.reload();
  await expect(listItems(page)).toHaveCount(first.length);
  expect(await names(page)).toEqual(first);
  await expect(page.locator('.mpp-item.is-selected')).toHaveCount(first.includes('MPP Kota Kediri') ? 1 : 0);
  // Changing a filter rewrites the URL in place (no new history entry per keystroke).
  const before = await page.evaluate(() => history.length);
  await search(page).fill('kediri');
  await expect(page).toHaveURL(/q=kediri/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('bad parameters are reported and ignored, never a blank page', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/?provinsi=<script>&tahun=abc&peta=NaN,1,2&lang=xx&mpp=../../x');
  const notice = page.locator('.notice-warning');
  await expect(notice).toContainText('tidak dapat dibaca dan diabaikan');
  for (const name of ['provinsi', 'tahun', 'mpp', 'peta', 'lang']) await expect(notice).toContainText(name);
  await expect(listItems(page)).toHaveCount(20);
  expect(errors).toEqual([]);
});

test.describe('nearest to me', () => {
  test('granted at Paringin: Balangan first, with its distance, and the point on the map', async ({ browser, request, baseURL }) => {
    const feed = await shippedFeed(request);
    const balangan = feed.mpps.find((m) => m.slug === 'kabupaten-balangan');
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 360, height: 740 },
      permissions: ['geolocation'],
      geolocation: { latitude: balangan.location.lat + 0.01, longitude: balangan.location.lon },
    });
    const page = await context.newPage();
    await page.route(TILES, (route) => route.abort());
    await page.goto('/');
    await appTookOver(page);
    await expect(listItems(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'Lokasi saya' }).click();
    await expect(page.getByText('Diurutkan dari yang terdekat dengan Anda.')).toBeVisible();
    const first = listItems(page).first();
    await expect(first.locator('.mpp-name')).toHaveText('MPP Kabupaten Balangan');
    await expect(first.locator('.distance')).toHaveText('1,1 km dari Anda');
    // Distances grow down the list.
    const km = (await listItems(page).locator('.distance').allTextContents()).map((t) =>
      parseFloat(t.replace(/\./g, '').replace(',', '.')),
    );
    expect(km).toEqual([...km].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Peta', exact: true }).click();
    await expect(page.locator('path.user-position')).toHaveCount(1);
    await expect(page.locator('.leaflet-tooltip')).toHaveText('Lokasi Anda');
    // A language switch says it in the new words, where it was.
    await page.locator('.language-switch').click();
    await expect(page.locator('.leaflet-tooltip')).toHaveText('Your location');
    await expect(page.locator('path.user-position')).toHaveCount(1);
    await context.close();
  });

  test('denied: a plain message that suggests searching by regency', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    // No permission granted: the browser refuses, as a user tapping "Block" would.
    await page.addInitScript(() => {
      navigator.geolocation.getCurrentPosition = (_ok, fail) => setTimeout(() => fail({ code: 1, message: 'denied' }), 10);
    });
    await page.goto('/');
    await appTookOver(page);
    await page.getByRole('button', { name: 'Lokasi saya' }).click();
    await expect(page.locator('.geo-message')).toContainText('Izin lokasi ditolak');
    await expect(page.locator('.geo-message')).toContainText('cari berdasarkan nama kabupaten/kota');
    await expect(listItems(page)).toHaveCount(20);
    await context.close();
  });
});

test.describe('opening hours, on the MPP\'s own clock', () => {
  // A browser in New York: the state must still follow Banda Aceh's WIB.
  test.use({ timezoneId: 'America/New_York' });

  test('Friday prayer break and a Monday afternoon in WIB', async ({ page }) => {
    // Friday 4 Dec 2026, 12:00 WIB = 05:00 UTC: Banda Aceh breaks 11:30–14:00 on Fridays.
    await page.clock.setFixedTime(new Date('2026-12-04T05:00:00Z'));
    await page.goto('/mpp/kota-banda-aceh');
    await expect(page.locator('.hours-now .open-state')).toHaveText('Tutup · buka lagi Jumat 14:00 WIB');
    // Monday 30 Nov 2026, 10:00 WIB.
    await page.clock.setFixedTime(new Date('2026-11-30T03:00:00Z'));
    await page.reload();
    await expect(page.locator('.hours-now .open-state')).toHaveText('Buka sekarang · istirahat 12:30 WIB');
    // No hours: said once, among what is not recorded.
    await page.goto('/mpp/kabupaten-buol');
    await expect(page.locator('.hours-now')).toHaveCount(0);
    await expect(page.locator('.missing')).toContainText('jam layanan');
  });
});

test('directions: OpenStreetMap and Google Maps, honest about regency seats', async ({ page }) => {
  await page.goto('/mpp/kabupaten-aceh-barat');
  // (Within the directions: the map's credits link to OpenStreetMap too.)
  const osm = page.locator('.directions').getByRole('link', { name: 'OpenStreetMap' });
  const google = page.locator('.directions').getByRole('link', { name: 'Google Maps' });
  await expect(osm).toHaveAttribute('href', /openstreetmap\.org\/directions\?route=%3B4\.14402%2C96\.12664/);
  await expect(osm).toHaveAttribute('target', '_blank');
  // The point is the regency seat, so Google Maps gets the address text.
  await expect(google).toHaveAttribute('href', /destination=MPP%20Kabupaten%20Aceh%20Barat,%20Jalan%20Nasional/);
  await expect(page.locator('.directions .caveat')).toContainText('Google Maps diarahkan ke alamat MPP');
});

test('share: the link is copied where there is no share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
    window.__copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => window.__copied.push(t) } });
  });
  await page.goto('/?q=buol');
  await page.getByRole('button', { name: 'Bagikan' }).click();
  await expect(page.getByText('Tautan disalin.')).toBeVisible();
  expect(await page.evaluate(() => window.__copied)).toEqual([page.url()]);
});

test('languages: English by the switch and ?lang=en, remembered, <html lang> follows', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/?q=balangan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Public Service Malls in Indonesia');
  await expect(page.getByRole('searchbox', { name: 'Search MPPs' })).toHaveValue('balangan');
  await expect(page).toHaveURL(/lang=en/);
  await expect(listItems(page).first()).toContainText('Inaugurated 15 December 2025');
  // Remembered on the device: a plain URL opens in English.
  await page.goto('/mpp/kabupaten-buol');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.missing')).toContainText('Not recorded yet: address, opening hours');
  await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('.missing')).toContainText('Belum tercatat: alamat, jam layanan');
  // ?lang=en wins for a shared link.
  await page.goto('/?lang=en');
  await expect(page.locator('.result-count')).toHaveText('308 of 308 MPPs');
  expect(errors).toEqual([]);
});
