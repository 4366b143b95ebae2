/** Pins the public export list of `fimkit/codelist`. */
import { expect, it } from 'vitest';
import * as codelist from '../../src/codelist/index.js';

it('exports exactly the curated runtime API', () => {
  expect(Object.keys(codelist).sort()).toEqual([
    'GENERICODE_NAMESPACE',
    'buildCodeList',
    'codeListEntries',
    'columnIds',
    'compareCodeListVersions',
    'createCodeListRegistry',
    'loadCodeListRegistry',
    'parseCodeList',
    'rowValues',
  ]);
});
