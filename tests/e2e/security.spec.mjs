// A strict Content-Security-Policy that nothing violates, no request to a
// foreign origin, and hostile input that ends in a plain message and the
// last good data: no blank screen, no script run, no panic.
import { test, expect } from './fixtures.mjs';
import { ROOT_URL } from '../../playwright.config.mjs';
import { listItems, shippedFeed, watchForErrors } from './helpers.mjs';

const TILE_ORIGIN = 'https://tile.openstreetmap.org';
const FEED = '**/data/mpp.json';

/** Records CSP violations and requests to origins other than the app's and the tile server's. */
async function guard(page) {
  const foreign = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const origin = new URL(url).origin;
    if (origin !== ROOT_URL && origin !== TILE_ORIGIN) foreign.push(url);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { foreign, violations: () => page.evaluate(() => window.__csp) };
}

test.describe('Content-Security-Policy', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.beforeEach(async ({ page }) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort()));

  test('a strict policy is in the page', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(policy).toBeTruthy();
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain(`img-src 'self' data: ${TILE_ORIGIN}`);
    expect(policy).toContain("object-src 'none'");
  });

  for (const path of ['/', '/?q=balangan&mpp=kabupaten-balangan', '/mpp/kabupaten-balangan', '/embed?wilayah=63', '/sematkan', '/statistik', '/tentang']) {
    test(`${path}: no violation, no foreign request`, async ({ page }) => {
      const errors = watchForErrors(page);
      const { foreign, violations } = await guard(page);
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('hostile input', () => {
  test.beforeEach(async ({ page }) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort()));

  const refused = [
    ['a feed answering 404', (route) => route.fulfill({ status: 404, body: 'not found' }), 'server menjawab 404'],
    ['a feed answering HTML', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Maintenance</p>' }), 'bukan data MPP yang valid'],
    ['an empty document', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' }), 'bukan data MPP yang valid'],
    ['a JSON array instead of a feed', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[1,2,3]' }), 'bukan data MPP yang valid'],
    ['another major schema version', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schema_version: '2.0', meta: {}, mpps: [] }) }), 'versi data 2.0 tidak didukung'],
    ['a feed missing its meta', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schema_version: '1.0', mpps: [] }) }), 'format data MPP tidak dikenal'],
  ];
  for (const [name, answer, message] of refused) {
    test(`${name}: a plain message, no panic`, async ({ page }) => {
      const errors = watchForErrors(page);
      await page.route(FEED, answer);
      await page.goto('/');
      await expect(page.locator('.notice-error')).toContainText(message);
      await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('markup and script in every text field stay text and never run', async ({ page, request }) => {
    const feed = await shippedFeed(request);
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    for (const m of feed.mpps.slice(0, 12)) {
      m.name = `${m.name} ${evil}`;
      m.regency.name += evil;
      m.province.name += evil;
      if (m.location) m.location.place = evil;
      if (m.inauguration) m.inauguration.batch = evil;
    }
    feed.meta.provenance = evil;
    feed.meta.licences[0].data = evil;
    feed.meta.licences[0].url = 'javascript:window.__pwned=1';
    const errors = watchForErrors(page);
    await page.route(FEED, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(feed) }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(listItems(page).first()).toContainText('<script>window.__pwned=1</script>');
    await page.getByRole('button', { name: /^Lihat di peta — MPP Kabupaten Aceh Barat/ }).click();
    await expect(page.locator('.leaflet-popup')).toContainText('<img src=x');
    await page.goto(`/mpp/${feed.mpps[0].slug}`);
    await expect(page.locator('h1')).toContainText('<img src=x');
    await expect(page.locator('.site-footer a[href^="javascript:"]')).toHaveCount(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('very long strings and a 10 MB feed: shown, not broken', async ({ page, request }) => {
    const feed = await shippedFeed(request);
    feed.mpps[0].name = `MPP ${'Panjang'.repeat(2000)}`;
    // Pad to ~10 MB with an unknown field (a newer minor version may add some).
    feed.padding = 'x'.repeat(10 * 1024 * 1024);
    const errors = watchForErrors(page);
    await page.route(FEED, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(feed) }));
    await page.goto('/');
    await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP', { timeout: 20_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test('bad records are skipped and counted, the rest shown', async ({ page, request }) => {
    const feed = await shippedFeed(request);
    feed.mpps[1].location.lat = 52.5; // Berlin: not in Indonesia
    feed.mpps[2].slug = feed.mpps[3].slug; // duplicate slug
    feed.mpps[4].name = 42; // wrong type
    delete feed.mpps[5].id; // missing id
    await page.route(FEED, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(feed) }));
    await page.goto('/');
    await expect(page.locator('.result-count')).toHaveText('304 dari 304 MPP');
    await expect(page.locator('.feed-status')).toContainText('4 catatan di data tidak dapat dibaca dan dilewati');
  });

  test('a feed that times out: the last good copy stays, with the reason', async ({ page }) => {
    await page.goto('/');
    await expect(listItems(page).first()).toBeVisible();
    await page.route(FEED, () => {}); // never answers
    await page.clock.install();
    await page.reload();
    await page.clock.runFor(11_000);
    await expect(page.locator('.saved-data')).toContainText('tidak dapat terhubung ke server', { timeout: 15_000 });
    await expect(page.locator('.result-count')).toHaveText('308 dari 308 MPP');
  });

  test('slow 3G: the pre-rendered list at once, the app once the feed is in', async ({ page }) => {
    await page.route(FEED, async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
    });
    await page.goto('/', { waitForApp: false });
    // While the feed loads, the page's own HTML is the list (no "loading").
    await expect(page.locator('#prerendered ol.mpp-list > li').first()).toBeVisible();
    await expect(page.locator('#prerendered')).toHaveCount(1);
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 10_000 });
    await expect(listItems(page).first()).toBeVisible();
    await expect(page.locator('.notice-loading')).toHaveCount(0);
  });

  test('slow 3G in English: a loading notice (no Indonesian page first), then the list', async ({ page }) => {
    await page.route(FEED, async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
    });
    await page.goto('/?lang=en', { waitForApp: false });
    await expect(page.locator('#prerendered')).toBeHidden();
    await expect(page.locator('.notice-loading')).toHaveText('Loading MPP data…');
    await expect(listItems(page).first()).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('.notice-loading')).toHaveCount(0);
  });

  test('offline at start with nothing saved: a message and a retry that works', async ({ page, context }) => {
    const errors = watchForErrors(page);
    await page.route(FEED, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.locator('.notice-error')).toContainText('tidak dapat terhubung ke server');
    await page.unroute(FEED);
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(listItems(page).first()).toBeVisible();
    expect(errors).toEqual([]);
    await context.setOffline(false);
  });

  test('offline mid-session: pages still open from what is loaded', async ({ page, context }) => {
    await page.goto('/');
    await expect(listItems(page).first()).toBeVisible();
    // Mid-session: what the app fetches once it runs (the detail page's
    // code, a chunk of its own) has arrived.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await listItems(page).first().locator('a.mpp-link').click();
    await expect(page.locator('h1')).toContainText('MPP Kabupaten Aceh Barat');
    await expect(page.locator('.notice-warning', { hasText: 'Rincian' })).toContainText('Rincian MPP ini belum bisa dimuat');
    await page.getByRole('link', { name: '← Semua MPP' }).click();
    await expect(listItems(page).first()).toBeVisible();
    await context.setOffline(false);
  });

  for (const path of [
    '/?q=%00%ff&provinsi=999&layanan=../../x&baru=2&tahun=-1&peta=1e400,0,0&mpp=%3Cscript%3E',
    '/mpp/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/mpp/' + 'a'.repeat(3000),
    '/embed?wilayah=%3Cb%3E&mpp=../x&tampilan=&lang=&feed=javascript:alert(1)',
    '/statistik?x=%%%',
    '/sematkan?wilayah=%E2%80%AE',
  ]) {
    test(`bad parameters: ${path.slice(0, 60)}`, async ({ page }) => {
      const errors = watchForErrors(page);
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      expect(await page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(50);
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      expect(errors.filter((e) => !/Failed to fetch|net::ERR/.test(e))).toEqual([]);
    });
  }
});
