/**
 * One tiny file per failure mode in `fixtures/codelist/`, each asserting code, severity, line and column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCodeList, codeListEntries, parseCodeList } from '../../src/codelist/index.js';
import type { Severity } from '../../src/core/diagnostics.js';
import { createXsdValidator, type XsdValidator } from '../../src/core/xsd/index.js';
import { hasShared, repoRoot, sharedXsdDir } from '../support/shared.js';

const dir = path.join(repoRoot, 'fixtures/codelist');
const read = (name: string) => readFileSync(path.join(dir, name));

interface Case {
  readonly file: string;
  readonly severity: Severity;
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly path?: string;
  /** True when this must be the only diagnostic. */
  readonly only?: boolean;
}

const cases: readonly Case[] = [
  {
    file: 'qualified-children-prefixed.xml',
    severity: 'warning',
    code: 'codelist/qualified-children',
    line: 3,
    column: 3,
    path: '/CodeList/Identification',
    only: true,
  },
  {
    file: 'qualified-children-default.xml',
    severity: 'warning',
    code: 'codelist/qualified-children',
    line: 3,
    column: 3,
    only: true,
  },
  {
    file: 'canonical-uri-not-uri.xml',
    severity: 'warning',
    code: 'codelist/canonical-uri-not-uri',
    line: 6,
    column: 5,
    path: '/CodeList/Identification/CanonicalUri',
    only: true,
  },
  {
    file: 'uri-non-ascii.xml',
    severity: 'warning',
    code: 'codelist/uri-non-ascii',
    line: 6,
    column: 5,
    only: true,
  },
  {
    file: 'missing-identification.xml',
    severity: 'error',
    code: 'codelist/missing-element',
    line: 2,
    column: 1,
    path: '/CodeList',
    only: true,
  },
  {
    file: 'missing-version.xml',
    severity: 'error',
    code: 'codelist/missing-element',
    line: 3,
    column: 3,
    path: '/CodeList/Identification',
    only: true,
  },
  {
    file: 'missing-column-set.xml',
    severity: 'error',
    code: 'codelist/missing-element',
    line: 2,
    column: 1,
    only: true,
  },
  {
    file: 'missing-column-id.xml',
    severity: 'error',
    code: 'codelist/missing-attribute',
    line: 10,
    column: 5,
    path: '/CodeList/ColumnSet/Column[1]',
  },
  {
    file: 'empty-key.xml',
    severity: 'error',
    code: 'codelist/missing-element',
    line: 14,
    column: 5,
    path: '/CodeList/ColumnSet/Key[1]',
    only: true,
  },
  {
    file: 'missing-use.xml',
    severity: 'warning',
    code: 'codelist/missing-use',
    line: 10,
    column: 5,
    only: true,
  },
  {
    file: 'invalid-use.xml',
    severity: 'error',
    code: 'codelist/invalid-use',
    line: 10,
    column: 5,
    only: true,
  },
  {
    file: 'unknown-element.xml',
    severity: 'warning',
    code: 'codelist/unknown-element',
    line: 6,
    column: 5,
    only: true,
  },
  {
    file: 'unknown-attribute.xml',
    severity: 'warning',
    code: 'codelist/unknown-attribute',
    line: 12,
    column: 7,
    path: '/CodeList/ColumnSet/Column[1]/Data',
    only: true,
  },
  {
    file: 'out-of-order.xml',
    severity: 'warning',
    code: 'codelist/out-of-order',
    line: 5,
    column: 5,
    only: true,
  },
  {
    file: 'repeated-element.xml',
    severity: 'warning',
    code: 'codelist/repeated-element',
    line: 6,
    column: 5,
    only: true,
  },
  {
    file: 'unknown-column.xml',
    severity: 'error',
    code: 'codelist/unknown-column',
    line: 21,
    column: 7,
    path: '/CodeList/SimpleCodeList/Row[1]/Value[1]',
    only: true,
  },
  {
    file: 'duplicate-id.xml',
    severity: 'error',
    code: 'codelist/duplicate-id',
    line: 14,
    column: 5,
    only: true,
  },
  {
    file: 'duplicate-key-value.xml',
    severity: 'warning',
    code: 'codelist/duplicate-key-value',
    line: 23,
    column: 5,
    path: '/CodeList/SimpleCodeList/Row[2]',
    only: true,
  },
  { file: 'no-key.xml', severity: 'warning', code: 'codelist/no-key', line: 9, column: 3, only: true },
  {
    file: 'column-set-choice.xml',
    severity: 'error',
    code: 'codelist/column-set-choice',
    line: 19,
    column: 3,
    only: true,
  },
  {
    file: 'simple-and-complex-value.xml',
    severity: 'error',
    code: 'codelist/simple-and-complex-value',
    line: 23,
    column: 9,
    only: true,
  },
  {
    file: 'not-genericode.xml',
    severity: 'error',
    code: 'codelist/not-genericode',
    line: 2,
    column: 1,
    only: true,
  },
  { file: 'malformed.xml', severity: 'error', code: 'xml/malformed', line: 8, column: 20 },
];

describe('codelist: fixtures', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const { diagnostics } = parseCodeList(read(c.file));
    const hit = diagnostics.find((d) => d.code === c.code);
    expect(hit, JSON.stringify(diagnostics)).toBeDefined();
    expect({ severity: hit!.severity, line: hit!.line, column: hit!.column }).toEqual({
      severity: c.severity,
      line: c.line,
      column: c.column,
    });
    if (c.path !== undefined) expect(hit!.path).toBe(c.path);
    expect(hit!.source === 'codelist' || hit!.source === 'xml').toBe(true);
    if (c.only === true) expect(diagnostics.map((d) => d.code)).toEqual([c.code]);
  });

  it('reads the valid fixture without diagnostics', () => {
    const { value, diagnostics, qualifiedChildren, sourceMap } = parseCodeList(read('valid.xml'));
    expect(diagnostics).toEqual([]);
    expect(qualifiedChildren).toBe(false);
    expect(value?.Identification).toEqual({
      ShortName: { value: 'ja-nein' },
      LongName: [],
      Version: '1',
      CanonicalUri: 'urn:example:ja-nein',
      CanonicalVersionUri: 'urn:example:ja-nein_1',
      LocationUri: [],
      AlternateFormatLocationUri: [],
    });
    expect(sourceMap.positionOf(value!.Identification, 'Version')).toEqual({ line: 5, column: 5 });
    expect(sourceMap.positionOf(value!.SimpleCodeList!.Row[0]!)).toEqual({ line: 20, column: 5 });
    expect(codeListEntries(value!)).toEqual([{ code: 'ja', row: value!.SimpleCodeList!.Row[0] }]);
  });

  it('keeps unknown elements verbatim, out of the model', () => {
    const { value, unknown } = parseCodeList(read('unknown-element.xml'));
    expect(unknown).toEqual([
      { path: '/CodeList/Identification', line: 6, column: 5, xml: '<Gueltigkeit>2024</Gueltigkeit>' },
    ]);
    expect(buildCodeList(value!)).not.toContain('Gueltigkeit');
  });

  it('keeps XÖV annotations as self-contained XML and finds the recommended key', () => {
    const { value, diagnostics } = parseCodeList(read('xoev-annotation.xml'));
    expect(diagnostics).toEqual([]);
    expect(value?.Annotation?.Description[0]?.content).toEqual([
      '<xoev-cl-4:shortName xmlns:xoev-cl-4="http://xoev.de/schemata/genericode/4">Ja/Nein</xoev-cl-4:shortName>',
    ]);
    const key = value?.ColumnSet?.Key[0];
    expect(key?.kind === 'KeyRef' ? undefined : key?.Annotation?.AppInfo?.content).toEqual([
      '<xoev-cl-4:recommendedKeyColumn xmlns:xoev-cl-4="http://xoev.de/schemata/genericode/4"/>',
    ]);
  });

  it('reads a missing Use as required on key columns and builds it', () => {
    const { value } = parseCodeList(read('missing-use.xml'));
    const column = value?.ColumnSet?.Column[0];
    expect(column?.kind === 'ColumnRef' ? undefined : column?.Use).toBe('required');
    expect(buildCodeList(value!)).toContain('<Column Id="code" Use="required">');
  });

  it('refuses to build what would be invalid', () => {
    const { value } = parseCodeList(read('valid.xml'));
    expect(() => buildCodeList({ ...value!, ColumnSet: undefined } as never)).toThrow(
      /exactly one of ColumnSet/,
    );
    expect(() =>
      buildCodeList({
        ...value!,
        SimpleCodeList: { Row: [{ Value: [{ ColumnRef: 'nope', SimpleValue: 'x' }] }] },
      }),
    ).toThrow(expect.objectContaining({ code: 'codelist/unbuildable' }));
    expect(() =>
      buildCodeList({
        ...value!,
        SimpleCodeList: { Row: [{ Value: [{ ColumnRef: 'code', SimpleValue: 'a\u0001' }] }] },
      }),
    ).toThrow(/character XML 1.0 does not allow/);
  });
});

describe.runIf(hasShared)('codelist: fixtures build to valid genericode', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
  });
  afterAll(() => validator.dispose());

  const buildable = [
    'valid.xml',
    'qualified-children-prefixed.xml',
    'qualified-children-default.xml',
    'canonical-uri-not-uri.xml',
    'uri-non-ascii.xml',
    'missing-use.xml',
    'unknown-element.xml',
    'unknown-attribute.xml',
    'out-of-order.xml',
    'repeated-element.xml',
    'duplicate-key-value.xml',
    'no-key.xml',
    'missing-version.xml',
    'xoev-annotation.xml',
  ];
  it.each(buildable)('%s', (file) => {
    const { value } = parseCodeList(read(file));
    const xml = buildCodeList(value!);
    expect(validator.validate(xml, { standard: 'genericode', version: '1.0' })).toEqual([]);
    expect(parseCodeList(xml).value).toEqual(value);
  });
});
