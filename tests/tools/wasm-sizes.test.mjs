// bench/wasm-sizes.mjs: reading a module's code, data and names, and which
// crate a demangled name belongs to (the table `make bench` writes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crateOf, readModule } from '../../bench/wasm-sizes.mjs';

const section = (id, bytes) => [id, bytes.length, ...bytes];
const text = (s) => [s.length, ...Buffer.from(s)];

test('function sizes are matched to their names past the imported functions', () => {
  const module = Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    // An imported function takes index 0: the first body is function 1.
    ...section(2, [1, ...text('./glue.js'), ...text('__wbg_log'), 0, 0]),
    ...section(3, [2, 0, 0]),
    ...section(10, [2, 2, 0, 0x0b, 4, 0, 0x01, 0x01, 0x0b]),
    ...section(11, [1, 0, 0x41, 0, 0x0b, 3, 0x61, 0x62, 0x63]),
    ...section(0, [...text('name'), 1, 7, 2, 1, ...text('a'), 2, ...text('b')]),
  ]);
  const { functions, codeBytes, dataBytes } = readModule(module);
  assert.deepEqual(functions, [{ bytes: 2, name: 'a' }, { bytes: 4, name: 'b' }]);
  assert.equal(codeBytes, 6);
  assert.equal(dataBytes, 9);
});

test('each demangled name goes to the crate whose code it is', () => {
  assert.equal(crateOf('domain::parse::parse_feed'), 'domain');
  assert.equal(crateOf('<domain::feed::Mpp as core::clone::Clone>::clone'), 'domain');
  assert.equal(crateOf('<F as leptos_router::matching::choose_view::ChooseView>::choose::{{closure}}'), 'leptos_router');
  assert.equal(crateOf('<T as reactive_graph::traits::Read>::try_read'), 'reactive_graph');
  assert.equal(crateOf('<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_any'), 'serde_json');
  assert.equal(crateOf('<f64 as core::fmt::Display>::fmt'), 'core');
  assert.equal(crateOf('<char>::escape_debug_ext'), 'core');
  assert.equal(crateOf('func 12'), '(unnamed: made by wasm-opt)');
  assert.equal(crateOf('Closure(Closure { owned: true }) -> Externref'), '(wasm-bindgen glue and shims)');
});
