// Search + filter latency per keystroke in Chromium (`make bench-search`):
// the release build, the real feed and 10,000 synthetic MPPs made from it,
// at 360 px (the list; the map is not loaded) and 1280 px (list and map),
// without and with 4× CPU slowdown. A benchmark: it prints and records
// numbers, it never fails on them.
//
// Method: for each keystroke the input's value is set and an `input` event
// dispatched; the time runs until the next macrotask, by which Leptos has
// run every effect (they are microtasks) and the DOM is updated. Layout and
// paint are not included. The last keystroke's result count is checked.
//
// A second table types as a person does: real key presses (the same
// queries, on the real feed, at 4× CPU) 250 ms apart, a phone's typing
// pace, each measured by its Event Timing duration — what INP counts: the
// wait for a busy main thread, the handlers, and the next paint. Work the
// app defers until typing pauses (the rest of a page of rows, the map
// following the result) lands between keys here, as it does for a citizen.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const SESSIONS = [
  { query: 'kabupaten balangan' },
  { query: 'jateng' },
  { query: 'paspor' },
  { query: 'kab. cianjru' },
  { query: 'kota', params: 'layanan=kependudukan' },
  { query: 'mpp kalimantan selatan', params: 'tahun=2024' },
];

const real = JSON.parse(readFileSync('public/data/mpp.json', 'utf8'));
function synthetic(count) {
  const mpps = [];
  for (let i = 0; i < count; i++) {
    const m = structuredClone(real.mpps[i % real.mpps.length]);
    m.id = `${m.id}.${i}`;
    m.slug = `${m.slug}-${i}`;
    m.name = `${m.name} ${i}`;
    mpps.push(m);
  }
  return { ...real, meta: { ...real.meta, listed: count, details_url: undefined }, mpps };
}
const feeds = { 'real (308)': null, 'synthetic (10,000)': JSON.stringify(synthetic(10_000)) };
// `ONLY=real` (or `synthetic`) and `CPU=1` narrow a run while tuning.
for (const name of Object.keys(feeds)) if (process.env.ONLY && !name.startsWith(process.env.ONLY)) delete feeds[name];
const cpus = process.env.CPU ? [Number(process.env.CPU)] : [1, 4];
const viewports = [{ width: 360, height: 740 }, { width: 1280, height: 800 }].filter((v) => !process.env.WIDTH || v.width === Number(process.env.WIDTH));

const server = spawn('node', ['tools/serve.mjs', '--dir', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const rows = [];
/** How long between two key presses in the typing-pace table. */
const TYPING_PACE_MS = 250;
const typedRows = [];
try {
  for (const [feedName, body] of Object.entries(feeds)) {
    for (const viewport of viewports) {
      for (const cpu of cpus) {
        const page = await browser.newPage({ viewport });
        await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
        if (body) await page.route('**/bench-feed.json', (r) => r.fulfill({ body, contentType: 'application/json' }));
        const cdp = await page.context().newCDPSession(page);
        const times = [];
        for (const { query, params } of SESSIONS) {
          const search = [body ? 'feed=bench-feed.json' : '', params ?? ''].filter(Boolean).join('&');
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          await page.goto(`${BASE}/${search ? `?${search}` : ''}`);
          // The app, not the pre-rendered page it replaces (whose search box does nothing).
          await page.waitForSelector('#prerendered', { state: 'detached', timeout: 60_000 });
          await page.waitForSelector('ol.mpp-list > li', { timeout: 60_000 });
          if (viewport.width >= 768) await page.waitForSelector('.leaflet-container', { timeout: 60_000 });
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
          for (let end = 1; end <= query.length; end++) {
            times.push(
              await page.evaluate(async (text) => {
                const input = document.querySelector('#search-input');
                input.value = text;
                const start = performance.now();
                input.dispatchEvent(new Event('input', { bubbles: true }));
                await new Promise((resolve) => setTimeout(resolve, 0));
                return performance.now() - start;
              }, query.slice(0, end)),
            );
          }
          const count = await page.locator('.result-count').textContent();
          if (!/\d+ dari \d+ MPP/.test(count)) throw new Error(`no result after "${query}": ${count}`);
        }
        times.sort((a, b) => a - b);
        const at = (q) => times[Math.round((times.length - 1) * q)];
        rows.push(`| ${feedName} | ${viewport.width} px${viewport.width >= 768 ? ' (list + map)' : ' (list)'} | ${cpu}× | ${times.length} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${times.at(-1).toFixed(1)} |`);
        console.log(rows.at(-1));
        await page.close();
      }
    }
  }
  if (!process.env.ONLY || process.env.ONLY === 'real') {
    for (const viewport of viewports) typedRows.push(await typed(viewport));
  }
} finally {
  await browser.close();
  server.kill();
}

/** One row of the typing-pace table: every query typed on a fresh page. */
async function typed(viewport) {
  const durations = [];
  for (const { query, params } of SESSIONS) {
    const page = await browser.newPage({ viewport });
    await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
    await page.addInitScript(() => {
      window.__keys = new Map();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId) window.__keys.set(e.interactionId, Math.max(window.__keys.get(e.interactionId) ?? 0, e.duration));
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${BASE}/${params ? `?${params}` : ''}`);
    await page.waitForSelector('#prerendered', { state: 'detached', timeout: 60_000 });
    if (viewport.width >= 768) await page.waitForSelector('.leaflet-marker-icon', { timeout: 60_000 });
    await page.waitForTimeout(1500);
    await page.focus('#search-input');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (const key of query) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForTimeout(TYPING_PACE_MS);
    }
    await page.waitForTimeout(1000);
    const measured = await page.evaluate(() => [...window.__keys.values()]);
    // Keys under Event Timing's 16 ms threshold report nothing: 16 ms at most.
    durations.push(...measured, ...Array(Math.max(0, query.length - measured.length)).fill(16));
    await page.close();
  }
  durations.sort((a, b) => a - b);
  const at = (q) => durations[Math.round((durations.length - 1) * q)];
  const row = `| real (308) | ${viewport.width} px${viewport.width >= 768 ? ' (list + map)' : ' (list)'} | 4× | ${durations.length} | ${at(0.5)} | ${at(0.95)} | ${durations.at(-1)} | ${durations.filter((d) => d > 100).length} |`;
  console.log(row);
  return row;
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine's Chromium (${browser.version?.() ?? 'Debian chromium'}), release build.`,
  '',
  '| feed | viewport | CPU slowdown | keystrokes | median ms | p95 ms | max ms |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
  `Typed as a person types (real key presses ${TYPING_PACE_MS} ms apart, each key's Event Timing duration: the wait, the handlers, the next paint; Chromium reports it in steps of 8 ms, and nothing under 16 ms):`,
  '',
  '| feed | viewport | CPU slowdown | keys | median ms | p95 ms | max ms | keys over 100 ms |',
  '|---|---|---|---|---|---|---|---|',
  ...typedRows,
  '',
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search-latency-chromium.md', table);
console.log(`\nwritten to bench/results/search-latency-chromium.md`);
