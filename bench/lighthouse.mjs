// Lighthouse (mobile preset: simulated slow 4G, 4× CPU slowdown) on the
// release build behind real nginx with deploy/nginx.conf, as deployed, with Debian's Chromium:
// `make lighthouse`. Also asks Chromium whether the app is installable.
// Writes bench/results/lighthouse.md (and the JSON reports beside it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROME, FLAGS, lighthouseRun, serveNginx } from './lib.mjs';

const PAGES = (process.env.PAGES ?? '/,/mpp/kabupaten-balangan,/embed/63').split(',');
const OUT = 'bench/results';

/** Chromium's own installability verdict (Lighthouse 12+ has no PWA category). */
export async function installability(base) {
  // A profile, because an incognito context never is installable.
  const profile = mkdtempSync(join(tmpdir(), 'peta-mpp-lh-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROME, args: FLAGS, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return installabilityErrors.length ? `not installable: ${installabilityErrors.map((e) => e.errorId).join(', ')}` : 'installable (no installability errors)';
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export const seconds = (v) => (v === undefined ? '—' : `${(v / 1000).toFixed(2)} s`);

export function lighthouseTable(rows) {
  return [
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${seconds(r.fcp)} | ${seconds(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls?.toFixed(3)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveNginx(process.env.DIST ?? 'dist', 4211);
  mkdirSync(OUT, { recursive: true });
  try {
    const rows = [];
    for (const path of PAGES) {
      const result = await lighthouseRun(`${server.url}${path}`);
      rows.push({ path, ...result });
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      writeFileSync(join(OUT, `lighthouse-${name}.json`), result.report);
      console.log(path, result.performance, result.accessibility, result.bestPractices, result.seo);
    }
    const verdict = await installability(server.url);
    const text = [
      `Lighthouse 13.5 mobile preset (simulated throttling), release build behind real nginx with deploy/nginx.conf (tests/nginx/serve.mjs, brotli_static), ${new Date().toISOString().slice(0, 10)}, this machine's Chromium.`,
      '',
      lighthouseTable(rows),
      '',
      `Installability (Chromium, \`Page.getInstallabilityErrors\`): ${verdict}.`,
      '',
    ].join('\n');
    writeFileSync(join(OUT, 'lighthouse.md'), text);
    console.log(`\n${text}`);
  } finally {
    server.stop();
  }
}
