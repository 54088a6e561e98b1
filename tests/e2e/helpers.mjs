import { expect, chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

/** The feed exactly as the server ships it, to compare the page against. */
export async function shippedFeed(request, base = '') {
  const response = await request.get(`${base}/data/mpp.json`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

/** Fails the test on any uncaught error or console error (a panic shows as one). */
export function watchForErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export const listItems = (page) => page.locator('ol.mpp-list > li');

/** The list comes a page at a time: press "Tampilkan lebih banyak" until all are shown. */
export async function showAll(page) {
  await expect(listItems(page).first()).toBeVisible();
  const more = page.locator('button.show-more');
  while (await more.count()) await more.click();
}

/** All `total` MPPs are in the result: the count says so and the first page is listed. */
export async function expectListed(page, total) {
  await expect(page.locator('.result-count')).toHaveText(new RegExp(`^${total} (dari|of) ${total} MPP`));
  await expect(listItems(page)).toHaveCount(Math.min(total, 20));
}

/**
 * A browser as a citizen has one: a profile of its own (not an incognito
 * context) with Chromium's default of allowing third-party storage, so a
 * frame on a regency's site registers Peta MPP's service worker as it does
 * in the field. (Playwright's contexts refuse it, which hides what the
 * worker does in a frame.) Close the context when done.
 */
export async function launchUserBrowser(testInfo, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'peta-mpp-profile-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const { launchOptions, viewport, locale } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions, headless: true, viewport, locale, serviceWorkers: 'allow', ...options,
  });
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // Chromium may still be writing its profile: a temporary folder is left.
    }
  });
  return context;
}

/**
 * A regency's web site on loopback: serves `pages` (path → HTML), 404 for
 * the rest, until `close()`.
 */
export async function startHostSite(port) {
  const pages = {};
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url, 'http://host').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { pages, close: () => server.close() };
}

/**
 * Copies a build without its .br/.gz files (tools/compress.mjs), for a test
 * that changes what the host serves: nginx sends a file's .br as it finds it,
 * so a changed file beside its old .br would be sent as it was before.
 */
export function copyBuild(from, to) {
  cpSync(from, to, { recursive: true, filter: (path) => !/\.(br|gz)$/.test(path) });
}

/**
 * A copy of dist/ (changed first by `prepare(dir)`) served by
 * tools/serve.mjs on `port`, for a test that changes what the host serves.
 * `stop()` ends the server and removes the copy.
 */
export async function serveCopyOfDist(port, prepare = () => {}) {
  const base = `http://127.0.0.1:${port}`;
  // Something else answering there would be tested instead of the copy.
  if (await fetch(`${base}/`).then(() => true, () => false)) throw new Error(`port ${port} is already in use; stop what serves it first`);
  const dir = mkdtempSync(join(tmpdir(), 'peta-mpp-copy-'));
  copyBuild('dist', dir);
  prepare(dir);
  const server = spawn('node', ['tools/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  await expect.poll(() => fetch(`${base}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  return {
    dir,
    base,
    stop: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Gives every wasm-split chunk in the build in `dir` a new hashed name, as a
 * build with changed route code has: the names rewritten in every file that
 * names them (the loader, the worker's precache list, build-files.json …),
 * the old files gone. Returns [old, new] name pairs.
 */
export function renameChunks(dir) {
  const files = readdirSync(dir);
  const main = files.find((f) => f.endsWith('_bg.wasm'));
  const loader = readFileSync(join(dir, '__wasm_split.js'), 'utf8');
  const chunks = files.filter((f) => f.endsWith('.wasm') && f !== main);
  expect(chunks.length).toBeGreaterThan(4);
  const pairs = chunks.map((old) => {
    expect(loader, old).toContain(`"./${old}"`);
    const stem = old.replace(/-[0-9a-f]+\.wasm$/, '');
    const hash = createHash('sha256').update(`second ${old}`).digest('hex').slice(0, 16);
    renameSync(join(dir, old), join(dir, `${stem}-${hash}.wasm`));
    return [old, `${stem}-${hash}.wasm`];
  });
  const texts = readdirSync(dir, { recursive: true }).filter((f) => ['.html', '.js', '.json'].includes(extname(f)));
  for (const file of texts) {
    const text = readFileSync(join(dir, file), 'utf8');
    const rewritten = pairs.reduce((t, [old, now]) => t.replaceAll(old, now), text);
    if (rewritten !== text) writeFileSync(join(dir, file), rewritten);
  }
  return pairs;
}

/**
 * Sums the page's layout shifts not caused by input, from its first paint
 * on (call before `goto`); returns a function that reads the sum.
 */
export async function watchLayoutShift(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => window.__shift);
}
