// tools/wasm-split/trim-main.mjs (node --test, binaryen's tools on PATH as
// the Makefile puts them): a module and glue shaped like wasm-bindgen
// 0.2.130's output for one of wasm-streams' classes lose that class and its
// exports, keep everything else, and a glue calling a missing export fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGlueCalls, dropClasses, shortenImports, trimMainWasm } from '../../tools/wasm-split/trim-main.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'trim-main-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const CLASSES = ['IntoUnderlyingSink'];
const CLASS = `export class IntoUnderlyingSink {
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        IntoUnderlyingSinkFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_intounderlyingsink_free(ptr, 0);
    }
    close() {
        const ptr = this.__destroy_into_raw();
        return wasm.intounderlyingsink_close(ptr);
    }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;
`;
const REST = `import * as loader from "./__wasm_split.js";
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_c22311b1cc228e3a: function(arg0) { globalThis.logged.push(arg0); },
        __wbg_unused_4f1baf9a00be3c74: function() { throw new Error('never'); },
        __wbg_twice_f249a2a76caa9a55: function(arg0) { globalThis.logged.push(2 * arg0); },
    };
    const import1 = loader;
    return { __proto__: null, "./app_bg.js": import0, "./__wasm_split.js": import1 };
}
const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));
const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(state => wasm.__wbindgen_destroy_closure(state.a, state.b));
let wasm;
export function start() { wasm.main(); }
export function instantiate(bytes) {
    return WebAssembly.instantiate(bytes, __wbg_get_imports()).then(({ instance }) => { wasm = instance.exports; });
}
`;
const GLUE = CLASS + REST;

const MODULE = `(module
  (import "./app_bg.js" "__wbg_log_c22311b1cc228e3a" (func $log (param i32)))
  (import "./__wasm_split.js" "__wbg_split_load_1" (func $load (param i32)))
  (import "./app_bg.js" "__wbg_twice_f249a2a76caa9a55" (func $twice (param i32)))
  (memory (export "memory") 1)
  (func $sink_close (export "intounderlyingsink_close") (param i32) (result i32) (local.get 0))
  (func $sink_free (export "__wbg_intounderlyingsink_free") (param i32 i32))
  (func $destroy (export "__wbindgen_destroy_closure") (param i32 i32))
  (func $main (export "main") (call $log (i32.const 7)) (call $twice (i32.const 4)))
  (func $later (export "later") (call $load (i32.const 0))))`;

function built(name, wat) {
  const file = join(scratch, name);
  writeFileSync(`${file}.wat`, wat);
  execFileSync('wasm-as', [`${file}.wat`, '-o', file]);
  return file;
}
const exportsOf = (file) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(file))).map((e) => e.name).sort();

test('the class, its dispose alias and its registry go; the rest of the glue stays as written', () => {
  const out = dropClasses(GLUE, CLASSES);
  const lines = (s) => s.split('\n').filter((l) => l.trim());
  assert.deepEqual(lines(out), lines(REST.replace(/^const IntoUnderlyingSinkFinalization[^;]*;\n/m, '')));
  assert.doesNotMatch(out, /IntoUnderlying|intounderlying/);
  assert.match(out, /CLOSURE_DTORS/);
});

test('a glue without the class, or naming it elsewhere, is refused', () => {
  assert.throws(() => dropClasses(REST, CLASSES), /no exported class IntoUnderlyingSink/);
  assert.throws(() => dropClasses(`${GLUE}\nexport function make() { return new IntoUnderlyingSink(); }\n`, CLASSES), /still names IntoUnderlyingSink/);
});

test('the trimmed module loses only the classes\' exports and still runs', async () => {
  const file = built('app.wasm', MODULE);
  const out = join(scratch, 'trimmed.wasm');
  trimMainWasm(file, out);
  assert.deepEqual(exportsOf(out), ['__wbindgen_destroy_closure', 'later', 'main', 'memory']);
  checkGlueCalls(dropClasses(GLUE, CLASSES), readFileSync(out));
});

test('glue that calls an export the module lacks fails the build', () => {
  const file = built('app2.wasm', MODULE);
  const out = join(scratch, 'trimmed2.wasm');
  trimMainWasm(file, out);
  assert.throws(() => checkGlueCalls(GLUE, readFileSync(out)), /lacks: __wbg_intounderlyingsink_free, intounderlyingsink_close/);
});

test("the glue's functions get short names in module and glue alike; the loader's keep theirs; the pair still runs", async () => {
  const out = join(scratch, 'short.wasm');
  trimMainWasm(built('app3.wasm', MODULE), out);
  const { wasm, glue } = shortenImports(readFileSync(out), dropClasses(GLUE, CLASSES));
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module} ${i.name}`);
  assert.deepEqual(imports, ['./app_bg.js a', './__wasm_split.js __wbg_split_load_1', './app_bg.js b']);
  assert.match(glue, /__proto__: null,\s*a: function\(arg0\) \{ globalThis\.logged\.push\(arg0\); \},\s*b: function/);
  assert.doesNotMatch(glue, /__wbg_unused|__wbg_log|__wbg_twice/);
  checkGlueCalls(glue, wasm);
  // The glue as a module of its own, with a stand-in loader beside it.
  const dir = mkdtempSync(join(scratch, 'glue-'));
  writeFileSync(join(dir, '__wasm_split.js'), 'export function __wbg_split_load_1() {}\n');
  writeFileSync(join(dir, 'glue.mjs'), glue);
  const module = await import(join(dir, 'glue.mjs'));
  globalThis.logged = [];
  await module.instantiate(wasm);
  module.start();
  assert.deepEqual(globalThis.logged, [7, 8]);
});

test('a module importing a function the glue does not give fails the check', () => {
  const out = join(scratch, 'short2.wasm');
  trimMainWasm(built('app4.wasm', MODULE), out);
  const glue = dropClasses(GLUE, CLASSES).replace(/__wbg_twice_\w+: function/, '__wbg_thrice_f249a2a76caa9a55: function');
  assert.throws(() => checkGlueCalls(glue, readFileSync(out)), /imports what the glue lacks: __wbg_twice_f249a2a76caa9a55/);
});
