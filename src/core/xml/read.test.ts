import { describe, expect, it } from 'vitest';
import type { XmlElement } from './model.js';
import { readXml } from './read.js';
import { attributeOf, elementsOf, parseXml, textOf } from './tree.js';

/** Parses and fails the test when there is no value. */
function doc(xml: string | Uint8Array) {
  const r = parseXml(xml);
  if (r.value === undefined) throw new Error(`no document: ${JSON.stringify(r.diagnostics)}`);
  return r;
}

/** Every element in document order with its position. */
function positions(root: XmlElement): [string, number, number][] {
  const out: [string, number, number][] = [];
  const walk = (el: XmlElement) => {
    out.push([el.name, el.line, el.column]);
    for (const c of elementsOf(el)) walk(c);
  };
  walk(root);
  return out;
}

const codes = (ds: readonly { code: string }[]) => ds.map((d) => d.code);

describe('readXml / parseXml: positions', () => {
  it('points at the < of every start tag, 1-based, across lines', () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<root xmlns="urn:a">',
      '  <child a="1"/>',
      '  <p:x xmlns:p="urn:p"',
      '      y="2"><p:y/></p:x></root>',
    ].join('\n');
    const { value, diagnostics } = doc(xml);
    expect(diagnostics).toEqual([]);
    expect(positions(value!.root)).toEqual([
      ['root', 2, 1],
      ['child', 3, 3],
      ['p:x', 4, 3],
      // six spaces and `y="2">` precede it on line 5
      ['p:y', 5, 13],
    ]);
  });

  it('locates a start tag whose name is followed by a line break (LF, CRLF, CR)', () => {
    expect(positions(doc('<r>\n    <a\n  b="1"/>\n</r>').value!.root)).toEqual([
      ['r', 1, 1],
      ['a', 2, 5],
    ]);
    expect(positions(doc('<r>\r\n  <a\r\n b="1"/></r>').value!.root)).toEqual([
      ['r', 1, 1],
      ['a', 2, 3],
    ]);
    expect(positions(doc('<r>\r  <a\r/></r>').value!.root)).toEqual([
      ['r', 1, 1],
      ['a', 2, 3],
    ]);
  });

  it('counts columns in UTF-16 code units, as documented', () => {
    // `<a>` is 3 units, U+1F600 is 2 units, so `<b` starts at unit index 5, column 6.
    expect(positions(doc('<a>\u{1F600}<b/></a>').value!.root)).toEqual([
      ['a', 1, 1],
      ['b', 1, 6],
    ]);
  });

  it('does not count a UTF-8 BOM or a UTF-16 BOM as a column', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>\n <b/></a>')]);
    expect(positions(doc(bytes).value!.root)).toEqual([
      ['a', 1, 1],
      ['b', 2, 2],
    ]);
    expect(positions(doc('\uFEFF<a><b/></a>').value!.root)).toEqual([
      ['a', 1, 1],
      ['b', 1, 4],
    ]);
  });

  it('passes depth 1 for the root to the streaming callbacks and closes in reverse order', () => {
    const events: string[] = [];
    readXml('<a><b/><c>t</c></a>', {
      openElement: (el, depth) => events.push(`+${el.name}${depth}`),
      closeElement: (el, depth) => events.push(`-${el.name}${depth}`),
      text: (v, cdata) => events.push(`t:${v}:${cdata}`),
    });
    expect(events).toEqual(['+a1', '+b2', '-b2', '+c2', 't:t:false', '-c2', '-a1']);
  });
});

describe('readXml / parseXml: namespaces and attributes', () => {
  it('resolves element and attribute namespaces and keeps declarations apart from attributes', () => {
    const { value } = doc(
      '<r xmlns="urn:d" xmlns:p="urn:p" v="1"><p:e p:at="1" at="2"/><e/><n xmlns=""/></r>',
    );
    const root = value!.root;
    expect(root).toMatchObject({ name: 'r', prefix: '', local: 'r', uri: 'urn:d' });
    expect(root.namespaces).toEqual({ '': 'urn:d', p: 'urn:p' });
    expect(root.attributes).toEqual([{ name: 'v', prefix: '', local: 'v', uri: '', value: '1' }]);
    const [pe, e, n] = elementsOf(root);
    expect(pe).toMatchObject({ name: 'p:e', prefix: 'p', local: 'e', uri: 'urn:p', namespaces: {} });
    // The default namespace does not apply to unprefixed attributes.
    expect(pe!.attributes).toEqual([
      { name: 'p:at', prefix: 'p', local: 'at', uri: 'urn:p', value: '1' },
      { name: 'at', prefix: '', local: 'at', uri: '', value: '2' },
    ]);
    expect(attributeOf(pe!, 'at', 'urn:p')).toBe('1');
    expect(attributeOf(pe!, 'at')).toBe('2');
    expect(e!.uri).toBe('urn:d');
    expect(n).toMatchObject({ uri: '', namespaces: { '': '' } });
  });

  it('reports an unbound prefix as xml/malformed', () => {
    const r = parseXml('<p:a/>');
    expect(codes(r.diagnostics)).toContain('xml/malformed');
  });

  it('expands references in attribute values and normalises literal whitespace', () => {
    const root = doc('<a x="&lt;&amp;&#x41;&#65;&quot;&apos;" y="1\n2\t3" z="&#10;&#9;&#13;"/>').value!.root;
    expect(attributeOf(root, 'x')).toBe('<&AA"\'');
    expect(attributeOf(root, 'y')).toBe('1 2 3');
    expect(attributeOf(root, 'z')).toBe('\n\t\r');
  });

  it('keeps attributes in source order', () => {
    const root = doc('<a z="1" a="2" m="3"/>').value!.root;
    expect(root.attributes.map((a) => a.name)).toEqual(['z', 'a', 'm']);
  });

  it('reports a duplicate attribute, also when only the namespace makes it one', () => {
    expect(codes(parseXml('<a x="1" x="2"/>').diagnostics)).toContain('xml/malformed');
    expect(codes(parseXml('<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>').diagnostics)).toContain(
      'xml/malformed',
    );
  });
});

describe('readXml / parseXml: character data', () => {
  it('keeps CDATA sections as marked text nodes, unexpanded', () => {
    const root = doc('<a>x<![CDATA[<y>&amp;]]>z</a>').value!.root;
    expect(root.children).toEqual([
      { type: 'text', value: 'x' },
      { type: 'text', value: '<y>&amp;', cdata: true },
      { type: 'text', value: 'z' },
    ]);
    expect(textOf(root)).toBe('x<y>&amp;z');
  });

  it('expands the predefined entities and character references, including astral ones', () => {
    const root = doc('<a>&lt;&gt;&amp;&quot;&apos;&#x20AC;&#8364;&#x1F600;</a>').value!.root;
    expect(textOf(root)).toBe('<>&"\'€€\u{1F600}');
  });

  it('reports an undefined entity and does not expand it', () => {
    const r = parseXml('<a>&nbsp;</a>');
    expect(codes(r.diagnostics)).toContain('xml/malformed');
  });

  it('normalises CRLF and CR line ends in text to LF', () => {
    expect(textOf(doc('<a>1\r\n2\r3</a>').value!.root)).toBe('1\n2\n3');
  });

  it('places comments and processing instructions in the prolog, the element or the epilog', () => {
    const { value } = doc(
      '<?xml version="1.0" encoding="UTF-8"?><!--c1--><?pi body?><r><!--in--><?p2 b?></r><!--c2--><?pi3?>',
    );
    expect(value!.declaration).toEqual({ version: '1.0', encoding: 'UTF-8' });
    expect(value!.prolog).toEqual([
      { type: 'comment', value: 'c1' },
      { type: 'pi', target: 'pi', body: 'body' },
    ]);
    expect(value!.root.children).toEqual([
      { type: 'comment', value: 'in' },
      { type: 'pi', target: 'p2', body: 'b' },
    ]);
    expect(value!.epilog).toEqual([
      { type: 'comment', value: 'c2' },
      { type: 'pi', target: 'pi3', body: '' },
    ]);
  });
});

describe('readXml / parseXml: problems', () => {
  it('reports a mismatched end tag with its line and still returns the root', () => {
    const r = parseXml('<a>\n<b>\n</a>');
    expect(r.value?.root.name).toBe('a');
    const d = r.diagnostics.find((x) => x.code === 'xml/malformed');
    expect(d).toMatchObject({ severity: 'error', line: 3, source: 'xml' });
  });

  it('reports an unclosed root', () => {
    const r = parseXml('<a><b>x</b>');
    expect(r.value?.root.name).toBe('a');
    expect(codes(r.diagnostics)).toContain('xml/malformed');
  });

  it('reports an empty document as xml/empty and a document without root as an error', () => {
    expect(codes(parseXml('  \n').diagnostics)).toEqual(['xml/empty']);
    expect(parseXml('').value).toBeUndefined();
    const noRoot = parseXml('<!--only a comment-->');
    expect(noRoot.value).toBeUndefined();
    expect(noRoot.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('refuses a DOCTYPE', () => {
    const r = readXml('<!DOCTYPE a><a/>', {});
    expect(codes(r.diagnostics)).toEqual(['xml/doctype-forbidden']);
    expect(r.aborted).toBe(true);
  });

  it('stops at the depth limit and points at the offending start tag', () => {
    const r = readXml('<a><b><c>\n  <d/></c></b></a>', {}, { maxDepth: 3 });
    expect(r.aborted).toBe(true);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'xml/depth-limit', path: '/a/b/c', line: 2, column: 3 }),
    ]);
  });

  it('stops at the attribute limit, the text limit and the error limit', () => {
    const attrs = readXml('<a><b x="1" y="2" z="3"/></a>', {}, { maxAttributes: 2 });
    expect(attrs.diagnostics).toEqual([
      expect.objectContaining({ code: 'xml/attribute-limit', line: 1, column: 4 }),
    ]);
    expect(codes(readXml('<a>abcdef</a>', {}, { maxTextLength: 5 }).diagnostics)).toEqual(['xml/text-limit']);
    expect(codes(readXml('<a>abcde</a>', {}, { maxTextLength: 5 }).diagnostics)).toEqual([]);
    expect(codes(readXml('<a><![CDATA[abcdef]]></a>', {}, { maxTextLength: 5 }).diagnostics)).toEqual([
      'xml/text-limit',
    ]);
    const many = readXml('<a>&x;&x;&x;&x;</a>', {}, { maxErrors: 2 });
    expect(codes(many.diagnostics)).toEqual(['xml/malformed', 'xml/malformed', 'xml/too-many-errors']);
    expect(many.aborted).toBe(true);
  });
});
