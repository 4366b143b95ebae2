import { describe, expect, it } from 'vitest';
import { createCodeListRegistry } from '../../src/codelist/index.js';
import { exportXsd, patternSample, sampleInstance, typeName, xsdPattern } from '../../src/xsdexport/index.js';
import {
  child,
  farbeCodeList,
  field,
  group,
  praezisierung,
  schemaDocument,
} from '../jsonschema/synthetic.js';
import { compileXsd } from './libxml.js';

const plz = field('F00000000001', 'Postleitzahl', {
  praezisierung: praezisierung({ minLength: '5', maxLength: '5', pattern: '^[0-9]{5}$' }),
  hilfetextEingabe: 'Fünf Ziffern',
});
const alter = field('F00000000003', 'Alter', {
  datentyp: { code: 'num_int' },
  praezisierung: praezisierung({ minValue: '18', maxValue: '120' }),
});
const anrede = field('F00000000010', 'Anrede', {
  feldart: { code: 'select' },
  werte: {
    wert: [
      { code: 'frau', name: 'Frau' },
      { code: 'herr', name: 'Herr' },
    ],
  },
});
const farbe = field('F00000000011', 'Farbe', {
  feldart: { code: 'select' },
  codelisteReferenz: { canonicalIdentification: 'urn:example:farbe', version: '1' },
});
const hinweis = field('F00000000012', 'Hinweis', { feldart: { code: 'label' } });
const adresse = group('G00000000001', 'Adresse', [child('1:1', plz)]);
const kontakt = group(
  'G00000000002',
  'Kontakt <E-Mail & Telefon>',
  [child('1:1', alter), child('0:1', anrede)],
  {
    art: { code: 'X' },
  },
);
const doc = schemaDocument([
  child('1:1', adresse),
  child('0:*', adresse),
  child('1:1', kontakt),
  child('0:3', farbe),
  child('1:1', hinweis),
]);
const registry = createCodeListRegistry([farbeCodeList()]);

describe('exportXsd', () => {
  const { value, diagnostics } = exportXsd(doc, { registry });
  const model = value!.model;
  const root = model.complexTypes.get('S99000000001V1.2.0')!;

  it('names types by id and version and defines a shared group once', () => {
    expect(typeName({ id: 'G1', version: '1.0.0' })).toBe('G1V1.0.0');
    expect([...model.complexTypes.keys()].sort()).toEqual([
      'G00000000001V2.0.0',
      'G00000000002V2.0.0',
      'S99000000001V1.2.0',
    ]);
    expect(value!.xsd.match(/<xs:complexType name="G00000000001V2\.0\.0"/g)).toHaveLength(1);
    expect(model.root).toMatchObject({ name: 'S99000000001', type: 'S99000000001V1.2.0' });
  });

  it('maps anzahl to occurrences, repeats get distinct names, label fields carry no data', () => {
    expect(root.particles.map((p) => [p.name, p.minOccurs, p.maxOccurs])).toEqual([
      ['G00000000001', 1, 1],
      ['G00000000001_2', 0, 'unbounded'],
      ['G00000000002', 1, 1],
      ['F00000000011', 0, 3],
    ]);
    expect(value!.xsd).toContain('maxOccurs="unbounded"');
  });

  it('turns an Auswahlgruppe into xs:choice and escapes labels into documentation', () => {
    expect(model.complexTypes.get('G00000000002V2.0.0')?.compositor).toBe('choice');
    expect(value!.xsd).toContain('<xs:choice>');
    expect(value!.xsd).toContain('<xs:documentation>Kontakt &lt;E-Mail &amp; Telefon&gt;</xs:documentation>');
  });

  it('writes praezisierung facets and enumerations from Wertelisten and resolved code lists', () => {
    expect(model.simpleTypes.get('F00000000001V1.0.0')).toMatchObject({
      base: 'xs:string',
      facets: [
        { name: 'minLength', value: '5' },
        { name: 'maxLength', value: '5' },
        { name: 'pattern', value: '[0-9]{5}' },
      ],
    });
    expect(model.simpleTypes.get('F00000000003V1.0.0')).toMatchObject({
      base: 'xs:integer',
      facets: [
        { name: 'minInclusive', value: '18' },
        { name: 'maxInclusive', value: '120' },
      ],
    });
    expect(model.simpleTypes.get('F00000000010V1.0.0')?.enumeration.map((e) => e.value)).toEqual([
      'frau',
      'herr',
    ]);
    expect(model.simpleTypes.get('F00000000011V1.0.0')?.enumeration).toEqual([
      { value: 'r', label: 'rot' },
      { value: 'g', label: 'grün' },
      { value: 'b', label: 'blau' },
    ]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'xsdexport/repeated-element' })]);
  });

  it('reports an unresolved code list and falls back to a plain string', () => {
    const r = exportXsd(doc);
    expect(r.diagnostics.map((d) => d.code)).toContain('xsdexport/codelist-unresolved');
    expect(r.value?.model.simpleTypes.get('F00000000011V1.0.0')).toMatchObject({
      base: 'xs:string',
      enumeration: [],
    });
  });

  it('compiles, and its sample validates while broken instances do not', () => {
    using xsd = compileXsd(value!.xsd);
    const sample = sampleInstance(model);
    expect(xsd.validate(sample)).toEqual([]);
    expect(xsd.validate(sampleInstance(model, { minimal: true }))).toEqual([]);
    const broken = [
      sample.replace(/<F00000000001>\d+<\/F00000000001>/, '<F00000000001>1234</F00000000001>'),
      sample.replace(/<F00000000003>\d+<\/F00000000003>/, '<F00000000003>17</F00000000003>'),
      sample.replace(/<F00000000011>\w+<\/F00000000011>/, '<F00000000011>x</F00000000011>'),
      sample.replace(/<G00000000002>/, '<G00000000002><F00000000010>frau</F00000000010>'),
    ];
    for (const xml of broken) {
      expect(xml).not.toBe(sample);
      expect(xsd.validate(xml).length).toBeGreaterThan(0);
    }
  });

  it('reports messages without a schema, group or field', () => {
    const r = exportXsd({
      message: 'xdatenfelder.codeliste.0105',
      model: { header: { nachrichtID: 'x', erstellungszeitpunkt: '2024-01-01T00:00:00Z' }, genericode: {} },
    });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('xsdexport/nothing-to-export');
  });
});

describe('patterns', () => {
  it('drops JavaScript anchors and refuses constructs XSD lacks', () => {
    expect(xsdPattern('^[0-9]{5}$')).toBe('[0-9]{5}');
    expect(xsdPattern('a\\$')).toBe('a\\$');
    expect(xsdPattern('(?:a)b')).toBeUndefined();
    expect(xsdPattern('a+?')).toBeUndefined();
    expect(xsdPattern('\\bword')).toBeUndefined();
    expect(xsdPattern('([0-9]{5}')).toBeUndefined();
  });

  it('generates strings that the pattern accepts, stretched to a minimum length', () => {
    for (const [pattern, minLength] of [
      ['([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}', 0],
      ['[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}', 6],
      ['[1-9][0-9]{12}', 0],
      ['(ab|c)*d?e{2,4}', 5],
    ] as const) {
      const s = patternSample(pattern, minLength);
      expect(s).toBeDefined();
      expect(new RegExp(`^(?:${pattern})$`).test(s!)).toBe(true);
      expect(s!.length).toBeGreaterThanOrEqual(minLength);
    }
    expect(patternSample('[^a]')).toBeUndefined();
  });
});
