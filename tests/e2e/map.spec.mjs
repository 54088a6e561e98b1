// The interactive map, at 360×740 and 1280×800: every MPP accounted for,
// list and map in step, the selection in the URL, the outline basemap when
// tiles cannot load, and the mobile list/map switch.
import { test, expect } from './fixtures.mjs';
import { SUBPATH_URL } from '../../playwright.config.mjs';
import { expectListed, listItems, shippedFeed, showAll, watchForErrors } from './helpers.mjs';

const TILES = /tile\.openstreetmap\.org/;
const sizes = { mobile: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

/** Markers plus the counts inside clusters: every MPP with a point, once. */
async function accountedFor(page) {
  return page.evaluate(() => {
    const clusters = [...document.querySelectorAll('.mpp-cluster')].map((c) => parseInt(c.textContent, 10));
    const markers = document.querySelectorAll('.mpp-marker').length;
    return { clusters: clusters.length, markers, total: markers + clusters.reduce((a, b) => a + b, 0) };
  });
}

async function openMap(page, size) {
  if (size === 'mobile') await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect(page.locator('.map.leaflet-container')).toBeVisible();
}

for (const [size, viewport] of Object.entries(sizes)) {
  test.describe(`map at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // Tests never depend on the tile server (and this machine has no internet).
    test.beforeEach(async ({ page }) => page.route(TILES, (route) => route.abort()));

    test('markers and clusters account for every MPP with a point', async ({ page, request }) => {
      const errors = watchForErrors(page);
      const feed = await shippedFeed(request);
      const located = feed.mpps.filter((m) => m.location).length;
      await page.goto('/');
      await openMap(page, size);
      await expect(page.locator('.mpp-cluster').first()).toBeVisible();
      await expect.poll(async () => (await accountedFor(page)).total).toBe(located);
      // The nine new MPPs stand apart, by shape and by the word "Baru".
      await expect(page.locator('.mpp-marker-new')).toHaveCount(9);
      await expect(page.locator('.mpp-marker-new .pin-label').first()).toHaveText('Baru');
      await expect(page.locator('.map-note')).toContainText(`${feed.mpps.length - located} MPP belum punya titik lokasi`);
      // Markers are keyboard buttons with the MPP's name.
      const buol = page.getByRole('button', { name: 'MPP Kabupaten Buol (Baru)' });
      await expect(buol).toHaveAttribute('tabindex', '0');
      // A cluster's count sits in its circle (Leaflet's own CSS would make it a block).
      await expect(page.locator('.mpp-cluster').first()).toHaveCSS('display', 'flex');
      // The note counts what was found: Buol has its point.
      const unlocated = feed.mpps.find((m) => !m.location);
      await page.goto(`/?q=${encodeURIComponent(unlocated.name)}`);
      await expect(listItems(page).first()).toContainText(unlocated.name);
      await expect(page.locator('.map-note')).toContainText(/^\d+ MPP belum punya titik lokasi/);
      await page.goto('/?q=buol');
      await expect(listItems(page)).toHaveCount(1);
      await expect(page.locator('.map-note')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('a cluster opens on click', async ({ page }) => {
      await page.goto('/');
      await openMap(page, size);
      const before = await accountedFor(page);
      await page.locator('.mpp-cluster').first().click();
      await expect.poll(async () => (await accountedFor(page)).markers).toBeGreaterThan(before.markers);
    });

    test('list → map: the map shows the MPP and opens its popup; the URL keeps it', async ({ page }) => {
      await page.goto('/');
      await showAll(page);
      await page.getByRole('button', { name: 'Lihat di peta — MPP Kota Surakarta' }).click();
      await expect(page).toHaveURL(/\?mpp=kota-surakarta(&peta=[-0-9.,]+)?$/);
      const popup = page.locator('.leaflet-popup');
      await expect(popup).toBeVisible();
      await expect(popup).toContainText('MPP Kota Surakarta');
      await expect(popup).toContainText('Kota Surakarta · Jawa Tengah');
      await expect(popup.getByRole('link', { name: 'Lihat rincian' })).toHaveAttribute('href', '/mpp/kota-surakarta');

      await page.reload();
      await openMap(page, size);
      await expect(page.locator('.leaflet-popup')).toContainText('MPP Kota Surakarta');
      if (size === 'mobile') await page.getByRole('button', { name: 'Daftar', exact: true }).click();
      await expect(page.locator('li[aria-current="true"]')).toContainText('MPP Kota Surakarta');
    });

    test('marker → list: the list item is highlighted and scrolled into view', async ({ page }) => {
      await page.goto('/');
      await openMap(page, size);
      // By keyboard: at national zoom Buol's star overlaps Malinau's.
      const marker = page.getByRole('button', { name: 'MPP Kabupaten Malinau (Baru)' });
      await marker.focus();
      await marker.press('Enter');
      await expect(page).toHaveURL(/\?mpp=kabupaten-malinau(&peta=[-0-9.,]+)?$/);
      await expect(page.locator('.leaflet-popup')).toContainText('MPP Kabupaten Malinau');
      if (size === 'mobile') await page.getByRole('button', { name: 'Daftar', exact: true }).click();
      const item = page.locator('li[aria-current="true"]');
      await expect(item).toContainText('MPP Kabupaten Malinau');
      await expect(item).toBeInViewport();
    });

    test('with the tile host blocked, the outline basemap is drawn', async ({ page }) => {
      await page.goto('/');
      await openMap(page, size);
      await expect.poll(() => page.locator('.leaflet-fallback-pane path').count()).toBeGreaterThan(2);
      await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
      await expect(page.locator('.leaflet-control-attribution')).toContainText('batas provinsi sebelum 2012');
    });

    test('the detail page has a small map on the MPP, with the regency-seat caveat', async ({ page }) => {
      await page.goto('/mpp/kabupaten-balangan');
      await expect(page.locator('.detail-map .leaflet-container')).toBeVisible();
      await expect(page.locator('.detail-map .mpp-marker-new')).toHaveCount(1);
      // No popup repeating the page over the small map.
      await expect(page.locator('.detail-map .leaflet-popup')).toHaveCount(0);
      await expect(page.locator('.directions .caveat')).toContainText('ibu kota');
      await page.locator('.about-data summary').click();
      await expect(page.locator('.about-data .caveat')).toContainText('bukan lokasi gedung MPP');
    });
  });
}

test.describe('mobile switch', () => {
  test.use({ viewport: sizes.mobile });
  test.beforeEach(async ({ page }) => page.route(TILES, (route) => route.abort()));

  test('shows the map at full size, keeps the selection, and the list renders without it', async ({ page }) => {
    await page.goto('/?mpp=kabupaten-cianjur');
    // The list is first and the map is not loaded until asked for.
    await expectListed(page, 308);
    await expect(page.locator('.map-panel')).toBeHidden();
    expect(await page.evaluate(() => typeof window.L)).toBe('undefined');

    await page.getByRole('button', { name: 'Peta', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Peta', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.list-panel')).toBeHidden();
    const box = await page.locator('.map.leaflet-container').boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(320);
    expect(box.height).toBeGreaterThanOrEqual(400);
    await expect(page.locator('.leaflet-popup')).toContainText('MPP Kabupaten Cianjur');
    // Leaflet measured the map once it was visible (no grey, unloaded tiles area).
    const size = await page.evaluate(() => {
      const el = document.querySelector('.map.leaflet-container');
      return [el.clientWidth, el.clientHeight];
    });
    expect(size[0]).toBeGreaterThanOrEqual(320);

    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await expect(page.locator('li[aria-current="true"]')).toContainText('MPP Kabupaten Cianjur');
    await expect(page).toHaveURL(/\?mpp=kabupaten-cianjur(&peta=[-0-9.,]+)?$/);
  });
});

test('screenshots for the README', async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS, 'run by `make screenshots`');
  await page.route(TILES, (route) => route.abort());
  await page.setViewportSize(sizes.desktop);
  await page.goto('/?mpp=kabupaten-balangan');
  await expect(page.locator('.leaflet-popup')).toBeVisible();
  await expect.poll(() => page.locator('.leaflet-fallback-pane path').count()).toBeGreaterThan(2);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-1280.png' });
  await page.setViewportSize(sizes.mobile);
  await page.goto('/');
  await page.screenshot({ path: 'docs/screenshot-360-list.png' });
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect.poll(() => page.locator('.leaflet-fallback-pane path').count()).toBeGreaterThan(2);
  await page.screenshot({ path: 'docs/screenshot-360-map.png' });
});

test('leaving a page while its map is still loading breaks nothing', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.route(TILES, (route) => route.abort());
  // Hold Leaflet back so the detail page is left before its map exists.
  await page.route('**/leaflet/leaflet.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/mpp/kabupaten-balangan');
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');
  await page.getByRole('link', { name: '← Semua MPP' }).click();
  await expectListed(page, 308);
  await page.waitForTimeout(2500);
  expect(errors).toEqual([]);
  // The app is still alive: navigation and the map still work.
  await showAll(page);
  await page.getByRole('button', { name: 'Lihat di peta — MPP Kabupaten Buol' }).click();
  await expect(page.locator('.leaflet-popup')).toContainText('MPP Kabupaten Buol');
  expect(errors).toEqual([]);
});

test('under /peta-mpp/ the popup links to the detail page under the same path', async ({ page }) => {
  await page.route(TILES, (route) => route.abort());
  await page.goto(`${SUBPATH_URL}?mpp=kabupaten-balangan`);
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  const link = page.locator('.leaflet-popup').getByRole('link', { name: 'Lihat rincian' });
  await expect(link).toHaveAttribute('href', '/peta-mpp/mpp/kabupaten-balangan');
  await link.click();
  await expect(page).toHaveURL(`${SUBPATH_URL}mpp/kabupaten-balangan`);
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Balangan');
});

test('at 360 px, "Lihat di peta" pressed from the keyboard: focus goes to the map\'s tab, not back to the page\'s start', async ({ page }) => {
  await page.route(TILES, (route) => route.abort());
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Lihat di peta — MPP Kabupaten Aceh Barat' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.map.leaflet-container')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Peta', exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Peta', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('at 1280 px the map follows what is typed once typing pauses: the result\'s markers, framed, an open popup kept open', async ({ page, request }) => {
  await page.setViewportSize(sizes.desktop);
  await page.route(TILES, (route) => route.abort());
  const errors = watchForErrors(page);
  const kalsel = (await shippedFeed(request)).mpps.filter((m) => m.province.code === '63');
  await page.goto('/');
  await expect(page.locator('.mpp-cluster').first()).toBeVisible();
  /** Where the result's markers and clusters sit: their spread, and whether all lie inside the map. */
  const spread = () =>
    page.evaluate(() => {
      const map = document.querySelector('.map').getBoundingClientRect();
      const boxes = [...document.querySelectorAll('.map :is(.mpp-marker, .mpp-cluster)')].map((e) => e.getBoundingClientRect());
      const xs = boxes.map((b) => b.left + b.width / 2);
      const inside = boxes.every((b) => b.left + b.width / 2 >= map.left && b.right - b.width / 2 <= map.right);
      return { width: Math.max(...xs) - Math.min(...xs), inside };
    });
  // Balangan's popup opened from its marker (by keyboard: new MPPs stand apart at national zoom).
  const marker = page.getByRole('button', { name: 'MPP Kabupaten Balangan (Baru)' });
  await marker.focus();
  await marker.press('Enter');
  await expect(page.locator('.leaflet-popup')).toContainText('MPP Kabupaten Balangan');

  await page.locator('#search-input').pressSequentially('kalsel', { delay: 60 });
  await expect(listItems(page)).toHaveCount(kalsel.length);
  // Every located MPP of the result, once (markers plus cluster counts)…
  await expect.poll(async () => (await accountedFor(page)).total).toBe(kalsel.filter((m) => m.location).length);
  // …framed: at national zoom the province spans some 40 px of the map.
  await expect.poll(spread).toEqual({ width: expect.any(Number), inside: true });
  expect((await spread()).width).toBeGreaterThan(100);
  // The popup a citizen had open is open again over the new markers.
  await expect(page.locator('.leaflet-popup')).toContainText('MPP Kabupaten Balangan');
  expect(errors).toEqual([]);
});
