// The same Trunk build for another public URL, without building again:
// Trunk's --public-url changes only index.html (its <base href> and the
// addresses of its own files: the JS glue, the wasm, the CSS); the wasm, its
// chunks and every other file are byte for byte the same. So the sub-path
// build the end-to-end tests serve is a copy of the root build with those
// addresses moved, made before either is finished (pre-rendered, CSP, service
// worker, compressed), and finished by the same steps. No dependencies.
//
//   node tools/sub-path.mjs dist dist-subpath /peta-mpp/
//
// FROM must be a fresh `trunk build --public-url /` (its index.html still
// Trunk's own). TO is replaced. On any problem it says what and exits 1.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

class Refusal extends Error {}

/**
 * Trunk's index.html for public URL `/` as it would be for `base`: the base
 * element and every root-relative address of one of `files` (the build's
 * top-level files), quoted or not, as Trunk writes them. Refuses a page that
 * is not Trunk's for `/` (a finished page, or one built for another URL).
 */
export function rebaseIndex(html, files, base) {
  if (!/^\/([^/?#\s]+\/)+$/.test(base)) throw new Refusal(`the public URL must look like /peta-mpp/ (got ${JSON.stringify(base)})`);
  const baseTag = /<base href=(["']?)\/\1>/g;
  const bases = html.match(baseTag)?.length ?? 0;
  if (bases !== 1) throw new Refusal(`index.html has ${bases} <base href=/> elements, not 1: not Trunk's output for --public-url /`);
  let moved = 0;
  const names = files.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const address = new RegExp(`([='"(])/(${names})(?=["'\\s>)])`, 'g');
  const out = html
    .replace(baseTag, (_, q) => `<base href=${q}${base}${q}>`)
    .replace(address, (_, before, file) => {
      moved += 1;
      return `${before}${base}${file}`;
    });
  if (moved === 0) throw new Refusal('index.html addresses none of the build\'s files from / : not Trunk\'s output for --public-url /');
  return { html: out, moved };
}

/** Copies `from` to `to` with index.html rebased onto `base`. */
export function subPath(from, to, base) {
  const index = join(from, 'index.html');
  if (!existsSync(index)) throw new Refusal(`${from} has no index.html: build it with Trunk first`);
  if (existsSync(join(from, 'sw.js'))) throw new Refusal(`${from} is already finished (it has sw.js): copy Trunk's output before the release steps`);
  if (resolve(from) === resolve(to)) throw new Refusal('FROM and TO are the same folder');
  const files = readdirSync(from).filter((f) => f !== 'index.html' && statSync(join(from, f)).isFile());
  const { html, moved } = rebaseIndex(readFileSync(index, 'utf8'), files, base);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  writeFileSync(join(to, 'index.html'), html);
  return moved;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [from, to, base] = process.argv.slice(2);
  try {
    if (!from || !to || !base) throw new Refusal('usage: node tools/sub-path.mjs FROM TO /public-url/');
    const moved = subPath(from, to, base);
    console.log(`sub-path: ${to} is ${from} under ${base} (${moved} addresses in index.html moved)`);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`sub-path: ${e.message}`);
    process.exit(1);
  }
}
