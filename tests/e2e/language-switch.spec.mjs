// A language switch changes words, not pages (issue 24, point 4): at
// 360 px on `/` (the map shown by "Peta") and on an MPP's page, switching
// changes the heading, a button, <html lang> and a marker's popup, and keeps
// the same Leaflet map (the element is marked before and checked after),
// the list's rows and the scroll position.
import { test, expect } from './fixtures.mjs';
import { listItems, watchForErrors } from './helpers.mjs';

const TILES = /tile\.openstreetmap\.org/;

test.use({ viewport: { width: 360, height: 740 } });
test.beforeEach(async ({ page }) => page.route(TILES, (route) => route.abort()));

/** Presses the header's switch where it is, without scrolling to it, so
 * the page's scroll position before and after can be compared. */
async function switchLanguage(page) {
  await page.evaluate(() => document.querySelector('.language-switch').click());
}

/** Marks `selector`'s element: the mark survives only if the element does. */
async function mark(page, selector) {
  await page.evaluate((s) => { document.querySelector(s).dataset.kept = '1'; }, selector);
}

async function kept(page, selector) {
  return page.evaluate((s) => document.querySelector(s)?.dataset.kept === '1', selector);
}

/** Where the reader was: English words are longer or shorter than the
 * Indonesian ones above, so a line or two may move, never the page. */
async function expectScrollKept(page, before) {
  const after = await page.evaluate(() => window.scrollY);
  expect(Math.abs(after - before), `scrolled ${before} before, ${after} after`).toBeLessThan(100);
}

test('on / the words change; the list, its scroll, the map and the open tab stay', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/');
  await expect(listItems(page)).toHaveCount(20);
  // A second page of rows, and the list scrolled into it.
  await page.locator('button.show-more').click();
  await expect(listItems(page)).toHaveCount(40);
  await mark(page, 'ol.mpp-list');
  await mark(page, 'ol.mpp-list > li:nth-child(30)');
  await page.evaluate(() => window.scrollTo(0, 2000));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1000);
  // The row the reader is looking at.
  await page.evaluate(() => { document.elementFromPoint(180, 400).closest('li').dataset.read = '1'; });

  await switchLanguage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Public Service Malls in Indonesia');
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toBeVisible();
  await expect(listItems(page).nth(29)).toContainText(/Inaugurated|Inauguration/);
  await expect(page.locator('button.show-more')).toContainText('Show more');
  expect(await kept(page, 'ol.mpp-list'), 'the list is the same element').toBe(true);
  expect(await kept(page, 'ol.mpp-list > li:nth-child(30)'), 'a row is the same element').toBe(true);
  await expect(listItems(page)).toHaveCount(40);
  await expectScrollKept(page, scrolled);
  await expect(page.locator('ol.mpp-list > li[data-read]')).toBeInViewport();
  await expect(page).toHaveTitle(/Public Service Malls in Indonesia/);

  // Back in Indonesian, the map shown by "Peta", a marker's popup opened.
  await switchLanguage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect(page.locator('.map.leaflet-container')).toBeVisible();
  await mark(page, '.map.leaflet-container');
  // By keyboard: at this zoom other markers overlap Buol's.
  await page.getByRole('button', { name: 'MPP Kabupaten Buol (Baru)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup')).toContainText('Lihat rincian');
  await expect(page.locator('.mpp-cluster').first()).toContainText('MPP — perbesar');

  await switchLanguage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await kept(page, '.map.leaflet-container'), 'the Leaflet map is the same element').toBe(true);
  // The map is still the panel shown (the page was not drawn again).
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.map.leaflet-container')).toBeVisible();
  await expect(page.locator('.mpp-marker-new .pin-label').first()).toHaveText('New');
  await expect(page.locator('.mpp-cluster').first()).toContainText('MPPs — zoom in');
  // The open popup is open again, in English, and the only one.
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toHaveCount(1);
  await expect(popup).toContainText('MPP Kabupaten Buol');
  await expect(popup.getByRole('link', { name: 'See details' })).toBeVisible();
  // Another marker's popup, opened now, is built in English too.
  await page.getByRole('button', { name: 'MPP Kabupaten Balangan (New)' }).focus();
  await page.keyboard.press('Enter');
  await expect(popup).toHaveCount(1);
  await expect(popup).toContainText('MPP Kabupaten Balangan');
  await expect(popup).toContainText('★ New');
  await expect(popup.getByRole('link', { name: 'See details' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('on an MPP page the words change; its small map and the scroll stay', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/mpp/kabupaten-balangan');
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');
  // The small map loads when the reader gets near it.
  await page.locator('.detail-map').scrollIntoViewIfNeeded();
  const map = page.locator('.detail-map .leaflet-container');
  await expect(map).toBeVisible();
  await expect(page.locator('.detail-map .mpp-marker')).toHaveCount(1);
  await mark(page, '.detail-map .leaflet-container');
  await mark(page, 'article.mpp-detail');
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);
  await expect(page.getByRole('heading', { name: 'Petunjuk arah' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Bagikan' })).toBeAttached();

  await switchLanguage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');
  await expect(page.getByRole('heading', { name: 'Directions' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Share' })).toBeAttached();
  await expect(page.locator('.inauguration')).toContainText('Inaugurated');
  await expect(page.locator('.detail-map')).toHaveAttribute('aria-label', 'Location map');
  expect(await kept(page, 'article.mpp-detail'), 'the page is the same element').toBe(true);
  expect(await kept(page, '.detail-map .leaflet-container'), 'the Leaflet map is the same element').toBe(true);
  await expectScrollKept(page, scrolled);
  await expect(map).toBeInViewport();
  await expect(page).toHaveTitle('MPP Kabupaten Balangan — Peta MPP');
  // The marker's popup, opened now, speaks the page's new language.
  await page.locator('.detail-map .mpp-marker').click();
  await expect(page.locator('.detail-map .leaflet-popup')).toContainText('See details');
  expect(errors).toEqual([]);
});
