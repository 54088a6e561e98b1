// `make bench`: measures Peta MPP beside a hand-written baseline
// (bench/baseline/) and writes BENCHMARKS.md — bytes of the first load,
// Lighthouse mobile scores, time to the first listed MPP under throttling,
// and search latency. A benchmark: it records numbers, it never fails on them.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { lighthouseRun, serve, sizes } from './lib.mjs';
import { installability, lighthouseTable, seconds } from './lighthouse.mjs';

const DIST = 'dist';
const TARGET_BYTES = 200 * 1024;
cpSync('bench/baseline', join(DIST, 'bench-baseline'), { recursive: true });

// ---- Bytes: what a phone downloads before the first MPP is listed.
const hashed = (re) => join(DIST, readdirSync(DIST).find((f) => re.test(f)));
const appFirst = [
  ['index.html', join(DIST, 'index.html')],
  ['JS (wasm-bindgen glue)', hashed(/^peta-mpp-[0-9a-f]+\.js$/)],
  ['wasm', hashed(/_bg\.wasm$/)],
  ['CSS', hashed(/^main-[0-9a-f]+\.css$/)],
  ['feed (mpp.json)', join(DIST, 'data/mpp.json')],
];
const appLater = [
  ['Leaflet JS (when a map shows)', join(DIST, 'leaflet/leaflet.js')],
  ['markercluster JS', join(DIST, 'leaflet/leaflet.markercluster.js')],
  ['Leaflet + cluster CSS', [join(DIST, 'leaflet/leaflet.css'), join(DIST, 'leaflet/MarkerCluster.css')]],
  ['basemap GeoJSON (only when tiles fail)', [join(DIST, 'data/indonesia-outline.geojson'), join(DIST, 'data/indonesia-provinces-2012.geojson')]],
  ['details (detail page, search)', join(DIST, 'data/mpp-details.json')],
];
const baselineFirst = [
  ['index.html', 'bench/baseline/index.html'],
  ['baseline.js + CSS', ['bench/baseline/baseline.js', 'bench/baseline/baseline.css']],
  ['Leaflet JS + markercluster JS', [join(DIST, 'leaflet/leaflet.js'), join(DIST, 'leaflet/leaflet.markercluster.js')]],
  ['Leaflet + cluster CSS', [join(DIST, 'leaflet/leaflet.css'), join(DIST, 'leaflet/MarkerCluster.css')]],
  ['feed (mpp.json)', join(DIST, 'data/mpp.json')],
];
const measure = (rows) =>
  rows.map(([name, files]) => {
    const all = [files].flat().map(sizes);
    return { name, raw: sum(all, 'raw'), gzip: sum(all, 'gzip'), brotli: sum(all, 'brotli') };
  });
const sum = (rows, key) => rows.reduce((a, r) => a + r[key], 0);
const kb = (n) => (n / 1024).toFixed(1);
const sizeTable = (rows) => {
  const total = { name: '**sum**', raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli') };
  return ['| file | raw KB | gzip KB | brotli KB |', '|---|---|---|---|', ...[...rows, total].map((r) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`)].join('\n');
};
const app = measure(appFirst);
const later = measure(appLater);
const baseline = measure(baselineFirst);
const appBrotli = sum(app, 'brotli');
const baselineBrotli = sum(baseline, 'brotli');

// ---- Lighthouse, and the time to the first listed MPP (devtools throttling,
// so the user-timing mark is throttled too).
const server = await serve(DIST, 4192);
const pages = ['/', '/mpp/kabupaten-balangan', '/embed?wilayah=63'];
const rows = [];
let firstListed;
let baselineRow;
let baselineFirstListed;
let verdict;
try {
  for (const path of pages) rows.push({ path, ...(await lighthouseRun(`${server.url}${path}`)) });
  baselineRow = { path: '/bench-baseline/ (baseline)', ...(await lighthouseRun(`${server.url}/bench-baseline/index.html`)) };
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const runs = async (url) => {
    const times = [];
    for (let i = 0; i < 3; i++) times.push((await lighthouseRun(url, 'devtools')).firstListed);
    return median(times.filter((t) => t !== undefined));
  };
  firstListed = await runs(`${server.url}/`);
  baselineFirstListed = await runs(`${server.url}/bench-baseline/index.html`);
  verdict = await installability(server.url);
} finally {
  server.stop();
}

// ---- Search latency (bench/search-latency.mjs writes its own table).
execFileSync('node', ['bench/search-latency.mjs'], { stdio: 'inherit' });
const latency = readFileSync('bench/results/search-latency-chromium.md', 'utf8');
const native = execFileSync('cargo', ['bench', '--locked', '--quiet', '--bench', 'search'], { encoding: 'utf8' });

const ok = (good) => (good ? 'met' : '**not met**');
const home = rows[0];
const report = `# Benchmarks

Measured ${new Date().toISOString().slice(0, 10)} by \`make bench\` on this machine (${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Debian Chromium),
release build served by \`tools/serve.mjs\` with brotli. The baseline is \`bench/baseline/\`: a hand-written HTML + JS page
that fetches the same feed, lists every MPP and puts them on Leaflet (no search, filters, languages or offline).

## Targets

| target | Peta MPP | baseline | ratio | status |
|---|---|---|---|---|
| first load ≤ 200 KB brotli | ${kb(appBrotli)} KB | ${kb(baselineBrotli)} KB | ${(appBrotli / baselineBrotli).toFixed(2)} (reported) | ${ok(appBrotli <= TARGET_BYTES)} |
| Lighthouse mobile performance ≥ 95 (\`/\`) | ${home.performance} | ${baselineRow.performance} | — | ${ok(home.performance >= 95)} |
| Lighthouse accessibility 100 (\`/\`) | ${home.accessibility} | ${baselineRow.accessibility} | — | ${ok(home.accessibility === 100)} |
| time to first listed MPP ≤ 1.5 × baseline (devtools mobile throttling, median of 3) | ${seconds(firstListed)} | ${seconds(baselineFirstListed)} | ${(firstListed / baselineFirstListed).toFixed(2)} | ${ok(firstListed <= 1.5 * baselineFirstListed)} |

## Bytes

Peta MPP, first load (what the list waits for):

${sizeTable(app)}

Peta MPP, loaded later and only when needed:

${sizeTable(later)}

Baseline, first load:

${sizeTable(baseline)}

## Lighthouse (mobile preset, simulated throttling)

${lighthouseTable([...rows, baselineRow])}

Installability (Chromium, \`Page.getInstallabilityErrors\`): ${verdict}.

## Search and filter latency per keystroke

Natively (\`cargo bench --bench search\`, release):

${native.trim()}

In Chromium (\`bench/search-latency.mjs\`):

${latency.trim()}
`;
writeFileSync('BENCHMARKS.md', report);
console.log(report);
