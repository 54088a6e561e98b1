// The main module's and its glue's last steps in a release build, after
// Trunk's own wasm-opt -Oz (post-build.mjs). Both are in every first load.
//
// - Exports that no page calls are removed, with the glue's classes that call
//   them. leptos turns on server_fn's `browser` feature, which links
//   wasm-streams; its three #[wasm_bindgen] classes (IntoUnderlyingSource,
//   IntoUnderlyingByteSource, IntoUnderlyingSink: adapters for a server
//   function's streamed body) are exported to JS, and an export keeps its
//   code alive. This app has no server functions: nothing constructs them.
// - wasm-opt -Oz runs twice more: one run leaves work its own passes make
//   possible (measured on the main module: 231.7 → 229.5 KB brotli for three
//   runs against one, 1.1 KB more with the exports gone).
//
// - The functions the glue hands the module are renamed `a`, `b`, … `aa`:
//   wasm-bindgen names each after its Rust item plus a 16-digit hash
//   (`__wbg_is_null_c22311b1cc228e3a`), written in the module's import
//   section and again as the glue's keys. Some 300 of them made ~10 KB of
//   names, their hashes incompressible.
//
// Checked after these steps: every export the glue calls (`wasm.name`) is
// still in the module and every function the module imports is in the
// glue, so a build never ships a pair that cannot instantiate.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';

/** The glue's classes that only a server function's stream constructs. */
export const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
/** Their exports in the module, as wasm-bindgen names them
 * (`intounderlyingsink_write`, `__wbg_intounderlyingsink_free`). */
const UNUSED_EXPORTS = '*intounderlying*';

/** wasm-opt's arguments for the main module after Trunk's -Oz. */
export const TRIM_ARGS = ['--remove-exports', `--pass-arg=remove-exports@${UNUSED_EXPORTS}`, '-Oz', '-Oz'];

/** Trims the main module in place (`extra`: e.g. `-g` to keep names). */
export function trimMainWasm(file, out = file, extra = []) {
  execFileSync('wasm-opt', [...TRIM_ARGS, ...extra, file, '-o', out], { stdio: 'inherit' });
}

/** The glue without the top-level statements that belong to `classes`:
 * each class, its `Symbol.dispose` alias and its FinalizationRegistry
 * (`<Class>Finalization`). Fails where a class is missing or is still named
 * elsewhere, e.g. by a new wasm-bindgen's glue of another shape. */
export function dropClasses(glue, classes = UNUSED_CLASSES) {
  const { body } = parse(glue, { ecmaVersion: 'latest', sourceType: 'module' });
  const names = new RegExp(`\\b(?:${classes.join('|')})(?:Finalization)?\\b`);
  const owned = (node) => {
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (declaration?.type === 'ClassDeclaration') return classes.includes(declaration.id.name);
    if (declaration?.type === 'VariableDeclaration') {
      return declaration.declarations.every((d) => d.id.type === 'Identifier' && classes.some((c) => d.id.name === `${c}Finalization`));
    }
    // `if (Symbol.dispose) Class.prototype[Symbol.dispose] = Class.prototype.free;`
    return node.type === 'IfStatement' && names.test(glue.slice(node.start, node.end));
  };
  const dropped = body.filter(owned);
  let out = glue;
  for (const node of [...dropped].reverse()) out = out.slice(0, node.start) + out.slice(node.end);
  for (const name of classes) {
    if (!dropped.some((n) => n.declaration?.type === 'ClassDeclaration' && n.declaration.id.name === name)) {
      throw new Error(`trim-main: no exported class ${name} in the glue`);
    }
  }
  const left = out.match(names);
  if (left) throw new Error(`trim-main: the glue still names ${left[0]}`);
  return out;
}

/** The main module (a file, trimmed in place) and its glue (text, returned)
 * after every step above, checked against each other. */
export function trimMain(wasmFile, glue) {
  trimMainWasm(wasmFile);
  const shortened = shortenImports(readFileSync(wasmFile), dropClasses(glue));
  checkGlueCalls(shortened.glue, shortened.wasm);
  writeFileSync(wasmFile, shortened.wasm);
  return shortened;
}

/** Throws unless every `wasm.<name>` the glue reads is an export of `wasm`
 * and every function `wasm` imports from the glue is in its import object. */
export function checkGlueCalls(glue, wasm) {
  const module = new WebAssembly.Module(wasm);
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const missing = [...new Set([...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]))].filter((n) => !exports.has(n));
  if (missing.length) throw new Error(`trim-main: the glue calls exports the module lacks: ${missing.join(', ')}`);
  const { moduleName, object } = importObject(glue);
  const given = new Set(object.properties.map(keyName));
  const absent = WebAssembly.Module.imports(module).filter((i) => i.module === moduleName && !given.has(i.name)).map((i) => i.name);
  if (absent.length) throw new Error(`trim-main: the module imports what the glue lacks: ${absent.join(', ')}`);
}

/** The module and glue with the glue's functions under short names (`a`,
 * `b`, …), and without those the module no longer imports (their code gone
 * with wasm-opt's). The other imports (the chunk loader's) keep their names. */
export function shortenImports(wasm, glue) {
  const { moduleName, object } = importObject(glue);
  const names = new Map();
  const renamed = rewriteImportNames(wasm, (module, name) => {
    if (module !== moduleName) return name;
    if (!names.has(name)) names.set(name, shortName(names.size));
    return names.get(name);
  });
  const edits = object.properties.filter((p) => p.type === 'Property' && keyName(p) !== '__proto__').map((p) => {
    const short = names.get(keyName(p));
    // A property that is not the last one takes its comma with it.
    if (short === undefined) return { start: p.start, end: glue.slice(p.end).match(/^\s*,?/)[0].length + p.end, text: '' };
    return { start: p.key.start, end: p.key.end, text: short };
  });
  let out = glue;
  for (const { start, end, text } of edits.sort((x, y) => y.start - x.start)) out = out.slice(0, start) + text + out.slice(end);
  return { wasm: renamed, glue: out };
}

const keyName = (p) => p.key?.name ?? p.key?.value;
const SHORT = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** `a` … `Z`, then `aa`, `ab`, …: never `__proto__` or another key the glue uses. */
function shortName(n) {
  let s = '';
  for (n += 1; n > 0; n = Math.floor((n - 1) / SHORT.length)) s = SHORT[(n - 1) % SHORT.length] + s;
  return s;
}

/** The glue's import object literal for the module's functions (`const
 * import0 = { __proto__: null, … }`) and the module name it is given under
 * in `__wbg_get_imports`' returned object. */
function importObject(glue) {
  const { body } = parse(glue, { ecmaVersion: 'latest', sourceType: 'module' });
  const get = body.find((n) => n.type === 'FunctionDeclaration' && n.id.name === '__wbg_get_imports');
  if (!get) throw new Error('trim-main: no __wbg_get_imports in the glue');
  const literals = new Map();
  for (const n of get.body.body) {
    if (n.type !== 'VariableDeclaration') continue;
    for (const d of n.declarations) if (d.init?.type === 'ObjectExpression') literals.set(d.id.name, d.init);
  }
  const returned = get.body.body.find((n) => n.type === 'ReturnStatement')?.argument;
  const entries = (returned?.properties ?? []).filter((p) => p.type === 'Property' && literals.has(p.value.name));
  if (entries.length !== 1) throw new Error(`trim-main: expected one import object in __wbg_get_imports, found ${entries.length}`);
  return { moduleName: keyName(entries[0]), object: literals.get(entries[0].value.name) };
}

/** `wasm` with each import's field name replaced by `rename(module, name)`. */
function rewriteImportNames(wasm, rename) {
  const bytes = Buffer.from(wasm);
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, b;
    do { b = bytes[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
    return r;
  };
  const uleb = (n) => {
    const out = [];
    do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
    return Buffer.from(out);
  };
  const str = (s) => { const b = Buffer.from(s); return Buffer.concat([uleb(b.length), b]); };
  const parts = [bytes.subarray(0, 8)];
  while (p < bytes.length) {
    const sectionStart = p;
    const id = bytes[p++];
    const size = leb();
    const end = p + size;
    if (id !== 2) { parts.push(bytes.subarray(sectionStart, end)); p = end; continue; }
    const out = [uleb(leb())];
    while (p < end) {
      const text = () => { const n = leb(); const s = bytes.subarray(p, p + n).toString(); p += n; return s; };
      const module = text();
      const name = text();
      const descStart = p;
      const kind = bytes[p++];
      const limits = () => { const flags = bytes[p++]; leb(); if (flags & 1) leb(); };
      if (kind === 0) leb(); // function: its type
      else if (kind === 1) { p++; limits(); } // table
      else if (kind === 2) limits(); // memory
      else if (kind === 3) p += 2; // global
      else if (kind === 4) { p++; leb(); } // tag
      else throw new Error(`trim-main: import kind ${kind} unknown`);
      out.push(str(module), str(kind === 0 ? rename(module, name) : name), bytes.subarray(descStart, p));
    }
    const body = Buffer.concat(out);
    parts.push(Buffer.from([2]), uleb(body.length), body);
    p = end;
  }
  return Buffer.concat(parts);
}
