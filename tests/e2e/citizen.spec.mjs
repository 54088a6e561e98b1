// The pages as a citizen meets them: a detail page that answers "where,
// when, what" in the page's language, a map that fills the phone and sits
// beside the list on a desktop, and statistics readable at 360 px.
import { test, expect } from './fixtures.mjs';
import { expectListed } from './helpers.mjs';

const TILES = /tile\.openstreetmap\.org/;
test.beforeEach(async ({ page }) => page.route(TILES, (route) => route.abort()));

/** The page's visible words, leaving out names (`translate="no"`) and links to sources. */
async function sentenceWords(page) {
  await page.locator('.about-data summary').click();
  await expect(page.locator('.about-data')).toHaveAttribute('open', '');
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('[translate="no"], script, style').forEach((e) => e.remove());
    // innerText of a detached copy has no layout: hide what is hidden by hand.
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:-9999px;width:1000px';
    holder.append(copy);
    document.body.append(holder);
    const text = copy.innerText;
    holder.remove();
    return text.toLowerCase().split(/[^a-z\u00c0-\u024f]+/).filter(Boolean);
  });
}

const ENGLISH = ['the', 'and', 'of', 'was', 'were', 'is', 'are', 'found', 'stored', 'batch', 'searched', 'which', 'been', 'this', 'from'];
const INDONESIAN = ['dan', 'yang', 'belum', 'tidak', 'dengan', 'untuk', 'dari', 'ini', 'pada', 'oleh', 'sudah', 'dihimpun', 'diresmikan', 'jam', 'layanan', 'buka', 'tutup', 'sumber'];

for (const slug of ['kabupaten-buol', 'kabupaten-balangan', 'kota-banda-aceh', 'kota-padang', 'kabupaten-pidie']) {
  test(`/mpp/${slug}: every sentence in the page's language, gaps said once`, async ({ page }) => {
    await page.goto(`/mpp/${slug}`);
    await expect(page.locator('.about-data')).toBeVisible();
    await expect(page.locator('.notice-loading')).toHaveCount(0);
    const body = page.locator('body');
    expect((await body.innerText()).match(/belum tercatat/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    await expect(page.getByText('belum ada data')).toHaveCount(0);
    const english = (await sentenceWords(page)).filter((w) => ENGLISH.includes(w));
    expect(english, 'English words on the Indonesian page').toEqual([]);
    // The data section holds the sources.
    await expect(page.locator('.about-data .sources li').first()).toBeVisible();

    await page.goto(`/mpp/${slug}?lang=en`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.notice-loading')).toHaveCount(0);
    const indonesian = (await sentenceWords(page)).filter((w) => INDONESIAN.includes(w));
    expect(indonesian, 'Indonesian words on the English page').toEqual([]);
  });
}

test('the detail page starts with what a citizen came for', async ({ page }) => {
  await page.goto('/mpp/kabupaten-buol');
  await expect(page.locator('.inauguration')).toHaveText(
    'Diresmikan 15 Desember 2025 oleh Menteri PANRB Rini Widyantini bersama 8 MPP lain (total 296 → 305).');
  // The maintainers' notes never reach the page.
  await expect(page.locator('body')).not.toContainText('No stored page');
  await expect(page.locator('body')).not.toContainText('Triwulan IV 2025 batch');
  // Coordinates only inside the closed data section.
  await expect(page.locator('.coordinates')).toBeHidden();
});

test('old hours are dated and give no verdict; recent ones do', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  await page.goto('/mpp/kota-padang');
  await expect(page.locator('.hours-now')).toHaveText('Jam layanan per 24 Januari 2019 — mungkin sudah berubah');
  await expect(page.locator('.hours-table')).toContainText('Senin–Jumat 08:00–16:00');
  await page.goto('/mpp/kota-banda-aceh');
  await expect(page.locator('.hours-now .open-state')).toHaveText(/^(Buka sekarang|Tutup)/);
});

test('a planned site is shown as a plan, never as the address', async ({ page }) => {
  await page.goto('/mpp/kabupaten-pidie');
  await expect(page.locator('.planned-site')).toContainText('Rencana lokasi baru');
  await expect(page.locator('.planned-site')).toContainText('bukan lokasi saat ini');
  await expect(page.locator('dd.address')).not.toContainText('gedung MPP baru');
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('after "Peta" the map fills the screen, and the list comes back where it was', async ({ page }) => {
    await page.goto('/');
    await expectListed(page, 308);
    await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const listScroll = await page.evaluate(() => window.scrollY);
    await page.getByRole('button', { name: 'Peta', exact: true }).click();
    const map = page.locator('.map.leaflet-container');
    await expect(map).toBeVisible();
    await expect.poll(async () => {
      const box = await map.boundingBox();
      const top = Math.max(0, box.y);
      const bottom = Math.min(740, box.y + box.height);
      return ((bottom - top) * Math.min(360, box.width)) / (360 * 740);
    }).toBeGreaterThanOrEqual(0.6);
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(listScroll - 5);
  });

  test('/statistik: no cell breaks a word; a province takes at most two lines', async ({ page }) => {
    await page.goto('/statistik');
    const table = page.locator('table.coverage-table');
    await expect(table.locator('tbody tr')).toHaveCount(38);
    const broken = await table.evaluate((t) => {
      const lines = (cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      return [...t.querySelectorAll('th, td')]
        .filter((cell) => cell.innerText.trim())
        .filter((cell) => lines(cell) > cell.innerText.trim().split(/\s+/).length)
        .map((cell) => cell.innerText.trim());
    });
    expect(broken).toEqual([]);
    const kalsel = table.locator('tbody th', { hasText: 'Kalimantan Selatan' });
    const lines = await kalsel.evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeLessThanOrEqual(2);
    // Sorting stays a keyboard button.
    await table.getByRole('button', { name: 'Cakupan — urutkan' }).focus();
    await page.keyboard.press('Enter');
    await expect(table.locator('th[aria-sort="descending"]')).toContainText('Cakupan');
  });
});

test('at 1280×800 the list and the map sit side by side, all of Indonesia in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expectListed(page, 308);
  const map = page.locator('.map.leaflet-container');
  await expect(map).toBeVisible();
  const box = await map.boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  const list = await page.locator('.list-panel').boundingBox();
  expect(list.x + list.width).toBeLessThanOrEqual(box.x);
  // Leaflet's view holds Indonesia from Sabang to Merauke: the bundled
  // outline (drawn as tiles are cut off here) lies inside the map. Leaflet
  // clips what lies outside the view, so a country cut off would show here.
  await expect.poll(() => page.locator('.leaflet-fallback-pane path').count()).toBeGreaterThan(2);
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
  const outline = await page.locator('.leaflet-fallback-pane path').evaluateAll((paths) => {
    const boxes = paths.map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0);
    return {
      left: Math.min(...boxes.map((r) => r.left)), right: Math.max(...boxes.map((r) => r.right)),
      top: Math.min(...boxes.map((r) => r.top)), bottom: Math.max(...boxes.map((r) => r.bottom)),
    };
  });
  expect(outline.left).toBeGreaterThanOrEqual(box.x - 1);
  expect(outline.right).toBeLessThanOrEqual(box.x + box.width + 1);
  expect(outline.top).toBeGreaterThanOrEqual(box.y - 1);
  expect(outline.bottom).toBeLessThanOrEqual(box.y + box.height + 1);
  // And it is not a speck: Indonesia spans most of the map's width.
  expect(outline.right - outline.left).toBeGreaterThan(box.width * 0.6);
});

test('"Tentang data ini" opened before the details arrive stays open', async ({ page }) => {
  await page.route('**/data/mpp-details.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/mpp/kabupaten-balangan');
  await page.locator('.about-data summary').click();
  await expect(page.locator('.about-data .sources li').first()).toBeVisible();
  await expect(page.locator('.about-data')).toHaveAttribute('open', '');
});

test('at 1280×800 "Lihat di peta" keeps the map beside the list, inside the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?q=surakarta');
  await page.getByRole('button', { name: 'Lihat di peta — MPP Kota Surakarta' }).click();
  await expect(page.locator('.leaflet-popup')).toContainText('MPP Kota Surakarta');
  // The phone's "map instead of the list" never applies here.
  await expect(page.locator('.list-panel')).toBeVisible();
  await expect(page.locator('ol.mpp-list > li')).toHaveCount(1);
  const box = await page.locator('.map.leaflet-container').boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(box.x).toBeGreaterThan(400);
});

test('an MPP opened on the map stays open while a narrower search keeps it', async ({ page }) => {
  // Markers are taken off the map and added again for a new result (and
  // for a fresh feed); taking one off closes its popup.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?q=jawa%20tengah');
  await page.getByRole('button', { name: 'Lihat di peta — MPP Kabupaten Banyumas' }).click();
  await expect(page.locator('.leaflet-popup')).toContainText('MPP Kabupaten Banyumas');
  await page.getByRole('searchbox', { name: 'Cari MPP' }).fill('banyumas');
  await expect(page.locator('ol.mpp-list > li')).toHaveCount(1);
  // The map follows the list once typing pauses (200 ms), then frames it.
  await page.waitForTimeout(1500);
  await expect(page.locator('.leaflet-popup')).toContainText('MPP Kabupaten Banyumas');
});

test('at 1280×800 the map follows the list once typing pauses, not between keystrokes', async ({ page }) => {
  // Re-clustering the map's markers is 50-100 ms of a cheap phone's time:
  // it must not land between two keystrokes, even ones that leave the
  // result as it was (the last letters of a name).
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  const before = await page.locator('.leaflet-marker-icon').count();
  const query = 'mpp kabupaten balangan';
  // Keystrokes 80 ms apart (the map waits for a 200 ms pause), typed and
  // watched in the page so that a busy test runner cannot stretch them.
  const seen = await page.evaluate(async (texts) => {
    const input = document.querySelector('#search-input');
    const counts = [];
    for (const text of texts) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 80));
      counts.push([text, document.querySelectorAll('.leaflet-marker-icon').length, document.querySelectorAll('ol.mpp-list > li').length]);
    }
    return counts;
  }, [...query].map((_, i) => query.slice(0, i + 1)).slice(4));
  // The list answered every keystroke and settled on one MPP early, for
  // more keystrokes than the map's pause …
  expect(seen.at(-1)[2]).toBe(1);
  expect(seen.filter(([, , listed]) => listed === 1).length).toBeGreaterThanOrEqual(4);
  // … while the map kept what it showed.
  expect(seen.map(([text, icons]) => [text, icons])).toEqual(seen.map(([text]) => [text, before]));
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(1);
  await expect(page.locator('ol.mpp-list > li')).toContainText('MPP Kabupaten Balangan');
});
