// A region's embed, pre-rendered (issue 24, point 3): /embed/63 and
// /embed/63.11 are files a static host serves (embed/<code>.html), with the
// embed's framing headers, readable with JavaScript off and taken over by
// the app without a shift; /embed?wilayah= still works, an unknown code says
// so, and the service worker keeps each region's page under its own URL.
import { test, expect } from './fixtures.mjs';
import { ROOT_URL, NGINX_URL, NGINX_SUBPATH_URL } from '../../playwright.config.mjs';
import { shippedFeed, watchForErrors, watchLayoutShift } from './helpers.mjs';

const TILES = /tile\.openstreetmap\.org/;
test.beforeEach(async ({ context }) => context.route(TILES, (route) => route.abort()));

const SERVERS = [['tools/serve.mjs', ROOT_URL], ['nginx with deploy/nginx.conf', NGINX_URL], ['nginx with deploy/nginx-subpath.conf', NGINX_SUBPATH_URL.replace(/\/$/, '')]];
// Each region: its code, its heading, and which MPPs are its own.
const REGIONS = [
  ['63', 'MPP — Kalimantan Selatan', (m) => m.province.code === '63'],
  ['63.11', 'MPP — Kabupaten Balangan', (m) => m.regency.code === '63.11'],
];
const listed = (page) => page.locator('ol.mpp-list > li');

/** The data-id of every MPP a page's HTML lists. */
const listedIds = (html) => [...html.matchAll(/<li [^>]*data-id="([^"]+)"/g)].map((m) => m[1]);

for (const [kind, base] of SERVERS) {
  test(`${kind}: each region's page, framed by any site; an unknown code gets the shell`, async ({ request }) => {
    const feed = await shippedFeed(request);
    for (const [code, heading, own] of REGIONS) {
      const response = await request.get(`${base}/embed/${code}?tampilan=keduanya`);
      expect(response.status(), code).toBe(200);
      const headers = response.headers();
      expect(headers['content-type'], code).toMatch(/^text\/html/);
      expect(headers['content-security-policy'], code).toBe('frame-ancestors *');
      expect(headers['x-frame-options'], code).toBeUndefined();
      expect(headers['x-content-type-options'], code).toBe('nosniff');
      const html = await response.text();
      expect(html, code).toContain(`<h1 class="embed-title">${heading}</h1>`);
      const ids = listedIds(html);
      const mine = feed.mpps.filter(own).map((m) => m.id);
      expect(ids.length, code).toBe(Math.min(mine.length, 10));
      for (const id of ids) expect(mine, `${code} lists ${id}`).toContain(id);
    }
    for (const path of ['/embed/99.99', '/embed/63.html', '/embed?wilayah=63']) {
      const response = await request.get(`${base}${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-security-policy'], path).toBe('frame-ancestors *');
      expect(response.headers()['x-frame-options'], path).toBeUndefined();
      expect(await response.text(), path).not.toContain('id="prerendered"');
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const [kind, base] of SERVERS.slice(0, 2)) {
    for (const [code, heading, own] of REGIONS) {
      test(`${kind}: /embed/${code} shows the region's MPPs`, async ({ page, request }) => {
        const feed = await shippedFeed(request);
        const mine = feed.mpps.filter(own);
        await page.goto(`${base}/embed/${code}`, { waitForApp: false });
        await expect(page.locator('h1')).toHaveText(heading);
        await expect(page.locator('.result-count')).toHaveText(`${mine.length} dari ${feed.mpps.length} MPP`);
        await expect(listed(page)).toHaveCount(Math.min(mine.length, 10));
        const names = await page.locator('ol.mpp-list .mpp-name').allTextContents();
        for (const name of names) expect(mine.map((m) => m.name)).toContain(name);
        // What only the app can work is hidden, not left doing nothing.
        for (const control of ['.embed-map', '.embed-widen', '.embed-open-at', '.near-me']) await expect(page.locator(control)).toBeHidden();
        // A link leaves the frame for the MPP's own page.
        await expect(page.locator('a.mpp-link').first()).toHaveAttribute('target', '_blank');
      });
    }
  }
});

for (const [code, heading] of REGIONS) {
  for (const width of [300, 1280]) {
    test(`/embed/${code} at ${width} px becomes the app with no layout shift and no error`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      const errors = watchForErrors(page);
      const layoutShift = await watchLayoutShift(page);
      // The feed a moment late: the pre-rendered page is read before the app takes it over.
      await page.route('**/data/mpp.json', async (route) => {
        await new Promise((r) => setTimeout(r, 1000));
        await route.continue();
      });
      await page.goto(`/embed/${code}`, { waitForApp: false });
      await expect(page.locator('#prerendered h1')).toHaveText(heading);
      const before = await page.locator('#prerendered ol.mpp-list').textContent();
      await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
      await expect(page.locator('h1')).toHaveText(heading);
      expect(await page.locator('ol.mpp-list').textContent()).toBe(before);
      await expect(page.locator('.map.leaflet-container')).toBeVisible();
      await page.waitForTimeout(1000);
      expect(await layoutShift()).toBeLessThan(0.05);
      expect(errors).toEqual([]);
    });
  }
}

// At a region's zoom neighbouring regency seats lie a few pixels apart:
// the embed clusters every marker, the newest batch too, until none
// overlaps another (WCAG 2.5.8); a cluster that holds a new MPP says so.
for (const width of [360, 412, 1280]) {
  test(`/embed/63 at ${width} px: no two map targets overlap, and Balangan's cluster carries the star`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/embed/63');
    await expect(page.locator('.map .leaflet-marker-icon').first()).toBeVisible();
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    const boxes = await page.locator('.map .leaflet-marker-icon').evaluateAll((icons) =>
      icons.map((i) => ({ name: i.getAttribute('aria-label') ?? i.textContent, ...i.getBoundingClientRect().toJSON() })));
    const overlaps = [];
    for (const [n, a] of boxes.entries()) {
      for (const b of boxes.slice(n + 1)) {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.name} / ${b.name}`);
      }
    }
    expect(overlaps).toEqual([]);
    // Balangan (new) is its own starred marker or inside a starred cluster.
    const balangan = page.getByRole('button', { name: 'MPP Kabupaten Balangan (Baru)' });
    const starred = page.locator('.mpp-cluster-new');
    await expect(balangan.or(starred).first()).toBeVisible();
    if (await starred.count()) {
      await expect(starred).toHaveCount(1);
      await expect(starred).toContainText(/★\d+ MPP — perbesar, termasuk MPP baru/);
      // Opened by keyboard, it leads to Balangan's own marker.
      await starred.focus();
      await page.keyboard.press('Enter');
      await expect(balangan).toBeVisible();
    }
    await expect(page.locator('.mpp-marker-new')).toHaveCount(await balangan.count());
  });
}

test('the path wins over wilayah=, and the query still applies', async ({ page }) => {
  // A view or an MPP the static page does not show: hidden until the app shows it.
  await page.goto('/embed/63.11?wilayah=11&tampilan=daftar&mpp=kabupaten-balangan', { waitForApp: false });
  await expect(page.locator('html')).toHaveClass(/prerender-stale/);
  await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('h1')).toHaveText('MPP — Kabupaten Balangan');
  await expect(page.locator('li[aria-current="true"]')).toContainText('MPP Kabupaten Balangan');
  await expect(page.locator('.map')).toHaveCount(0);
  await page.goto('/embed/63?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('MPP — Kalimantan Selatan');
  // The default view keeps the pre-rendered page on screen.
  await page.goto('/embed/63?tampilan=keduanya', { waitForApp: false });
  await expect(page.locator('html')).not.toHaveClass(/prerender-stale/);
});

test('?wilayah= still works, and an unknown code says so', async ({ page }) => {
  await page.goto('/embed?wilayah=63');
  await expect(page.locator('h1')).toHaveText('MPP — Kalimantan Selatan');
  for (const path of ['/embed/99.99', '/embed?wilayah=99.99']) {
    await page.goto(path);
    const notice = page.locator('.embed-problems');
    await expect(notice, path).toContainText('Wilayah ini tidak dikenal di data MPP');
    await expect(notice, path).toContainText('“99.99”');
    await expect(page.locator('.result-count'), path).toHaveText('308 dari 308 MPP');
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('each region\'s page is kept under its own URL, never another region\'s', async ({ page, context }) => {
    await page.goto('/embed/63');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // The worker keeps the page once it has answered (Workbox's cache put
    // finishes after the response): wait for the copy, not for a moment.
    await expect.poll(() => page.evaluate(async () => !!(await (await caches.open('peta-mpp-pages')).match(location.href)))).toBe(true);
    await context.setOffline(true);
    // What the worker answered, not the live page: offline the app may take
    // over (and remove the pre-rendered part) before a look at the DOM.
    const kept = await (await page.goto('/embed/63', { waitForApp: false })).text();
    expect(kept).toContain('id="prerendered"');
    expect(kept).toMatch(/<h1[^>]*>MPP — Kalimantan Selatan<\/h1>/);
    // Never visited: the shell, whose app draws Balangan from the saved feed.
    const shell = await (await page.goto('/embed/63.11', { waitForApp: false })).text();
    expect(shell).not.toContain('id="prerendered"');
    await expect(page.locator('h1')).toHaveText('MPP — Kabupaten Balangan');
    await expect(listed(page)).toHaveCount(1);
  });
});
