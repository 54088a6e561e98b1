// tools/compress.mjs on a small made-up build (node --test, no browser):
// both companions beside each text and wasm file and decoding to it, none for
// png, none where it would not help, the same result on a second run, and
// the companions going with their file in a keep-previous merge but never
// into the service worker's precache list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const repo = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'compress-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// Text that compresses, as a build's files do.
const text = (what) => `${what}: ${'Mal Pelayanan Publik Kabupaten Balangan, '.repeat(40)}`;
const FILES = {
  'index.html': text('<!doctype html>'),
  'mpp/kabupaten-balangan.html': text('<p>'),
  'peta-mpp-a100000000000000.js': text('js'),
  'peta-mpp-a100000000000000_bg.wasm': Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.from(text('wasm'))]),
  'main-a200000000000000.css': text('body{}'),
  'data/mpp.json': text('{"mpps":[]}'),
  'data/mpp.geojson': text('{"type":"FeatureCollection"}'),
  'icon.svg': text('<svg>'),
  'manifest.webmanifest': text('{"name":"Peta MPP"}'),
  'sitemap.xml': text('<urlset>'),
  'robots.txt': text('User-agent: *'),
  'icons/icon-192.png': text('png'),
  'leaflet/leaflet.js.map': text('map'),
  // Too small for compression to help.
  'tiny.txt': 'ok',
};

function build(name) {
  const dir = join(scratch, name);
  for (const [path, body] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const run = (...args) => spawnSync(process.execPath, args, { encoding: 'utf8', cwd: repo });
const compress = (dir) => {
  const result = run('tools/compress.mjs', dir);
  assert.equal(result.status, 0, result.stderr);
  return result;
};

/** Every file under `dir`, relative, sorted. */
const files = (dir) => readdirSync(dir, { recursive: true }).filter((p) => statSync(join(dir, p)).isFile()).sort();

test('each text and wasm file gets a .br and a .gz that decode to it; png, source maps and tiny files none', () => {
  const dir = build('both');
  assert.match(compress(dir).stdout, /12 files.*22 companions written, 2 not worth it/);
  const made = files(dir).filter((p) => /\.(br|gz)$/.test(p));
  const expected = Object.keys(FILES)
    .filter((p) => !/\.(png|map)$/.test(p) && p !== 'tiny.txt')
    .flatMap((p) => [`${p}.br`, `${p}.gz`])
    .sort();
  assert.deepEqual(made, expected);
  for (const path of Object.keys(FILES).filter((p) => expected.includes(`${p}.br`))) {
    const original = readFileSync(join(dir, path));
    const br = readFileSync(join(dir, `${path}.br`));
    const gz = readFileSync(join(dir, `${path}.gz`));
    assert.deepEqual(brotliDecompressSync(br), original, `${path}.br`);
    assert.deepEqual(gunzipSync(gz), original, `${path}.gz`);
    assert.ok(br.length < original.length && gz.length < original.length, path);
  }
});

test('a second run, or a run on a copy, gives the same files and no companion of a companion', () => {
  const dir = build('again');
  compress(dir);
  const first = Object.fromEntries(files(dir).map((p) => [p, readFileSync(join(dir, p))]));
  compress(dir);
  const second = Object.fromEntries(files(dir).map((p) => [p, readFileSync(join(dir, p))]));
  assert.deepEqual(Object.keys(second), Object.keys(first));
  for (const [path, body] of Object.entries(first)) assert.deepEqual(second[path], body, path);
  assert.deepEqual(Object.keys(second).filter((p) => /\.(br|gz)\.(br|gz)$/.test(p)), []);
});

test('a file changed after a run gets fresh companions; one that shrank below the point of compressing loses its own', () => {
  const dir = build('changed');
  compress(dir);
  writeFileSync(join(dir, 'index.html'), text('<!doctype html><meta name="second">'));
  writeFileSync(join(dir, 'robots.txt'), 'x');
  compress(dir);
  assert.equal(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString(), text('<!doctype html><meta name="second">'));
  assert.equal(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString(), text('<!doctype html><meta name="second">'));
  assert.deepEqual(files(dir).filter((p) => p.startsWith('robots.txt')), ['robots.txt']);
});

test('without a directory it says how to use it and fails', () => {
  const result = run('tools/compress.mjs');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /usage: node tools\/compress\.mjs DIST/);
});

test('a keep-previous merge brings a kept file\'s companions; the list and the precache name none', () => {
  const previous = build('previous');
  assert.equal(run('tools/keep-previous.mjs', 'record', previous).status, 0);
  compress(previous);
  const next = join(scratch, 'next');
  mkdirSync(next);
  writeFileSync(join(next, 'index.html'), text('<!doctype html>'));
  assert.equal(run('tools/keep-previous.mjs', 'record', next).status, 0);
  assert.equal(run('tools/keep-previous.mjs', 'merge', next, previous).status, 0);
  for (const path of ['peta-mpp-a100000000000000_bg.wasm', 'peta-mpp-a100000000000000_bg.wasm.br', 'peta-mpp-a100000000000000_bg.wasm.gz']) {
    assert.deepEqual(readFileSync(join(next, path)), readFileSync(join(previous, path)), path);
  }
  const list = JSON.parse(readFileSync(join(previous, 'build-files.json'), 'utf8')).files;
  assert.deepEqual(list.filter((p) => /\.(br|gz)$/.test(p)), []);

  // The worker built over a compressed build (as the e2e suite rebuilds it on copies).
  const built = run('tools/build-sw.mjs', previous);
  assert.equal(built.status, 0, built.stderr);
  const worker = readFileSync(join(previous, 'sw.js'), 'utf8');
  assert.match(worker, /peta-mpp-a100000000000000_bg\.wasm/);
  assert.doesNotMatch(worker, /\.(br|gz)"/);
});
