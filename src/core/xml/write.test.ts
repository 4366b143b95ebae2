import { describe, expect, it } from 'vitest';
import { canonicalDifference } from './canonical.js';
import { parseXml, textOf } from './tree.js';
import { createXmlWriter, escapeAttribute, escapeText, serializeXml } from './write.js';

const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

describe('escaping', () => {
  it('escapes text: &, <, > and CR; keeps tabs, newlines and quotes', () => {
    expect(escapeText('plain')).toBe('plain');
    expect(escapeText('a&b<c>d\re\tf\ng"h\'')).toBe('a&amp;b&lt;c&gt;d&#13;e\tf\ng"h\'');
    // `]]>` must not appear in text; escaping `>` takes care of it
    expect(escapeText(']]>')).toBe(']]&gt;');
  });

  it('escapes attribute values for double quotes, keeping tabs, newlines and CR through references', () => {
    expect(escapeAttribute('plain value')).toBe('plain value');
    expect(escapeAttribute('"\'\t\n\r&<>')).toBe("&quot;'&#9;&#10;&#13;&amp;&lt;&gt;");
  });

  it('round-trips every escaped attribute character through the reader', () => {
    const w = createXmlWriter({ declaration: false });
    const value = 'a "quoted" \'x\'\tb\nc\r\nd & <e>';
    w.start('a', [['v', value]]);
    w.end();
    const xml = w.toString();
    expect(xml).toBe('<a v="a &quot;quoted&quot; \'x\'&#9;b&#10;c&#13;&#10;d &amp; &lt;e&gt;"/>');
    expect(parseXml(xml).value!.root.attributes[0]!.value).toBe(value);
  });

  it('round-trips text with CR, CRLF and markup characters', () => {
    const w = createXmlWriter();
    const value = 'x\r\ny\rz & <w> ]]>';
    w.leaf('a', value);
    const xml = w.toString();
    expect(xml).toBe(`${DECL}<a>x&#13;\ny&#13;z &amp; &lt;w&gt; ]]&gt;</a>`);
    expect(textOf(parseXml(xml).value!.root)).toBe(value);
  });

  it('splits CDATA sections around ]]>', () => {
    const w = createXmlWriter({ declaration: false });
    w.start('a');
    w.cdata('1]]>2]]>');
    w.end();
    const xml = w.toString();
    expect(xml).toBe('<a><![CDATA[1]]]]><![CDATA[>2]]]]><![CDATA[>]]></a>');
    const r = parseXml(xml);
    expect(r.diagnostics).toEqual([]);
    expect(textOf(r.value!.root)).toBe('1]]>2]]>');
  });

  it('breaks up -- in comments and a trailing -, so the comment stays well-formed', () => {
    const cases: [string, string][] = [
      ['a--b', '<!--a- -b-->'],
      ['---', '<!--- - - -->'],
      ['x-', '<!--x- -->'],
      ['ok', '<!--ok-->'],
    ];
    for (const [value, expected] of cases) {
      const w = createXmlWriter({ declaration: false });
      w.start('r');
      w.comment(value);
      w.end();
      const xml = w.toString();
      expect(xml).toBe(`<r>${expected}</r>`);
      expect(parseXml(xml).diagnostics, value).toEqual([]);
    }
  });
});

describe('writer structure', () => {
  it('writes compact output, self-closing empty elements, attributes in call order', () => {
    const w = createXmlWriter();
    w.start('p:a', [
      ['xmlns:p', 'urn:p'],
      ['z', '1'],
      ['a', '2'],
    ]);
    w.start('p:b');
    w.end();
    w.leaf('c', '');
    w.leaf('d', 'x');
    w.end();
    expect(w.toString()).toBe(`${DECL}<p:a xmlns:p="urn:p" z="1" a="2"><p:b/><c/><d>x</d></p:a>`);
  });

  it('indents element content but never mixed content', () => {
    const w = createXmlWriter({ indent: '  ' });
    w.start('a');
    w.leaf('b', 't');
    w.start('c');
    w.end();
    w.start('m');
    w.text('x');
    w.leaf('i', 'y');
    w.text('z');
    w.end();
    w.start('n');
    w.leaf('i', 'y');
    w.text('tail');
    w.end();
    w.end();
    expect(w.toString()).toBe(
      `${DECL}\n<a>\n  <b>t</b>\n  <c/>\n  <m>x<i>y</i>z</m>\n  <n><i>y</i>tail</n>\n</a>\n`,
    );
  });

  it('indents nested element content one step per level', () => {
    const w = createXmlWriter({ indent: '\t', declaration: false });
    w.start('a');
    w.start('b');
    w.leaf('c', '1');
    w.end();
    w.end();
    expect(w.toString()).toBe('<a>\n\t<b>\n\t\t<c>1</c>\n\t</b>\n</a>\n');
  });

  it('serialises parsed trees with mixed content unchanged when indenting', () => {
    const xml = '<a><m><i/>tail</m><n>head<i/></n><o><i/><i/></o></a>';
    const indented = serializeXml(parseXml(xml).value!, { indent: '  ' });
    expect(indented).toBe(
      `${DECL}\n<a>\n  <m><i/>tail</m>\n  <n>head<i/></n>\n  <o>\n    <i/>\n    <i/>\n  </o>\n</a>\n`,
    );
    expect(canonicalDifference(xml, indented)).toBeUndefined();
  });

  it('writes namespace declarations of parsed elements and keeps prefixes', () => {
    const xml = '<p:a xmlns:p="urn:p" xmlns="urn:d" x="1"><b p:y="2"/></p:a>';
    expect(serializeXml(parseXml(xml).value!)).toBe(`${DECL}${xml}`);
  });

  it('is deterministic: the same tree always gives the same bytes', () => {
    const xml = '<a z="1" y="2"><b>t</b><!--c--><c><![CDATA[x]]></c></a>';
    const doc = parseXml(xml).value!;
    const once = serializeXml(doc, { indent: '  ' });
    expect(serializeXml(doc, { indent: '  ' })).toBe(once);
    expect(serializeXml(parseXml(once).value!, { indent: '  ' })).toBe(once);
    expect(serializeXml(doc)).toBe(`${DECL}${xml}`);
  });

  it('throws on programmer errors', () => {
    const w = createXmlWriter();
    expect(() => w.text('x')).toThrow(Error);
    expect(() => w.end()).toThrow(Error);
    w.start('a');
    expect(() => w.toString()).toThrow(/still open/);
  });
});
