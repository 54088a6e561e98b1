// The editor for MPP staff (issue 22, point 2): /kelola/<slug>, linked
// from every MPP page; the building placed on the map, the hours as a
// weekly grid, an agency's own days, a checked publisher file to download;
// kept on the device as typed; by touch at 360 px and by keyboard alone;
// loaded only when opened, and offline once visited.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { watchForErrors } from './helpers.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { field, fillBuolEditor } from './editor-steps.mjs';

const PAGE = '/kelola/kabupaten-buol';
const TILES = /tile\.openstreetmap\.org/;
/** Buol's seat (data/mpp_sources.csv). */
const SEAT = { lat: 1.15631, lon: 121.43805 };
/** Where the lead can pick up a file the editor made: test-results/ (as
 *  the run left it) and target/ (which the next Playwright run keeps). */
const FIXTURES = ['test-results/editor', 'target/e2e-editor'];

test.beforeEach(async ({ context }) => context.route(TILES, (route) => route.abort()));

test('at 360 px: tap the building on the map, fill the week and an agency\'s days, download a valid file', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(PAGE);
  await expect(page.locator('h1')).toHaveText('Perbarui data MPP Kabupaten Buol');
  await expect(page).toHaveTitle('Perbarui data MPP Kabupaten Buol — Peta MPP');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // What the national data gives is filled in; the rest is said to be unknown.
  await expect(field(page, 'publisher-name')).toHaveValue('Pemerintah Kabupaten Buol');
  await expect(field(page, 'mpp-name')).toHaveValue('MPP Kabupaten Buol');
  await expect(field(page, 'address-state_province')).toHaveValue('Sulawesi Tengah');
  await expect(field(page, 'hours-timezone')).toHaveValue('8');
  await expect(page.locator('#part-hours ~ .prefill-note').first()).toHaveText('Belum ada data tentang ini. Isi jika Anda mengetahuinya.');
  await expect(field(page, 'location-latitude')).toHaveValue('');

  // The seat is drawn as such; a tap places the building (editor-steps.mjs).
  await expect(page.locator('.picker-map path.leaflet-interactive')).toHaveCount(1);
  const file = await fillBuolEditor(page);
  expect(file.schema_version).toBe('1.0');
  expect(file.publisher.regency_code).toBe('72.05');
  const mpp = file.mpps[0];
  expect(mpp.regency_code).toBe('72.05');
  expect(mpp.location.marks).toBe('entrance');
  expect(Math.abs(mpp.location.latitude - SEAT.lat)).toBeLessThan(0.05);
  expect(Math.abs(mpp.location.longitude - SEAT.lon)).toBeLessThan(0.05);
  expect(mpp.location.latitude).not.toBe(SEAT.lat);
  expect(mpp.hours.timezone).toBe(8);
  expect(mpp.hours.regular).toEqual([
    { byday: 'MO,TU,WE,TH', opens_at: '08:00', closes_at: '12:00' },
    { byday: 'MO,TU,WE,TH', opens_at: '13:00', closes_at: '16:00' },
    { byday: 'FR', opens_at: '08:00', closes_at: '11:30' },
    { byday: 'FR', opens_at: '13:30', closes_at: '16:00' },
  ]);
  expect(mpp.agencies.items).toEqual([
    { name: 'Kantor Imigrasi', hours: { regular: [{ byday: 'TU,TH', opens_at: '08:00', closes_at: '12:00' }] } },
  ]);
  expect(mpp.online.booking[0].url).toBe('https://antrian.buolkab.go.id/mpp');
  expect(file.published_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
  for (const dir of FIXTURES) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/72.05-mpp.json`, `${JSON.stringify(file, null, 2)}\n`);
  }
  // The plain steps, and where to ask for registration.
  await expect(page.locator('.next-steps li')).toHaveCount(2);
  await expect(page.locator('.next-steps a')).toHaveAttribute('href', /^mailto:/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(errors).toEqual([]);
});

test('messages say what is wrong, beside the field and in a summary that leads to it', async ({ page }) => {
  await page.goto(PAGE);
  await field(page, 'publisher-website').fill('http://buolkab.go.id');
  await field(page, 'publisher-website').blur();
  const message = page.locator('[id="publisher-website-error"]');
  await expect(message).toHaveText(/diawali https:\/\//);
  await expect(field(page, 'publisher-website')).toHaveAttribute('aria-describedby', 'publisher-website-error');
  await field(page, 'hours-0-0-opens').fill('12:00');
  await field(page, 'hours-0-0-closes').fill('08:00');
  await field(page, 'hours-0-0-closes').blur();
  await expect(page.locator('[id="hours-0-0-closes-error"]')).toHaveText('Jam tutup harus setelah jam buka.');
  await page.getByRole('button', { name: 'Periksa dan buat berkas' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('h3')).toHaveText(/^Ada \d+ isian yang perlu diperbaiki$/);
  await expect(page.locator('.file-ready')).toHaveCount(0);
  await summary.getByRole('link', { name: /Unit atau jabatan yang bisa dihubungi: Wajib diisi/ }).click();
  await expect(field(page, 'publisher-contact_name')).toBeFocused();
});

test('by keyboard alone: type the point, fill the week, copy it, make and download the file', async ({ page }) => {
  await page.goto(PAGE);
  /** Tabs forward until the focused element has this id or this text. */
  const tabTo = async (want) => {
    for (let i = 0; i < 400; i++) {
      const at = await page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent.trim() }));
      if (at.id === want || at.text === want) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`never reached ${want} with Tab`);
  };
  const typeInto = async (id, text) => {
    await tabTo(id);
    await page.keyboard.type(text);
  };
  await page.locator('h1').click(); // start from the top of the page
  await typeInto('publisher-website', 'https://buolkab.go.id');
  await typeInto('publisher-contact_name', 'Pengelola MPP');
  await typeInto('publisher-email', 'mpp@buolkab.go.id');
  await typeInto('location-latitude', '1,1571');
  await typeInto('location-longitude', '121.4392');
  await expect(page.locator('.building-marker')).toHaveCount(1);
  // A time input takes its digits segment by segment; where the browser
  // shows a 12-hour clock, "A" fills its AM/PM segment (else it is ignored).
  await typeInto('hours-0-0-opens', '0800A');
  await typeInto('hours-0-0-closes', '1500');
  await tabTo('Salin ke semua hari kerja');
  await page.keyboard.press('Enter');
  await expect(field(page, 'hours-4-0-closes')).toHaveValue('15:00');
  await expect(page.getByRole('status').filter({ hasText: 'disalin' })).toHaveText('Jam Senin disalin ke Selasa sampai Jumat.');
  await tabTo('Periksa dan buat berkas');
  await page.keyboard.press('Enter');
  await expect(page.locator('.file-ready')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Unduh 72.05-mpp.json');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(json.mpps[0].location).toMatchObject({ latitude: 1.1571, longitude: 121.4392, marks: 'building' });
  expect(json.mpps[0].hours.regular).toEqual([{ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '15:00' }]);
});

for (const width of [360, 1280]) {
  test(`axe finds nothing (all rules) at ${width} px, with messages shown`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PAGE);
    await expect(page.locator('.picker-map.leaflet-container')).toBeVisible();
    await page.getByRole('button', { name: 'Tambah instansi' }).click();
    await field(page, 'agency-0-own_hours').check();
    await page.getByRole('button', { name: 'Tambah tanggal khusus' }).click();
    await page.getByRole('button', { name: 'Tambah akun media sosial' }).click();
    await page.getByRole('button', { name: 'Periksa dan buat berkas' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('a reload mid-form keeps what was typed; "Hapus draf" clears it after asking', async ({ page }) => {
  await page.goto(PAGE);
  await field(page, 'publisher-contact_name').fill('Pengelola MPP');
  await field(page, 'hours-0-0-opens').fill('07:30');
  await page.getByRole('button', { name: 'Tambah instansi' }).click();
  await field(page, 'agency-0-name').fill('Disdukcapil');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'dipulihkan' })).toHaveText('Draf yang tersimpan di perangkat ini dipulihkan.');
  await expect(field(page, 'publisher-contact_name')).toHaveValue('Pengelola MPP');
  await expect(field(page, 'hours-0-0-opens')).toHaveValue('07:30');
  await expect(field(page, 'agency-0-name')).toHaveValue('Disdukcapil');

  // Declining the confirmation keeps everything.
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: 'Hapus draf' }).click();
  await expect(field(page, 'publisher-contact_name')).toHaveValue('Pengelola MPP');
  page.once('dialog', (d) => {
    expect(d.message()).toContain('Hapus semua isian');
    d.accept();
  });
  await page.getByRole('button', { name: 'Hapus draf' }).click();
  await expect(field(page, 'publisher-contact_name')).toHaveValue('');
  await expect(field(page, 'agency-0-name')).toHaveCount(0);
  await expect(field(page, 'publisher-name')).toHaveValue('Pemerintah Kabupaten Buol');
  await page.reload();
  await expect(field(page, 'hours-0-0-opens')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('peta-mpp:kelola:kabupaten-buol'))).toBeNull();
});

test('linked from the MPP\'s page (also pre-rendered); / never loads the editor', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // The page's chunk is `split_ManageRoute-<hash>.wasm` (on_demand!, src/pages/mod.rs).
  expect(requested.filter((p) => /split_ManageRoute-|editor\.css/.test(p))).toEqual([]);

  await page.goto('/mpp/kabupaten-buol', { waitForApp: false });
  await expect(page.locator('#prerendered .manage-link a')).toHaveAttribute('href', PAGE);
  await page.goto('/mpp/kabupaten-buol');
  await page.getByRole('link', { name: 'Petugas MPP ini? Perbarui datanya' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.locator('h1')).toHaveText('Perbarui data MPP Kabupaten Buol');
  expect(requested.filter((p) => p.includes('split_ManageRoute-'))).toHaveLength(1);
});

test('the English page is in English', async ({ page }) => {
  await page.goto(`${PAGE}?lang=en`);
  await expect(page.locator('h1')).toHaveText('Update the data of MPP Kabupaten Buol');
  await expect(page.getByRole('button', { name: 'Copy to every weekday' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear draft' })).toBeVisible();
  await page.goto('/mpp/kabupaten-buol?lang=en');
  await expect(page.getByRole('link', { name: 'Staff at this MPP? Update its data' })).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the editor opens offline, with its styles and the draft', async ({ page, context }) => {
    await page.goto(PAGE);
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await field(page, 'publisher-contact_name').fill('Pengelola MPP');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Perbarui data MPP Kabupaten Buol');
    await expect(field(page, 'publisher-contact_name')).toHaveValue('Pengelola MPP');
    // editor.css came from the cache: the fields are styled full width.
    const width = await field(page, 'publisher-contact_name').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(250);
  });
});
