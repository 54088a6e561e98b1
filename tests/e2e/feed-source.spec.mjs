// Which feed a page reads, and the copy kept of it (no service worker: a
// first visit, a private window, a browser that refuses it).
// - `?feed=` opens this site's data only (or the deployer's feed origin):
//   another site's, another scheme, a `//host` are refused with a notice,
//   and the default feed is shown.
// - Each feed's last good copy is its own: a link's `?feed=` never erases
//   the default feed's, so a later start without a network still has it.
// - "Coba lagi" pressed twice while the feed loads is one load.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { ROOT_URL, SUBPATH_URL } from '../../playwright.config.mjs';
import { expectListed, serveCopyOfDist, watchForErrors } from './helpers.mjs';

const FEED = (url) => url.pathname === '/data/mpp.json';
const SMALL_FEED = readFileSync('tests/fixtures/small-feed.json', 'utf8');
const REFUSED_ID = 'Alamat data di tautan ini tidak dipakai: tautan hanya dapat membuka data dari situs ini. Menampilkan data bawaan.';
const REFUSED_EN = 'The data address in this link was not used: a link can only open data from this site. Showing the default data.';
const SAVED = 'Menampilkan data tersimpan di perangkat ini';

test.beforeEach(async ({ page }) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort()));

/**
 * Serves the 4-MPP fixture feed at same-origin paths of this site under
 * /test/ (matched on the path: a glob would match the page's own
 * `?feed=/test/…` address too).
 */
async function serveSmallFeed(page) {
  await page.route(
    (url) => url.pathname.startsWith('/test/') && url.pathname.endsWith('.json'),
    (route) => route.fulfill({ contentType: 'application/json', body: SMALL_FEED }),
  );
}

/** The network is gone for every feed (the page itself still loads). */
async function feedsUnreachable(page) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.route((url) => url.pathname.endsWith('.json'), (route) => route.abort('internetdisconnected'));
}

test.describe('the last good copy belongs to its feed', () => {
  test('a same-origin ?feed= does not erase the default feed\'s copy: offline, / still shows it', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('/');
    await expectListed(page, 308);

    // A link to another feed on this site: shown, and saved as its own.
    await serveSmallFeed(page);
    await page.goto('/?feed=/test/small-feed.json');
    await expectListed(page, 4);
    await expect(page.locator('.feed-link-refused')).toHaveCount(0);

    // Then no network for the data: / starts from the default feed's copy.
    await feedsUnreachable(page);
    await page.goto('/');
    await expect(page.locator('.saved-data')).toContainText(SAVED);
    await expect(page.locator('.saved-data')).toContainText('tidak dapat terhubung ke server');
    await expectListed(page, 308);

    // And the link's feed kept its own copy too.
    await page.goto('/?feed=/test/small-feed.json');
    await expect(page.locator('.saved-data')).toContainText(SAVED);
    await expectListed(page, 4);
    expect(errors).toEqual([]);
  });

  test('a page opened with another feed never shows the default feed\'s pre-rendered list', async ({ page }) => {
    await serveSmallFeed(page);
    await page.goto('/?feed=/test/small-feed.json', { waitForApp: false });
    await expect(page.locator('html')).toHaveClass(/prerender-stale/);
    await expect(page.locator('#prerendered')).not.toBeVisible();
    await expectListed(page, 4);
  });

  test('a copy saved by an earlier version (one slot) is kept and still used', async ({ page }) => {
    await page.goto('/');
    await expectListed(page, 308);
    // As an earlier version left it: the default feed's copy under the old key.
    await page.evaluate(() => {
      localStorage.setItem('peta-mpp:last-good-feed', localStorage.getItem('peta-mpp:feed-copy'));
      localStorage.removeItem('peta-mpp:feed-copy');
    });
    await feedsUnreachable(page);
    await page.reload();
    await expect(page.locator('.saved-data')).toContainText(SAVED);
    await expectListed(page, 308);
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('peta-mpp:')).sort());
    expect(keys).toContain('peta-mpp:feed-copy');
    expect(keys).not.toContain('peta-mpp:last-good-feed');
  });

  test('other feeds share a bounded slot: the last two are kept, the default\'s copy always', async ({ page }) => {
    await page.goto('/');
    await expectListed(page, 308);
    await serveSmallFeed(page);
    for (const name of ['a', 'b', 'c']) {
      await page.goto(`/?feed=/test/${name}.json`);
      await expectListed(page, 4);
    }
    const stored = await page.evaluate(() => ({
      default: JSON.parse(localStorage.getItem('peta-mpp:feed-copy')).url,
      others: JSON.parse(localStorage.getItem('peta-mpp:feed-copies')).map((c) => c.url),
    }));
    expect(stored).toEqual({
      default: `${ROOT_URL}/data/mpp.json`,
      others: [`${ROOT_URL}/test/c.json`, `${ROOT_URL}/test/b.json`],
    });
  });
});

test.describe('?feed= opens this site\'s data only', () => {
  const foreign = [
    // Another origin that does serve a feed (the sub-path build's server).
    `//${new URL(SUBPATH_URL).host}/peta-mpp/data/mpp.json`,
    `/\\${new URL(SUBPATH_URL).host}/peta-mpp/data/mpp.json`,
    `${new URL(SUBPATH_URL).origin}/peta-mpp/data/mpp.json`,
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:application/json,{}',
    `blob:${ROOT_URL}/0b5c4a`,
    'file:///etc/passwd',
  ];
  for (const raw of foreign) {
    test(`?feed=${raw}: the notice, the default feed, no request elsewhere`, async ({ page }) => {
      const errors = watchForErrors(page);
      const elsewhere = [];
      page.on('request', (r) => {
        if (!/tile\.openstreetmap\.org/.test(r.url()) && !r.url().startsWith(ROOT_URL)) elsewhere.push(r.url());
      });
      await page.goto(`/?feed=${encodeURIComponent(raw)}`);
      await expect(page.locator('.feed-status .feed-link-refused')).toHaveText(REFUSED_ID);
      await expectListed(page, 308);
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      // The address is left as the reader got it: nothing is lost.
      expect(new URL(page.url()).searchParams.get('feed')).toBe(raw);
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('in English when the page is', async ({ page }) => {
    await page.goto(`/?lang=en&feed=${encodeURIComponent('//evil.example/x.json')}`);
    await expect(page.locator('.feed-link-refused')).toHaveText(REFUSED_EN);
    await expectListed(page, 308);
  });

  test('a refused link keeps the default feed\'s copy for an offline start', async ({ page }) => {
    await page.goto('/?feed=javascript:alert(1)');
    await expectListed(page, 308);
    await feedsUnreachable(page);
    await page.goto('/');
    await expect(page.locator('.saved-data')).toContainText(SAVED);
    await expectListed(page, 308);
    await expect(page.locator('.feed-link-refused')).toHaveCount(0);
  });

  test('this site\'s own feed by its absolute URL, or a relative path, is read without a notice', async ({ page }) => {
    for (const raw of [`${ROOT_URL}/data/mpp.json?v=1`, ' ./data/mpp.json?v=2 ', 'data/mpp.json']) {
      await page.goto(`/?feed=${encodeURIComponent(raw)}`);
      await expectListed(page, 308);
      await expect(page.locator('.feed-link-refused')).toHaveCount(0);
      await expect(page.locator('.notice-error')).toHaveCount(0);
    }
  });
});

test.describe('a deployer whose feed lives on another origin', () => {
  // The build with its meta tag pointing elsewhere, and tools/csp.mjs run
  // again over it: the origin the app allows and the one the policy lets
  // through are the same.
  const DATA = 'https://data.example.go.id';
  const PORT = 4186;
  const base = `http://127.0.0.1:${PORT}`;
  let served;
  test.beforeAll(async () => {
    served = await serveCopyOfDist(PORT, (dir) => {
      const index = join(dir, 'index.html');
      const html = readFileSync(index, 'utf8');
      // The built page is minified: `<meta content=data/mpp.json name=peta-mpp-feed>`.
      const pointed = html.replace(/<meta[^>]*name="?peta-mpp-feed"?[^>]*>/, `<meta name="peta-mpp-feed" content="${DATA}/peta-mpp/mpp.json">`);
      expect(pointed !== html, 'the built index.html names its feed').toBe(true);
      writeFileSync(index, pointed);
      execFileSync('node', ['tools/csp.mjs', dir]);
    });
  });
  test.afterAll(() => served?.stop());

  test('its feed loads; a link may name another feed there, and no other origin', async ({ page }) => {
    const errors = watchForErrors(page);
    const feed = readFileSync('dist/data/mpp.json', 'utf8');
    const asked = [];
    // The deployer's data host (it allows CORS, as the README asks).
    await page.route((url) => url.hostname.endsWith('.example.go.id'), (route) => {
      asked.push(route.request().url());
      return route.fulfill({ contentType: 'application/json', body: feed, headers: { 'access-control-allow-origin': '*' } });
    });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const html = await (await page.request.get(`${base}/`)).text();
    expect(html).toMatch(new RegExp(`connect-src 'self' ${DATA};`));

    await page.goto(`${base}/`);
    await expectListed(page, 308);
    expect(asked).toContain(`${DATA}/peta-mpp/mpp.json`);

    await page.goto(`${base}/?feed=${encodeURIComponent(`${DATA}/2025/mpp.json`)}`);
    await expectListed(page, 308);
    await expect(page.locator('.feed-link-refused')).toHaveCount(0);
    expect(asked).toContain(`${DATA}/2025/mpp.json`);

    await page.goto(`${base}/?feed=${encodeURIComponent('https://lain.example.go.id/mpp.json')}`);
    await expect(page.locator('.feed-link-refused')).toHaveText(REFUSED_ID);
    await expectListed(page, 308);
    expect(asked.filter((u) => u.includes('lain.example.go.id'))).toEqual([]);
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('"Coba lagi" pressed twice while the feed loads: one request, and the data', async ({ page }) => {
  const errors = watchForErrors(page);
  let answer = 'fail';
  const held = [];
  await page.route(FEED, (route) => {
    if (answer === 'fail') return route.fulfill({ status: 500, body: 'Internal Server Error' });
    held.push(route);
    return undefined;
  });
  await page.goto('/');
  const retry = page.getByRole('button', { name: 'Coba lagi' });
  await expect(retry).toBeVisible();

  let requests = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/data/mpp.json') requests += 1;
  });
  answer = 'hold';
  // A double tap: both presses land before the page redraws.
  await retry.evaluate((button) => {
    button.click();
    button.click();
  });
  await expect(page.locator('.notice-loading')).toBeVisible();
  await expect.poll(() => held.length).toBe(1);
  // Nothing more follows.
  await page.waitForTimeout(300);
  expect(requests).toBe(1);
  await held[0].continue();
  await expectListed(page, 308);
  await expect(page.locator('.notice-error, .notice-loading')).toHaveCount(0);
  expect(requests).toBe(1);
  expect(held).toHaveLength(1);
  expect(errors).toEqual([]);
});
