import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import {
  build,
  createXprozessXsdValidator,
  type Prozess,
  parse,
  processModels,
  prozesseOf,
  type XprozessXsdValidator,
} from '../../src/xprozess/v2/index.js';
import { describeShared } from '../support/shared.js';
import { fixture, fixtures, lenientXsd, lineOf } from './support.js';

const valid = fixtures('valid');

describe('valid fixtures', () => {
  it('cover all nine messages', () => {
    const roots = valid.map((f) => parse(readFileSync(f)).value?.message);
    expect(new Set(roots)).toEqual(
      new Set([
        'prozesskatalog.anfrage.0101',
        'prozesskatalog.antwort.0102',
        'prozesskatalog.export.0103',
        'prozessbibliothek.anfrage.0201',
        'prozessbibliothek.antwort.0202',
        'prozessbibliothek.export.0203',
        'alleInhalte.anfrage.0301',
        'alleInhalte.antwort.0302',
        'alleInhalte.export.0303',
      ]),
    );
  });

  for (const file of valid) {
    const name = path.basename(file);
    it(`${name}: parses without findings and round-trips canonically`, () => {
      const text = readFileSync(file, 'utf8');
      const r = parse(text);
      expect(r.diagnostics).toEqual([]);
      // The file name starts with the message code, the root element ends with it.
      expect(r.value?.message.endsWith(name.slice(0, 4))).toBe(true);
      const xml = build(r.value!, { indent: '  ' });
      expect(canonicalDifference(text, xml)).toBeUndefined();
    });
  }

  it('0203 has one Aktivitaetengruppe per variant 1–8, each with its spezifischeAttribute', () => {
    const doc = parse(fixture('valid/0203-prozessbibliothek-export.xml')).value!;
    const gruppen =
      prozesseOf(doc)[0]!.prozessstrukturbeschreibung!.strukturbeschreibungFIM!.aktivitaetengruppe;
    expect(gruppen.map((g) => g.referenzaktivitaetengruppeTyp.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    for (const g of gruppen) {
      expect(Object.keys(g.spezifischeAttribute)).toEqual([
        `spezifischeAttribute${g.referenzaktivitaetengruppeTyp.code}`,
      ]);
    }
    const sa7 = gruppen[6]!.spezifischeAttribute.spezifischeAttribute7!;
    expect(sa7.mitwirkungspflicht).toBe('true');
    expect(sa7.empfangeneDaten[0]!.formularverweis.formularverweis?.elementId).toEqual([
      'F00000001',
      'G00000002',
    ]);
    expect(sa7.bereitgestellteDaten[0]!.formularverweis.textuelleBeschreibung).toBe('Bescheid');
    expect(gruppen[0]!.eingehendeDaten.length).toBe(2);
    expect(gruppen[0]!.fachverfahren).toEqual(['E-Akte', 'Fachverfahren X']);
  });

  it('0202 keeps the xs:any content of strukturbeschreibungSonstige verbatim', () => {
    const r = parse(fixture('valid/0202-prozessbibliothek-antwort.xml'));
    const sonstige = (prozesseOf(r.value!)[0] as Prozess).prozessstrukturbeschreibung!
      .strukturbeschreibungSonstige!;
    expect(sonstige.$unknownElements?.length).toBe(1);
    expect(sonstige.$unknownElements![0]!.xml).toContain('prozesskatalog.anfrage.0101');
  });

  it('0303 accepts both URN families (urn:de: and urn:xoev-de:) without findings', () => {
    const text = fixture('valid/0303-alleInhalte-export.xml').toString('utf8');
    expect(text).toContain('urn:de:xprozess:codeliste:versionen');
    expect(text).toContain('urn:xoev-de:xprozess:codeliste:status');
    expect(text).toContain('urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:ags');
    expect(text).toContain('urn:xoev-de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland');
    expect(parse(text).diagnostics).toEqual([]);
  });

  it('0203: the embedded BPMN opens and every subProzessID names a BPMN sub-process', () => {
    const doc = parse(fixture('valid/0203-prozessbibliothek-export.xml')).value!;
    const { models, diagnostics } = processModels(doc);
    expect(diagnostics).toEqual([]);
    expect(models.map((m) => m.fileName)).toEqual(['antrag.bpmn']);
    const ids = new Set(models[0]!.bpmn.nodes.filter((n) => n.type === 'subProcess').map((n) => n.id));
    const gruppen =
      prozesseOf(doc)[0]!.prozessstrukturbeschreibung!.strukturbeschreibungFIM!.aktivitaetengruppe;
    for (const g of gruppen) expect(ids.has(g.subProzessID)).toBe(true);
  });
});

describeShared('valid fixtures against the lenient reconstructed XSD', () => {
  let validator: XprozessXsdValidator;
  beforeAll(() => {
    validator = createXprozessXsdValidator(lenientXsd);
  });
  afterAll(() => validator.dispose());
  for (const file of valid) {
    it(`${path.basename(file)}: input and built output are valid`, () => {
      const bytes = readFileSync(file);
      expect(validator.validate(bytes)).toEqual([]);
      expect(validator.validate(build(parse(bytes).value!))).toEqual([]);
    });
  }
});

describe('failure fixtures', () => {
  const codes = (rel: string) => {
    const text = fixture(rel).toString('utf8');
    const r = parse(text);
    const models = r.value === undefined ? { diagnostics: [] } : processModels(r.value, {}, r.sourceMap);
    return { text, all: [...r.diagnostics, ...models.diagnostics] };
  };

  it('missing mandatory element: xprozess/missing-element at the Prozessklasse', () => {
    const { text, all } = codes('invalid/missing-mandatory.xml');
    expect(all.map((d) => d.code)).toEqual(['xprozess/missing-element']);
    expect(all[0]!.message).toContain('name');
    expect(all[0]!.line).toBe(lineOf(text, '<xprozess:prozessklasse>'));
  });

  it('corrupt archive: xprozess/corrupt-archive at the prozessmodelldatei', () => {
    const { text, all } = codes('invalid/corrupt-archive.xml');
    expect(all.map((d) => d.code)).toEqual(['xprozess/corrupt-archive']);
    expect(all[0]!.line).toBe(lineOf(text, '<xprozess:prozessmodelldatei>'));
  });

  it('non-BPMN model file: xprozess/not-bpmn naming the file', () => {
    const { text, all } = codes('invalid/non-bpmn-model.xml');
    expect(all.map((d) => d.code)).toEqual(['xprozess/not-bpmn']);
    expect(all[0]!.message).toContain('notes.txt');
    expect(all[0]!.line).toBe(lineOf(text, '<xprozess:prozessmodelldatei>'));
  });

  it('invalid base64: xprozess/invalid-base64', () => {
    const { all } = codes('invalid/invalid-base64.xml');
    expect(all.map((d) => d.code)).toEqual(['xprozess/invalid-base64']);
  });

  it('unknown codes are kept and reported with their line', () => {
    const { text, all } = codes('invalid/unknown-code.xml');
    // Group 08 now says RAG 9 but still carries spezifischeAttribute8: that mismatch is reported too.
    const gruppe8 = text.indexOf('<xprozess:id>08</xprozess:id>');
    const sorted = all.map((d) => [d.code, d.line]).sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(sorted).toEqual([
      ['xprozess/unknown-code', lineOf(text, '<code>9</code>')],
      ['xprozess/spezifische-attribute', lineOf(text, '<xprozess:spezifischeAttribute>', gruppe8)],
      ['xprozess/unknown-code', lineOf(text, '<code>42</code>')],
    ]);
    const doc = parse(text).value!;
    expect(prozesseOf(doc)[0]!.zustandsangaben?.status?.code).toBe('42');
    expect(build(doc)).toContain('<code>42</code>');
  });
});
