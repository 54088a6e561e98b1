// Keeps the previous version's hashed files in a new build, so a tab left
// open across a deploy still finds the chunks its page asks for (a lazy
// route not visited yet, its wasm-split chunk). No dependencies.
//
//   node tools/keep-previous.mjs record dist             every build (Makefile): lists dist's own hashed files
//   node tools/keep-previous.mjs check dist PREVIOUS     before building: PREVIOUS can be merged into dist
//   node tools/keep-previous.mjs merge dist PREVIOUS     copies PREVIOUS's own hashed files into dist
//
// Bounded: merge copies only the files PREVIOUS's own list names, never what
// PREVIOUS had itself carried over, so a build holds at most two versions.
// A file's .br/.gz copies go with it. A file dist already has is never
// overwritten. Run merge after the service worker is built
// (tools/build-sw.mjs): carried-over files must not be precached. On any problem it says what, exits 1 and leaves dist as it was.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The list each build writes of its own hashed files (not precached: tools/build-sw.mjs). */
export const LIST = 'build-files.json';
// Trunk's content-hashed names (hex, leading zeros dropped: 12–16 digits) and
// the wasm-split chunks (tools/wasm-split/post-build.mjs), as deploy/nginx.conf
// and tools/serve.mjs know them; and the split loader, whatever its name.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
const LOADER = /^__wasm_split.*\.js$/;
export const isHashed = (name) => HASHED.test(name) || LOADER.test(name);
// A listed file's pre-compressed copies, not listed themselves (tools/compress.mjs).
const COMPANIONS = ['.br', '.gz'];

class Refusal extends Error {}
const PREVIOUS = 'the previous build';

/** Every hashed file under `dir`, as a relative path with forward slashes. */
function hashedFiles(dir, sub = '') {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return hashedFiles(dir, path);
    return entry.isFile() && isHashed(entry.name) ? [path] : [];
  });
}

/** Writes `dir`'s list of its own hashed files. Once per build: later, dist holds carried-over files too. */
export function record(dir) {
  const list = join(dir, LIST);
  if (!existsSync(join(dir, 'index.html'))) throw new Refusal(`${dir} is not a build (no index.html)`);
  if (existsSync(list)) throw new Refusal(`${list} exists already: record runs once, right after a build`);
  const files = hashedFiles(dir).sort();
  writeFileSync(list, `${JSON.stringify({ files }, null, 1)}\n`);
  return files;
}

/** The files `dir`'s own list names, each checked to be a hashed file inside `dir` that exists. */
function listed(dir, what) {
  const list = join(dir, LIST);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Refusal(`${what} ${dir}: no such directory`);
  if (!existsSync(list)) throw new Refusal(`${what} ${dir} has no ${LIST}: not a build of this project, or one from before the list existed${what === PREVIOUS ? ' (deploy once without PREVIOUS)' : ''}`);
  let files;
  try {
    ({ files } = JSON.parse(readFileSync(list, 'utf8')));
  } catch (error) {
    throw new Refusal(`${list} cannot be read: ${error.message}`);
  }
  if (!Array.isArray(files)) throw new Refusal(`${list} has no "files" list`);
  for (const file of files) {
    const full = resolve(dir, String(file));
    // Only hashed files, only inside the build: a list is never a way out.
    if (typeof file !== 'string' || !isHashed(file.split('/').pop()) || !full.startsWith(resolve(dir) + sep)) {
      throw new Refusal(`${list} names ${JSON.stringify(file)}, which is not a hashed file of the build`);
    }
    if (!existsSync(full)) throw new Refusal(`${what} ${dir} lacks ${file}, which its ${LIST} names`);
  }
  return files;
}

/** Whether `previous` can be merged into `dist` (Trunk empties dist first: it cannot be the previous build). */
export function check(dist, previous) {
  if (resolve(dist) === resolve(previous)) throw new Refusal(`the previous build must be another directory than ${dist} (copy it elsewhere first)`);
  return listed(previous, PREVIOUS);
}

/** Copies into `dist` the hashed files `previous` built itself and `dist` lacks; returns their paths. */
export function merge(dist, previous) {
  // Everything is checked before anything is copied: a refusal leaves dist as it was.
  const kept = check(dist, previous);
  listed(dist, 'the new build');
  const missing = kept.filter((file) => !existsSync(join(dist, file)));
  for (const file of missing) {
    // Its pre-compressed copies (tools/compress.mjs) come along, before it:
    // the server finds a file's .br/.gz only when the file itself is there.
    const companions = COMPANIONS.map((suffix) => file + suffix).filter((c) => existsSync(join(previous, c)));
    for (const path of [...companions, file]) {
      const target = join(dist, path);
      const partial = `${target}.partial`;
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(previous, path), partial);
      // A file appears whole or not at all.
      renameSync(partial, target);
    }
  }
  return missing;
}

function main([command, dist, previous]) {
  if (command === 'record' && dist) {
    console.log(`keep-previous: ${dist}/${LIST} lists ${record(dist).length} hashed files`);
  } else if (command === 'check' && dist && previous) {
    console.log(`keep-previous: ${previous} holds ${check(dist, previous).length} hashed files to keep`);
  } else if (command === 'merge' && dist && previous) {
    const copied = merge(dist, previous);
    console.log(`keep-previous: kept ${copied.length} hashed files of the previous build (${previous}) in ${dist}`);
  } else {
    throw new Refusal('usage: node tools/keep-previous.mjs record DIST | check DIST PREVIOUS | merge DIST PREVIOUS');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`keep-previous: ${error.message}`);
    process.exit(1);
  }
}
