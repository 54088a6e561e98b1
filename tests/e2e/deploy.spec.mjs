// A deploy while a tab is open (issue 21), under tools/serve.mjs and real
// nginx with deploy/nginx.conf: a tab opens / without the service worker,
// the host's files are replaced by a second build whose wasm-split chunks
// have other names (the old ones gone), and the reader taps a link to a
// lazy route the tab has not loaded yet.
// - Replaced outright: the route opens (by a full page load if need be), with
//   no uncaught error.
// - With tools/keep-previous.mjs run on the second build against the first
//   (the documented deploy rule): the tab finds its old chunks, and
//   navigation stays in the page.
import { test, expect } from './fixtures.mjs';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyBuild, renameChunks } from './helpers.mjs';

test.describe.configure({ timeout: 60_000 });

const servers = {
  'tools/serve.mjs': (dir, port) => ['node', ['tools/serve.mjs', '--dir', dir, '--port', String(port)]],
  'nginx with deploy/nginx.conf': (dir, port) => ['node', ['tests/nginx/serve.mjs', '--dir', dir, '--port', String(port)]],
};
const TILES = /tile\.openstreetmap\.org/;
const footerLink = (name) => (page) => page.locator('footer').getByRole('link', { name, exact: true });
// Each lazy route a reader reaches by a link from /, and what it shows.
const ROUTES = [
  ['/mpp/kabupaten-aceh-barat', (page) => page.locator('ol.mpp-list').getByRole('link', { name: /MPP Kabupaten Aceh Barat/ }).first(), 'MPP Kabupaten Aceh Barat'],
  ['/statistik', footerLink('Statistik'), 'Statistik MPP'],
  ['/tentang', footerLink('Tentang'), 'Tentang Peta MPP'],
  ['/inovasi', footerLink('Inovasi OPSI 2025'), 'Inovasi peraih OPSI KIPP 2025'],
  ['/sematkan', footerLink('Sematkan di situs Anda'), 'Sematkan Peta MPP di situs Anda'],
];

// The first build (a copy of dist/), the second replacing it, and the
// second with the first's files kept (make build PREVIOUS=…).
const builds = {};
let scratch;
let renamed;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'peta-mpp-deploy-'));
  builds.first = join(scratch, 'first');
  builds.second = join(scratch, 'second');
  builds.kept = join(scratch, 'second-keeping-first');
  copyBuild('dist', builds.first);
  renamed = secondBuild(builds.first, builds.second);
  copyBuild(builds.second, builds.kept);
  execFileSync('node', ['tools/keep-previous.mjs', 'merge', builds.kept, builds.first]);
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The first build with every chunk under a new name (`renameChunks`). */
function secondBuild(from, to) {
  copyBuild(from, to);
  return renameChunks(to);
}

/** Replaces what the host serves from `served` by the build in `from`, as an upload does. */
function deploy(from, served) {
  for (const entry of readdirSync(served)) rmSync(join(served, entry), { recursive: true, force: true });
  copyBuild(from, served);
}

/** `kind` serving `dir` on `port` until stopped. */
async function startServer(kind, dir, port) {
  const [command, args] = servers[kind](dir, port);
  const child = spawn(command, args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = () => {
    child.kill('SIGTERM');
    return exited;
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(() => fetch(`${url}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

for (const [kind, index] of Object.entries(servers).map(([k], i) => [k, i])) {
  for (const [variant, keeping] of [['replaced outright', false], ['keeping the previous version\'s files', true]]) {
    test.describe(`under ${kind}, the build ${variant}`, () => {
      const build = () => (keeping ? builds.kept : builds.second);
      let served;
      let server;
      test.beforeAll(async () => {
        served = mkdtempSync(join(tmpdir(), 'peta-mpp-served-'));
        deploy(builds.first, served);
        server = await startServer(kind, served, 4291 + index);
      });
      test.afterAll(async () => {
        await server?.stop();
        rmSync(served, { recursive: true, force: true });
      });

      test('the old chunks are gone, or kept', async ({ request }) => {
        deploy(build(), served);
        for (const [old, now] of renamed) {
          expect((await request.get(`${server.url}/${old}`)).status(), old).toBe(keeping ? 200 : 404);
          expect((await request.get(`${server.url}/${now}`)).status(), now).toBe(200);
        }
      });

      for (const [path, link, heading] of ROUTES) {
        test(`a tab opened before the deploy opens ${path}${keeping ? ' in the page' : ''}`, async ({ page, context }) => {
          await context.route(TILES, (route) => route.abort());
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          // Requests for the first build's chunks that the host no longer has.
          const oldChunks = new Set(renamed.map(([old]) => old));
          const stranded = [];
          page.on('response', (r) => {
            if (r.status() === 404 && oldChunks.has(r.url().split('/').pop())) stranded.push(r.url());
          });
          deploy(builds.first, served);
          await page.goto(`${server.url}/`);
          // The app answers and has fetched what it fetches ahead (the detail chunk).
          await page.waitForFunction(() => performance.getEntriesByName('peta-mpp:interactive').length > 0);
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => { window.__sameDocument = 1; });

          deploy(build(), served);
          await link(page).click();
          await expect(page).toHaveURL(`${server.url}${path}`);
          await expect(page.locator('h1')).toContainText(heading);
          if (keeping) {
            expect(await page.evaluate(() => window.__sameDocument)).toBe(1);
            expect(stranded).toEqual([]);
          } else if (!path.startsWith('/mpp/')) {
            // The tab did ask for a chunk that is gone (the detail page's was fetched ahead).
            expect(stranded.length).toBeGreaterThan(0);
          }
          expect(errors).toEqual([]);
        });
      }
    });
  }
}
