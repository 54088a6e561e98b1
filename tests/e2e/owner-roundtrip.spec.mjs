// Issue 22, end to end: an MPP clerk in Buol fills the editor at 360 px and
// downloads the publisher file; the regency publishes it (here a loopback
// server, registered for the test); `make publishers` fetches and stores it;
// the feed and the pages are rebuilt from the stored copy; and the rebuilt
// /mpp/kabupaten-buol shows the clerk's facts, saying who stated them and
// when. Nothing reaches the internet: the fetch step's test-only switch
// allows plain http to 127.0.0.1 and nothing else.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { ROOT_URL } from '../../playwright.config.mjs';
import { fillBuolEditor } from './editor-steps.mjs';
import { serveCopyOfDist, startHostSite } from './helpers.mjs';

// Not 4190: the Fetch standard blocks it (ManageSieve), in Node as in browsers.
const OWNER_PORT = 4192;
/** The regency's own web server, which publishes the file. */
const PUBLISHER_PORT = 4193;

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 360, height: 740 } });

/** Runs a command of the build, failing the test with its output. */
function run(command, args) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

let published;
let work;
let owner;

test.afterAll(async () => {
  owner?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the editor gives a valid publisher file for Buol', async ({ page }) => {
  await page.context().route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto(`${ROOT_URL}/kelola/kabupaten-buol`);
  published = await fillBuolEditor(page);
  expect(published.schema_version).toBe('1.0');
  expect(published.mpps[0].regency_code).toBe('72.05');
});

test('fetched, stored and rebuilt, /mpp/kabupaten-buol shows the clerk\'s facts and who stated them', async ({ page }) => {
  test.skip(!published, 'needs the file from the editor');
  test.setTimeout(4 * 60_000);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-owner-'));
  const data = path.join(work, 'data');
  fs.cpSync('data', data, { recursive: true });
  fs.rmSync(path.join(data, 'publishers'), { recursive: true, force: true });

  // The regency publishes the file; the registry names it (test-only: 127.0.0.1).
  const server = await startHostSite(PUBLISHER_PORT);
  server.pages['/mpp-publisher.json'] = JSON.stringify(published, null, 2);
  try {
    const registry = path.join(work, 'publishers.json');
    fs.writeFileSync(registry, JSON.stringify({
      registry_version: 1,
      publishers: [{
        regency_code: '72.05',
        name: 'Pemerintah Kabupaten Buol',
        feed_url: `http://127.0.0.1:${PUBLISHER_PORT}/mpp-publisher.json`,
        domain: '127.0.0.1',
        registered_on: '2026-12-05',
        review: 'tests/e2e/owner-roundtrip.spec.mjs',
      }],
    }));
    // Not execFileSync: the publisher's server runs in this process and must answer.
    const { stdout: report } = await promisify(execFile)('cargo', ['run', '--locked', '--quiet', '-p', 'feed-builder', '--bin', 'publishers', '--',
      data, '--registry', registry, '--test-allow-loopback-http'], { encoding: 'utf8' });
    expect(report).toContain('72.05');
    expect(fs.existsSync(path.join(data, 'publishers', '72.05.json')), report).toBe(true);
  } finally {
    server.close();
  }

  // The rest of the build reads only the stored copy: feed, pages, CSP, worker.
  owner = await serveCopyOfDist(OWNER_PORT, (dist) => {
    run('cargo', ['run', '--locked', '--quiet', '-p', 'feed-builder', '--bin', 'feed-builder', '--', data, path.join(dist, 'data')]);
    run('cargo', ['run', '--locked', '--quiet', '-p', 'prerender', '--', '--dist', dist, '--base', '/', '--site-url', 'http://127.0.0.1:8080']);
    run('node', ['tools/csp.mjs', dist]);
    run('node', ['tools/build-sw.mjs', dist]);
  });
  const OWNER_URL = owner.base;

  const mpp = published.mpps[0];
  // Without JavaScript, the pre-rendered page already says it.
  const plain = await page.context().browser().newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const plainPage = await plain.newPage();
  await plainPage.goto(`${OWNER_URL}/mpp/kabupaten-buol`);
  await expect(plainPage.locator('main')).toContainText('Data dari Pemerintah Kabupaten Buol');
  await plain.close();

  await page.context().route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto(`${OWNER_URL}/mpp/kabupaten-buol`);
  const main = page.locator('main');
  await expect(main).toContainText(/Data dari Pemerintah Kabupaten Buol, diperiksa \d+ \S+ \d{4}/);
  // The hours the clerk typed ("open now" may use them: checked today), and
  // the agency's own days.
  await expect(main).toContainText('Kantor Imigrasi: Selasa dan Kamis, 08:00–12:00');
  await expect(main.locator('ul.hours-table li').first()).toContainText('08:00');
  await expect(main).not.toContainText(/Belum tercatat: [^.]*jam layanan/);
  // The queue link as a button, the phone as tel:.
  await expect(page.getByRole('link', { name: 'Ambil antrean online' })).toHaveAttribute('href', mpp.online.booking[0].url);
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', /^tel:\+62/);
  // The building on the map, not the regency seat.
  await page.locator('.about-data summary').click();
  await expect(page.locator('.about-data .caveat')).toHaveText('Titik ini adalah lokasi gedung MPP.');
  await page.locator('.detail-map').scrollIntoViewIfNeeded();
  await expect(page.locator('.detail-map .leaflet-marker-icon')).toBeAttached();
  await page.waitForLoadState('networkidle');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  const feed = await (await fetch(`${OWNER_URL}/data/mpp.json`)).json();
  const buol = feed.mpps.find((m) => m.slug === 'kabupaten-buol');
  expect(buol.location.point).toBe('building');
  expect(buol.location.lat).toBeCloseTo(mpp.location.latitude, 5);
  expect(buol.location.lon).toBeCloseTo(mpp.location.longitude, 5);
});
