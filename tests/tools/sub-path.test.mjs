// tools/sub-path.mjs (node --test, no browser): Trunk's index.html for "/"
// becomes, address by address, the one Trunk writes for --public-url
// /peta-mpp/ (the pair below is from real Trunk 0.21.14 release builds of
// this app, trimmed; `make test-e2e` then serves the whole derived build),
// every other file copied unchanged, and a page that is not Trunk's for "/"
// refused with a message, leaving the target as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rebaseIndex } from '../../tools/sub-path.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'sub-path-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const JS = 'peta-mpp-568a83f219dd1502.js';
const WASM = 'peta-mpp-568a83f219dd1502_bg.wasm';
const CSS = 'main-8b76a5416b4907e9.css';
const page = (base, at) => `<!doctype html><html lang=id><head><meta charset=utf-8>
<meta content=data/mpp.json name=peta-mpp-feed><base href=${base}>
<link as=fetch crossorigin href=data/mpp.json rel=preload><link href=icon.svg rel=icon type=image/svg+xml>
<script type=module>import init, * as bindings from '${at}${JS}';
const wasm = await init({ module_or_path: '${at}${WASM}' });
window.wasmBindings = bindings;</script>
<link href=${at}${CSS} integrity=sha384-UR3 rel=stylesheet>
<link crossorigin href=${at}${JS} integrity=sha384-bwR rel=modulepreload>
<link as=fetch crossorigin href=${at}${WASM} integrity=sha384-9R0 rel=preload type=application/wasm>
<a href=/mpp/kabupaten-buol>x</a><a href="/${JS}.map">not a file of the build</a></head><body></body></html>`;
const FILES = [JS, WASM, CSS, 'icon.svg', '__wasm_split.js', 'chunk_1-0123456789abcdef.wasm'];

test("index.html for / becomes Trunk's own for /peta-mpp/", () => {
  const { html, moved } = rebaseIndex(page('/', '/'), FILES, '/peta-mpp/');
  assert.equal(html, page('/peta-mpp/', '/peta-mpp/'));
  assert.equal(moved, 5);
});

test('quoted base and addresses, as an unminified build writes them', () => {
  const before = `<base href="/"><link rel="stylesheet" href="/${CSS}"><script>import('/${JS}')</script>`;
  const { html } = rebaseIndex(before, FILES, '/a/b/');
  assert.equal(html, `<base href="/a/b/"><link rel="stylesheet" href="/a/b/${CSS}"><script>import('/a/b/${JS}')</script>`);
});

test('refuses what is not a fresh build for /, and a bad public URL', () => {
  assert.throws(() => rebaseIndex(page('/peta-mpp/', '/peta-mpp/'), FILES, '/x/'), /<base href=\/>/);
  assert.throws(() => rebaseIndex('<base href=/><p>', FILES, '/x/'), /addresses none/);
  for (const bad of ['/', 'peta-mpp/', '/peta-mpp', '//evil/', '/a b/']) {
    assert.throws(() => rebaseIndex(page('/', '/'), FILES, bad), /public URL/, bad);
  }
});

test('the command copies every file and rebases index.html; refusals keep the target', () => {
  const from = join(scratch, 'dist');
  const to = join(scratch, 'dist-subpath');
  mkdirSync(join(from, 'data'), { recursive: true });
  writeFileSync(join(from, 'index.html'), page('/', '/'));
  for (const f of FILES) writeFileSync(join(from, f), `${f} body`);
  writeFileSync(join(from, 'data', 'mpp.json'), '{"mpps":[]}');
  const run = (...args) => spawnSync(process.execPath, [join(repo, 'tools/sub-path.mjs'), ...args], { encoding: 'utf8' });

  const ok = run(from, to, '/peta-mpp/');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /5 addresses/);
  assert.equal(readFileSync(join(to, 'index.html'), 'utf8'), page('/peta-mpp/', '/peta-mpp/'));
  for (const f of FILES) assert.equal(readFileSync(join(to, f), 'utf8'), `${f} body`);
  assert.equal(readFileSync(join(to, 'data', 'mpp.json'), 'utf8'), '{"mpps":[]}');

  // A finished build (its service worker written) is refused: its pages are no longer Trunk's.
  writeFileSync(join(from, 'sw.js'), '');
  const finished = run(from, to, '/peta-mpp/');
  assert.equal(finished.status, 1);
  assert.match(finished.stderr, /already finished/);
  assert.ok(existsSync(join(to, WASM)), 'the target is left as it was');
  rmSync(join(from, 'sw.js'));

  const usage = run(from);
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /usage/);
  const missing = run(join(scratch, 'nothing'), to, '/peta-mpp/');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no index.html/);
});
