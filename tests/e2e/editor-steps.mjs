// What an MPP clerk in Buol does in the editor (/kelola/kabupaten-buol) at
// 360 px, by touch: shared by the editor's own spec and the round trip
// through the fetch step (owner-roundtrip.spec.mjs).
import { readFileSync } from 'node:fs';
import { expect } from './fixtures.mjs';

/** An editor field by its id (ids hold dots and dashes: no CSS #id). */
export const field = (page, id) => page.locator(`[id="${id}"]`);

/** The publisher's website and contact, which the national data lacks. */
export async function fillPublisher(page) {
  await field(page, 'publisher-website').fill('https://buolkab.go.id');
  await field(page, 'publisher-contact_name').fill('Pengelola MPP, DPMPTSP Kabupaten Buol');
  await field(page, 'publisher-email').fill('mpp@buolkab.go.id');
}

/** Presses "Periksa dan buat berkas", downloads the file, returns it parsed. */
export async function download(page) {
  await page.getByRole('button', { name: 'Periksa dan buat berkas' }).click();
  await expect(page.locator('.file-ready')).toBeFocused();
  const link = page.getByRole('link', { name: 'Unduh 72.05-mpp.json' });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename()).toBe('72.05-mpp.json');
  return JSON.parse(readFileSync(await file.path(), 'utf8'));
}

/**
 * On an open /kelola/kabupaten-buol: taps the building onto the map (its
 * entrance), fills the publisher, a week with a break (Monday copied to every
 * weekday, Friday's longer break), immigration on Tuesday and Thursday
 * mornings only, a phone and the online queue, and downloads the file.
 */
export async function fillBuolEditor(page) {
  const map = page.locator('.picker-map.leaflet-container');
  await expect(map).toBeVisible();
  const box = await map.boundingBox();
  await map.click({ position: { x: box.width / 2 + 30, y: box.height / 2 - 20 } });
  await expect(field(page, 'location-latitude')).not.toHaveValue('');
  await expect(page.locator('.building-marker')).toHaveCount(1);
  await page.getByLabel('Pintu masuk untuk warga').check();

  await fillPublisher(page);
  await field(page, 'hours-0-0-opens').fill('08:00');
  await field(page, 'hours-0-0-closes').fill('12:00');
  await page.getByRole('button', { name: 'Tambah rentang jam (Senin)' }).first().click();
  await field(page, 'hours-0-1-opens').fill('13:00');
  await field(page, 'hours-0-1-closes').fill('16:00');
  await page.getByRole('button', { name: 'Salin ke semua hari kerja' }).first().click();
  await expect(field(page, 'hours-3-1-closes')).toHaveValue('16:00');
  await field(page, 'hours-4-0-closes').fill('11:30');
  await field(page, 'hours-4-1-opens').fill('13:30');

  await page.getByRole('button', { name: 'Tambah instansi' }).click();
  await field(page, 'agency-0-name').fill('Kantor Imigrasi');
  await field(page, 'agency-0-own_hours').check();
  const agency = page.locator('.editor-row').filter({ has: field(page, 'agency-0-name') });
  await agency.getByRole('button', { name: 'Hapus Senin, rentang 1' }).click();
  for (const [day, name] of [[1, 'Selasa'], [3, 'Kamis']]) {
    await agency.getByRole('button', { name: `Tambah rentang jam (${name})` }).click();
    await field(page, `agency-0-${day}-0-opens`).fill('08:00');
    await field(page, `agency-0-${day}-0-closes`).fill('12:00');
  }
  await field(page, 'contact-phone').fill('+62-445-123456');
  await field(page, 'online-booking_name').fill('Antrian online MPP Buol');
  await field(page, 'online-booking_url').fill('https://antrian.buolkab.go.id/mpp');
  return download(page);
}
