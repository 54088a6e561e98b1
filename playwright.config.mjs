// End-to-end tests against the release builds, served the way a host
// serves them on 127.0.0.1: tools/serve.mjs (compression + SPA fallback),
// and real nginx with the shipped deploy/nginx.conf and, for the sub-path
// build, deploy/nginx-subpath.conf (tests/nginx/serve.mjs).
// Debian's Chromium is used; Playwright never downloads a browser.
import { defineConfig } from '@playwright/test';

const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const ROOT_URL = 'http://127.0.0.1:4173';
export const SUBPATH_URL = 'http://127.0.0.1:4174/peta-mpp/';
export const NGINX_URL = 'http://127.0.0.1:4180';
export const NGINX_SUBPATH_URL = 'http://127.0.0.1:4182/peta-mpp/';

/** Specs that only read the shared servers (no servers, files or fixtures
 * of their own): safe beside any other spec. */
const READ_ONLY = [
  'accessibility', 'budget', 'citizen', 'embed-regions', 'find', 'holidays', 'innovations', 'language-switch', 'map',
  'open-data', 'prerender', 'security', 'server', 'skeleton', 'statistics', 'structured-data',
].map((name) => `**/${name}.spec.mjs`);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // One at a time here; `make test-e2e` runs the project `read-only` (the
  // specs that only read the shared servers) with two workers first, then
  // `own-state` (servers on fixed ports, copies of dist/ they change, service
  // worker updates, fixtures other specs read, WordPress) alone: beside a
  // busy browser, a worker's update took a visit more than they allow.
  // Tests within a file stay in order.
  fullyParallel: false,
  workers: 1,
  projects: [
    { name: 'read-only', testMatch: READ_ONLY },
    { name: 'own-state', testIgnore: READ_ONLY },
  ],
  // No retries: a "flaky" pass once hid a real crash (a map loading after its
  // page was left). A failure must fail.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: ROOT_URL,
    viewport: { width: 360, height: 740 },
    isMobile: false,
    locale: 'id-ID',
    serviceWorkers: 'block',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: [
    {
      command: 'node tools/serve.mjs --dir dist --port 4173',
      url: `${ROOT_URL}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node tools/serve.mjs --dir dist-subpath --port 4174 --base /peta-mpp/',
      url: SUBPATH_URL,
      reuseExistingServer: false,
    },
    {
      command: 'node tests/nginx/serve.mjs --dir dist --port 4180',
      url: `${NGINX_URL}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node tests/nginx/serve.mjs --conf deploy/nginx-subpath.conf --base /peta-mpp/ --dir dist-subpath --port 4182',
      url: NGINX_SUBPATH_URL,
      reuseExistingServer: false,
    },
  ],
});
