// The data in a format others read (issue 25): /tentang links the GeoJSON
// export, which every host serves as GeoJSON, names each MPP's page by the
// address the build is served at, and is a download, not part of what the
// service worker keeps on every phone.
import fs from 'node:fs';
import { test, expect, appTookOver } from './fixtures.mjs';
import { NGINX_URL, SUBPATH_URL } from '../../playwright.config.mjs';

test('/tentang links mpp.geojson, in both languages', async ({ page }) => {
  await page.goto('/tentang');
  await expect(page.getByRole('heading', { name: 'Data terbuka' })).toBeVisible();
  const link = page.getByRole('link', { name: 'mpp.geojson' });
  await expect(link).toHaveAttribute('href', '/data/mpp.geojson');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('mpp.geojson');
  const hsds = page.getByRole('link', { name: 'hsds.json' });
  await expect(hsds).toHaveAttribute('href', '/data/hsds/hsds.json');
  await page.goto('/tentang?lang=en');
  await expect(page.getByRole('heading', { name: 'Open data' })).toBeVisible();
});

// Issue 25, point 6: how to cite the data, with its licence, version and date.
test('/tentang says how to cite the data, in the page\'s language, also without JavaScript', async ({ browser }) => {
  const feed = JSON.parse(fs.readFileSync('public/data/mpp.json', 'utf8'));
  const { version, licence, date } = feed.meta.citation;
  const [y, m, d] = date.split('-').map(Number);
  const month = (names) => `${d} ${names.split(' ')[m - 1]} ${y}`;
  const tanggal = month('Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember');
  const english = month('January February March April May June July August September October November December');
  for (const [url, heading, words, javaScriptEnabled] of [
    ['/tentang', 'Cara mengutip', `data versi ${version}, per ${tanggal}. Lisensi ${licence}.`, true],
    ['/tentang', 'Cara mengutip', `data versi ${version}, per ${tanggal}. Lisensi ${licence}.`, false],
    ['/tentang?lang=en', 'How to cite', `data version ${version}, as of ${english}. Licence ${licence}.`, true],
  ]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(url);
    // With JavaScript, the app's page, once it has replaced the pre-rendered
    // one (both are in the document for a moment while it takes over).
    if (javaScriptEnabled) await appTookOver(page);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    const line = page.locator('p.citation');
    await expect(line).toContainText(words);
    await expect(line).toContainText('“Peta MPP: Daftar Mal Pelayanan Publik di Indonesia”');
    await expect(line.getByRole('link', { name: licence })).toHaveAttribute('href', 'https://opendatacommons.org/licenses/odbl/1-0/');
    await context.close();
  }
});

for (const [server, base, site] of [
  ['tools/serve.mjs', '', 'http://127.0.0.1:8080'],
  ['nginx with deploy/nginx.conf', NGINX_URL, 'http://127.0.0.1:8080'],
  ['the sub-path build', SUBPATH_URL.replace(/\/$/, ''), 'http://127.0.0.1:8080/peta-mpp'],
]) {
  test(`under ${server}: GeoJSON with each page's address, not precached`, async ({ request, baseURL }) => {
    const response = await request.get(`${base || baseURL}/data/mpp.geojson`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/geo\+json/);
    const geo = await response.json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(308);
    const buol = geo.features.find((f) => f.properties.slug === 'kabupaten-buol');
    expect(buol.geometry.type).toBe('Point');
    expect(buol.properties).toMatchObject({ point: 'regency_seat', point_is_building: false, url: `${site}/mpp/kabupaten-buol` });
    const worker = await (await request.get(`${base || baseURL}/sw.js`)).text();
    expect(worker).toContain('mpp.json');
    expect(worker).not.toContain('mpp.geojson');
    expect(worker).not.toContain('hsds.json');
    // The HSDS export beside it, as JSON.
    const hsds = await request.get(`${base || baseURL}/data/hsds/hsds.json`);
    expect(hsds.status()).toBe(200);
    expect(hsds.headers()['content-type']).toMatch(/^application\/json/);
  });
}
