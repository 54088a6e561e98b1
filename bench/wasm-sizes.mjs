// Where the main wasm's bytes go (issue 24): its largest crates and
// functions, so every change's effect on the first load is visible.
//
// The shipped main module has no names (wasm-opt strips them), so this takes
// the build's last wasm-bindgen output of the split main module
// (<cargo's target dir>/wasm-bindgen/release/, written by the same
// `trunk build --release`)
// and gives it the shipped module's wasm-opt steps (Trunk's -Oz, then
// tools/wasm-split/trim-main.mjs; without -g, that is byte for byte the
// shipped module) with -g, which keeps the name section: the module is
// 0.3 % larger than the shipped one.
// Names are demangled by binutils' c++filt (legacy and v0 Rust symbols).
//
//   node bench/wasm-sizes.mjs [main.wasm]   prints the Markdown tables
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trimMainWasm } from '../tools/wasm-split/trim-main.mjs';

/** The last release build's main module as wasm-bindgen wrote it, in
 * cargo's target directory (which CARGO_TARGET_DIR may move). */
export function defaultInput() {
  const { target_directory } = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { encoding: 'utf8' }));
  return join(target_directory, 'wasm-bindgen', 'release', 'peta-mpp_bg.wasm');
}

/** Code bytes by function, data bytes, and the function names of a module. */
export function readModule(buf) {
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, b;
    do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
    return r;
  };
  const skipLimits = () => { const flags = buf[p++]; leb(); if (flags & 1) leb(); };
  let importedFunctions = 0, dataBytes = 0;
  const bodies = [];
  const names = new Map();
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    const start = p;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        for (let part = 0; part < 2; part++) { const len = leb(); p += len; } // module, field
        const kind = buf[p++];
        if (kind === 0) { leb(); importedFunctions++; }
        else if (kind === 1) { p++; skipLimits(); } // table
        else if (kind === 2) skipLimits(); // memory
        else if (kind === 3) p += 2; // global
        else if (kind === 4) { p++; leb(); } // tag
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const len = leb(); bodies.push(len); p += len; }
    } else if (id === 11) {
      dataBytes = size;
    } else if (id === 0) {
      const len = leb();
      const name = buf.subarray(p, p + len).toString();
      p += len;
      while (name === 'name' && p < start + size) {
        const sub = buf[p++];
        const end = leb() + p;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const index = leb();
            const l = leb();
            names.set(index, buf.subarray(p, p + l).toString());
            p += l;
          }
        }
        p = end;
      }
    }
    p = start + size;
  }
  const functions = bodies.map((bytes, i) => ({ bytes, name: names.get(i + importedFunctions) ?? `func ${i + importedFunctions}` }));
  return { functions, dataBytes, codeBytes: bodies.reduce((a, b) => a + b, 0) };
}

/** Readable names: demangled, without crate hashes and symbol hashes. */
function demangle(names) {
  let out;
  try {
    out = execFileSync('c++filt', { input: names.join('\n'), maxBuffer: 64 << 20 }).toString().split('\n');
  } catch {
    out = names;
  }
  return names.map((_, i) => (out[i] ?? names[i]).replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, ''));
}

/** The crate a function's code belongs to: the first crate of its path;
 * for `<T as Trait>::f`, T's crate, or Trait's when T is generic (`T`, `F`);
 * `core` for primitives' own methods. */
export function crateOf(name) {
  const path = (s) => s.replace(/^(?:[<&*(\s]|mut |dyn |const )+/, '').match(/^([a-z_][a-z0-9_]*)::/)?.[1];
  const own = path(name);
  if (own) return own;
  const trait = name.match(/^<[^<>]*?(?:<.*?>)? as ([a-z_][a-z0-9_]*)::/)?.[1];
  if (trait) return trait;
  if (/^<&?(?:mut )?(?:[iuf](?:8|16|32|64|128|size)|bool|char|str|\[)/.test(name)) return 'core';
  return /^func \d+$/.test(name) ? '(unnamed: made by wasm-opt)' : '(wasm-bindgen glue and shims)';
}

export function wasmSizes(input = defaultInput()) {
  const dir = mkdtempSync(join(tmpdir(), 'wasm-sizes-'));
  try {
    const named = join(dir, 'named.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', input, '-o', named], { stdio: 'inherit' });
    trimMainWasm(named, named, ['-g']); // as post-build.mjs finishes the shipped one
    const module = readModule(readFileSync(named));
    const readable = demangle(module.functions.map((f) => f.name));
    module.functions.forEach((f, i) => { f.name = readable[i]; f.crate = crateOf(readable[i]); });
    return module;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n) => (n / 1024).toFixed(1);
const cell = (s) => s.replace(/\|/g, '\\|').replace(/`/g, "'");

/** Markdown: the largest crates and functions of the main module. */
export function wasmSizeTables({ functions, dataBytes, codeBytes }, { crates = 15, largest = 20 } = {}) {
  const byCrate = new Map();
  for (const f of functions) {
    const c = byCrate.get(f.crate) ?? { bytes: 0, count: 0 };
    c.bytes += f.bytes;
    c.count += 1;
    byCrate.set(f.crate, c);
  }
  const share = (n) => `${((100 * n) / (codeBytes + dataBytes)).toFixed(1)} %`;
  const crateRows = [...byCrate].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, crates)
    .map(([name, c]) => `| ${cell(name)} | ${c.count} | ${kb(c.bytes)} | ${share(c.bytes)} |`);
  const functionRows = [...functions].sort((a, b) => b.bytes - a.bytes).slice(0, largest)
    .map((f) => `| ${cell(f.name.length > 110 ? `${f.name.slice(0, 107)}…` : f.name)} | ${kb(f.bytes)} |`);
  return [
    `Code ${kb(codeBytes)} KB in ${functions.length} functions, data (strings, tables, panic locations) ${kb(dataBytes)} KB; raw bytes after wasm-opt -Oz.`,
    '',
    '| crate | functions | KB | share of the module |',
    '|---|---|---|---|',
    ...crateRows,
    `| data section | — | ${kb(dataBytes)} | ${share(dataBytes)} |`,
    '',
    '| largest functions | KB |',
    '|---|---|',
    ...functionRows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(wasmSizeTables(wasmSizes(process.argv[2] ?? defaultInput())));
}
