// Trunk post_build hook (Trunk.toml): stages what tools/wasm-split/wasm-bindgen
// split off beside Trunk's own output, so a build's chunks load like its main
// wasm, under any --public-url, and are precached by tools/build-sw.mjs.
//
// - The loader __wasm_split.js goes next to Trunk's hashed JS: the main
//   module imports it as "./__wasm_split.js" (the name is compiled into the
//   main wasm and its glue, which Trunk has hashed and given an integrity
//   attribute: neither can change now, so the loader keeps its plain name).
// - The loader imports initSync from the main JS: pointed at Trunk's hashed name.
// - It fetches each chunk relative to its own URL (import.meta.url): the chunks
//   go beside it, named by content hash like Trunk's files, so hosts cache
//   them for ever (tools/serve.mjs, deploy/) and a tab left open across a
//   deploy can never load another build's chunk into its main module.
// - Release chunks get wasm-opt -Oz, as Trunk gives the main module
//   (data-wasm-opt="z"), and the small shared chunks are folded into the
//   modules that use them (inline-small-chunks.mjs: fewer requests, fewer
//   instantiations on the main thread).
// - Release builds minify the main JS (wasm-bindgen's glue, which Trunk 0.21
//   leaves as written: 80 KB, 10.4 KB brotli) and the loader with terser.
//   Before that the main module gets -Oz twice more and loses the exports no
//   page calls, the glue the classes that called them, and both the long
//   names of the glue's functions (trim-main.mjs): 25 KB, 5.2 KB brotli for
//   the glue, in every first load. Trunk's integrity
//   attributes are recomputed; both keep Trunk's names, hashes of what they
//   were made from.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { copyableChunks, inlineSmallChunks } from './inline-small-chunks.mjs';
import { trimMain } from './trim-main.mjs';

// ES modules whose exported names are imported by name (the page's script,
// the loader, the chunks): terser keeps them; no comments survive.
const TERSER = { module: true, compress: true, mangle: true, format: { comments: false } };

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
// Where the wrapper wrote: Trunk's wasm-bindgen output dir, in cargo's target dir.
const { target_directory } = JSON.parse(
  execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: process.env.TRUNK_SOURCE_DIR, encoding: 'utf8' }),
);
const splitDir = join(target_directory, 'wasm-bindgen', release ? 'release' : 'debug', 'wasm-split');
const loader = join(splitDir, '__wasm_split.js');
// Without the wrapper the app's wasm still imports ./__wasm_split.js but has
// no chunks: fail the build rather than ship lazy routes that cannot load.
if (!existsSync(loader)) throw new Error(`wasm-split: no ${loader}: was tools/wasm-split first on PATH?`);

let js = readFileSync(loader, 'utf8');
const [, name] = js.match(/import \{ initSync \} from "\.\/([^"]+)\.js";/) ?? [];
const mainJs = readdirSync(staging).filter((f) => new RegExp(`^${name}-[0-9a-f]+\\.js$`).test(f));
if (mainJs.length !== 1) throw new Error(`wasm-split: expected one ${name}-<hash>.js in ${staging}, found ${mainJs}`);
js = js.replace(`"./${name}.js"`, `"./${mainJs[0]}"`);

if (release) await finishMain(join(staging, mainJs[0]), join(staging, 'index.html'));

const isChunk = (file) => file.endsWith('.wasm') && file !== `${name}.wasm`; // the main module is Trunk's
if (release) {
  // Which shared chunks may be copied is read before wasm-opt renames
  // their data segments; then every module gets -Oz, and the small shared
  // chunks are folded into the modules that need them (inline-small-chunks.mjs).
  const copyable = copyableChunks(splitDir);
  for (const file of readdirSync(splitDir).filter(isChunk)) {
    execFileSync('wasm-opt', ['-Oz', join(splitDir, file), '-o', join(splitDir, file)], { stdio: 'inherit' });
  }
  const before = readdirSync(splitDir).filter(isChunk).length;
  js = inlineSmallChunks(splitDir, js, copyable);
  console.log(`wasm-split: ${before - readdirSync(splitDir).filter(isChunk).length} small shared chunks folded into the modules using them`);
}
const hashedNames = [];
for (const file of readdirSync(splitDir).filter(isChunk)) {
  const stem = file.slice(0, -'.wasm'.length);
  const tmp = join(staging, file);
  copyFileSync(join(splitDir, file), tmp);
  // 16 hex digits, as Trunk's: matches the HASHED patterns of serve.mjs and build-sw.mjs.
  const hash = createHash('sha256').update(readFileSync(tmp)).digest('hex').slice(0, 16);
  const hashed = `${stem}-${hash}.wasm`;
  renameSync(tmp, join(staging, hashed));
  if (!js.includes(`"./${file}"`)) throw new Error(`wasm-split: ${file} is not named in the loader`);
  js = js.replaceAll(`"./${file}"`, `"./${hashed}"`);
  hashedNames.push(hashed);
}
// The chunks this loader knows, for the app: when a chunk fails to load, a
// fresh copy of the loader that no longer names one of them means the site
// now serves another version (src/browser.rs, served_build_differs).
js += `\nglobalThis.__wasmSplitChunks = ${JSON.stringify(hashedNames)};\n`;
// The loader is in every first load too (18 KB as written).
if (release) js = (await minify(js, TERSER)).code;
writeFileSync(join(staging, '__wasm_split.js'), js);
// Used up: a later build that bypasses the wrapper must not find these stale
// chunks (they would fit another build's main module).
rmSync(splitDir, { recursive: true });
console.log(`wasm-split: staged __wasm_split.js and ${hashedNames.length} chunks`);

/** The main module and its glue, in place: trimmed (trim-main.mjs), the
 * glue minified, and index.html's links to both given their new integrity
 * (sha384, as Trunk writes it). Both keep Trunk's names: hashes of what they
 * were made from. Exported names stay: the page's script, the loader and the
 * chunks import them by name. */
async function finishMain(glue, indexHtml) {
  const wasm = glue.replace(/\.js$/, '_bg.wasm');
  const trimmed = trimMain(wasm, readFileSync(glue, 'utf8'));
  const { code } = await minify(trimmed.glue, TERSER);
  writeFileSync(glue, code);
  let html = readFileSync(indexHtml, 'utf8');
  for (const [file, bytes] of [[glue, code], [wasm, trimmed.wasm]]) html = withIntegrity(html, file, bytes);
  writeFileSync(indexHtml, html);
}

/** `html` with each link to `file` given the integrity of `bytes`. */
function withIntegrity(html, file, bytes) {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  let links = 0;
  const updated = html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!tag.includes(name)) return tag;
    links += 1;
    return tag.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity=$1${integrity}$1`);
  });
  if (links === 0 || !updated.includes(integrity)) throw new Error(`wasm-split: no integrity for ${name} in index.html`);
  return updated;
}
