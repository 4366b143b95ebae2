import { describe, expect, it } from 'vitest';
import { canonicalDifference } from '../xml/canonical.js';
import { buildDocument } from './build.js';
import { bindDocument } from './parse.js';
import {
  codeType,
  complexType,
  type MessageSpec,
  many,
  one,
  type TypeSpec,
  text,
  texts,
  type Vocabulary,
} from './spec.js';
import { zodFor } from './zod.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const Art = codeType('Code.Art');
const Item: TypeSpec = complexType('Item', () => [text('id'), text('name', 0), many('sub', Item)], {
  attributes: [{ name: 'kind', required: true }, { name: 'opt' }],
});
const Wahl = complexType('Wahl', () => [text('a'), text('b'), many('c', Art)], {
  choice: true,
  attributes: [{ name: 'typ' }],
});
const Root = complexType(
  'Root',
  () => [text('kopf'), one('art', Art, 0), one('wahl', Wahl, 0), many('item', Item), texts('note')],
  { attributes: [{ name: 'version' }] },
);
const message: MessageSpec = { root: 'nachricht', type: Root };
const vocab: Vocabulary = { namespace: 'urn:test', prefix: 't', source: 'tst' };
const open = '<t:nachricht xmlns:t="urn:test">';

type Model = Record<string, unknown> & { item: Record<string, unknown>[] };
const bind = (xml: string) => bindDocument<Model>(xml, [message], vocab);
const codes = (ds: readonly { code: string }[]) => ds.map((d) => d.code);

describe('bindDocument: the attribute limit', () => {
  // The limit counts attributes, not namespace declarations (defaultXmlLimits), also where the binder
  // skips counting because the start tag as written is within the limit.
  const doc = (attrs: string) =>
    `<t:nachricht xmlns:t="urn:test" xmlns:u="urn:u" xmlns:v="urn:v" ${attrs}><t:kopf>K</t:kopf></t:nachricht>`;
  const limited = (xml: string) => bindDocument(xml, [message], vocab, { maxAttributes: 1 });

  it('does not count three namespace declarations next to one attribute against a limit of 1', () => {
    const r = limited(doc('version="1"'));
    expect(codes(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ version: '1', kopf: 'K' });
  });

  it('stops at two attributes with a limit of 1, at the start tag', () => {
    const r = limited(
      doc('version="1" xsi:nil="false" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'),
    );
    expect(codes(r.diagnostics)).toContain('xml/attribute-limit');
    expect(r.diagnostics.find((d) => d.code === 'xml/attribute-limit')).toMatchObject({ line: 1, column: 1 });
  });
});

describe('bindDocument', () => {
  const xml = [
    `<t:nachricht xmlns:t="urn:test" xmlns:xsi="${XSI}" xsi:schemaLocation="urn:test test.xsd" version="1">`,
    '  <t:kopf>K</t:kopf>',
    '  <t:art listURI="urn:l" listVersionID="1"><code>X</code></t:art>',
    '  <t:item kind="k"><t:id>1</t:id></t:item>',
    '  <t:item kind="l" opt="o"><t:id>2</t:id><t:sub kind="m"><t:id>3</t:id></t:sub></t:item>',
    '</t:nachricht>',
  ].join('\n');

  it('binds attributes, simple and complex elements, code types and repeated elements', () => {
    const r = bind(xml);
    expect(r.diagnostics).toEqual([]);
    expect(r.message).toBe(message);
    expect(r.encoding).toBe('utf-16');
    expect(r.value).toEqual({
      version: '1',
      kopf: 'K',
      art: { listURI: 'urn:l', listVersionID: '1', code: 'X' },
      item: [
        { kind: 'k', id: '1', sub: [] },
        { kind: 'l', opt: 'o', id: '2', sub: [{ kind: 'm', id: '3', sub: [] }] },
      ],
      note: [],
      $unknownAttributes: [{ name: 'xsi:schemaLocation', uri: XSI, value: 'urn:test test.xsd' }],
    });
  });

  it('records positions of objects and of simple child elements', () => {
    const { value, sourceMap } = bind(xml);
    expect(sourceMap.positionOf(value!)).toEqual({ line: 1, column: 1 });
    expect(sourceMap.positionOf(value!, 'kopf')).toEqual({ line: 2, column: 3 });
    expect(sourceMap.positionOf(value!, 'item', 1)).toEqual({ line: 5, column: 3 });
    const second = value!.item[1]!;
    expect(sourceMap.positionOf(second, 'id')).toEqual({ line: 5, column: 28 });
    expect(sourceMap.pathOf(second)).toBe('/nachricht/item');
  });

  it('builds the same document back, with xsi:schemaLocation and its namespace declaration', () => {
    const { value } = bind(xml);
    const built = buildDocument(value, message, vocab, { indent: '  ' });
    expect(built).toContain(`xmlns:xsi="${XSI}" xsi:schemaLocation="urn:test test.xsd"`);
    expect(canonicalDifference(xml, built)).toBeUndefined();
  });

  it('keeps unknown elements and attributes, and writes them back where they were', () => {
    const src = [
      open,
      '<t:kopf>K</t:kopf>',
      '<x:ext xmlns:x="urn:x" a="1"><x:in>v</x:in></x:ext>',
      '<t:item kind="k" extra="e"><t:id>1</t:id><t:foo>f</t:foo><t:name>n</t:name></t:item>',
      '<t:note>n</t:note>',
      '<y/>',
      '</t:nachricht>',
    ].join('\n');
    const r = bind(src);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['warning', 'tst/unknown-element', 3],
      ['warning', 'tst/unknown-attribute', 4],
      ['warning', 'tst/unknown-element', 4],
      ['warning', 'tst/unknown-element', 6],
    ]);
    const value = r.value!;
    expect(value.$unknownElements).toEqual([
      { index: 1, xml: '<x:ext xmlns:t="urn:test" xmlns:x="urn:x" a="1"><x:in>v</x:in></x:ext>' },
      { index: 4, xml: '<y xmlns:t="urn:test"/>' },
    ]);
    expect(value.item[0]).toMatchObject({
      kind: 'k',
      id: '1',
      name: 'n',
      $unknownAttributes: [{ name: 'extra', uri: '', value: 'e' }],
      $unknownElements: [{ index: 1 }],
    });
    const built = buildDocument(value, message, vocab);
    expect(canonicalDifference(src, built)).toBeUndefined();
  });

  it('reports missing required elements and attributes at the element that lacks them', () => {
    const r = bind(`${open}\n  <t:item><t:name>n</t:name></t:item>\n</t:nachricht>`);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.line, d.column])).toEqual([
      ['tst/missing-attribute', '/nachricht/item', 2, 3],
      ['tst/missing-element', '/nachricht/item', 2, 3],
      ['tst/missing-element', '/nachricht', 1, 1],
    ]);
    expect(r.diagnostics.every((d) => d.severity === 'error' && d.source === 'tst')).toBe(true);
    expect(r.diagnostics[1]!.message).toContain('id');
    expect(r.diagnostics[2]!.message).toContain('kopf');
  });

  it('reports elements out of XSD order but keeps them', () => {
    const r = bind(`${open}\n<t:item kind="k"><t:id>1</t:id></t:item>\n<t:kopf>K</t:kopf></t:nachricht>`);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['tst/element-order', 3, 1]]);
    expect(r.value).toMatchObject({ kopf: 'K', item: [{ id: '1' }] });
  });

  it('allows repetitions of an unbounded element in a row', () => {
    const r = bind(`${open}<t:kopf>K</t:kopf><t:note>1</t:note><t:note>2</t:note></t:nachricht>`);
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.note).toEqual(['1', '2']);
  });

  it('reports a duplicate single element, keeps the first and the repetition verbatim', () => {
    const src = `${open}<t:kopf>A</t:kopf><t:kopf>B</t:kopf></t:nachricht>`;
    const r = bind(src);
    expect(codes(r.diagnostics)).toEqual(['tst/duplicate-element']);
    expect(r.value?.kopf).toBe('A');
    expect(r.value?.$unknownElements).toEqual([{ index: 1, xml: '<t:kopf xmlns:t="urn:test">B</t:kopf>' }]);
    expect(canonicalDifference(src, buildDocument(r.value, message, vocab))).toBeUndefined();
  });

  it('binds a choice; a second alternative and an empty choice are errors; attributes do not count', () => {
    const ok = bind(`${open}<t:kopf>K</t:kopf><t:wahl typ="x"><t:b>2</t:b></t:wahl></t:nachricht>`);
    expect(ok.diagnostics).toEqual([]);
    expect(ok.value?.wahl).toEqual({ typ: 'x', b: '2', c: [] });
    const repeated = bind(
      `${open}<t:kopf>K</t:kopf><t:wahl><t:c><code>1</code></t:c><t:c><code>2</code></t:c></t:wahl></t:nachricht>`,
    );
    expect(repeated.diagnostics).toEqual([]);
    const two = bind(`${open}<t:kopf>K</t:kopf><t:wahl><t:a>1</t:a><t:b>2</t:b></t:wahl></t:nachricht>`);
    expect(codes(two.diagnostics)).toEqual(['tst/choice']);
    const none = bind(`${open}<t:kopf>K</t:kopf><t:wahl/></t:nachricht>`);
    expect(codes(none.diagnostics)).toEqual(['tst/missing-element']);
    expect(none.diagnostics[0]!.message).toContain('a, b, c');
  });

  it('reports text in element content and attributes on simple elements', () => {
    const r = bind(`${open}stray<t:kopf a="1">K</t:kopf></t:nachricht>`);
    expect(codes(r.diagnostics)).toEqual(['tst/unexpected-text', 'tst/unexpected-attribute']);
    expect(r.value?.kopf).toBe('K');
  });

  it('reports an element inside a simple element and drops it', () => {
    const r = bind(`${open}<t:kopf>K<t:x/></t:kopf></t:nachricht>`);
    expect(codes(r.diagnostics)).toEqual(['tst/unexpected-element']);
    expect(r.value?.kopf).toBe('K');
  });

  it('refuses a root that is not a message of the vocabulary', () => {
    for (const src of ['<other xmlns="urn:test"/>', '<t:nachricht xmlns:t="urn:wrong"/>']) {
      const r = bind(src);
      expect(r.value).toBeUndefined();
      expect(codes(r.diagnostics)).toEqual(['tst/unknown-message']);
      expect(r.message).toBeUndefined();
    }
  });

  it('puts XML diagnostics first and still binds what it could read', () => {
    const r = bind(`${open}<t:kopf>K</t:kopf>`);
    expect(r.diagnostics[0]!.code).toBe('xml/malformed');
    expect(r.diagnostics.every((d) => d.code.startsWith('xml/'))).toBe(true);
  });
});

describe('zodFor', () => {
  const valid = {
    kopf: 'K',
    item: [{ kind: 'k', id: '1', sub: [] }],
    note: [],
  };

  it('accepts what the binder produces', () => {
    const { value } = bind(
      `${open}<t:kopf>K</t:kopf><t:wahl><t:c><code>1</code></t:c></t:wahl><t:item kind="k" x="1"><t:id>1</t:id><y/></t:item></t:nachricht>`,
    );
    const r = zodFor(Root).safeParse(value);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
  });

  it('is strict about unknown keys, at every level', () => {
    const r = zodFor(Root).safeParse({ ...valid, bogus: 1, item: [{ ...valid.item[0], extra: 'x' }] });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => ({ code: i.code, path: i.path }));
    expect(issues).toContainEqual({ code: 'unrecognized_keys', path: [] });
    expect(issues).toContainEqual({ code: 'unrecognized_keys', path: ['item', 0] });
  });

  it('reports missing required members and wrong types with their paths', () => {
    const r = zodFor(Root).safeParse({ item: [{ id: 1, sub: [] }], note: 'x' });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['kopf', 'item.0.kind', 'item.0.id', 'note']));
  });

  it('requires exactly one alternative of a choice', () => {
    const wahl = zodFor(Wahl);
    expect(wahl.safeParse({ a: '1', c: [] }).success).toBe(true);
    expect(wahl.safeParse({ a: '1', b: '2' }).success).toBe(false);
    expect(wahl.safeParse({ c: [] }).success).toBe(false);
  });

  it('validates the kept unknown members', () => {
    expect(zodFor(Root).safeParse({ ...valid, $unknownElements: [{ index: -1, xml: '<a/>' }] }).success).toBe(
      false,
    );
    expect(
      zodFor(Root).safeParse({ ...valid, $unknownAttributes: [{ name: 'a', value: '1' }] }).success,
    ).toBe(false);
  });
});
