// An MPP's own data on the site (issue 22, points 4 and 5), at 360 px: a copy
// of the release build whose feed and pages were rebuilt with the test
// publisher's stored copy for Buol
// (tools/feed-builder/tests/fixtures/publishers/stored/72.05.json). The page
// says who stated each fact and when, gives the phone as a tel: link, the
// queue link as a button and each agency's own days; the map marks the
// building, not the regency seat; axe finds nothing serious.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { serveCopyOfDist } from './helpers.mjs';

const PORT = 4191;
const TILES = /tile\.openstreetmap\.org/;
const FIXTURE = 'tools/feed-builder/tests/fixtures/publishers/stored';

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 360, height: 740 } });

/** Runs a build step, failing the test with its output. */
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let site;

test.beforeAll(async () => {
  test.setTimeout(5 * 60_000);
  // The feed with the owner's data, then the pages and their CSP again.
  site = await serveCopyOfDist(PORT, (dir) => {
    run('cargo', ['run', '--locked', '--quiet', '-p', 'feed-builder', '--bin', 'feed-builder', '--',
      'data', join(dir, 'data'), '--publishers', FIXTURE]);
    run('cargo', ['run', '--locked', '--quiet', '-p', 'prerender', '--', '--dist', dir, '--base', '/', '--site-url', 'http://127.0.0.1:8080']);
    run('node', ['tools/csp.mjs', dir]);
  });
});

test.afterAll(() => site?.stop());

test.beforeEach(async ({ page }) => page.route(TILES, (route) => route.abort()));

test('Buol\'s page shows its own data, who stated it and when', async ({ page }) => {
  await page.goto(`${site.base}/mpp/kabupaten-buol`);
  const main = page.locator('main');
  await expect(main.locator('.from-owner').first()).toHaveText('Data dari Pemerintah Kabupaten Buol, diperiksa 3 Maret 2026');
  await expect(main).toContainText('Jalan Data Uji No. 1, Buol, Sulawesi Tengah');
  await expect(main).toContainText('Senin–Kamis 08:00–16:00 (istirahat 12:00–13:00)');
  await expect(main).toContainText('Imigrasi: Selasa dan Kamis, 08:00–12:00');
  await expect(main.getByRole('link', { name: '+62-000-0000-000' })).toHaveAttribute('href', 'tel:+620000000000');
  const queue = main.getByRole('link', { name: 'Ambil antrean online' });
  await expect(queue).toHaveAttribute('href', 'https://antrian.example.go.id/mpp-buol');
  await expect(queue).toHaveClass(/button/);
  // Address, hours and services are known: none is said to be missing.
  await expect(main).not.toContainText('Belum tercatat');
  // Directions go to the building's point, with no regency-seat caveat.
  await expect(main.getByRole('link', { name: 'Google Maps' })).toHaveAttribute('href', /destination=1\.1602,121\.4351$/);
  await expect(main.locator('.directions .caveat')).toHaveCount(0);

  // The same words in English.
  await page.goto(`${site.base}/mpp/kabupaten-buol?lang=en`);
  await expect(page.locator('main .from-owner').first()).toHaveText('Data from Pemerintah Kabupaten Buol, checked 3 March 2026');
  await expect(page.locator('main')).toContainText('Imigrasi: Tuesday and Thursday, 08:00–12:00');
  await expect(page.getByRole('link', { name: 'Get a queue number online' })).toBeVisible();
  // No Indonesian sentence beside the owner's facts (names are translate="no").
  const words = await page.evaluate(() => [...document.querySelectorAll('main .owner-facts, main .from-owner')]
    .map((e) => { const c = e.cloneNode(true); c.querySelectorAll('[translate="no"]').forEach((n) => n.remove()); return c.textContent; })
    .join(' ').toLowerCase().split(/[^a-z\u00c0-\u024f]+/));
  expect(words.filter((w) => ['dan', 'dari', 'diperiksa', 'telepon', 'antrean', 'layanan', 'selasa'].includes(w))).toEqual([]);
});

test('the map marks the building, and /statistik counts the MPP', async ({ page }) => {
  await page.goto(`${site.base}/?mpp=kabupaten-buol`);
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toContainText('MPP Kabupaten Buol');
  await expect(popup.locator('.popup-building')).toHaveText('Titik ini: gedung MPP');
  // The small map on the page is the building too, said in "Tentang data ini".
  await page.goto(`${site.base}/mpp/kabupaten-buol`);
  await page.locator('.about-data summary').click();
  await expect(page.locator('.about-data .caveat')).toHaveText('Titik ini adalah lokasi gedung MPP.');

  await page.goto(`${site.base}/statistik`);
  await expect(page.locator('.owner-data-count')).toContainText('1 dari 308 MPP');
});

test('axe finds nothing serious on the page with owner data', async ({ page }) => {
  await page.goto(`${site.base}/mpp/kabupaten-buol`);
  await page.locator('.detail-map').scrollIntoViewIfNeeded();
  await expect(page.locator('.detail-map .leaflet-marker-icon')).toBeAttached();
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
});
