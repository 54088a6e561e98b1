// Lighthouse (mobile preset: simulated slow 4G, 4× CPU slowdown) on the
// release build served with compression, with Debian's Chromium:
// `make lighthouse`. Also asks Chromium whether the app is installable.
// Writes bench/results/lighthouse.md (and the JSON reports beside it).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';

const PORT = 4191;
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES = (process.env.PAGES ?? '/,/mpp/kabupaten-balangan,/embed?wilayah=63').split(',');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = 'bench/results';

const server = spawn('node', ['tools/serve.mjs', '--dir', process.env.DIST ?? 'dist', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
mkdirSync(OUT, { recursive: true });
const rows = [];
try {
  for (const path of PAGES) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
    try {
      const result = await lighthouse(`${BASE}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const { categories, audits } = result.lhr;
      const score = (id) => Math.round(categories[id].score * 100);
      const ms = (id) => audits[id]?.numericValue;
      rows.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: ms('first-contentful-paint'),
        lcp: ms('largest-contentful-paint'),
        tbt: ms('total-blocking-time'),
        cls: audits['cumulative-layout-shift']?.numericValue,
      });
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      writeFileSync(join(OUT, `lighthouse-${name}.json`), result.report);
      console.log(JSON.stringify(rows.at(-1)));
    } finally {
      await chrome.kill();
    }
  }

  // Installability, as Chromium itself judges it (Lighthouse 12+ no longer
  // has a PWA category). A profile, because an incognito context never is.
  const profile = mkdtempSync(join(tmpdir(), 'peta-mpp-lh-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: FLAGS, headless: true });
  let installability;
  try {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    installability = installabilityErrors.length ? `not installable: ${installabilityErrors.map((e) => e.errorId).join(', ')}` : 'installable (no installability errors)';
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const fmt = (v) => (v === undefined ? '—' : `${(v / 1000).toFixed(2)} s`);
  const table = [
    `Lighthouse 13.5 mobile preset (simulated throttling), release build served by tools/serve.mjs with brotli, ${new Date().toISOString().slice(0, 10)}, this machine's Chromium.`,
    '',
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${fmt(r.fcp)} | ${fmt(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls?.toFixed(3)} |`),
    '',
    `Installability (Chromium, \`Page.getInstallabilityErrors\`): ${installability}.`,
    '',
  ].join('\n');
  writeFileSync(join(OUT, 'lighthouse.md'), table);
  console.log(`\n${table}`);
} finally {
  server.kill();
}
