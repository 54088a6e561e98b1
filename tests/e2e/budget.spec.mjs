// The size budget, deterministic: the brotli bytes of everything the app
// needs before it answers on the home page (the pre-rendered index.html, the
// CSS, the JS glue, the split loader, the main wasm, the feed) must stay
// within bench/budget.json. The first screen itself needs only the HTML and
// CSS (pre-rendered). Measured on the release build in dist/.
import { test, expect } from './fixtures.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli as compress } from '../../tools/compress.mjs';

const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'));
// As served: the companions tools/compress.mjs writes.
const brotli = (path) => compress(readFileSync(path)).length;

test('the first load stays within the size budget', () => {
  const files = readdirSync('dist').filter((f) => /^peta-mpp-[0-9a-f]+(_bg\.wasm|\.js)$|^main-[0-9a-f]+\.css$/.test(f));
  expect(files).toHaveLength(3);
  // The routes other than home are chunks loaded on demand: not counted.
  const paths = [...files.map((f) => join('dist', f)), 'dist/__wasm_split.js', 'dist/index.html', 'dist/data/mpp.json'];
  const bytes = paths.reduce((sum, p) => sum + brotli(p), 0);
  console.log(`first load: ${(bytes / 1024).toFixed(1)} KB brotli (budget ${(budget.first_load_brotli_bytes / 1024).toFixed(1)} KB, target ${(budget.target_first_load_brotli_bytes / 1024).toFixed(1)} KB)`);
  expect(bytes).toBeLessThanOrEqual(budget.first_load_brotli_bytes);
});

test('the first screen waits for nothing but the list: no Leaflet, no details, no basemap', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.locator('ol.mpp-list > li').first()).toBeVisible();
  expect(requested.filter((p) => /leaflet|mpp-details|geojson|regions/.test(p))).toEqual([]);
});

test('"open now" is its own chunk, asked for only once the feed is here, and then says it', async ({ page }) => {
  const events = [];
  page.on('requestfinished', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('/data/mpp.json')) events.push('feed arrived');
  });
  page.on('request', (r) => {
    if (/split_hours_code-[0-9a-f]+\.wasm$/.test(new URL(r.url()).pathname)) events.push('hours code asked');
  });
  await page.goto('/');
  // Banda Aceh has hours and is on the first page of the list.
  const row = page.locator('ol.mpp-list > li', { has: page.locator('a[href$="/mpp/kota-banda-aceh"]') });
  await expect(row.locator('.open-state:not(.open-state-pending)')).toHaveCount(1);
  expect(events.filter((e) => e === 'hours code asked')).toHaveLength(1);
  expect(events.indexOf('feed arrived')).toBeGreaterThanOrEqual(0);
  expect(events.indexOf('feed arrived')).toBeLessThan(events.indexOf('hours code asked'));
});

test('the main wasm downloads beside the HTML and CSS: asked for before the first paint, once, its preload used, as are the glue\'s and the feed\'s', async ({ page, context }) => {
  // A slow link, so the CSS and so the first paint take a round trip or more.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  const wasm = /\/peta-mpp-[0-9a-f]+_bg\.wasm$/;
  const glue = /\/peta-mpp-[0-9a-f]+\.js$/;
  const feed = /\/data\/mpp\.json$/;
  const requests = { wasm: 0, glue: 0, feed: 0 };
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    for (const [name, re] of Object.entries({ wasm, glue, feed })) if (re.test(path)) requests[name] += 1;
  });
  const warnings = [];
  page.on('console', (m) => { if (/preload|integrity/i.test(m.text())) warnings.push(m.text()); });
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('peta-mpp:interactive').length > 0, null, { timeout: 60_000 });
  const { wasmStart, firstPaint } = await page.evaluate((source) => ({
    wasmStart: performance.getEntriesByType('resource').find((e) => new RegExp(source).test(new URL(e.name).pathname))?.startTime,
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
  }), wasm.source);
  expect(wasmStart).toBeDefined();
  expect(firstPaint).toBeDefined();
  expect(wasmStart).toBeLessThan(firstPaint);
  // Each preload (asked for by the head's script) is the one download used.
  expect(requests).toEqual({ wasm: 1, glue: 1, feed: 1 });
  expect(warnings).toEqual([]);
});

test('with JavaScript off no wasm, JS glue or feed is downloaded, on a pre-rendered page or the shell', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const unusable = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\.(wasm|js)$|\/data\/mpp\.json$/.test(path)) unusable.push(path);
    });
    const pages = [];
    page.on('load', () => pages.push(page.url()));
    for (const path of ['/', '/embed/63', '/mpp/kabupaten-buol', '/sematkan']) {
      await page.goto(path, { waitUntil: 'load' });
    }
    await page.waitForTimeout(500);
    expect(pages).toHaveLength(4);
    expect(unusable).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a page's own words come with its chunk, not in the first download", () => {
  const wasm = readdirSync('dist').filter((f) => f.endsWith('.wasm'));
  const main = wasm.filter((f) => /^peta-mpp-[0-9a-f]+_bg\.wasm$/.test(f));
  expect(main).toHaveLength(1);
  const holding = (text) => wasm.filter((f) => readFileSync(join('dist', f)).includes(Buffer.from(text)));
  // One word of each such page, in each language: /sematkan, /tentang,
  // /statistik and an MPP's page.
  for (const [words, route] of [
    ['DISALLOW_UNFILTERED_HTML', 'EmbedGeneratorRoute'],
    ['Apa itu MPP?', 'AboutRoute'],
    ['What is an MPP?', 'AboutRoute'],
    ['Pertumbuhan jumlah MPP', 'StatisticsRoute'],
    ['How the number of MPPs grew', 'StatisticsRoute'],
    ['Instansi yang direncanakan', 'DetailRoute'],
    ['Agencies planned', 'DetailRoute'],
  ]) {
    const files = holding(words);
    expect(files, words).not.toContain(main[0]);
    expect(files.some((f) => f.startsWith(`split_${route}-`)), `${words} in ${route}'s chunk: ${files}`).toBe(true);
  }
});
