// The walking skeleton at 360×740: the real feed listed in full, detail
// pages, reloads, a broken feed, and a build served under /peta-mpp/.
import { test, expect } from './fixtures.mjs';
import { SUBPATH_URL } from '../../playwright.config.mjs';
import { expectListed, listItems, shippedFeed, showAll, watchForErrors } from './helpers.mjs';

test('every MPP of the feed is listed, the nine new ones first with "Baru"', async ({ page, request }) => {
  const errors = watchForErrors(page);
  const feed = await shippedFeed(request);
  await page.goto('/');
  await expectListed(page, feed.mpps.length);
  await showAll(page);
  await expect(listItems(page)).toHaveCount(feed.mpps.length);
  expect(feed.mpps.length).toBe(308);

  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Daftar Mal Pelayanan Publik' })).toBeVisible();

  const newItems = listItems(page).filter({ has: page.locator('.badge-new', { hasText: 'Baru' }) });
  await expect(newItems).toHaveCount(9);
  const firstNine = await listItems(page).locator('.mpp-name').evaluateAll((els) => els.slice(0, 9).map((e) => e.textContent));
  const newNames = feed.mpps.filter((m) => m.status === 'new').map((m) => m.name);
  expect(firstNine.sort()).toEqual(newNames.sort());

  // Honest counts: what the data lists against the 305 announced.
  await expect(page.locator('.lede')).toContainText('mengumumkan 305 MPP per 15 Desember 2025');
  await expect(page.locator('.lede')).toContainText('mencantumkan 308 MPP: 302 terkonfirmasi');
  await expect(page.locator('.lede')).toContainText('6 belum terkonfirmasi');
  await expect(page.locator('.badge-unconfirmed')).toHaveCount(6);
  await expect(page.locator('.site-footer')).toContainText('Data disusun pada 28 November 2026');

  // Usable at 360 px: nothing scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('a click opens the detail page, and a reload of its URL still shows it', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/');
  await page.getByRole('link', { name: /MPP Kabupaten Balangan/ }).click();
  await expect(page).toHaveURL(/\/mpp\/kabupaten-balangan$/);
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');

  const check = async () => {
    await expect(page.locator('h1')).toContainText('Baru');
    await expect(page.locator('.facts .caveat')).toContainText('ibu kota kabupaten (Paringin), bukan lokasi gedung MPP');
    await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https?:\/\//);
    await expect(page.locator('.mpp-detail')).toContainText('15 Desember 2025');
  };
  await check();
  await page.reload();
  await check();
  await expect(page).toHaveTitle(/MPP Kabupaten Balangan/);
  expect(errors).toEqual([]);
});

test('what no source gives is said once, with a way to help', async ({ page }) => {
  await page.goto('/mpp/kabupaten-buol');
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Buol');
  await expect(page.locator('.missing')).toHaveText(/^Belum tercatat: alamat, jam layanan, daftar layanan — bantu lengkapi$/);
  await expect(page.locator('.missing a')).toHaveAttribute('href', /^mailto:/);
  await expect(page.locator('dt', { hasText: /^Alamat$/ })).toHaveCount(0);
  await expect(page.getByText('belum ada data')).toHaveCount(0);
  await expect(page.locator('.sources li')).not.toHaveCount(0);
});

test('an unconfirmed MPP says it is not counted', async ({ page }) => {
  await page.goto('/mpp/kota-palu');
  await expect(page.locator('h1')).toContainText('Belum terkonfirmasi');
  await expect(page.locator('.status-text')).toContainText('Tidak dihitung sebagai MPP terkonfirmasi');
});

test('a broken feed URL shows a plain message and a retry button that works', async ({ page }) => {
  const errors = watchForErrors(page);
  let broken = true;
  await page.route('**/data/mpp.json', (route) =>
    broken ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.continue());
  await page.goto('/');
  await expect(page.locator('.notice-error')).toContainText('Data MPP tidak dapat dimuat: server menjawab dengan galat 500');
  await expect(listItems(page)).toHaveCount(0);
  broken = false;
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expectListed(page, 308);
  await expect(page.locator('.notice-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('?feed= pointing nowhere or at HTML says so', async ({ page }) => {
  await page.goto('/?feed=/data/tidak-ada.json');
  await expect(page.locator('.notice-error')).toContainText('404');
  await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeVisible();

  await page.goto('/?feed=/');
  await expect(page.locator('.notice-error')).toContainText('bukan data MPP yang valid');
});

test('a failing feed keeps the last good data on screen and says so', async ({ page }) => {
  await page.goto('/');
  await expectListed(page, 308);
  await page.route('**/data/mpp.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.reload();
  await expect(page.locator('.notice-warning')).toContainText('Menampilkan data tersimpan di perangkat ini');
  await expectListed(page, 308);
  await page.unroute('**/data/mpp.json');
  await page.route('**/data/mpp.json', (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.locator('.notice-warning')).toContainText('tidak dapat terhubung ke server');
  await expectListed(page, 308);
});

test('unknown routes and slugs get a not-found page', async ({ page }) => {
  await page.goto('/halaman/yang/tidak/ada');
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
  await page.goto('/mpp/kabupaten-atlantis');
  await expect(page.locator('h1')).toHaveText('MPP tidak ditemukan');
  await page.getByRole('link', { name: '← Semua MPP' }).click();
  await expectListed(page, 308);
});

test('a build served under /peta-mpp/ works the same', async ({ page, request }) => {
  const errors = watchForErrors(page);
  const feed = await shippedFeed(request, SUBPATH_URL.replace(/\/$/, ''));
  await page.goto(SUBPATH_URL);
  await expectListed(page, feed.mpps.length);
  await expect(page.locator('.badge-new')).toHaveCount(9);
  await page.getByRole('link', { name: /MPP Kabupaten Balangan/ }).click();
  await expect(page).toHaveURL(`${SUBPATH_URL}mpp/kabupaten-balangan`);
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');
  await page.reload();
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');
  await page.locator('.about-data summary').click();
  await expect(page.locator('.sources a').first()).toBeVisible();
  await page.getByRole('link', { name: 'Peta MPP' }).click();
  await expect(page).toHaveURL(SUBPATH_URL);
  await expectListed(page, 308);
  expect(errors).toEqual([]);
});
