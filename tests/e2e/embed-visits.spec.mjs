// The embed as regencies live with it: a host page on another site frames
// /embed/63.11 (the region's pre-rendered page) again and again, the service worker (registered inside the frame)
// answers later visits, the app is updated between visits, the network to
// Peta MPP drops — under tools/serve.mjs and under real nginx with
// deploy/nginx.conf. Also: the frame's height settles without spikes, and
// no link inside the frame navigates the frame itself.
import { test, expect } from './fixtures.mjs';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyBuild, launchUserBrowser, startHostSite } from './helpers.mjs';

test.describe.configure({ timeout: 90_000 });

const TILES = /tile\.openstreetmap\.org/;
// Between two visits, as between a person's: browsers check for a new
// worker a moment after a navigation, and a new navigation puts that off.
const PAUSE = 3000;
// What a worker may still be doing when a person comes back.
const UNSETTLED = new Set(['new', 'installing', 'installed', 'activating']);

/**
 * The browser's service workers (through CDP), watched for one test, and
 * `between(deployed)`: waits as a person does between two visits. First a
 * pause in which the browser looks for a new worker; then, on the first
 * visit after a deploy (`deployed`: the versions known before it), until a
 * version beyond those has taken over; then until no worker is still
 * installing. A fixed pause alone measured how soon a busy CI machine got
 * round to the update (twice: `false,false,true,true`), not whether the
 * new worker takes over the visit after the one that found it.
 */
async function watchWorkers(context, page) {
  const cdp = await context.newCDPSession(page);
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) status.set(v.versionId, v.status);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    known: () => new Set(status.keys()),
    async between(deployed) {
      await page.waitForTimeout(PAUSE);
      if (deployed) {
        await expect.poll(() => [...status].some(([id, s]) => !deployed.has(id) && s === 'activated'), {
          message: 'the visit after the deploy made the browser find and activate the new worker',
          timeout: 30_000,
        }).toBe(true);
      }
      await expect.poll(() => [...status.values()].filter((s) => UNSETTLED.has(s)), { timeout: 30_000 }).toEqual([]);
    },
  };
}
// The host: another site (localhost is not 127.0.0.1), as a regency's is.
const HOST_PORT = 4181;
const HOST = `http://localhost:${HOST_PORT}`;
const servers = {
  'tools/serve.mjs': (dir, port) => ['node', ['tools/serve.mjs', '--dir', dir, '--port', String(port)]],
  'nginx with deploy/nginx.conf': (dir, port) => ['node', ['tests/nginx/serve.mjs', '--dir', dir, '--port', String(port)]],
};

let host;
test.beforeAll(async () => {
  host = await startHostSite(HOST_PORT);
});
test.afterAll(() => host?.close());
/** A citizen's browser (see launchUserBrowser), its first tab, and no network beyond loopback. */
async function userBrowser(testInfo) {
  const context = await launchUserBrowser(testInfo);
  await context.route(TILES, (route) => route.abort());
  // The credits' own sites: a stand-in page, never the internet.
  await context.route(/openstreetmap\.org\/copyright|leafletjs\.com/, (route) => route.fulfill({ body: 'credits', contentType: 'text/plain' }));
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

/**
 * Runs `use({ context, page, app })` with a citizen's browser and a copy of
 * the build served by `kind` on `port`, and clears both away afterwards.
 */
async function withEmbedSetup(testInfo, kind, port, use) {
  const { context, page } = await userBrowser(testInfo);
  const app = await appServer(kind, port);
  try {
    await use({ context, page, app });
  } finally {
    await context.close();
    await app.stop();
    app.remove();
  }
}

/** A copy of the release build, served by `kind` on `port` until stopped. */
async function appServer(kind, port) {
  const dir = mkdtempSync(join(tmpdir(), 'peta-mpp-embed-'));
  copyBuild('dist', dir);
  let child;
  const url = `http://127.0.0.1:${port}`;
  const start = async () => {
    const [command, args] = servers[kind](dir, port);
    child = spawn(command, args, { stdio: 'ignore' });
    await expect.poll(() => fetch(`${url}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  };
  const stop = async () => {
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    child = null;
    await expect.poll(() => fetch(`${url}/`).then(() => 'up', () => 'down')).toBe('down');
  };
  await start();
  return { dir, url, start, stop, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function hostPage(app, path, wilayah = '63.11') {
  host.pages[path] = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pemerintah Kabupaten Balangan</title></head>
<body style="margin:0;font-family:sans-serif"><h1>Situs Kabupaten Balangan</h1>
<iframe src="${app}/embed/${wilayah}?tampilan=keduanya" title="Peta MPP — Balangan" width="100%" height="600" style="border:0;width:100%" loading="lazy" allow="geolocation" referrerpolicy="strict-origin-when-cross-origin" data-peta-mpp></iframe>
<script src="${app}/embed.js" async></script></body></html>`;
  return `${HOST}${path}`;
}

/** One visit of the host page: the frame shows Balangan's MPP. */
async function visit(page, url) {
  await page.goto(url);
  const frame = page.frameLocator('iframe[data-peta-mpp]');
  // The heading a reader sees: until it takes over, the app renders out of
  // sight (visibility: hidden) beside the pre-rendered page, with its own h1.
  await expect(frame.locator('h1').filter({ visible: true })).toHaveText(/^MPP — (Kabupaten Balangan|Kalimantan Selatan)$/);
  await expect(frame.locator('ol.mpp-list > li').filter({ hasText: 'MPP Kabupaten Balangan' })).toHaveCount(1);
  return page.frames().find((f) => f.url().includes('/embed'));
}

/**
 * Whether the host page's frame shows the app, or was refused by its framing
 * headers: read from this visit's frame (a refused frame holds the browser's
 * error page), not from console messages, which may arrive late, from the
 * visit before (CI twice: `false,false,true,true` with the new worker active).
 */
async function framed(page, url) {
  await page.goto(url);
  const heading = page.frameLocator('iframe[data-peta-mpp]').locator('main.embed h1');
  let outcome = 'loading';
  await expect.poll(async () => {
    if (page.frames().some((f) => f.url().startsWith('chrome-error://'))) outcome = 'refused';
    else if (await heading.count()) outcome = 'shown';
    return outcome;
  }, { timeout: 20_000 }).not.toBe('loading');
  return outcome === 'shown';
}

const controlled = (frame) => frame.evaluate(() => !!navigator.serviceWorker.controller);
const workerReady = (frame) => frame.evaluate(async () => !!(await navigator.serviceWorker.ready).active);

for (const [kind, index] of Object.entries(servers).map(([k], i) => [k, i])) {
  test.describe(`under ${kind}`, () => {
    test('visits 1–3, an update between visits, and with the network to Peta MPP down', async ({}, testInfo) => {
      await withEmbedSetup(testInfo, kind, 4271 + index, async ({ context, page, app }) => {
        const workers = await watchWorkers(context, page);
        const url = hostPage(app.url, `/visits-${index}.html`);
        const first = await visit(page, url);
        expect(await workerReady(first)).toBe(true);
        for (const n of [2, 3]) {
          const frame = await visit(page, url);
          expect(await controlled(frame), `visit ${n} is answered by the worker`).toBe(true);
        }

        // A new version is deployed between visits.
        // (/embed/63.11 is its pre-rendered page, /embed?wilayah= the app's
        // shell: shell.html; index.html is the home page.)
        for (const file of ['index.html', 'shell.html', 'embed/63.11.html']) {
          const path = join(app.dir, file);
          writeFileSync(path, readFileSync(path, 'utf8').replace('<title>', '<meta name="peta-mpp-build" content="second"><title>'));
        }
        const deployed = workers.known();
        execFileSync('node', ['tools/build-sw.mjs', app.dir]);
        // Every visit works; the visit that finds the new version hands over
        // to it (nobody sees a prompt in a frame), the next one runs it.
        const versions = [];
        for (let n = 4; n <= 6; n++) {
          const frame = await visit(page, url);
          versions.push(await frame.locator('meta[name="peta-mpp-build"]').count());
          await workers.between(n === 4 ? deployed : undefined);
        }
        expect(versions.indexOf(1), `the new version runs from the second visit after the deploy: ${versions}`).toBeLessThanOrEqual(1);
        expect(versions.slice(versions.indexOf(1))).not.toContain(0);

        // The network to Peta MPP drops: the worker keeps the embed working.
        await app.stop();
        const offline = await visit(page, url);
        expect(await controlled(offline)).toBe(true);
        await expect(page.frameLocator('iframe[data-peta-mpp]').locator('.saved-data')).toBeVisible();
      });
    });

    // Generation 1 refused every /embed frame after the first visit;
    // generation 2 refused a region's /embed/63 (issue 24).
    for (const generation of [1, 2]) test(`a browser holding the generation-${generation} worker gets the fixed one`, async ({}, testInfo) => {
      await withEmbedSetup(testInfo, kind, 4273 + index + 10 * (generation - 1), async ({ context, page, app }) => {
        const workers = await watchWorkers(context, page);
        // The worker as it shipped before: later visits refused the frame.
        execFileSync('node', ['tools/build-sw.mjs', app.dir, `tests/fixtures/sw-generation-${generation}.js`]);
        // (A province: the old workers let /embed/63.11 pass to the
        // network, its dotted code read as a file extension.)
        const url = hostPage(app.url, `/old-worker-${generation}-${index}.html`, '63');
        expect(await workerReady(await visit(page, url))).toBe(true);
        expect(await framed(page, url), 'the old worker refuses the frame on a second visit').toBe(false);

        // Today's worker is deployed: it replaces the old one at once (the
        // visit that finds it is still answered by the old one), and the
        // frame works from then on.
        const deployed = workers.known();
        execFileSync('node', ['tools/build-sw.mjs', app.dir]);
        const results = [];
        for (let n = 0; n < 4; n++) {
          results.push(await framed(page, url));
          await workers.between(n === 0 ? deployed : undefined);
        }
        expect(results.indexOf(true), `visits after the deploy: ${results}`).toBeLessThanOrEqual(1);
        expect(results.slice(results.indexOf(true))).not.toContain(false);
      });
    });
  });
}

test('the frame height settles without spikes, and no link navigates the frame', async ({}, testInfo) => {
  await withEmbedSetup(testInfo, 'tools/serve.mjs', 4275, async ({ context, page, app }) => {
    const url = hostPage(app.url, '/height.html');
    await page.addInitScript(() => {
      window.heights = [];
      window.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'peta-mpp:height') window.heights.push(e.data.height);
      });
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await visit(page, url);
    const frame = page.frameLocator('iframe[data-peta-mpp]');
    const iframe = page.locator('iframe[data-peta-mpp]');
    const content = () => frame.locator('.embed').evaluate((e) => e.offsetHeight);
    // Frame and content are read together on every poll: the content grows
    // while the app takes the pre-rendered page over and draws its list in
    // steps, so a height read once beforehand can be stale.
    const mismatch = async () => Math.round((await iframe.boundingBox()).height) - (await content());
    await expect.poll(mismatch).toBe(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(mismatch).toBe(0);
    await page.waitForTimeout(1000);
    const heights = await page.evaluate(() => window.heights);
    const settled = await content();
    // Only settled values: a handful of messages, none beyond what the
    // content reached at either width.
    expect(heights.length).toBeLessThanOrEqual(6);
    const tallest = Math.max(...heights);
    expect(tallest).toBeLessThanOrEqual(Math.max(settled, heights[0]) + 1);

    // Every link in the frame opens a new tab; the frame stays on /embed.
    const embedFrame = page.frames().find((f) => f.url().includes('/embed'));
    const before = embedFrame.url();
    // Tiles are cut off here, so the bundled outline is drawn and its credit
    // added, which renders the credits anew: click once that has happened
    // (a link replaced between press and release gets no click).
    const credits = frame.locator('.leaflet-control-attribution');
    await expect(credits).toContainText('Natural Earth', { timeout: 20_000 });
    // /embed/63.11 is pre-rendered: click the app's links, once it has taken
    // the page over (a link replaced mid-click gets no click).
    await expect(frame.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
    const newTab = () => context.waitForEvent('page', { timeout: 10_000 });
    const credit = credits.locator('a').filter({ hasText: 'OpenStreetMap' });
    const [tab] = await Promise.all([newTab(), credit.click()]);
    await tab.close();
    const [detail] = await Promise.all([newTab(), frame.locator('a.mpp-link').first().click()]);
    await detail.close();
    expect(embedFrame.url()).toBe(before);
    await expect(frame.locator('h1')).toHaveText('MPP — Kabupaten Balangan');
    await expect(frame.locator('a.embed-full')).toHaveAttribute('target', '_blank');
  });
});
