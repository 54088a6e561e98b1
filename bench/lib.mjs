// Shared by the benchmark scripts: the server, the browser flags,
// Lighthouse runs and compressed sizes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { brotli } from '../tools/compress.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves `dir` with tools/serve.mjs (compression on, as any real host). */
export const serve = (dir, port) => start(['tools/serve.mjs', '--dir', dir, '--port', String(port)], port);

/** Serves `dir` with real nginx and deploy/nginx.conf as deployed
 * (tests/nginx/serve.mjs: brotli_static where the module is installed). */
export const serveNginx = (dir, port) => start(['tests/nginx/serve.mjs', '--dir', dir, '--port', String(port)], port);

/** Runs the server `args` (for node) on a free `port`, once it answers. */
async function start(args, port) {
  await portFree(port);
  const server = spawn('node', args, { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; !(await fetch(`${url}/`).then((r) => r.ok, () => false)); i++) {
    if (i === 100) throw new Error(`bench: ${args[0]} on ${port} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop: () => server.kill() };
}

/** Refuses a port something already answers on: the numbers would be
 * that server's (a test's or another run's), not this build's. */
async function portFree(port) {
  if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) {
    throw new Error(`bench: port ${port} is already in use; stop what serves it first`);
  }
}

/** One Lighthouse run, mobile preset; `devtools` throttling makes user timings throttled too. */
export async function lighthouseRun(url, throttlingMethod = 'simulate') {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      throttlingMethod,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round(categories[id].score * 100);
    return {
      report: result.report,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: audits['first-contentful-paint']?.numericValue,
      lcp: audits['largest-contentful-paint']?.numericValue,
      tbt: audits['total-blocking-time']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

/** Of several Lighthouse runs of one page, the one with the median
 * performance score, with every run's score and TBT beside it: single runs
 * on this machine swing by 5–15 points (TBT by hundreds of ms), so one run
 * judges nothing. */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbt - b.tbt);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...median, runs: runs.map((r) => `${r.performance} / ${Math.round(r.tbt)} ms`) };
}

/** Raw, gzip (9) and brotli (11, as tools/compress.mjs writes it) bytes of a file. */
export function sizes(path) {
  const body = readFileSync(path);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotli(body).length,
  };
}
