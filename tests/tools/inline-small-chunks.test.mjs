// tools/wasm-split/inline-small-chunks.mjs (node --test, binaryen's tools on
// PATH as the Makefile puts them): modules shaped like wasm-split-cli's — a
// split module and two shared chunks importing the main module's memory,
// table and stack pointer, and its loader — are folded as a release build
// folds them, and the result is instantiated here against one memory and one
// table, as the browser does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyableChunks, inlineSmallChunks, splitDependencies } from '../../tools/wasm-split/inline-small-chunks.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'inline-chunks-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const IMPORTS = `
  (import "__wasm_split" "memory" (memory $mimport$0 1))
  (import "__wasm_split" "__indirect_function_table" (table $timport$0 8 funcref))
  (import "__wasm_split" "__wasm_split_shared0" (global $__stack_pointer (mut i32)))`;
// The split point's own code: slot 0, which calls slot 1 (the shared chunk's
// function) through the table and reads the chunk's constant.
const SPLIT = `(module${IMPORTS}
  (type $t (func (result i32)))
  (data $.rodata (i32.const 64) "split")
  (func $entry (type $t) (i32.add (call_indirect (type $t) (i32.const 1)) (i32.load8_u (i32.const 32))))
  (elem $0 (i32.const 0) $entry))`;
// A small shared chunk: a function in slot 1, a constant, the linker's empty segments.
const CHUNK = `(module${IMPORTS}
  (type $t (func (result i32)))
  (data $.rodata (i32.const 32) "\\07")
  (data $.data (i32.const 96) "")
  (data $.bss (i32.const 100) "")
  (func $answer (type $t) (global.set $__stack_pointer (global.get $__stack_pointer)) (i32.const 35))
  (elem $0 (i32.const 1) $answer))`;
// A chunk with a static of its own: copying it would reset the static.
const STATEFUL = `(module${IMPORTS}
  (type $t (func (result i32)))
  (data $.data (i32.const 128) "\\01")
  (func $count (type $t) (i32.load8_u (i32.const 128)))
  (elem $0 (i32.const 2) $count))`;

const chunkLoader = (n) => `/* a, b */
const __chunk_${n} = makeLoad(() => {
    const src = fetch(new URL("./chunk_${n}.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
`;
const LOADER = `import { initSync } from "./peta-mpp.js";
${chunkLoader(1)}${chunkLoader(2)}export const __wasm_split_load_entry = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_entry.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1, __chunk_2]));
`;

function modules() {
  const dir = mkdtempSync(join(scratch, 'split-'));
  const write = (name, wat) => {
    writeFileSync(join(dir, `${name}.wat`), wat);
    execFileSync('wasm-as', ['--enable-bulk-memory', '--enable-reference-types', join(dir, `${name}.wat`), '-o', join(dir, `${name}.wasm`), '-g']);
    rmSync(join(dir, `${name}.wat`));
  };
  write('split_entry', SPLIT);
  write('chunk_1', CHUNK);
  write('chunk_2', STATEFUL);
  return dir;
}

async function instantiate(bytes, memory, table) {
  const stack = new WebAssembly.Global({ value: 'i32', mutable: true }, 1024);
  const imports = { __wasm_split: { memory, __indirect_function_table: table, __wasm_split_shared0: stack } };
  return WebAssembly.instantiate(bytes, imports);
}

test('a chunk holding only functions and constants may be copied; one with a static may not', () => {
  assert.deepEqual([...copyableChunks(modules())].sort(), ['chunk_1.wasm']);
});

test('the small copyable chunk is folded into the module using it, and its loader goes', async () => {
  const dir = modules();
  const copyable = copyableChunks(dir);
  const js = inlineSmallChunks(dir, LOADER, copyable);
  assert.deepEqual(splitDependencies(js), { entry: ['__chunk_2'] });
  assert.ok(!js.includes('chunk_1'), 'no loader names the folded chunk');
  assert.ok(js.includes('const __chunk_2 = makeLoad('), 'the other chunk keeps its loader');
  assert.ok(!existsSync(join(dir, 'chunk_1.wasm')));
  assert.ok(existsSync(join(dir, 'chunk_2.wasm')));
  // One memory, one table, one stack pointer: no multi-memory needed.
  const bytes = readFileSync(join(dir, 'split_entry.wasm'));
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
  // (wasm-opt may drop the stack pointer's import where nothing uses it.)
  const names = imports.map((i) => `${i.kind} ${i.name}`);
  assert.deepEqual(names.filter((n) => !n.startsWith('global')).sort(), ['memory memory', 'table __indirect_function_table']);
  assert.equal(new Set(names).size, names.length);
  // Instantiated alone, it fills both slots and writes both constants.
  const memory = new WebAssembly.Memory({ initial: 1 });
  const table = new WebAssembly.Table({ initial: 8, element: 'anyfunc' });
  await instantiate(bytes, memory, table);
  assert.equal(table.get(1)(), 35);
  assert.equal(table.get(0)(), 42);
  assert.equal(new TextDecoder().decode(new Uint8Array(memory.buffer, 64, 5)), 'split');
});

test('a chunk at or above the threshold stays shared', () => {
  const dir = modules();
  const js = inlineSmallChunks(dir, LOADER, copyableChunks(dir), 1);
  assert.equal(js, LOADER);
  assert.ok(existsSync(join(dir, 'chunk_1.wasm')));
});

test('a loader with no split point is refused with a message', () => {
  assert.throws(() => splitDependencies('export const x = 1;'), /no split loaders/);
});
