/**
 * Property tests: arbitrary code lists survive build -> parse unchanged, and what is built is valid
 * genericode.
 */
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  type Annotation,
  buildCodeList,
  type CodeList,
  type Column,
  type ColumnRef,
  type Key,
  type KeyRef,
  parseCodeList,
} from '../../src/codelist/index.js';
import { escapeText } from '../../src/core/xml/index.js';
import { createXsdValidator, type XsdValidator } from '../../src/core/xsd/index.js';
import { hasShared, sharedXsdDir } from '../support/shared.js';

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const text = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PRINTABLE_ASCII) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'ä',
        'ß',
        'Ö',
        '€',
        '😀',
        ' ',
        '\n',
        '\t',
        '\r',
        '&',
        '<',
        '>',
        '"',
        "'",
        ']]>',
      ),
    },
  ),
  maxLength: 12,
});
const lang = fc.constantFrom('de', 'de-DE', 'en');
const uri = fc.stringMatching(/^urn:[a-z]{1,6}(:[a-z0-9.-]{1,8}){0,3}$/);
const ncName = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9._-]{0,8}$/);
const foreign = text.map((t) =>
  t === ''
    ? '<x:flag xmlns:x="urn:x"/>'
    : `<xoev-cl-4:shortName xmlns:xoev-cl-4="http://xoev.de/schemata/genericode/4">${escapeText(t)}</xoev-cl-4:shortName>`,
);

const annotation: fc.Arbitrary<Annotation> = fc.record(
  {
    Description: fc.array(
      fc.record(
        { content: fc.array(foreign, { maxLength: 2 }), xmlLang: lang },
        { requiredKeys: ['content'] },
      ),
      { maxLength: 2 },
    ),
    AppInfo: fc.record({ content: fc.array(foreign, { maxLength: 2 }) }),
  },
  { requiredKeys: ['Description'] },
);
const shortName = fc.record({ value: text, xmlLang: lang }, { requiredKeys: ['value'] });
const longName = fc.record({ value: text, Identifier: text, xmlLang: lang }, { requiredKeys: ['value'] });
const facet = fc.record(
  { value: text, ShortName: fc.constantFrom('length', 'maxLength'), LongName: text },
  { requiredKeys: ['value', 'ShortName'] },
);
const use = fc.constantFrom('optional' as const, 'required' as const);

function column(id: string): fc.Arbitrary<Column | ColumnRef> {
  const definition: fc.Arbitrary<Column> = fc
    .record(
      {
        Annotation: annotation,
        ShortName: shortName,
        LongName: fc.array(longName, { maxLength: 2 }),
        uris: fc.option(
          fc.record({ CanonicalUri: uri, CanonicalVersionUri: uri }, { requiredKeys: ['CanonicalUri'] }),
          { nil: undefined },
        ),
        Data: fc.record(
          {
            Annotation: annotation,
            Parameter: fc.array(facet, { maxLength: 2 }),
            Type: fc.constantFrom('string', 'token', 'decimal'),
            DatatypeLibrary: fc.constant('http://www.w3.org/2001/XMLSchema-datatypes'),
            Lang: lang,
          },
          { requiredKeys: ['Parameter', 'Type'] },
        ),
        Use: use,
      },
      { requiredKeys: ['ShortName', 'LongName', 'Data', 'Use'] },
    )
    .map(({ uris, ...c }) => ({ ...c, ...(uris ?? {}), Id: id }));
  const reference: fc.Arbitrary<ColumnRef> = fc
    .record(
      {
        CanonicalVersionUri: uri,
        LocationUri: fc.array(uri, { maxLength: 2 }),
        Data: fc.record(
          { Parameter: fc.array(facet, { maxLength: 1 }), Lang: lang },
          { requiredKeys: ['Parameter'] },
        ),
        ExternalRef: ncName,
        Use: use,
        xmlBase: uri,
      },
      { requiredKeys: ['CanonicalVersionUri', 'LocationUri', 'ExternalRef'] },
    )
    .map((r) => ({ kind: 'ColumnRef' as const, ...r, Id: id }));
  return fc.oneof({ weight: 5, arbitrary: definition }, { weight: 1, arbitrary: reference });
}

function key(id: string, columns: readonly string[]): fc.Arbitrary<Key | KeyRef> {
  const definition: fc.Arbitrary<Key> = fc
    .record(
      {
        Annotation: annotation,
        ShortName: shortName,
        LongName: fc.array(longName, { maxLength: 1 }),
        ColumnRef: fc.array(
          fc.record({ Annotation: annotation, Ref: fc.constantFrom(...columns) }, { requiredKeys: ['Ref'] }),
          { minLength: 1, maxLength: 2 },
        ),
      },
      { requiredKeys: ['ShortName', 'LongName', 'ColumnRef'] },
    )
    .map((k) => ({ ...k, Id: id }));
  const reference: fc.Arbitrary<KeyRef> = fc
    .record({ CanonicalVersionUri: uri, LocationUri: fc.array(uri, { maxLength: 1 }), ExternalRef: ncName })
    .map((r) => ({ kind: 'KeyRef' as const, ...r, Id: id }));
  return fc.oneof({ weight: 5, arbitrary: definition }, { weight: 1, arbitrary: reference });
}

const codeList: fc.Arbitrary<CodeList> = fc
  .uniqueArray(ncName, { minLength: 1, maxLength: 6 })
  .chain((ids) => {
    const split = Math.max(1, Math.ceil(ids.length / 2));
    const columnIds = ids.slice(0, split);
    const value = fc
      .record(
        {
          Annotation: annotation,
          SimpleValue: text,
          ComplexValue: fc.record({ content: fc.array(foreign, { maxLength: 1 }) }),
          ColumnRef: fc.constantFrom(...columnIds),
        },
        { requiredKeys: [] },
      )
      .map((v) =>
        v.SimpleValue !== undefined && v.ComplexValue !== undefined ? { ...v, ComplexValue: undefined } : v,
      )
      .map((v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)));
    return fc.record(
      {
        Annotation: annotation,
        Identification: fc.record(
          {
            ShortName: shortName,
            LongName: fc.array(longName, { maxLength: 2 }),
            Version: fc.oneof(text, fc.constantFrom('1', '2020-12-04', '2.4')),
            CanonicalUri: uri,
            CanonicalVersionUri: uri,
            LocationUri: fc.array(uri, { maxLength: 2 }),
            AlternateFormatLocationUri: fc.array(
              fc.record({ value: uri, MimeType: text }, { requiredKeys: ['value'] }),
              { maxLength: 2 },
            ),
            Agency: fc.record(
              {
                ShortName: shortName,
                LongName: fc.array(longName, { maxLength: 2 }),
                Identifier: fc.array(longName, { maxLength: 2 }),
              },
              { requiredKeys: ['LongName', 'Identifier'] },
            ),
          },
          {
            requiredKeys: [
              'ShortName',
              'LongName',
              'Version',
              'CanonicalUri',
              'CanonicalVersionUri',
              'LocationUri',
              'AlternateFormatLocationUri',
            ],
          },
        ),
        ColumnSet: fc.record(
          {
            Column: fc.tuple(...columnIds.map(column)),
            Key: fc.tuple(...ids.slice(split).map((id) => key(id, columnIds))),
            DatatypeLibrary: fc.constant('http://www.w3.org/2001/XMLSchema-datatypes'),
            xmlBase: uri,
          },
          { requiredKeys: ['Column', 'Key'] },
        ),
        SimpleCodeList: fc.record(
          {
            Annotation: annotation,
            Row: fc.array(
              fc.record(
                { Annotation: annotation, Value: fc.array(value, { minLength: 1, maxLength: 3 }) },
                { requiredKeys: ['Value'] },
              ),
              { maxLength: 4 },
            ),
          },
          { requiredKeys: ['Row'] },
        ),
        xmlBase: uri,
        xsiSchemaLocation: fc.constant(
          'http://docs.oasis-open.org/codelist/ns/genericode/1.0/ genericode.xsd',
        ),
      },
      { requiredKeys: ['Identification', 'ColumnSet'] },
    ) as fc.Arbitrary<CodeList>;
  });

describe('codelist: properties', () => {
  test.prop([codeList, fc.boolean()], { numRuns: 200 })(
    'build -> parse gives the list back',
    (list, compact) => {
      const parsed = parseCodeList(buildCodeList(list, { compact }));
      expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(parsed.unknown).toEqual([]);
      expect(parsed.value).toEqual(list);
    },
  );
});

describe.runIf(hasShared)('codelist: built lists are valid genericode', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
  });
  afterAll(() => validator.dispose());

  test.prop([codeList], { numRuns: 60 })('validates against genericode.xsd', (list) => {
    expect(validator.validate(buildCodeList(list), { standard: 'genericode', version: '1.0' })).toEqual([]);
  });
});
