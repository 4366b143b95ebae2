import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse, streamTransfer, type Transfer, type TransferItem } from '../../src/xzufi/v2_2/index.js';
import { repoRoot } from '../support/shared.js';

const transferXml = readFileSync(path.join(repoRoot, 'fixtures/xzufi/v2_2/transfer.xml'));

async function collect(chunks: Iterable<Uint8Array | string>): Promise<TransferItem[]> {
  const items: TransferItem[] = [];
  for await (const item of streamTransfer(chunks)) items.push(item);
  return items;
}

function split(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let at = 0;
  let i = 0;
  while (at < bytes.length) {
    const size = sizes[i++ % sizes.length]!;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe('streamTransfer', () => {
  it('yields the same entries, in document order, as the whole-document parse', async () => {
    const whole = parse(transferXml).value!.model as Transfer;
    const items = await collect([transferXml]);
    expect(items.map((i) => i.type)).toEqual([
      'root',
      'element',
      'element',
      'element',
      ...whole.schreibe.map(() => 'schreibe'),
      ...whole.loesche.map(() => 'loesche'),
    ]);
    const schreibe = items.flatMap((i) => (i.type === 'schreibe' ? [i.value] : []));
    const loesche = items.flatMap((i) => (i.type === 'loesche' ? [i.value] : []));
    expect(schreibe).toEqual(whole.schreibe);
    expect(loesche).toEqual(whole.loesche);
    expect(items.every((i) => i.diagnostics.length === 0)).toBe(true);
  });

  it('reports the root attributes, the object kinds and the position of every entry', async () => {
    const items = await collect([transferXml]);
    const root = items[0]!;
    expect(root.type === 'root' && root.attributes.xzufiVersion).toBe('2.2.0');
    const text = transferXml.toString('utf8').split('\n');
    for (const item of items.slice(1)) {
      // The item's line and column point at the '<' of its element.
      expect(text[item.line - 1]!.slice(item.column - 1)).toMatch(/^<xzufi:/);
    }
    expect(items.flatMap((i) => (i.type === 'schreibe' ? [i.kind] : []))).toEqual([
      'leistung',
      'leistung',
      'organisationseinheit',
      'onlinedienst',
      'zustaendigkeitTransferObjekt',
      'zustaendigkeitTransferObjekt',
      'spezialisierung',
    ]);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 })], { numRuns: 40 })(
    'gives the same items whatever the chunk boundaries (bytes split inside characters and tags)',
    async (sizes) => {
      const expected = await collect([transferXml]);
      expect(await collect(split(transferXml, sizes))).toEqual(expected);
    },
  );

  it('gives the same items from 1-byte chunks', async () => {
    const expected = await collect([transferXml]);
    expect(await collect(split(transferXml, [1]))).toEqual(expected);
  });

  it('gives the same items when every tag is cut inside its name, its attributes and its end', async () => {
    const expected = await collect([transferXml]);
    const text = transferXml.toString('latin1');
    // Cut points: just after each '<', in the middle of each tag, just before each '>'.
    const cuts: number[] = [];
    for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
      const gt = text.indexOf('>', i);
      cuts.push(i + 1, Math.floor((i + gt) / 2), gt);
    }
    const bounds = [...new Set(cuts)].filter((c) => c > 0 && c < transferXml.length).sort((a, b) => a - b);
    const chunks = [0, ...bounds].map((from, k) =>
      transferXml.subarray(from, bounds[k] ?? transferXml.length),
    );
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(transferXml.length);
    expect(await collect(chunks)).toEqual(expected);
  });

  it('gives the same items when each entry is split across chunks, as strings or bytes', async () => {
    const expected = await collect([transferXml]);
    const text = transferXml.toString('utf8');
    const entries = [...text.matchAll(/<xzufi:(schreibe|loesche)[ >]/g)].map((m) => m.index);
    // Three chunks per entry: before it, its first half, its second half.
    const bounds: number[] = [];
    for (const [k, start] of entries.entries()) {
      const end = entries[k + 1] ?? text.lastIndexOf('</');
      bounds.push(start, Math.floor((start + end) / 2));
    }
    const strings = [0, ...bounds].map((from, k) => text.slice(from, bounds[k] ?? text.length));
    expect(strings.join('')).toBe(text);
    expect(await collect(strings)).toEqual(expected);
    const bytes = strings.map((s) => new TextEncoder().encode(s));
    expect(await collect(bytes)).toEqual(expected);
  });

  it('yields each entry as soon as the chunk that completes it is read', async () => {
    const text = transferXml.toString('utf8');
    const firstEnd = text.indexOf('</xzufi:schreibe>') + '</xzufi:schreibe>'.length;
    let pulled = 0;
    async function* source() {
      for (const part of [text.slice(0, firstEnd), text.slice(firstEnd)]) {
        pulled++;
        yield part;
      }
    }
    for await (const item of streamTransfer(source())) {
      if (item.type === 'schreibe') {
        expect(pulled).toBe(1);
        break;
      }
    }
  });

  it('places diagnostics of an entry at their line in the whole document', async () => {
    const xml = transferXml
      .toString('utf8')
      .replace('<xzufi:spezialisierung>', '<xzufi:spezialisierung><xzufi:neu>x</xzufi:neu>');
    const items = await collect([xml]);
    const spez = items.find((i) => i.type === 'schreibe' && i.kind === 'spezialisierung')!;
    const line = xml.split('\n').findIndex((l) => l.includes('<xzufi:neu>')) + 1;
    expect(spez.diagnostics.map((d) => [d.code, d.line])).toEqual([['xzufi/unknown-element', line]]);
    // The same diagnostics, positions included, when the message arrives in 1- and 7-byte chunks.
    const bytes = Buffer.from(xml, 'utf8');
    expect(await collect(split(bytes, [1]))).toEqual(items);
    expect(await collect(split(bytes, [7]))).toEqual(items);
  });

  it('binds unknown attributes and namespace declarations inside entries as the whole-document parse does', async () => {
    const xml = transferXml
      .toString('utf8')
      .replace(
        '<xzufi:inhalt languageCode="de">Hundehaltung',
        '<xzufi:inhalt languageCode="de" stil="kurz">Hundehaltung',
      )
      .replace(
        '<xzufi:id schemeAgencyID="S100099">L-101</xzufi:id>',
        '<xzufi:id xmlns:ext="urn:beispiel:ext" ext:quelle="pvog" schemeAgencyID="S100099">L-101</xzufi:id>',
      )
      .replace('<code>99108012107000</code>', '<code art="x">99108012107000</code>');
    const whole = parse(xml);
    const model = whole.value!.model as Transfer;
    const items = await collect(split(Buffer.from(xml, 'utf8'), [13]));
    const schreibe = items.filter((i) => i.type === 'schreibe');
    expect(schreibe.map((i) => i.value)).toEqual(model.schreibe);
    const streamed = schreibe.flatMap((i) => i.diagnostics.map((d) => [d.code, d.line, d.column, d.path]));
    const parsed = whole.diagnostics.map((d) => [d.code, d.line, d.column, d.path]);
    expect(streamed).toEqual(parsed);
    // Counted by hand: stil (unknown attribute), ext:quelle (unknown attribute), art on <code> (dropped).
    expect(streamed.map((d) => d[0])).toEqual([
      'xzufi/unknown-attribute',
      'xzufi/unknown-attribute',
      'xzufi/unexpected-attribute',
    ]);
  });

  it('reports repeated, misplaced, unknown and missing members of an entry as the whole-document parse does', async () => {
    const xml = transferXml
      .toString('utf8')
      // a second id (duplicate), typisierung before referenzLeiKa (order), an unknown element, CDATA text
      .replace(
        '<xzufi:id schemeAgencyID="S100099">L-100</xzufi:id>',
        '<xzufi:id schemeAgencyID="S100099">L-100</xzufi:id><xzufi:id>L-100b</xzufi:id><xzufi:typisierung><code>1</code></xzufi:typisierung><xzufi:neu a="1"><![CDATA[x<y]]></xzufi:neu>',
      )
      // a Zuständigkeit without leistungID (missing)
      .replace(
        '<xzufi:leistungID schemeAgencyID="S100099">L-101</xzufi:leistungID>\n        <xzufi:gebietID>999990000000</xzufi:gebietID>\n        <xzufi:rolle>',
        '<xzufi:rolle>',
      );
    const whole = parse(xml);
    const model = whole.value!.model as Transfer;
    const items = await collect(split(Buffer.from(xml, 'utf8'), [5, 64]));
    const schreibe = items.filter((i) => i.type === 'schreibe');
    expect(schreibe.map((i) => i.value)).toEqual(model.schreibe);
    const streamed = schreibe.flatMap((i) => i.diagnostics.map((d) => [d.code, d.line, d.column, d.path]));
    expect(streamed).toEqual(whole.diagnostics.map((d) => [d.code, d.line, d.column, d.path]));
    expect(new Set(streamed.map((d) => d[0]))).toEqual(
      new Set([
        'xzufi/duplicate-element',
        'xzufi/element-order',
        'xzufi/unknown-element',
        'xzufi/missing-element',
      ]),
    );
  });

  it('stops with an error item on a truncated message', async () => {
    const cut = transferXml.subarray(0, Math.floor(transferXml.length * 0.6));
    const items = await collect([cut]);
    const last = items[items.length - 1]!;
    expect(last.type).toBe('error');
    expect(last.diagnostics[0]?.code).toBe('xml/malformed');
  });

  it('answers XZuFi 2.1 with unsupported-version and reads nothing else', async () => {
    const xml = readFileSync(path.join(repoRoot, 'fixtures/xzufi/v2_2/xzufi-2_1_0.xml'));
    const items = await collect([xml]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'error', line: 3, column: 1 });
    expect(items[0]!.diagnostics[0]?.code).toBe('xzufi/unsupported-version');
  });

  it('sends a single-object document to parse()', async () => {
    const items = await collect([
      readFileSync(path.join(repoRoot, 'fixtures/xzufi/v2_2/organisationseinheit.xml')),
    ]);
    expect(items.map((i) => [i.type, i.line, i.diagnostics[0]?.code])).toEqual([
      ['error', 3, 'xzufi/not-a-transfer'],
    ]);
  });

  it('refuses a DOCTYPE', async () => {
    const items = await collect(['<!DOCTYPE x [<!ENTITY a "b">]><x/>']);
    expect(items.map((i) => [i.type, i.diagnostics[0]?.code])).toEqual([['error', 'xml/doctype-forbidden']]);
  });

  it('decodes ISO-8859-1 as declared', async () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?><xzufi:t xmlns:xzufi="http://xoev.de/schemata/xzufi/2_2_0">' +
      '<xzufi:loesche klasse="Leistung"><xzufi:id>Straße</xzufi:id></xzufi:loesche></xzufi:t>';
    const items = await collect([Buffer.from(xml, 'latin1')]);
    const l = items.find((i) => i.type === 'loesche');
    expect(l?.type === 'loesche' && l.value.id.value).toBe('Straße');
  });
});
