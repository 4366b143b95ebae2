import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalDifference, parseXml, serializeXml, type XmlElement } from '../../src/core/xml/index.js';
import { build, parse, streamTransfer, type Xzufi22Document } from '../../src/xzufi/v2_2/index.js';
import { xzufi22Objects } from '../../src/xzufi/v2_2/messages.js';
import { Transfer } from '../../src/xzufi/v2_2/specs-objekte.js';
import { arbitraryFor } from '../support/binding-arbitrary.js';

const XZUFI22 = 'http://xoev.de/schemata/xzufi/2_2_0';

const kinds = Object.keys(xzufi22Objects) as (keyof typeof xzufi22Objects)[];

/** An arbitrary single-object document of any kind. */
const objectDocument = fc
  .constantFrom(...kinds)
  .chain((kind) =>
    arbitraryFor(xzufi22Objects[kind], { maxDepth: 3 }).map(
      (model) => ({ kind, root: kind, model }) as unknown as Xzufi22Document,
    ),
  );

/** An arbitrary transfer message under an arbitrary root name. */
const transferDocument = fc
  .tuple(fc.constantFrom('transfer.operation', 'xzufiObjekte'), arbitraryFor(Transfer, { maxDepth: 3 }))
  .map(([root, model]) => ({ kind: 'transfer', root, model }) as unknown as Xzufi22Document);

describe('XZuFi 2.2 build → parse', () => {
  test.prop([objectDocument], { numRuns: 60 })('single objects survive unchanged', (doc) => {
    const r = parse(build(doc));
    expect(r.diagnostics.filter((d) => d.code !== 'xzufi/unknown-code')).toEqual([]);
    expect(r.value).toEqual(doc);
  });

  test.prop([transferDocument], { numRuns: 25 })(
    'transfer messages survive unchanged, also when streamed',
    async (doc) => {
      const xml = build(doc);
      const r = parse(xml);
      expect(r.value).toEqual(doc);
      const streamed: unknown[] = [];
      for await (const item of streamTransfer([xml])) {
        if (item.type === 'schreibe' || item.type === 'loesche') streamed.push(item.value);
      }
      const model = doc.model as { schreibe: unknown[]; loesche: unknown[] };
      expect(streamed).toEqual([...model.schreibe, ...model.loesche]);
    },
  );

  test.prop(
    [
      fc
        .constantFrom(...kinds)
        .chain((kind) =>
          arbitraryFor(xzufi22Objects[kind], { maxDepth: 2 }).map(
            (model) => ({ kind, root: kind, model }) as unknown as Xzufi22Document,
          ),
        ),
      fc.nat(),
      fc.constantFrom(
        '<ext:zusatz xmlns:ext="urn:beispiel:ext" ext:a="1">frei &amp; <ext:b/></ext:zusatz>',
        `<xzufi:neuesElement xmlns:xzufi="${XZUFI22}"><xzufi:x>y</xzufi:x></xzufi:neuesElement>`,
      ),
    ],
    { numRuns: 60 },
  )('unknown elements are kept in place and written back there', (doc, at, extra) => {
    const tree = parseXml(build(doc)).value!;
    const root = tree.root;
    const elements = root.children.filter((c) => c.type === 'element');
    const position = at % (elements.length + 1);
    const inserted = parseXml(extra).value!.root;
    const before = elements[position];
    const index = before === undefined ? root.children.length : root.children.indexOf(before);
    (root.children as XmlElement['children']).splice(index, 0, inserted);
    const xml = serializeXml(tree);

    const r = parse(xml);
    const unknown = (r.value!.model as { $unknownElements?: readonly { index: number }[] }).$unknownElements;
    expect(unknown?.map((u) => u.index)).toEqual([position]);
    expect(r.diagnostics.filter((d) => d.code === 'xzufi/unknown-element')).toHaveLength(1);
    expect(canonicalDifference(xml, build(r.value!))).toBeUndefined();
  });
});
