import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  htmlToText,
  type Leistung,
  leikaKeysOf,
  leistungenByLeikaKey,
  type Organisationseinheit,
  parse,
  parseLeikaKey,
  sameId,
  streamTransfer,
  strukturVariante,
  summarizeTransfer,
  type Transfer,
  textOf,
  type ZustaendigkeitTransferObjekt,
  zustaendigkeitenOf,
} from '../../src/xzufi/v2_2/index.js';
import { repoRoot } from '../support/shared.js';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'fixtures/xzufi/v2_2', name));
const leistung = parse(fixture('leistung-lovd.xml')).value!.model as Leistung;
const transfer = parse(fixture('transfer.xml')).value!.model as Transfer;

describe('text modules', () => {
  it('finds a module by code and language, exact or by primary language', () => {
    expect(textOf(leistung, '02', { language: 'en' })).toBe('Permit to keep a dangerous dog');
    expect(textOf(leistung, '02', { language: 'de-DE' })).toBe(
      'Erlaubnis zur Haltung eines gefährlichen Hundes erteilen',
    );
    expect(textOf(leistung, '02', { language: 'fr' })).toBeUndefined();
    expect(textOf(leistung, '04')).toBeUndefined();
  });

  it('returns HTML verbatim or as plain text', () => {
    expect(textOf(leistung, '08', { language: 'de' })).toBe(
      '<ul><li>Personalausweis</li><li>Nachweis der Haftpflichtversicherung</li><li>Sachkundenachweis</li></ul>',
    );
    expect(textOf(leistung, '08', { language: 'de', format: 'text' })).toBe(
      '- Personalausweis\n- Nachweis der Haftpflichtversicherung\n- Sachkundenachweis',
    );
  });

  it('turns HTML into text: breaks, entities, tags', () => {
    expect(htmlToText('<p>A&amp;B&#xa0;C<br/>D</p><p>E &lt;F&gt;</p>')).toBe('A&B C\nD\nE <F>');
  });
});

describe('LeiKa keys', () => {
  it('splits a key into its parts (2 + 3 + 3 + 3 + 3)', () => {
    expect(parseLeikaKey('99006028261000')).toEqual({
      key: '99006028261000',
      praefix: '99',
      leistungsgruppierung: '006',
      leistungsobjekt: '028',
      verrichtung: '261',
      verrichtungsdetail: '000',
      leistungsobjektKey: '99006028000000',
      leistungsobjektMitVerrichtungKey: '99006028261000',
      leistungstyp: 'lov',
    });
    expect(parseLeikaKey('urn:de:fim:leika:leistung:99108012000000')?.leistungstyp).toBe('lo');
    expect(parseLeikaKey('99108012261001')?.leistungstyp).toBe('lovd');
    expect(parseLeikaKey('9910801226100')).toBeUndefined();
    expect(parseLeikaKey('99A08012261001')).toBeUndefined();
  });

  it('finds Leistungen by key', () => {
    const alle = [leistung, ...transfer.schreibe.flatMap((s) => (s.leistung ? [s.leistung] : []))];
    expect(leikaKeysOf(leistung)).toEqual(['99108012261001']);
    expect(leistungenByLeikaKey(alle, '99108012107000').map((l) => l.id.value)).toEqual(['L-101']);
    expect(leistungenByLeikaKey(alle, 'urn:de:fim:leika:leistung:99108012261001')).toEqual([leistung]);
    expect(leistungenByLeikaKey(alle, '99000000000000')).toEqual([]);
  });
});

describe('objects', () => {
  it('reads the struktur variant from xsi:type', () => {
    expect(strukturVariante(leistung.struktur!)).toBe('LeistungsstrukturObjektMitVerrichtungUndDetail');
    expect(strukturVariante({ verrichtungsdetail: [] })).toBeUndefined();
  });

  it('compares ids with their Redaktion', () => {
    expect(sameId({ value: 'OE-7', schemeAgencyID: 'S1' }, { value: ' OE-7 ', schemeAgencyID: 'S1' })).toBe(
      true,
    );
    expect(sameId({ value: 'OE-7', schemeAgencyID: 'S1' }, { value: 'OE-7', schemeAgencyID: 'S2' })).toBe(
      false,
    );
  });

  it('collects all Zuständigkeiten of an Organisationseinheit from the OE and the transfer objects', async () => {
    const oes: Organisationseinheit[] = [];
    const tos: ZustaendigkeitTransferObjekt[] = [];
    for await (const item of streamTransfer([fixture('transfer.xml')])) {
      if (item.type !== 'schreibe') continue;
      if (item.value.organisationseinheit) oes.push(item.value.organisationseinheit);
      if (item.value.zustaendigkeitTransferObjekt) tos.push(item.value.zustaendigkeitTransferObjekt);
    }
    const found = zustaendigkeitenOf(oes[0]!, tos);
    // OE-7 holds L-100 itself; transfer object Z-1 (parent OE-7) adds L-101; Z-2 belongs to OD-3.
    expect(found.map((z) => [z.quelle, z.leistungID.value, z.id?.value])).toEqual([
      ['organisationseinheit', 'L-100', undefined],
      ['transferObjekt', 'L-101', 'Z-1'],
    ]);
  });

  it('reads a single Organisationseinheit download', () => {
    const r = parse(fixture('organisationseinheit.xml'));
    expect(r.diagnostics).toEqual([]);
    const oe = r.value!.model as Organisationseinheit;
    expect(zustaendigkeitenOf(oe).map((z) => [z.leistungID.value, z.gebietID.length])).toEqual([
      ['4711', 2],
      ['4712', 0],
    ]);
  });
});

describe('summarizeTransfer', () => {
  it('gives one line per entry, with kind, id, LeiKa keys and name', async () => {
    const rows = [];
    for await (const s of summarizeTransfer([fixture('transfer.xml')])) {
      rows.push([s.operation, s.kind, s.id, s.leika.join(','), s.name]);
    }
    expect(rows).toEqual([
      ['schreibe', 'leistung', 'L-100', '99108012000000', 'Hundehaltung'],
      ['schreibe', 'leistung', 'L-101', '99108012107000', 'Hund anmelden'],
      ['schreibe', 'organisationseinheit', 'OE-7', '', 'Ordnungsamt Musterstadt'],
      ['schreibe', 'onlinedienst', 'OD-3', '', 'Hundeanmeldung online'],
      ['schreibe', 'zustaendigkeitTransferObjekt', 'Z-1', '', undefined],
      ['schreibe', 'zustaendigkeitTransferObjekt', 'Z-2', '', undefined],
      ['schreibe', 'spezialisierung', 'SP-1', '', undefined],
      ['loesche', 'Leistung', 'L-050', '', undefined],
      ['loesche', 'Organisationseinheit', 'OE-2', '', undefined],
      ['loesche', 'Zustaendigkeit', 'Z-0', '', undefined],
      ['loesche', 'LeistungSpezialisierung', 'SP-0', '', undefined],
      ['loesche', 'Onlinedienst', 'OD-1', '', undefined],
    ]);
  });

  it('filters by LeiKa key and reports a read-stopping problem through onError', async () => {
    const ids = [];
    for await (const s of summarizeTransfer([fixture('transfer.xml')], { leika: '99108012107000' }))
      ids.push(s.id);
    expect(ids).toEqual(['L-101']);
    const errors: string[] = [];
    const none = [];
    const onError = (d: readonly { code: string }[]) => errors.push(...d.map((x) => x.code));
    for await (const s of summarizeTransfer([fixture('xzufi-2_1_0.xml')], { onError })) none.push(s);
    expect(none).toEqual([]);
    expect(errors).toEqual(['xzufi/unsupported-version']);
  });
});
