// Holidays in "open now" and "open at" (issue 23), at 360 px with the clock
// fixed: a national holiday closes Banda Aceh by its name, a joint-leave day
// says service may be limited, "open at" lists the open MPPs first and the
// unknown ones after, counts both, round-trips through the URL, works in
// the embed and offline after one visit.
import { test, expect } from './fixtures.mjs';
import { listItems } from './helpers.mjs';

// 10:00 WIB (UTC+7) on a date: the MPP's clock, whatever the browser's zone.
const wib = (date) => new Date(`${date}T03:00:00Z`);
const state = (page) => page.locator('.hours-now .open-state');

test.describe('open now knows the holidays, on the MPP\'s clock', () => {
  // A browser in New York: the verdict must still follow Banda Aceh's WIB.
  test.use({ timezoneId: 'America/New_York' });

  test('17 Aug 2026 is Hari Kemerdekaan: closed, by its name; 18 Aug is open', async ({ page }) => {
    await page.clock.setFixedTime(wib('2026-08-17'));
    await page.goto('/mpp/kota-banda-aceh');
    await expect(state(page)).toHaveText(
      'Tutup — libur nasional: Hari Kemerdekaan Republik Indonesia · buka lagi Selasa 08:30 WIB',
    );
    await expect(page.locator('.hours-now')).not.toContainText('Buka');
    // The timetable marks it among the coming two weeks, and no longer says
    // holidays are not taken into account.
    await expect(page.locator('.holidays-ahead li')).toHaveText([
      'Senin, 17 Agustus 2026 — Hari Kemerdekaan Republik Indonesia (libur nasional: tutup)',
      'Selasa, 25 Agustus 2026 — Maulid Nabi Muhammad (libur nasional: tutup)',
    ]);
    await expect(page.locator('.hours-table ~ .meta')).toContainText('hari libur nasional dan cuti bersama 2026–2027');
    await expect(page.locator('main')).not.toContainText('tidak diperhitungkan');

    // In English, every word of it.
    await page.goto('/mpp/kota-banda-aceh?lang=en');
    await expect(state(page)).toHaveText('Closed — national holiday: Independence Day · opens Tuesday 08:30 WIB');

    await page.clock.setFixedTime(wib('2026-08-18'));
    await page.goto('/mpp/kota-banda-aceh');
    await expect(state(page)).toHaveText('Buka sekarang · istirahat 12:30 WIB');
  });

  test('20 Mar 2026 is cuti bersama: service may be limited, not a plain "Buka"', async ({ page }) => {
    await page.clock.setFixedTime(wib('2026-03-20'));
    await page.goto('/mpp/kota-banda-aceh');
    await expect(state(page)).toHaveText(
      'Cuti bersama — layanan mungkin terbatas · Cuti Bersama Hari Raya Idul Fitri',
    );
    await expect(page.locator('.holidays-ahead li').first()).toHaveText(
      'Jumat, 20 Maret 2026 — Cuti Bersama Hari Raya Idul Fitri (cuti bersama: layanan mungkin terbatas)',
    );
  });
});

test.describe('open at a chosen day and time', () => {
  test.beforeEach(async ({ page }) => page.clock.setFixedTime(wib('2026-08-17')));

  test('"Sabtu 09.00" and "Selasa 09.00": open ones first, unknown ones after, both counted, in the URL', async ({ page }) => {
    const note = page.locator('.open-at-count');
    // The two counts of the note; with the list's count they add up.
    const counts = async (day) => {
      await expect(note).toHaveText(new RegExp(`^\\d+ MPP buka ${day} .* · \\d+ MPP jam layanannya belum tercatat`));
      const [, open, unknown] = (await note.textContent()).match(/^(\d+) MPP .* · (\d+) MPP/);
      await expect(page.locator('.result-count')).toHaveText(`${+open + +unknown} dari 308 MPP`);
      return [+open, +unknown];
    };
    const bandaAceh = listItems(page).filter({ hasText: 'MPP Kota Banda Aceh' });
    const afterHeading = page.locator('ol.mpp-list > li:has(.list-hours-unknown) ~ li, ol.mpp-list > li:has(.list-hours-unknown)');

    await page.goto('/');
    await page.getByText('Saring', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Buka pada' }).selectOption('sab');
    await page.getByLabel(/^Jam/).fill('09:00');
    // Banda Aceh (Mon–Fri) is closed then, so not listed; the MPPs whose
    // hours are unknown or too old are never hidden, under their heading.
    const [openSaturday, unknown] = await counts('Sabtu 09\\.00');
    expect(unknown).toBeGreaterThan(250);
    await expect(listItems(page).nth(openSaturday).locator('.list-hours-unknown')).toHaveText('Jam layanan belum tercatat');
    await expect(page.locator('.list-hours-unknown')).toHaveCount(1);
    await expect(page).toHaveURL(/\?buka=sab&jam=09\.00$/);

    await page.getByRole('combobox', { name: 'Buka pada' }).selectOption('sel');
    const [openTuesday] = await counts('Selasa 09\\.00');
    expect(openTuesday).toBeGreaterThan(openSaturday);
    // Banda Aceh is among the open ones, before the heading.
    await expect(bandaAceh).toHaveCount(1);
    await expect(afterHeading.filter({ hasText: 'MPP Kota Banda Aceh' })).toHaveCount(0);
    await expect(listItems(page).nth(openTuesday).locator('.list-hours-unknown')).toHaveText('Jam layanan belum tercatat');
    await expect(page.locator('.list-hours-unknown')).toHaveCount(1);
    await expect(page).toHaveURL(/\?buka=sel&jam=09\.00$/);

    // The URL round-trips: a reload (or a shared link) shows the same.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Buka pada' })).toHaveValue('sel');
    await expect(page.getByLabel(/^Jam/)).toHaveValue('09:00');
    expect(await counts('Selasa 09\\.00')).toEqual([openTuesday, unknown]);
    await expect(bandaAceh).toHaveCount(1);

    // "Sekarang" on the holiday: Banda Aceh is closed, so not listed.
    await page.getByRole('combobox', { name: 'Buka pada' }).selectOption('sekarang');
    await expect(note).toHaveText(/^\d+ MPP buka sekarang .* · \d+ MPP/);
    await expect(bandaAceh).toHaveCount(0);
    await expect(page).toHaveURL(/\?buka=sekarang$/);
    // Off again: all 308, no heading.
    await page.getByRole('combobox', { name: 'Buka pada' }).selectOption('');
    await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
    await expect(note).toHaveCount(0);
    await expect(page.locator('.list-hours-unknown')).toHaveCount(0);
  });

  test('the embed follows the same rules', async ({ page }) => {
    await page.goto('/embed?wilayah=11&buka=sel&jam=09.00');
    // Aceh: Banda Aceh is the one MPP whose hours say it is open then.
    await expect(page.locator('.open-at-count')).toHaveText(/^1 MPP buka Selasa 09\.00 .* · \d+ MPP jam layanannya belum tercatat/);
    await expect(listItems(page).first()).toContainText('MPP Kota Banda Aceh');
    await expect(listItems(page).nth(1).locator('.list-hours-unknown')).toHaveText('Jam layanan belum tercatat');
    await expect(page.getByRole('combobox', { name: 'Buka pada' })).toHaveValue('sel');
    // The full app opens with the same question.
    await expect(page.locator('a.embed-full')).toHaveAttribute('href', /buka=sel&jam=09\.00/);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, "open at" and the holiday verdict work without a connection', async ({ page, context }) => {
    await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.clock.setFixedTime(wib('2026-08-17'));
    await page.goto('/');
    await expect(listItems(page).first()).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    await page.goto('/?buka=sel&jam=09.00');
    await expect(page.locator('.open-at-count')).toHaveText(/^[1-9]\d* MPP buka Selasa 09\.00/);
    await expect(listItems(page).filter({ hasText: 'MPP Kota Banda Aceh' })).toHaveCount(1);
    await page.goto('/mpp/kota-banda-aceh');
    await expect(state(page)).toHaveText(/^Tutup — libur nasional: Hari Kemerdekaan Republik Indonesia/);
  });
});
