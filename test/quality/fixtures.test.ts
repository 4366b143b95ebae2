/**
 * One positive and one negative fixture per quality rule (issue 4).
 *
 * Every rule in `qualityRules` has a row below: the positive fixture `fixtures/quality/<name>.xml` makes
 * the rule fire on the named element at the given line and column (the start tag of the element, of the
 * child element the finding is about, or of the `struktur` for findings about a structure reference);
 * the negative fixture `<name>.ok.xml` is the same file with a minimal change (see the XML comment
 * before each case) and must not raise that code on that element. Positions were read off the fixture
 * text, not off the engine's output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createXsdValidator, type XsdValidator } from '../../src/core/xsd/index.js';
import { qualityRules } from '../../src/quality/index.js';
import { describeShared, sharedXsdDir } from '../support/shared.js';
import { checkFixture, fixtureText } from './fixture-support.js';

/** Where a finding points when it is not the element itself. */
interface More {
  /** The schema or group whose `struktur` the finding concerns. */
  readonly parent?: string;
  /**
   * The element's id in the negative fixture, when the minimal change is the id itself (1038, 1039) or
   * the id is derived from the changed code list reference (`<canonicalIdentification>_<version>`).
   */
  readonly negativeId?: string;
}

type Case = readonly [
  code: number,
  fixture: string,
  elementId: string,
  line: number,
  column: number,
  more?: More,
];

const CASES: readonly Case[] = [
  [1002, 'xdf3-elements.xml', 'F60000001002', 25, 11],
  [1003, 'xdf3-structure.xml', 'F60000001003', 270, 9],
  [1004, 'xdf3-structure.xml', 'F60000001004', 246, 15, { parent: 'G60000001004' }],
  [
    1005,
    'xdf3-codelists.xml',
    'http://example.org/codeliste/c1005_1',
    61,
    13,
    { negativeId: 'urn:xoev-de:test:codeliste:c1005_1' },
  ],
  [1006, 'xdf3-elements.xml', 'F60000001006', 193, 9],
  [1007, 'xdf3-schema-empty.xml', 'S60000000003', 18, 5],
  [1009, 'xdf3-elements.xml', 'F60000001009', 51, 11],
  [1010, 'xdf3-elements.xml', 'F60000001010', 65, 9],
  [1011, 'xdf3-fields.xml', 'F60000001011', 55, 11],
  [1012, 'xdf3-fields.xml', 'F60000001012', 80, 11],
  [1013, 'xdf3-structure.xml', 'G60000001013', 153, 5, { parent: 'S60000000105' }],
  [1014, 'xdf3-fields.xml', 'F60000001014', 32, 11],
  [1015, 'xdf3-fields.xml', 'F60000001015', 105, 11],
  [1016, 'xdf3-fields.xml', 'F60000001016', 126, 11],
  [1017, 'xdf3-fields.xml', 'F60000001017', 145, 11],
  [1018, 'xdf3-fields.xml', 'F60000001018', 170, 11],
  [1021, 'xdf3-structure.xml', 'F60000001021', 517, 5, { parent: 'S60000000105' }],
  [1022, 'xdf3-structure.xml', 'F60000001022', 472, 11, { parent: 'G60000001022' }],
  [1023, 'xdf3-group-empty.xml', 'G60000001023', 8, 3],
  [1025, 'xdf3-schema.xml', 'F60000001025', 42, 9, { parent: 'S12000000001' }],
  [
    1037,
    'xdf3-codelists.xml',
    'urn:xoev-de:test:codeliste:c1037_1',
    182,
    11,
    { negativeId: 'urn:xoev-de:test:codeliste:c1037_2' },
  ],
  [1038, 'xdf3-elements.xml', '', 152, 11, { negativeId: 'F60000001038' }],
  [1039, 'xdf3-elements.xml', 'F6000001039', 173, 11, { negativeId: 'F60000001039' }],
  [1040, 'xdf3-codelists.xml', '_1', 37, 13, { negativeId: 'urn:xoev-de:test:codeliste:c1040_1' }],
  [1043, 'xdf3-structure.xml', 'G60000001043', 60, 9],
  [1044, 'xdf3-content.xml', 'F60000001044', 318, 11],
  [1045, 'xdf3-content.xml', 'F60000001045', 341, 11],
  [1046, 'xdf3-structure.xml', 'F60000001046', 538, 5, { parent: 'S60000000105' }],
  [1047, 'xdf3-structure.xml', 'F60000001047', 559, 5, { parent: 'S60000000105' }],
  [
    1048,
    'xdf3-codelists.xml',
    'urn:xoev-de:test:codeliste:c1048 alt_1',
    85,
    13,
    { negativeId: 'urn:xoev-de:test:codeliste:c1048_1' },
  ],
  [1050, 'xdf3-schema.xml', 'S12000000001', 15, 5],
  [1056, 'xdf3-fields.xml', 'F60000001056', 194, 11],
  [1057, 'xdf3-fields.xml', 'F60000001057', 216, 11],
  [1058, 'xdf3-fields.xml', 'F60000001058', 224, 9],
  [1059, 'xdf3-fields.xml', 'F60000001059', 261, 11],
  [1060, 'xdf3-fields.xml', 'F60000001060', 282, 11],
  [1061, 'xdf3-fields.xml', 'F60000001061', 303, 11],
  [1062, 'xdf3-fields.xml', 'F60000001062', 324, 11],
  [1063, 'xdf3-fields.xml', 'F60000001063', 345, 11],
  [1064, 'xdf3-fields.xml', 'F60000001064', 534, 11],
  [1065, 'xdf3-fields.xml', 'F60000001065', 366, 11],
  [1066, 'xdf3-fields.xml', 'F60000001066', 387, 11],
  [1067, 'xdf3-fields.xml', 'F60000001067', 408, 11],
  [1068, 'xdf3-fields.xml', 'F60000001068', 429, 11],
  [1069, 'xdf3-content.xml', 'F60000001069', 36, 11],
  [1070, 'xdf3-content.xml', 'F60000001070', 58, 11],
  [1071, 'xdf3-content.xml', 'F60000001071', 79, 11],
  [1072, 'xdf3-content.xml', 'F60000001072', 164, 11],
  [1073, 'xdf3-content.xml', 'F60000001073', 186, 11],
  [1074, 'xdf3-content.xml', 'F60000001074', 208, 11],
  [1075, 'xdf3-content.xml', 'F60000001075', 230, 11],
  [1076, 'xdf3-codelists.xml', 'F60000001076', 107, 11],
  [1077, 'xdf3-content.xml', 'F60000001077', 142, 11],
  [1078, 'xdf3-schema-empty.xml', 'S60000000003', 8, 3],
  [1079, 'xdf3-fields.xml', 'F60000001079', 450, 11],
  [1080, 'xdf3-fields.xml', 'F60000001080', 471, 11],
  [1081, 'xdf3-fields.xml', 'F60000001081', 492, 11],
  [1082, 'xdf3-fields.xml', 'F60000001082', 513, 11],
  [1083, 'xdf3-content.xml', 'F60000001083', 100, 11],
  [1084, 'xdf3-content.xml', 'F60000001084', 121, 11],
  [1085, 'xdf3-content.xml', 'F60000001085', 251, 11],
  [1090, 'xdf3-fields.xml', 'F60000001090', 554, 11],
  [1093, 'xdf3-content.xml', 'F60000001093', 365, 11],
  [1094, 'xdf3-structure.xml', 'F60000000001', 321, 11, { parent: 'G60000001094' }],
  [1095, 'xdf3-structure.xml', 'F60000000001', 378, 11, { parent: 'G60000001095' }],
  [1096, 'xdf3-schema-draft.xml', 'S60000000002', 18, 5],
  [1097, 'xdf3-schema.xml', 'S12000000001', 18, 5],
  [1098, 'xdf3-elements.xml', 'F60000001098', 95, 11],
  [1099, 'xdf3-elements.xml', 'F60000001099', 117, 11],
  [1100, 'xdf3-content.xml', 'F60000001100', 276, 11],
  [1101, 'xdf3-elements.xml', 'F60000001101', 213, 9],
  [1102, 'xdf3-fields.xml', 'F60000001102', 585, 9],
  [1103, 'xdf3-fields.xml', 'F60000001103', 606, 9],
  [1106, 'xdf3-structure.xml', 'G60000001106', 23, 9],
  [1109, 'xdf3-content.xml', 'F60000001109', 285, 9],
  [
    1115,
    'xdf3-codelists.xml',
    'urn:xoev-de:test:codeliste:unbekannt_1',
    158,
    11,
    { negativeId: 'urn:xoev-de:test:codeliste:c1115_1' },
  ],
  [1116, 'xdf3-structure.xml', 'F60000001116', 600, 5, { parent: 'S60000000105' }],
  [1118, 'xdf3-structure.xml', 'F60000001118', 109, 11, { parent: 'G60000001118' }],
  [1120, 'xdf3-fields.xml', 'F60000001120', 576, 11],
  [1122, 'xdf3-codelists.xml', 'F60000001122', 137, 11],
  [1125, 'xdf3-schema-draft.xml', 'S60000000002', 18, 5],
  [1126, 'xdf3-elements.xml', 'F60000001126', 317, 9],
  [1127, 'xdf3-published-schema.xml', 'F60000001127', 23, 9],
  [1128, 'xdf3-published-group.xml', 'F60000001128', 22, 9],
  [1129, 'xdf3-published-schema.xml', 'F60000001129', 47, 11],
  [1130, 'xdf3-published-group.xml', 'F60000001130', 46, 11],
  [1132, 'xdf3-elements.xml', 'F60000001132', 236, 11],
  [1133, 'xdf3-elements.xml', 'F60000001133', 257, 11],
  [1135, 'xdf3-structure.xml', 'F60000001135', 415, 11, { parent: 'G60000001135' }],
  [1136, 'xdf3-elements.xml', 'F60000001136', 139, 11],
  [1139, 'xdf3-structure.xml', 'F60000001139', 580, 5, { parent: 'S60000000105' }],
  [1140, 'xdf3-elements.xml', 'F12000001140', 295, 9],
  [1141, 'xdf3-schema.xml', 'S12000000001', 8, 3],
  [1142, 'xdf3-elements.xml', 'F60000001142', 275, 9],
  [1143, 'xdf3-schema.xml', 'S12000000001', 8, 3],
  [1144, 'xdf3-dokumentsteckbrief.xml', 'D60000001144', 8, 3],
  [1035, 'xdf2-fields.xml', 'F60001035', 39, 11],
  [1105, 'xdf2-fields.xml', 'C60001105', 65, 11],
];

/**
 * Parse diagnostics of error severity that a positive fixture needs because its rule is about them:
 * a schema without `struktur` (1078) and a group without `struktur` (1023) are not XSD-valid.
 */
const EXPECTED_PARSE_ERRORS: Record<string, string> = {
  'xdf3-schema-empty.xml': 'xdf3/missing-element',
  'xdf3-group-empty.xml': 'xdf3/missing-element',
};

const okName = (fixture: string) => fixture.replace(/\.xml$/, '.ok.xml');
const fixtures = [...new Set(CASES.map((c) => c[1]))].sort();
const results = new Map(fixtures.flatMap((f) => [f, okName(f)]).map((f) => [f, checkFixture(f)]));
const result = (name: string) => {
  const r = results.get(name);
  if (r === undefined) throw new Error(`no fixture ${name}`);
  return r;
};
const onElement = (
  f: { xdfm: number; elementId: string; parentId?: string },
  code: number,
  id: string,
  parent: string | undefined,
) => f.xdfm === code && f.elementId === id && (parent === undefined || f.parentId === parent);

describe('quality rule fixtures', () => {
  it('has a case for every implemented rule, and only for those', () => {
    const implemented = qualityRules.map((r) => r.code).sort();
    expect(CASES.map((c) => c[0]).sort()).toEqual(implemented);
  });

  it.each(fixtures.flatMap((f) => [f, okName(f)]))('%s parses without unexpected errors', (name) => {
    const errors = result(name).diagnostics.filter((d) => d.severity === 'error');
    const expected = EXPECTED_PARSE_ERRORS[name];
    if (expected === undefined) {
      expect(errors.map((e) => e.message)).toEqual([]);
      return;
    }
    // Exactly the missing `struktur` the rule is about, and nothing else.
    expect(errors.map((e) => [e.code, e.message.includes('struktur')])).toEqual([[expected, true]]);
  });

  const rows = CASES.map(([code, fixture, id, line, column, more]) => ({
    code,
    fixture,
    id,
    line,
    column,
    parent: more?.parent,
    negativeId: more?.negativeId,
  }));

  describe.each(rows)(
    'XDFM$code ($fixture, $id)',
    ({ code, fixture, id, line, column, parent, negativeId }) => {
      it(`fires at ${line}:${column}`, () => {
        const hits = result(fixture).report.findings.filter((f) => onElement(f, code, id, parent));
        expect(hits.map((f) => [f.line, f.column])).toContainEqual([line, column]);
      });

      it('does not fire after the minimal change', () => {
        const negative = negativeId ?? id;
        // The element is still there (for code list references: their URI), so absence means something.
        expect(fixtureText(okName(fixture))).toContain(negative.replace(/_[^_]*$/, ''));
        // Where the minimal change is the id itself, the code must be absent from the whole file.
        const hits = result(okName(fixture)).report.findings.filter((f) =>
          negativeId === undefined ? onElement(f, code, negative, parent) : f.xdfm === code,
        );
        expect(hits).toEqual([]);
      });
    },
  );
});

/**
 * Rules whose positive case is XSD-invalid by design, with the line of the XSD error relative to the
 * finding (the `anzahl` sits one line below its `struktur`). Every other positive case, and every
 * negative fixture, is valid against the official XSD.
 */
const XSD_INVALID_BY_DESIGN: Record<number, number> = {
  1021: 1,
  1023: 0,
  1046: 1,
  1059: 0,
  1060: 0,
  1078: 0,
};

describeShared('quality rule fixtures against the official XSD', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
  });
  afterAll(() => validator?.[Symbol.dispose]());
  const version = (name: string) => (name.startsWith('xdf2-') ? '2.0' : '3.0.0');
  const errorLines = (name: string) =>
    validator
      .validate(fixtureText(name), { standard: 'xdatenfelder', version: version(name) })
      .filter((d) => d.severity === 'error')
      .map((d) => d.line);

  it.each(fixtures.map(okName))('%s is valid', (name) => {
    expect(errorLines(name)).toEqual([]);
  });

  it.each(fixtures)('%s is invalid only where a rule is about that', (name) => {
    const expected = CASES.filter(([code, fixture]) => fixture === name && code in XSD_INVALID_BY_DESIGN).map(
      ([code, , , line]) => line + (XSD_INVALID_BY_DESIGN[code] ?? 0),
    );
    expect(errorLines(name)).toEqual(expected.sort((a, b) => a - b));
  });
});
