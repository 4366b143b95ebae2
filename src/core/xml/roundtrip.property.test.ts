import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDifference } from './canonical.js';
import type { XmlElement } from './model.js';
import { parseXml } from './tree.js';
import { createXmlWriter, serializeXml, type XmlWriter } from './write.js';

/** A generated tree: what the writer is told to write. */
type Leaf = { kind: 'text' | 'cdata' | 'comment'; value: string };
type Tree = { name: string; attrs: [string, string][]; children: (Tree | Leaf)[] };

const NAMES = ['a', 'b', 'c', 'p:d', 'e.f', 'g-h', '_i', 'ä', 'Ω'];
const ATTRS = ['x', 'y', 'z', 'p:w', 'q-r', 'ü'];

/** True for code points the XML 1.0 Char production allows. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const special = fc.constantFrom('&', '<', '>', '"', "'", '\r', '\n', '\t', '\r\n', ' ', ']]>', '--', '&amp;');
const anyChar = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter(isXmlChar)
  .map((cp) => String.fromCodePoint(cp));
const xmlText = fc.string({
  unit: fc.oneof({ weight: 1, arbitrary: special }, { weight: 3, arbitrary: anyChar }),
  maxLength: 12,
});
// Comments lose CR (it is read back as LF) and are ignored by the comparison anyway.
const commentText = xmlText.map((s) => s.replace(/\r/g, ''));

const leaf: fc.Arbitrary<Leaf> = fc.oneof(
  { weight: 4, arbitrary: xmlText.map((value) => ({ kind: 'text' as const, value })) },
  { weight: 1, arbitrary: xmlText.map((value) => ({ kind: 'cdata' as const, value })) },
  { weight: 1, arbitrary: commentText.map((value) => ({ kind: 'comment' as const, value })) },
);

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    name: fc.constantFrom(...NAMES),
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRS), xmlText), {
      selector: (a) => a[0],
      maxLength: 4,
    }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, leaf, tie('tree')), { maxLength: 5 }),
  }),
}));

function write(w: XmlWriter, t: Tree, root: boolean): void {
  w.start(t.name, root ? [['xmlns:p', 'urn:p'], ...t.attrs] : t.attrs);
  for (const c of t.children) {
    if ('name' in c) write(w, c, false);
    else if (c.kind === 'text') w.text(c.value);
    else if (c.kind === 'cdata') w.cdata(c.value);
    else w.comment(c.value);
  }
  w.end();
}

function toXml(t: Tree, indent?: string): string {
  const w = createXmlWriter(indent === undefined ? {} : { indent });
  write(w, t, true);
  return w.toString();
}

/** The comparable shape: names, attributes in order, adjacent character data merged, comments dropped. */
type Norm = { name: string; attrs: [string, string][]; children: (Norm | string)[] };

function merge<T>(items: readonly T[], text: (x: T) => string | undefined, el: (x: T) => Norm | undefined) {
  const out: (Norm | string)[] = [];
  for (const x of items) {
    const s = text(x);
    const e = el(x);
    if (s !== undefined) {
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + s;
      else out.push(s);
    } else if (e !== undefined) out.push(e);
  }
  return out.filter((x) => x !== '');
}

function normTree(t: Tree): Norm {
  return {
    name: t.name,
    attrs: t.attrs,
    children: merge(
      t.children,
      (c) => ('name' in c || c.kind === 'comment' ? undefined : c.value),
      (c) => ('name' in c ? normTree(c) : undefined),
    ),
  };
}

function normParsed(el: XmlElement): Norm {
  return {
    name: el.name,
    attrs: el.attributes.map((a) => [a.name, a.value]),
    children: merge(
      el.children,
      (c) => (c.type === 'text' ? c.value : undefined),
      (c) => (c.type === 'element' ? normParsed(c) : undefined),
    ),
  };
}

describe('writer -> reader round trip (property)', () => {
  it('reads back exactly the tree that was written', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const xml = toXml(t);
        const r = parseXml(xml);
        expect(r.diagnostics).toEqual([]);
        expect(normParsed(r.value!.root)).toEqual(normTree(t));
      }),
      { numRuns: 300 },
    );
  });

  it('indentation changes nothing canonical', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('  ', '\t', ''), (t, indent) => {
        const compact = toXml(t);
        const indented = toXml(t, indent);
        expect(parseXml(indented).diagnostics).toEqual([]);
        expect(canonicalDifference(compact, indented)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('serialising a parsed tree is a fixed point after one round', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const compact = toXml(t);
        const once = serializeXml(parseXml(compact).value!);
        expect(canonicalDifference(compact, once)).toBeUndefined();
        expect(serializeXml(parseXml(once).value!)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});
