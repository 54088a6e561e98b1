// /inovasi: the OPSI KIPP 2025 winners the sources name, honestly
// incomplete; linked from the winners' MPP pages, the statistics page and
// the footer; in both languages; loaded only when opened.
import { test, expect } from './fixtures.mjs';
import { watchForErrors } from './helpers.mjs';

const entries = (page) => page.locator('ol.innovation-list > li.innovation');

test('at 360 px the page lists the 15 innovations found and says 13 are missing', async ({ page, request }) => {
  const errors = watchForErrors(page);
  const file = await (await request.get('/data/kipp2025.json')).json();
  await page.goto('/inovasi');
  await expect(page.locator('h1')).toHaveText('Inovasi peraih OPSI KIPP 2025');
  await expect(page).toHaveTitle('Inovasi peraih OPSI KIPP 2025 — Peta MPP');
  await expect(entries(page)).toHaveCount(15);
  await expect(page.locator('.kipp-not-found')).toHaveText('13 lainnya belum ditemukan di sumber yang tersedia.');
  await expect(page.locator('main')).toContainText('Sumber yang tersedia menyebut 15 dari 28 inovasi itu');
  // Every entry names its sources as links, as the file lists them.
  for (const innovation of file.innovations) {
    const entry = page.locator(`li[id="${innovation.id}"]`);
    await expect(entry.locator('h2')).toHaveText(innovation.name);
    await expect(entry.locator('.source-list a')).toHaveCount(innovation.sources.length);
  }
  // How firmly each winner is known, in plain words.
  await expect(page.locator('#serving-the-villager .basis')).toHaveText('Penerima disebut dalam berita penghargaan.');
  await expect(page.locator('#kardi-saras .basis')).toContainText('dikenali dari inovasi bernama sama');
  await expect(page.locator('#kpbu-apj dd').first()).toContainText('kemungkinan Pemerintah Kabupaten Madiun');
  await expect(page.locator('#kpbu-apj')).toContainText('Kabupaten Madiun, Jawa Timur (belum pasti)');
  await expect(page.locator('#pinteres .basis')).toHaveText('Penerima belum ditemukan di sumber yang tersedia.');
  await expect(page.locator('#pinteres .missing')).toHaveText('Belum tercatat: wilayah, kategori, uraian');
  // Nothing runs off a 360 px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(errors).toEqual([]);
});

test('the province filter narrows the list and is kept in the address', async ({ page }) => {
  await page.goto('/inovasi');
  await page.getByLabel('Provinsi').selectOption({ label: 'Jawa Timur (6)' });
  await expect(entries(page)).toHaveCount(6);
  await expect(page.getByRole('status').filter({ hasText: 'Menampilkan' })).toHaveText('Menampilkan 6 dari 15 inovasi yang ditemukan.');
  await expect(page).toHaveURL(/\/inovasi\?provinsi=35$/);
  // The rest are still said to be missing, whatever the filter.
  await expect(page.locator('.kipp-not-found')).toBeVisible();
  await page.reload();
  await expect(entries(page)).toHaveCount(6);
  await expect(page.getByLabel('Provinsi')).toHaveValue('35');
  await page.getByLabel('Provinsi').selectOption('');
  await expect(entries(page)).toHaveCount(15);
  await expect(page).toHaveURL(/\/inovasi$/);
});

test('Bintan\'s MPP page links to its innovation, and the innovation back to the MPP', async ({ page }) => {
  await page.goto('/mpp/kabupaten-bintan');
  const line = page.locator('.award');
  await expect(line).toHaveText('Inovasi Kabupaten Bintan peraih penghargaan OPSI KIPP 2025: Serving The Villager');
  await line.getByRole('link', { name: 'Serving The Villager' }).click();
  await expect(page).toHaveURL(/\/inovasi#serving-the-villager$/);
  const entry = page.locator('#serving-the-villager');
  await expect(entry).toBeInViewport();
  await entry.getByRole('link', { name: 'Lihat MPP Kabupaten Bintan' }).click();
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Bintan');
  // A name match is said as one; a candidate's regency gets no line.
  await page.goto('/mpp/kabupaten-dharmasraya');
  await expect(page.locator('.award')).toContainText('dikenali dari namanya');
  await page.goto('/mpp/kabupaten-madiun');
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Madiun');
  await expect(page.locator('.award')).toHaveCount(0);
});

test('the page is linked from the statistics page and the footer', async ({ page }) => {
  await page.goto('/statistik');
  await page.locator('main').getByRole('link', { name: 'Inovasi OPSI 2025' }).click();
  await expect(page.locator('h1')).toHaveText('Inovasi peraih OPSI KIPP 2025');
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Inovasi OPSI 2025' }).click();
  await expect(entries(page)).toHaveCount(15);
});

test('the English page is in English', async ({ page }) => {
  await page.goto('/inovasi?lang=en');
  await expect(page.locator('h1')).toHaveText('OPSI KIPP 2025 award-winning innovations');
  await expect(entries(page)).toHaveCount(15);
  await expect(page.locator('.kipp-not-found')).toHaveText('The other 13 have not been found in the available sources.');
  await expect(page.locator('#serving-the-villager .basis')).toHaveText('The winner is named in news of the award.');
  await expect(page.locator('#e-va-centil')).toContainText('health services');
  // The sources' own Indonesian words are not shown, and no Indonesian sentence is left.
  const text = await page.locator('main').innerText();
  for (const word of ['Penerima', 'Belum tercatat', 'Sumber', 'lainnya', 'Uraian', 'jemput bola', 'kemungkinan']) {
    expect(text, word).not.toContain(word);
  }
  await page.goto('/mpp/kabupaten-bintan?lang=en');
  await expect(page.locator('.award')).toHaveText('OPSI KIPP 2025 award-winning innovation of Kabupaten Bintan: Serving The Villager');
});

test('neither the page nor its data is part of the first load', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // The page's own chunk is `split_InnovationsRoute-<hash>.wasm` (on_demand!, src/pages/mod.rs).
  expect(requested.filter((p) => /kipp2025|split_InnovationsRoute-/.test(p))).toEqual([]);
  await page.locator('footer').getByRole('link', { name: 'Inovasi OPSI 2025' }).click();
  await expect(entries(page)).toHaveCount(15);
  expect(requested.filter((p) => p.endsWith('/data/kipp2025.json'))).toHaveLength(1);
  expect(requested.filter((p) => p.includes('split_InnovationsRoute-'))).toHaveLength(1);
});
