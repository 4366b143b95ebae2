/**
 * Byte-level mutations of real corpus files: whatever the bytes, the reader and the binder never throw and
 * always return a value or at least one diagnostic.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { bindDocument } from '../../src/core/binding/parse.js';
import { complexType, type MessageSpec, text } from '../../src/core/binding/spec.js';
import { parseXml } from '../../src/core/xml/tree.js';
import { type CorpusFolder, corpusDir, corpusFiles, describeShared } from '../support/shared.js';

const CAP = 50 * 1024;

/** One file of each kind: the first file of each folder, cut to the first 50 KB. */
function samples(): { name: string; bytes: Uint8Array }[] {
  const folders: CorpusFolder[] = ['xdatenfelder3', 'xdatenfelder2', 'codelists', 'xprozess'];
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const folder of folders) {
    const file = corpusFiles(folder)[0];
    if (file === undefined) continue;
    const bytes = new Uint8Array(readFileSync(file));
    out.push({ name: path.relative(corpusDir, file), bytes: bytes.subarray(0, Math.min(bytes.length, CAP)) });
  }
  return out;
}

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: position,
    // interesting bytes: markup, entity starts, UTF-8 lead/continuation bytes, controls, BOM pieces
    bytes: fc.array(
      fc.oneof(
        fc.constantFrom(0x3c, 0x3e, 0x26, 0x3b, 0x22, 0x2f, 0x21, 0x5d, 0x00, 0xc3, 0x80, 0xef, 0xff, 0xfe),
        fc.integer({ min: 0, max: 255 }),
      ),
      { minLength: 1, maxLength: 8 },
    ),
  }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
);

function mutate(input: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = input;
  for (const m of mutations) {
    const at = Math.floor(m.at * (b.length + 1));
    if (m.op === 'flip') {
      if (b.length === 0) continue;
      b = b.slice();
      const i = Math.min(at, b.length - 1);
      b[i] = b[i]! ^ (1 << m.bit);
    } else if (m.op === 'insert') {
      const next = new Uint8Array(b.length + m.bytes.length);
      next.set(b.subarray(0, at), 0);
      next.set(m.bytes, at);
      next.set(b.subarray(at), at + m.bytes.length);
      b = next;
    } else if (m.op === 'delete') {
      const end = Math.min(b.length, at + m.length);
      const next = new Uint8Array(b.length - (end - at));
      next.set(b.subarray(0, at), 0);
      next.set(b.subarray(end), at);
      b = next;
    } else {
      b = b.subarray(0, at);
    }
  }
  return b;
}

describeShared('byte mutations of corpus files', () => {
  const files = samples();

  it('has one sample of each kind', () => {
    expect(files.length).toBe(4);
  });

  for (const { name, bytes } of files) {
    // A message spec whose root matches the file, so that the binder works through the whole document
    // (nearly everything is unknown to the tiny spec and goes through the verbatim-capture path).
    const root = parseXml(bytes).value!.root;
    const message: MessageSpec = { root: root.local, type: complexType('Any', () => [text('header', 0)]) };
    const vocabulary = { namespace: root.uri, prefix: 'm', source: 'mut' };

    it(`parseXml and bindDocument survive mutations of ${name}`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          const mutated = mutate(bytes, mutations);
          const tree = parseXml(mutated);
          expect(tree.value !== undefined || tree.diagnostics.length > 0).toBe(true);
          if (tree.value === undefined)
            expect(tree.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          const bound = bindDocument(mutated, [message], vocabulary);
          expect(bound.value !== undefined || bound.diagnostics.length > 0).toBe(true);
          for (const d of [...tree.diagnostics, ...bound.diagnostics]) {
            expect(typeof d.code).toBe('string');
            if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
            if (d.column !== undefined) expect(d.column).toBeGreaterThanOrEqual(1);
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});
