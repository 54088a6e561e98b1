// A page whose code cannot load is never a dead tab (issue 21): the route
// chunks (wasm-split) fail on a flaky link, or belong to a version the
// worker has replaced in another tab. The worker is blocked unless a test
// says otherwise: a first visit, a private window.
import { test, expect, appTookOver } from './fixtures.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listItems, renameChunks, serveCopyOfDist, watchForErrors } from './helpers.mjs';
import { NGINX_URL } from '../../playwright.config.mjs';
import AxeBuilder from '@axe-core/playwright';

/** A route chunk: any wasm but the main module (`…_bg.wasm`). */
const isChunk = (url) => url.endsWith('.wasm') && !url.endsWith('_bg.wasm');
const failed = (page) => page.getByRole('heading', { name: 'Halaman ini belum dapat dimuat' });
const mppLink = (page, name) => listItems(page).getByRole('link', { name: new RegExp(name) }).first();

for (const [server, base] of [['tools/serve.mjs', ''], ['nginx with deploy/nginx.conf', NGINX_URL]]) {
test(`a flaky link under ${server}: the list works, a tap shows the message, "Coba lagi" opens the MPP once chunks load`, async ({ page }) => {
  const errors = watchForErrors(page);
  let broken = true;
  let chunkRequests = 0;
  await page.route((url) => isChunk(url.href), (route) => {
    chunkRequests++;
    return broken ? route.abort('connectionfailed') : route.continue();
  });
  await page.goto(`${base}/`);
  await expect(listItems(page).first()).toBeVisible();
  // The background preload of the detail page failed without a word.
  await expect.poll(() => chunkRequests).toBeGreaterThan(0);
  await expect(page.locator('.page-load-failed')).toHaveCount(0);

  await mppLink(page, 'Kabupaten Aceh Barat').click();
  await expect(failed(page)).toBeVisible();
  await expect(page).toHaveURL(/\/mpp\/kabupaten-aceh-barat$/);
  await expect(page).toHaveTitle('Halaman ini belum dapat dimuat — Peta MPP');
  await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeVisible();

  // The app is alive: its other links work (home is in the main module).
  await page.locator('.site-header').getByRole('link', { name: 'Peta MPP' }).click();
  await expect(listItems(page).first()).toBeVisible();
  await page.goBack();
  await expect(failed(page)).toBeVisible();

  broken = false;
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Aceh Barat');
  await expect(page.locator('.page-load-failed')).toHaveCount(0);
  // And the next lazy page loads as usual.
  await page.locator('footer').getByRole('link', { name: 'Tentang', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Tentang Peta MPP');
  expect(errors.filter((e) => !/Failed to fetch|net::ERR|split module/i.test(e))).toEqual([]);
});
}

test('offline at the tap: the message, then the page by itself when the network is back', async ({ page, context }) => {
  const errors = watchForErrors(page);
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await context.setOffline(true);
  await page.locator('footer').getByRole('link', { name: 'Statistik', exact: true }).click();
  await expect(failed(page)).toBeVisible();
  await expect(page.locator('.page-load-failed')).toContainText('dicoba lagi begitu sambungan kembali');
  await context.setOffline(false);
  await expect(page.locator('h1')).toContainText('Statistik MPP');
  expect(errors.filter((e) => !/Failed to fetch|net::ERR|split module/i.test(e))).toEqual([]);
});

test('the map\'s code cannot load: the list works, the map says so, and draws itself when the network is back', async ({ page, context }) => {
  const errors = watchForErrors(page);
  let broken = true;
  await page.route((url) => /\/split_map_code-[0-9a-f]+\.wasm$/.test(url.pathname), (route) => (broken ? route.abort('connectionfailed') : route.continue()));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await expect(page.locator('.map-failed')).toHaveText('Peta tidak dapat dimuat. Daftar MPP tetap dapat digunakan.');
  // The list still answers.
  await page.getByRole('searchbox').fill('buol');
  await expect(listItems(page)).toHaveCount(1);
  broken = false;
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.locator('.map.leaflet-container .leaflet-marker-icon').first()).toBeVisible();
  await expect(page.locator('.map-failed')).toHaveCount(0);
  expect(errors.filter((e) => !/Failed to fetch|net::ERR|split module/i.test(e))).toEqual([]);
});

test('the filters\' code cannot load: search works, "Saring" says so, and the filters come when the network is back', async ({ page, context }) => {
  const errors = watchForErrors(page);
  let broken = true;
  await page.route((url) => /\/split_filter_grid_code-[0-9a-f]+\.wasm$/.test(url.pathname), (route) => (broken ? route.abort('connectionfailed') : route.continue()));
  await page.goto('/');
  await page.locator('details.filters summary').click();
  await expect(page.locator('details.filters .notice')).toHaveText(/^Saringan belum dapat dimuat/);
  await expect(page.locator('details.filters select')).toHaveCount(0);
  // The search box still answers.
  await page.getByRole('searchbox').fill('kalimantan');
  await expect(listItems(page).first()).toBeVisible();
  broken = false;
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.locator('details.filters .notice')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Provinsi' }).selectOption('63');
  await expect(page).toHaveURL(/provinsi=63/);
  await expect(listItems(page).first()).toContainText('Kalimantan Selatan');
  expect(errors.filter((e) => !/Failed to fetch|net::ERR|split module/i.test(e))).toEqual([]);
});

test('the filters are not in the first download: their chunk comes after the feed, and draws when "Saring" opens', async ({ page }) => {
  const order = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/data\/mpp\.json$|\/split_filter_grid_code-/.test(path)) order.push(path.includes('split_') ? 'filters' : 'feed');
  });
  await page.goto('/');
  await expect.poll(() => order).toEqual(['feed', 'filters']);
  // Fetched ahead, drawn only once the box is opened.
  await expect(page.locator('.filter-grid')).toHaveCount(0);
  await page.locator('details.filters summary').click();
  await expect(page.getByRole('combobox', { name: 'Provinsi' })).toBeVisible();
  expect(order).toEqual(['feed', 'filters']);
});

test('the embed fetches nothing ahead: its links open the whole app in a new tab, so the detail page\'s code stays out of the frame', async ({ page }) => {
  const aheadChunk = /\/split_(DetailRoute|details_parser|share_code)-/;
  const asked = [];
  page.on('request', (r) => { if (aheadChunk.test(r.url())) asked.push(new URL(r.url()).pathname); });
  const interactive = () => page.waitForFunction(() => performance.getEntriesByName('peta-mpp:interactive').length > 0, null, { timeout: 60_000 });
  // The app itself fetches them once it answers (a reader taps an MPP next).
  await page.goto('/');
  await interactive();
  await expect.poll(() => asked.length, { timeout: 15_000 }).toBe(3);
  asked.length = 0;
  await page.goto('/embed/63');
  await interactive();
  await expect(listItems(page).first()).toContainText('Kalimantan Selatan');
  // Longer than the preload waits for an idle moment (3 s).
  await page.waitForTimeout(5_000);
  expect(asked).toEqual([]);
});

test('code that could not load is asked for again after 15 s, not only when the network comes back', async ({ page }) => {
  // A flaky link that never went offline: no `online` event comes.
  let broken = true;
  const failed = new Set();
  await page.route((url) => /\/split_(hours|filter_grid)_code-[0-9a-f]+\.wasm$/.test(url.pathname), (route) => {
    if (!broken) return route.continue();
    failed.add(new URL(route.request().url()).pathname.split('-')[0]);
    return route.abort('connectionfailed');
  });
  // A Tuesday, 10:00 in Banda Aceh (WIB): open.
  await page.clock.install({ time: new Date('2026-08-18T03:00:00Z') });
  await page.goto('/?q=banda+aceh');
  await page.locator('details.filters summary').click();
  await expect(page.locator('details.filters .notice')).toHaveText(/^Saringan belum dapat dimuat/);
  await expect.poll(() => failed.size).toBe(2);
  const state = listItems(page).first().locator('.open-state');
  await expect(state).toHaveClass(/open-state-pending/);
  broken = false;
  await page.clock.runFor(16_000);
  await expect(page.getByRole('combobox', { name: 'Provinsi' })).toBeVisible();
  await expect(page.locator('details.filters .notice')).toHaveCount(0);
  await expect(state).toHaveText(/^Buka/);
});

test('in English, the message is in English', async ({ page }) => {
  await page.route((url) => isChunk(url.href), (route) => route.abort('connectionfailed'));
  await page.goto('/?lang=en');
  await expect(listItems(page).first()).toBeVisible();
  await page.locator('footer').getByRole('link', { name: 'About', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'This page could not be loaded yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
  test(`the message at ${viewport.width} px: axe finds nothing, the keyboard reaches "Coba lagi"`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.route((url) => isChunk(url.href), (route) => route.abort('connectionfailed'));
    await page.goto('/');
    await expect(listItems(page).first()).toBeVisible();
    await page.locator('footer').getByRole('link', { name: 'Statistik', exact: true }).click();
    await expect(failed(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    const retry = page.getByRole('button', { name: 'Coba lagi' });
    for (let i = 0; i < 40 && !(await retry.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(retry).toBeFocused();
    const box = await retry.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(24);
  });
}

test('a slow chunk: the page says it is loading, then shows', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route((url) => isChunk(url.href) && url.pathname.includes('About'), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(listItems(page).first()).toBeVisible();
  await page.locator('footer').getByRole('link', { name: 'Tentang', exact: true }).click();
  await expect(page.locator('.route-progress')).toContainText('Memuat halaman…');
  release();
  await expect(page.locator('h1')).toHaveText('Tentang Peta MPP');
  await expect(page.locator('.route-progress')).toHaveText('');
});

test.describe('a new version in another tab', () => {
  test.use({ serviceWorkers: 'allow' });
  // Two tabs each install the first version's worker, then both move to the
  // second's: 23-28 s on a quiet machine, so the default 30 s per test failed
  // on a busy one (a CI run timed out while the reloaded tab was loading).
  // Each wait keeps its own bound (RELOAD_MS); this covers their sum.
  test.describe.configure({ timeout: 120_000 });
  let served;
  test.beforeEach(async () => {
    served = await serveCopyOfDist(4177);
  });
  test.afterEach(() => served?.stop());

  /** Two tabs of one browser, both controlled by the first version's worker. */
  async function twoTabs(context) {
    const tabs = [await context.newPage(), await context.newPage()];
    for (const tab of tabs) {
      await tab.goto(`${served.base}/`);
      await appTookOver(tab);
      await tab.evaluate(() => navigator.serviceWorker.ready);
      if (!(await tab.evaluate(() => !!navigator.serviceWorker.controller))) {
        await tab.reload();
        await appTookOver(tab);
      }
      await expect.poll(() => tab.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    }
    return tabs;
  }

  /** The second version: its chunks renamed (the first's gone), a marker in its pages, its worker. */
  function deploySecond() {
    renameChunks(served.dir);
    for (const page of ['index.html', 'shell.html', 'tentang.html']) {
      const file = join(served.dir, page);
      writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<meta name="peta-mpp-build" content="second"><title>'));
    }
    execFileSync('node', ['tools/build-sw.mjs', served.dir]);
  }

  /** How long a tab may take to load into the new version: its worker
   * first installs (the whole precache) on a machine that may be busy. */
  const RELOAD_MS = 30_000;

  test('"Muat ulang" in one tab: the other tab\'s next navigation works (a full load)', async ({ context }) => {
    const [first, second] = await twoTabs(context);
    const errors = watchForErrors(second);
    deploySecond();
    await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await first.locator('.update-prompt').getByRole('button', { name: 'Muat ulang' }).click();
    await expect(first.locator('meta[name="peta-mpp-build"]')).toHaveAttribute('content', 'second', { timeout: RELOAD_MS });

    // The other tab was told, and leaves the old version at its next navigation.
    await expect(second.locator('.update-prompt')).toBeVisible();
    await second.locator('footer').getByRole('link', { name: 'Tentang', exact: true }).click();
    // A full load shows the pre-rendered page first, the app rendering out
    // of sight beside it (its own h1 too) until it takes over.
    await second.waitForURL('**/tentang', { timeout: RELOAD_MS });
    await appTookOver(second, RELOAD_MS);
    await expect(second.locator('h1')).toHaveText('Tentang Peta MPP');
    await expect(second.locator('meta[name="peta-mpp-build"]')).toHaveAttribute('content', 'second');
    expect(errors.filter((e) => !/Failed to fetch|net::ERR/.test(e))).toEqual([]);
  });

  test('"Muat ulang" after the worker was activated in another tab reloads at once', async ({ context }) => {
    const [first, second] = await twoTabs(context);
    deploySecond();
    await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(second.locator('.update-prompt')).toBeVisible();
    await first.locator('.update-prompt').getByRole('button', { name: 'Muat ulang' }).click();
    await expect(first.locator('meta[name="peta-mpp-build"]')).toHaveAttribute('content', 'second', { timeout: RELOAD_MS });

    await second.locator('.update-prompt').getByRole('button', { name: 'Muat ulang' }).click();
    await expect(second.locator('meta[name="peta-mpp-build"]')).toHaveAttribute('content', 'second', { timeout: RELOAD_MS });
    await expect(listItems(second).first()).toBeVisible();
  });
});
