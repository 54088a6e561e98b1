// The data in a format others read (issue 25): /tentang links the GeoJSON
// export, which every host serves as GeoJSON, names each MPP's page by the
// address the build is served at, and is a download, not part of what the
// service worker keeps on every phone.
import { test, expect } from './fixtures.mjs';
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
