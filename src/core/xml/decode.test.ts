import { describe, expect, it } from 'vitest';
import { decodeXml } from './decode.js';
import { parseXml, textOf } from './tree.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe('decodeXml', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeXml(utf8('<a>äöü€\u{1F600}</a>'))).toEqual({
      text: '<a>äöü€\u{1F600}</a>',
      encoding: 'utf-8',
      diagnostics: [],
    });
  });

  it('drops a UTF-8 BOM', () => {
    const r = decodeXml(concat([0xef, 0xbb, 0xbf], '<?xml version="1.0" encoding="UTF-8"?><a>ä</a>'));
    expect(r.text).toBe('<?xml version="1.0" encoding="UTF-8"?><a>ä</a>');
    expect(r.encoding).toBe('utf-8');
    expect(r.diagnostics).toEqual([]);
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const s = '<?xml version="1.0" encoding="UTF-16"?><a>ä€\u{1F600}</a>';
    const le = Buffer.from(`\uFEFF${s}`, 'utf16le');
    expect(le[0]).toBe(0xff);
    expect(decodeXml(le)).toEqual({ text: s, encoding: 'utf-16le', diagnostics: [] });
    const be = utf16be(`\uFEFF${s}`);
    expect(be[0]).toBe(0xfe);
    expect(decodeXml(be)).toEqual({ text: s, encoding: 'utf-16be', diagnostics: [] });
    // and the reader goes on from there
    expect(textOf(parseXml(be).value!.root)).toBe('ä€\u{1F600}');
  });

  it('reads ISO-8859-1 as true Latin-1 (0x80 is U+0080, not the euro sign)', () => {
    const bytes = concat(
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>',
      [0xe4, 0xf6, 0xfc, 0xdf, 0xc4, 0x80, 0xff],
      '</a>',
    );
    const r = decodeXml(bytes);
    expect(r.encoding).toBe('iso-8859-1');
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>äöüßÄ\u0080ÿ</a>');
    const parsed = parseXml(bytes);
    expect(parsed.value?.encoding).toBe('iso-8859-1');
    expect(textOf(parsed.value!.root)).toBe('äöüßÄ\u0080ÿ');
  });

  it('accepts Latin-1 aliases in single quotes and any case', () => {
    const r = decodeXml(concat("<?xml version='1.0' encoding='latin1'?><a>", [0xe9], '</a>'));
    expect(r.encoding).toBe('iso-8859-1');
    expect(r.text.endsWith('<a>é</a>')).toBe(true);
  });

  it('decodes windows-1252, where 0x80-0x9F are €, „, “ and so on (Node 20 alone gets this wrong)', () => {
    const r = decodeXml(
      concat('<?xml version="1.0" encoding="windows-1252"?><a>', [0x80, 0x84, 0x93, 0xe4], '</a>'),
    );
    expect(r.encoding).toBe('windows-1252');
    expect(r.text.endsWith('<a>€„“ä</a>')).toBe(true);
  });

  it('reports invalid UTF-8 with the line and the column of the bad byte, in characters', () => {
    // Line 2 is `  <b>x` (6 characters) before the bad byte, so the byte is in column 7.
    const r = decodeXml(concat('<a>\n  <b>x', [0xff], '</b></a>'));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'xml/invalid-utf8', line: 2, column: 7 }),
    ]);
    expect(r.text).toBe('<a>\n  <b>x\uFFFD</b></a>');
  });

  it('counts multi-byte characters before the bad byte as one column each', () => {
    // `ää` is 4 bytes but 2 characters; 0xC3 0x28 is a lead byte followed by a non-continuation byte.
    const r = decodeXml(concat('<a>\nää', [0xc3, 0x28], '</a>'));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'xml/invalid-utf8', line: 2, column: 3 }),
    ]);
  });

  it('places overlong forms, encoded surrogates and truncated sequences exactly', () => {
    // 0xC0 0xAF: overlong '/'; 0xED 0xA0 0x80: U+D800; 0xE0 0x80 0x80: overlong; 0xF4 0x90: > U+10FFFF
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ]) {
      const r = decodeXml(concat('<a>\n<b>', bad, '</b></a>'));
      expect(r.diagnostics, JSON.stringify(bad)).toEqual([
        expect.objectContaining({ code: 'xml/invalid-utf8', line: 2, column: 4 }),
      ]);
      expect(r.diagnostics[0]!.message).toContain('at byte 7');
    }
  });

  it('reports invalid UTF-8 through the reader and still reads the document', () => {
    const r = parseXml(concat('<?xml version="1.0" encoding="UTF-8"?>\n<a>', [0xe4], '</a>'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['xml/invalid-utf8']);
    expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 4 });
    expect(textOf(r.value!.root)).toBe('\uFFFD');
  });

  it('reports an unknown declared encoding and reads the bytes as UTF-8', () => {
    const r = decodeXml(utf8('<?xml version="1.0" encoding="EBCDIC-XYZ"?><a>ä</a>'));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'xml/unsupported-encoding', line: 1, column: 1 }),
    ]);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.endsWith('<a>ä</a>')).toBe(true);
  });

  it('reports a declared UTF-16 without BOM as unsupported', () => {
    const r = decodeXml(utf8('<?xml version="1.0" encoding="UTF-16"?><a/>'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['xml/unsupported-encoding']);
  });

  it('takes strings as they are, dropping a leading BOM character', () => {
    expect(decodeXml('\uFEFF<a/>')).toEqual({ text: '<a/>', encoding: 'utf-16', diagnostics: [] });
  });
});
