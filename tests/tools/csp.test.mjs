// tools/csp.mjs on a small made-up build (node --test, no browser): the
// policy allows each inline script that runs by its hash, and never the text
// of a JSON-LD data block (the pre-rendered pages' schema.org data), which
// the browser does not run and which stays in the page as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../tools/csp.mjs', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'csp-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policyOf = (html) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];

test('a JSON-LD data block is not hashed as a script, and is kept as it was', () => {
  const dist = join(scratch, 'dist');
  mkdirSync(join(dist, 'mpp'), { recursive: true });
  const loader = 'import init from "./a.js";\nawait init();';
  const jsonLd = '{"@context":"https://schema.org","@type":"GovernmentOffice","name":"MPP \\u003c/script\\u003e"}';
  const page = `<!doctype html><html><head><meta charset=utf-8><title>x</title>`
    + `<script type="application/ld+json">${jsonLd}</script>`
    + `<script type="module">${loader}</script>`
    + `<script>var plain = 1;</script>`
    + `<script type=text/javascript>var typed = 1;</script>`
    + `<script src="./b.js"></script></head><body></body></html>`;
  writeFileSync(join(dist, 'mpp/kabupaten-buol.html'), page);

  const run = spawnSync(process.execPath, [script, dist], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);

  const html = readFileSync(join(dist, 'mpp/kabupaten-buol.html'), 'utf8');
  const scriptSrc = policyOf(html).split('; ').find((d) => d.startsWith('script-src'));
  assert.equal(scriptSrc, `script-src 'self' 'wasm-unsafe-eval' ${hash(loader)} ${hash('var plain = 1;')} ${hash('var typed = 1;')}`);
  assert.ok(!scriptSrc.includes(hash(jsonLd)), 'the data block was hashed as a script');
  assert.ok(html.includes(`<script type="application/ld+json">${jsonLd}</script>`), 'the data block changed');
  assert.deepEqual(JSON.parse(jsonLd).name, 'MPP </script>');
});
