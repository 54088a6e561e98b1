// Folds wasm-split's small shared chunks into the split modules that need
// them (post-build.mjs, release builds, once every module has had wasm-opt).
//
// Why: wasm-split-cli makes one shared chunk per set of split points that
// use the same code. With ten split points that is some sixty chunks, most
// of a few hundred bytes, and a page fetches dozens of them: /embed/63 made
// 55 wasm requests, each a fetch, a compile and an instantiation on the main
// thread (a cheap phone's start is long tasks; on HTTP/1.1 and a 3G round
// trip, six at a time). A chunk below the threshold is instead copied into
// every split module that needs it, so a page fetches its own module and the
// larger shared chunks only.
//
// Why copying is safe: a chunk defines functions only. It imports the main
// module's memory, table and stack pointer, defines no memory, table, global
// or export of its own, and its one active element segment puts its
// functions into the shared table at fixed slots, where every other module
// calls them through that table. Two modules holding the same code write the
// same functions into the same slots. This is checked for every chunk folded;
// anything else is left as it was.
//
// How: binaryen's wasm-merge joins the modules, but keeps each input's
// imports apart (a second memory, table and global, the same ones imported
// again, which only a browser with multi-memory could instantiate): the
// joined module's text has them made one (wasm-dis, a rename, wasm-as).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chunks smaller than this (bytes, after wasm-opt -Oz) are folded in:
 * below it a chunk costs a page more as a request of its own (a round trip,
 * a compile, an instantiation) than as bytes repeated in a few modules. */
export const SMALL_CHUNK_BYTES = 2048;

/** What a chunk may hold to be copied: its imports from the main module,
 * at most one active element segment into the shared table, and data that never
 * changes (its .rodata, or the linker's empty segments): a second copy
 * writes the same bytes to the same place, where a .data or .bss segment
 * would reset a static. Read from wasm-split-cli's output, which still has
 * the linker's segment names. */
const FOLDABLE = /^ \((?:import "__wasm_split" "(?:memory|__indirect_function_table|__wasm_split_shared0)" |elem \$\S+ \(i32\.const \d+\) |data \$\.rodata\S* \(i32\.const \d+\) "|data \$\S+ \(i32\.const \d+\) ""\)$)/;
/** The features rustc's wasm32-unknown-unknown target uses by default, as
 * its target_features section tells wasm-opt; the text format has no such
 * section, so wasm-as is told (never -all: it would write encodings of
 * proposals no browser reads, such as compact imports). */
const RUSTC_FEATURES = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-multivalue', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-sign-ext'];
const SECTION = /^ \((import|export|elem|memory|table|global|start|data|tag) /;

/**
 * The chunks of `dir` (wasm-split-cli's output, before wasm-opt) that may be
 * copied into several modules (see FOLDABLE).
 */
export function copyableChunks(dir) {
  const copyable = new Set();
  for (const file of readdirSync(dir).filter((f) => /^chunk_\d+\.wasm$/.test(f))) {
    const wat = execFileSync('wasm-dis', [join(dir, file)], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    const sections = wat.split('\n').filter((line) => SECTION.test(line));
    if (sections.every((line) => FOLDABLE.test(line)) && sections.filter((l) => l.startsWith(' (elem ')).length <= 1) copyable.add(file);
  }
  return copyable;
}

/**
 * Folds the chunks of `dir` that are in `copyable` and smaller than
 * `threshold` into the split modules needing them (`dir`: wasm-split-cli's
 * output after wasm-opt; `loaderJs`: its loader's text). Returns the
 * loader's new text; the folded chunks' files are removed.
 */
export function inlineSmallChunks(dir, loaderJs, copyable, threshold = SMALL_CHUNK_BYTES) {
  const splits = splitDependencies(loaderJs);
  const foldable = new Map(); // chunk variable -> file
  for (const variable of new Set(Object.values(splits).flat())) {
    const file = `${variable.replace(/^__/, '')}.wasm`;
    if (copyable.has(file) && statSync(join(dir, file)).size < threshold) foldable.set(variable, file);
  }
  let js = loaderJs;
  for (const [split, deps] of Object.entries(splits)) {
    const folded = deps.filter((d) => foldable.has(d));
    if (folded.length === 0) continue;
    const module = join(dir, `split_${split}.wasm`);
    const args = [module, 'split'];
    for (const d of folded) args.push(join(dir, foldable.get(d)), d);
    const joined = `${module}.joined.wasm`;
    // Multi-memory only in between: the same memory imported once per input.
    execFileSync('wasm-merge', [...RUSTC_FEATURES, '--enable-multimemory', ...args, '-o', joined], { stdio: 'ignore' });
    writeFileSync(module, oneSetOfImports(joined));
    rmSync(joined);
    const kept = deps.filter((d) => !foldable.has(d));
    js = js.replace(splitLoader(split), (whole) => whole.replace(/, \[[^\]]*\]\)\);$/, `, [${kept.join(', ')}]));`));
  }
  for (const [variable, file] of foldable) {
    // Its loader goes too: a comment line naming its users, then the const.
    const definition = new RegExp(`(?:/\\*[^*]*\\*/\\n)?const ${variable} = makeLoad\\([\\s\\S]*?\\n, \\[\\]\\);\\n`);
    if (!definition.test(js)) throw new Error(`inline-small-chunks: no loader for ${variable}`);
    js = js.replace(definition, '');
    if (js.includes(variable)) throw new Error(`inline-small-chunks: ${variable} still used`);
    rmSync(join(dir, file));
  }
  return js;
}

/** Each split point's shared chunks (their loaders' variables), by name. */
export function splitDependencies(loaderJs) {
  const deps = {};
  const loader = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\([\s\S]*?, \[([^\]]*)\]\)\);/g;
  for (const [, split, list] of loaderJs.matchAll(loader)) {
    deps[split] = list.split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (Object.keys(deps).length === 0) throw new Error('inline-small-chunks: no split loaders in __wasm_split.js');
  return deps;
}

function splitLoader(split) {
  return new RegExp(`export const __wasm_split_load_${split} = wrapAsyncCb\\(makeLoad\\([\\s\\S]*?, \\[[^\\]]*\\]\\)\\);`);
}

/** The joined module with its repeated imports made one: each memory,
 * table and global imported again under another name is renamed to the
 * first import of the same thing, and its own import line dropped. */
function oneSetOfImports(joinedWasm) {
  const wat = execFileSync('wasm-dis', [joinedWasm], { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const first = new Map(); // import name -> the name its first import has
  const renamed = new Map(); // a repeated import's name -> the first's
  const lines = [];
  for (const line of wat.split('\n')) {
    const m = line.match(/^ \(import "__wasm_split" "([^"]+)" \((?:memory|table|global) (\$\S+) /);
    if (m && first.has(m[1])) {
      renamed.set(m[2], first.get(m[1]));
      continue;
    }
    if (m) first.set(m[1], m[2]);
    lines.push(line);
  }
  const names = [...renamed.keys()].map((n) => n.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&'));
  const again = names.length ? new RegExp(`(${names.join('|')})(?=[\\s)]|$)`, 'g') : null;
  const body = again ? lines.map((l) => l.replace(again, (n) => renamed.get(n))) : lines;
  const text = `${joinedWasm}.wat`;
  writeFileSync(text, body.join('\n'));
  const out = `${joinedWasm}.one.wasm`;
  try {
    execFileSync('wasm-as', [...RUSTC_FEATURES, text, '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });
    // As every module: -Oz (which also drops the names wasm-as kept).
    execFileSync('wasm-opt', [...RUSTC_FEATURES, '-Oz', out, '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(out);
  } finally {
    rmSync(text, { force: true });
    rmSync(out, { force: true });
  }
}
