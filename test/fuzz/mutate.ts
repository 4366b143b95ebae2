/**
 * Mutations for the fuzz properties: byte-level (bit flips, hostile tokens, deletions, duplications,
 * truncation) on raw bytes, and structure-level (delete, duplicate, swap, move, rename elements, replace
 * texts and attribute values) on the element tree of a well-formed seed, so that mutated documents stay
 * well-formed and reach the binding and checking code behind the XML reader.
 */
import fc from 'fast-check';
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode } from '../../src/core/xml/model.js';
import { serializeXml } from '../../src/core/xml/write.js';

/** Runs per property: `FIMKIT_FUZZ_RUNS` (nightly profile: 10,000 and more), 500 by default (CI). */
export const FUZZ_RUNS = Number(process.env.FIMKIT_FUZZ_RUNS ?? 500);

/** A timeout for one property that grows with the number of runs. */
export const fuzzTimeout = (perRunMs: number) => Math.max(120_000, FUZZ_RUNS * perRunMs);

const enc = (s: string) => new TextEncoder().encode(s);

/** Byte sequences that mean something to an XML reader. */
const TOKENS = [
  '<',
  '</',
  '>',
  '/>',
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&unknown;',
  '<!DOCTYPE r [<!ENTITY e "x">]>',
  '<!ENTITY e SYSTEM "file:///etc/passwd">',
  ']]>',
  '<![CDATA[',
  '<?xml version="1.0" encoding="UTF-16"?>',
  '<?pi x?>',
  '<!--',
  '"',
  "'",
  ' xmlns="urn:x"',
  ' xmlns:xdf="urn:other"',
  ' a="1" a="2"',
  '\u0000',
  '\uFEFF',
].map(enc);
const BYTES = [
  new Uint8Array([0xc0, 0xaf]),
  new Uint8Array([0xff]),
  new Uint8Array([0xed, 0xa0, 0x80]),
  new Uint8Array([0xf4, 0x90, 0x80, 0x80]),
  new Uint8Array([0xe2, 0x82]),
];

/** One byte-level mutation; positions are taken modulo the current length. */
export type ByteOp =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly kind: 'truncate'; readonly at: number };

const pos = fc.nat();
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: pos, bit: fc.nat({ max: 7 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: pos,
    bytes: fc.oneof(fc.constantFrom(...TOKENS, ...BYTES), fc.uint8Array({ minLength: 1, maxLength: 16 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: pos, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: pos,
    length: fc.integer({ min: 1, max: 256 }),
    to: pos,
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: pos }),
);

/** One to four byte-level mutations. */
export const byteOps = fc.array(byteOp, { minLength: 1, maxLength: 4 });

/** Applies byte mutations to a copy of `input`. */
export function mutateBytes(input: Uint8Array, ops: readonly ByteOp[]): Uint8Array {
  let b = input;
  for (const op of ops) {
    const n = Math.max(b.length, 1);
    const at = op.at % n;
    switch (op.kind) {
      case 'flip': {
        b = b.slice();
        if (b.length > 0) b[at] = b[at]! ^ (1 << op.bit);
        break;
      }
      case 'insert':
        b = concat(b.subarray(0, at), op.bytes, b.subarray(at));
        break;
      case 'delete':
        b = concat(b.subarray(0, at), b.subarray(at + op.length));
        break;
      case 'duplicate': {
        const part = b.slice(at, at + op.length);
        const to = op.to % n;
        b = concat(b.subarray(0, to), part, b.subarray(to));
        break;
      }
      case 'truncate':
        b = b.slice(0, at);
        break;
    }
  }
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** One structure-level mutation; element indexes are taken modulo the number of elements (preorder). */
export type TreeOp =
  | { readonly kind: 'delete' | 'duplicate' | 'swap'; readonly a: number }
  | { readonly kind: 'move' | 'rename'; readonly a: number; readonly b: number }
  | { readonly kind: 'text' | 'attribute' | 'addAttribute'; readonly a: number; readonly text: string };

/** Texts that stress value parsing: numbers, dates, codes, markup characters, huge and empty values. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e400',
    '99999999999999999999',
    'NaN',
    '1.0',
    '1.10',
    'true',
    '2024-13-45',
    '2024-02-30T25:61:00Z',
    'urn:xoev-de:x',
    '<script>alert(1)</script>',
    '&amp;',
    ']]>',
    '\u00e4\u00f6\u00fc\u00df\u20ac',
    '\ud83d\ude00',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
);

const treeOp: fc.Arbitrary<TreeOp> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const), a: pos }),
  fc.record({ kind: fc.constantFrom('move' as const, 'rename' as const), a: pos, b: pos }),
  fc.record({
    kind: fc.constantFrom('text' as const, 'attribute' as const, 'addAttribute' as const),
    a: pos,
    text: hostileText,
  }),
);

/** One to five structure-level mutations. */
export const treeOps = fc.array(treeOp, { minLength: 1, maxLength: 5 });

interface Slot {
  readonly element: XmlElement;
  readonly parent: XmlElement | undefined;
}

function slots(root: XmlElement): Slot[] {
  const out: Slot[] = [];
  const walk = (e: XmlElement, parent: XmlElement | undefined) => {
    out.push({ element: e, parent });
    for (const c of e.children) if (c.type === 'element') walk(c, e);
  };
  walk(root, undefined);
  return out;
}

const clone = <T>(v: T): T => structuredClone(v);

function contains(e: XmlElement, other: XmlElement): boolean {
  if (e === other) return true;
  return e.children.some((c) => c.type === 'element' && contains(c, other));
}

/** Applies structure mutations to a copy of `doc` and serialises it. */
export function mutateTree(doc: XmlDocument, ops: readonly TreeOp[]): string {
  const copy = clone(doc);
  const root = copy.root as XmlElement & { children: XmlNode[] };
  for (const op of ops) {
    const all = slots(root);
    const s = all[op.a % all.length]!;
    const e = s.element as XmlElement & { children: XmlNode[]; attributes: XmlAttribute[] };
    const siblings = s.parent?.children;
    const i = siblings?.indexOf(e) ?? -1;
    switch (op.kind) {
      case 'delete':
        if (siblings !== undefined) siblings.splice(i, 1);
        break;
      case 'duplicate':
        if (siblings !== undefined) siblings.splice(i, 0, clone(e));
        break;
      case 'swap': {
        if (siblings === undefined) break;
        const j = siblings.findIndex((c, k) => k > i && c.type === 'element');
        if (j > i) [siblings[i], siblings[j]] = [siblings[j]!, siblings[i]!];
        break;
      }
      case 'move': {
        const target = all[op.b % all.length]!.element;
        if (siblings === undefined || contains(e, target)) break;
        siblings.splice(i, 1);
        target.children.push(e);
        break;
      }
      case 'rename': {
        const other = all[op.b % all.length]!.element;
        if (siblings === undefined) break;
        siblings[i] = { ...e, name: other.name, prefix: other.prefix, local: other.local, uri: other.uri };
        break;
      }
      case 'text':
        e.children.splice(0, e.children.length, { type: 'text', value: op.text });
        break;
      case 'attribute': {
        const a = e.attributes[0];
        if (a !== undefined) e.attributes[0] = { ...a, value: op.text };
        break;
      }
      case 'addAttribute':
        e.attributes.push({ name: 'fuzz', prefix: '', local: 'fuzz', uri: '', value: op.text });
        break;
    }
  }
  return serializeXml(copy);
}
