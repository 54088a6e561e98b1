// tools/keep-previous.mjs on small made-up builds (node --test, no browser):
// what a build records, what a merge keeps, and that every refusal leaves
// the new build as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LIST } from '../../tools/keep-previous.mjs';

const script = new URL('../../tools/keep-previous.mjs', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'keep-previous-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** A build as Trunk + wasm-split + build-sw leave it, its hashed names made from `tag`. */
function build(name, tag, { recorded = true } = {}) {
  const dir = join(scratch, name);
  const h = (n) => `${tag}${n}`.padEnd(16, '0');
  const files = {
    'index.html': `<script src="./peta-mpp-${h(1)}.js">`,
    'shell.html': 'shell',
    [`peta-mpp-${h(1)}.js`]: `js ${tag}`,
    [`peta-mpp-${h(1)}_bg.wasm`]: `wasm ${tag}`,
    [`style-${h(2)}.css`]: `css ${tag}`,
    [`split_detail-${h(3)}.wasm`]: `chunk ${tag}`,
    '__wasm_split.js': `loader ${tag}`,
    'sw.js': `worker ${tag}`,
    'data/mpp.json': `feed ${tag}`,
    'workbox-v7.4.1/workbox-sw.js': 'workbox',
    [`snippets/peta-mpp-${h(4)}/inline0-${h(5)}.js`]: `snippet ${tag}`,
  };
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  if (recorded) run('record', dir);
  return dir;
}

function run(...args) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

/** Every file under `dir` with its content: to show a refusal changed nothing. */
function snapshot(dir) {
  const out = {};
  const walk = (sub) => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  walk('');
  return out;
}

const listOf = (dir) => JSON.parse(readFileSync(join(dir, LIST), 'utf8')).files;

test('record lists the build\'s own hashed files: Trunk\'s, the chunks, the loader, nothing else', () => {
  const dir = build('record', 'a');
  assert.deepEqual(listOf(dir), [
    '__wasm_split.js',
    'peta-mpp-a100000000000000.js',
    'peta-mpp-a100000000000000_bg.wasm',
    'snippets/peta-mpp-a400000000000000/inline0-a500000000000000.js',
    'split_detail-a300000000000000.wasm',
    'style-a200000000000000.css',
  ]);
  // Once per build: a second record would count carried-over files as the build's own.
  const again = run('record', dir);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /exists already/);
});

test('merge keeps the previous build\'s own files, never overwrites, and never what it had carried', () => {
  const v1 = build('v1', 'b');
  const v2 = build('v2', 'c');
  const before = snapshot(v2);
  const merged = run('merge', v2, v1);
  assert.equal(merged.status, 0, merged.stderr);
  assert.match(merged.stdout, /kept 5 hashed files/);
  const after = snapshot(v2);
  // Everything v2 had is unchanged: its own loader too (same name in both builds).
  for (const [path, body] of Object.entries(before)) assert.equal(after[path], body, path);
  assert.equal(after['__wasm_split.js'], 'loader c');
  assert.equal(after['split_detail-b300000000000000.wasm'], 'chunk b');
  assert.equal(after['snippets/peta-mpp-b400000000000000/inline0-b500000000000000.js'], 'snippet b');
  // v2's list still names only its own files.
  assert.ok(listOf(v2).every((file) => !file.includes('-b')));
  // Not v1's data, pages or worker.
  assert.deepEqual(Object.keys(after).filter((p) => !(p in before)).sort(), listOf(v1).filter((p) => p !== '__wasm_split.js'));

  const v3 = build('v3', 'd');
  assert.equal(run('merge', v3, v2).status, 0);
  const names = Object.keys(snapshot(v3));
  assert.ok(names.includes('split_detail-c300000000000000.wasm'));
  // Bounded: v1's files, which v2 only carried, do not reach v3.
  assert.deepEqual(names.filter((p) => p.includes('-b')), []);
});

test('a missing, foreign or broken previous build is refused with a message, and the new build is left as it was', () => {
  const next = build('next', 'e');
  const noList = build('no-list', 'f', { recorded: false });
  const badJson = build('bad-json', '1');
  writeFileSync(join(badJson, LIST), '{"files": [');
  const escape = build('escape', '2');
  writeFileSync(join(escape, LIST), JSON.stringify({ files: ['../next/index.html'] }));
  const notHashed = build('not-hashed', '3');
  writeFileSync(join(notHashed, LIST), JSON.stringify({ files: ['index.html'] }));
  const pruned = build('pruned', '4');
  rmSync(join(pruned, 'split_detail-4300000000000000.wasm'));
  const cases = [
    [join(scratch, 'nowhere'), /no such directory/],
    [noList, /has no build-files\.json/],
    [badJson, /cannot be read/],
    [escape, /not a hashed file of the build/],
    [notHashed, /not a hashed file of the build/],
    [pruned, /lacks split_detail-4300000000000000\.wasm/],
    [next, /another directory/],
  ];
  const before = snapshot(next);
  for (const [previous, message] of cases) {
    const result = run('merge', next, previous);
    assert.equal(result.status, 1, previous);
    assert.match(result.stderr, message, previous);
    assert.deepEqual(snapshot(next), before, previous);
  }
  // A new build without its own list (the record step was skipped) is refused too.
  const unrecorded = build('unrecorded', '5', { recorded: false });
  assert.match(run('merge', unrecorded, next).stderr, /the new build .* has no build-files\.json/);
  assert.ok(!existsSync(join(unrecorded, 'peta-mpp-e100000000000000.js')));
  assert.equal(run('merge', next).status, 1);
  // check, run before Trunk empties dist/, refuses the same previous builds.
  assert.match(run('check', 'dist', pruned).stderr, /lacks/);
  assert.match(run('check', next, next).stderr, /another directory/);
  assert.match(run('check', join(scratch, 'not-built-yet'), next).stdout, /holds 6 hashed files/);
});

test('the list is not precached by the service worker', () => {
  const dir = build('worker', '6', { recorded: false });
  rmSync(join(dir, 'sw.js'));
  const built = spawnSync(process.execPath, ['tools/build-sw.mjs', dir], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });
  assert.equal(built.status, 0, built.stderr);
  assert.equal(run('record', dir).status, 0);
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  assert.match(worker, /split_detail-6300000000000000\.wasm/);
  // Recorded after the worker here, as in the Makefile; the worker's globs skip it either way.
  assert.doesNotMatch(worker, /build-files/);
  rmSync(join(dir, 'sw.js'));
  rmSync(join(dir, 'workbox-v7.4.1'), { recursive: true });
  assert.equal(spawnSync(process.execPath, ['tools/build-sw.mjs', dir], { cwd: new URL('../..', import.meta.url).pathname }).status, 0);
  assert.doesNotMatch(readFileSync(join(dir, 'sw.js'), 'utf8'), /build-files/);
});
