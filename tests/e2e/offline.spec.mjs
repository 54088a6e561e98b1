// Offline: the service worker (Workbox, generated over the release build)
// keeps the app, its data and its basemap working without a connection,
// offers new versions without forcing them, and the app is installable.
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures.mjs';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listItems, serveCopyOfDist } from './helpers.mjs';

test.use({ serviceWorkers: 'allow' });
const TILES = /tile\.openstreetmap\.org/;

/** Waits until the service worker is active and controls the page. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test.beforeEach(async ({ context }) => context.route(TILES, (route) => route.abort()));

test('the worker is registered once the page shows its MPPs, not while the page still fetches them', async ({ page, context }) => {
  // A slow link: the feed takes 3 s. Its first install would otherwise download every file of the version beside it.
  const order = [];
  await context.route(/\/data\/mpp\.json$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    order.push('feed answered');
    await route.continue();
  });
  context.on('request', (r) => { if (/\/sw\.js$/.test(new URL(r.url()).pathname)) order.push('worker'); });
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await controlled(page);
  expect(order.slice(0, 2)).toEqual(['feed answered', 'worker']);
});

test('after one visit, /, a detail page and any app route open offline, with data and a dated banner', async ({ page, context }) => {
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
  const banner = page.locator('.saved-data');
  await expect(banner).toContainText('Data per 28 November 2026 — Anda sedang offline');

  await page.goto('/mpp/kabupaten-buol');
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Buol');
  await expect(page.locator('.saved-data')).toContainText('Anda sedang offline');
  // The details file came from the precache too: sources are listed.
  await page.locator('.about-data summary').click();
  await expect(page.locator('.sources li').first()).toBeVisible();

  await page.goto('/embed?wilayah=63');
  await expect(page.locator('.site-header, .embed')).toBeVisible();
  await expect(page.locator('.saved-data')).toContainText('Anda sedang offline');

  // A page never visited, with its own data file and wasm chunk: both precached.
  await page.goto('/inovasi');
  await expect(page.locator('li.innovation')).toHaveCount(15);

  // The map and its outline basemap work offline too (tiles cannot load).
  await page.goto('/');
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect.poll(() => page.locator('.leaflet-fallback-pane path').count()).toBeGreaterThan(2);
  await expect(page.locator('.mpp-marker-new')).toHaveCount(9);
});

test('a feed slower than a few seconds falls back to the saved copy, with the banner', async ({ page, context }) => {
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await controlled(page);
  // The network hangs: the worker answers with its copy after 4 s.
  await context.route('**/data/mpp.json', () => {});
  await page.reload();
  await expect(page.locator('.saved-data')).toContainText('server tidak menjawab tepat waktu', { timeout: 15_000 });
  await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
});

test('a feed answering 500 falls back to the last good copy, with the banner', async ({ page, context }) => {
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await controlled(page);
  await context.route('**/data/mpp.json', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await page.reload();
  await expect(page.locator('.saved-data')).toContainText('Data per 28 November 2026 — Data terbaru tidak dapat dimuat (server menjawab dengan galat 500)');
  await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
});

test('viewed tiles are cached (bounded), and drawn again offline', async ({ page, context }) => {
  const png = readFileSync('public/icons/icon-192.png');
  await context.unroute(TILES);
  let served = 0;
  await context.route(TILES, (route) => {
    served += 1;
    return route.fulfill({ body: png, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' } });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await controlled(page);
  await expect.poll(() => page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
  const cachedTiles = () => page.evaluate(async () => (await (await caches.open('peta-mpp-tiles')).keys()).length);
  // The worker stores a tile just after answering with it.
  await expect.poll(cachedTiles).toBeGreaterThan(0);
  expect(await cachedTiles()).toBeLessThanOrEqual(400);
  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
  // Offline, no tile failed: the fallback outline was not needed.
  await expect(page.locator('.leaflet-fallback-pane path')).toHaveCount(0);
  expect(served).toBeGreaterThan(0);
});

test('installable: manifest, icons and a worker, no installability errors', async ({ request, baseURL, browserName }, testInfo) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ short_name: 'Peta MPP', display: 'standalone', lang: 'id', start_url: './', scope: './', id: './' });
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBeTruthy();
  // Chromium never offers to install from an incognito-like context: use a profile.
  const { launchOptions } = testInfo.project.use;
  const profile = mkdtempSync(join(tmpdir(), 'peta-mpp-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true, baseURL });
  try {
    const page = await context.newPage();
    await page.route(TILES, (route) => route.abort());
    await page.goto('/');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  expect(browserName).toBe('chromium');
});

test.describe('updates', () => {
  let dir;
  let served;
  const PORT = 4176;
  test.beforeAll(async () => {
    served = await serveCopyOfDist(PORT);
    dir = served.dir;
  });
  test.afterAll(() => served?.stop());

  test('a second build waits, the app offers "Muat ulang", and accepting loads it', async ({ page }) => {
    const base = `http://127.0.0.1:${PORT}`;
    await page.goto(`${base}/`);
    await expect(listItems(page).first()).toBeVisible();
    await controlled(page);
    await expect(page.locator('.update-prompt')).toHaveCount(0);

    // The second build: another index.html, its worker regenerated.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="peta-mpp-build" content="second"><title>'));
    execFileSync('node', ['tools/build-sw.mjs', dir]);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const prompt = page.locator('.update-prompt');
    // The new worker precaches the whole app first: on a busy machine that
    // may take longer than the usual 10 s.
    await expect(prompt).toContainText('Versi baru tersedia.', { timeout: 30_000 });
    // Until accepted, the old version keeps running.
    expect(await page.locator('meta[name="peta-mpp-build"]').count()).toBe(0);
    await prompt.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.locator('meta[name="peta-mpp-build"]')).toHaveAttribute('content', 'second');
    await expect(listItems(page).first()).toBeVisible();
    await expect(page.locator('.update-prompt')).toHaveCount(0);
  });

  test('a broken worker can be retired: sw/retire-sw.js empties the caches and unregisters', async ({ page }) => {
    const base = `http://127.0.0.1:${PORT}`;
    await page.goto(`${base}/`);
    await controlled(page);
    expect(await page.evaluate(async () => (await caches.keys()).some((k) => k.startsWith('peta-mpp')))).toBe(true);
    cpSync('sw/retire-sw.js', join(dir, 'sw.js'));
    // The app's own register() checks for an update when it starts; one
    // still under way would answer this update() with the sw.js it fetched
    // before the swap. So ask until the retiring worker has been fetched.
    const cachesLeft = () => page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update().catch(() => {});
      return (await caches.keys()).filter((k) => k.startsWith('peta-mpp')).length;
    }).catch(() => -1); // the retiring worker reloads the page under us
    await expect.poll(cachesLeft, { timeout: 15_000 }).toBe(0);
    // The page reloaded from the network and still works.
    await expect(listItems(page).first()).toBeVisible();
  });
});
