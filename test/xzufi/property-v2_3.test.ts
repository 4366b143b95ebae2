import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalDifference, parseXml, serializeXml, type XmlElement } from '../../src/core/xml/index.js';
import {
  build,
  parse,
  streamTransfer,
  type Xzufi23Document,
  xzufi23Objects,
} from '../../src/xzufi/v2_3/index.js';
import { Transfer } from '../../src/xzufi/v2_3/specs-leistung.js';
import { arbitraryFor } from '../support/binding-arbitrary.js';

const XZUFI23 = 'http://xoev.de/schemata/xzufi/2_3_1';
const kinds = Object.keys(xzufi23Objects) as (keyof typeof xzufi23Objects)[];

const objectDocument = (maxDepth: number) =>
  fc
    .constantFrom(...kinds)
    .chain((kind) =>
      arbitraryFor(xzufi23Objects[kind], { maxDepth }).map(
        (model) => ({ kind, root: kind, model }) as unknown as Xzufi23Document,
      ),
    );

const transferDocument = fc
  .tuple(fc.constantFrom('transfer.operation', 'xzufiObjekte'), arbitraryFor(Transfer, { maxDepth: 3 }))
  .map(([root, model]) => ({ kind: 'transfer', root, model }) as unknown as Xzufi23Document);

describe('XZuFi 2.3.1 build → parse', () => {
  test.prop([objectDocument(3)], { numRuns: 60 })('single objects survive unchanged', (doc) => {
    const r = parse(build(doc));
    expect(r.diagnostics.filter((d) => d.code !== 'xzufi/unknown-code')).toEqual([]);
    expect(r.value).toEqual(doc);
  });

  test.prop([transferDocument], { numRuns: 25 })(
    'transfer messages survive unchanged, also when streamed',
    async (doc) => {
      const xml = build(doc);
      expect(parse(xml).value).toEqual(doc);
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
      objectDocument(2),
      fc.nat(),
      fc.constantFrom(
        '<ext:zusatz xmlns:ext="urn:beispiel:ext" ext:a="1">frei &amp; <ext:b/></ext:zusatz>',
        `<xzufi:neuesElement xmlns:xzufi="${XZUFI23}"><xzufi:x>y</xzufi:x></xzufi:neuesElement>`,
      ),
    ],
    { numRuns: 60 },
  )('unknown elements are kept in place and written back there', (doc, at, extra) => {
    const tree = parseXml(build(doc)).value!;
    const root = tree.root;
    const elements = root.children.filter((c) => c.type === 'element');
    const position = at % (elements.length + 1);
    const before = elements[position];
    const index = before === undefined ? root.children.length : root.children.indexOf(before);
    (root.children as XmlElement['children']).splice(index, 0, parseXml(extra).value!.root);
    const xml = serializeXml(tree);

    const r = parse(xml);
    const unknown = (r.value!.model as { $unknownElements?: readonly { index: number }[] }).$unknownElements;
    expect(unknown?.map((u) => u.index)).toEqual([position]);
    expect(r.diagnostics.filter((d) => d.code === 'xzufi/unknown-element')).toHaveLength(1);
    expect(canonicalDifference(xml, build(r.value!))).toBeUndefined();
  });
});
