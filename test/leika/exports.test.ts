/** Pins the public export list of `src/leika` (the future `fimkit/leika` subpath). */
import { expect, it } from 'vitest';
import * as leika from '../../src/leika/index.js';

it('exports exactly the curated runtime API', () => {
  expect(Object.keys(leika).sort()).toEqual([
    'LEIKA_SPALTEN',
    'LEIKA_URN_PREFIX',
    'TYPISIERUNG',
    'catalogueFromXzufi',
    'catalogueToCsv',
    'catalogueToJson',
    'checkMapping',
    'decodeCsv',
    'diffCatalogues',
    'diffToMarkdown',
    'encodeCsv',
    'formatLeikaDate',
    'formatLeistungsschluessel',
    'invertMapping',
    'isLeistungsschluessel',
    'isTypisierungCode',
    'katalogSchema',
    'leistungenOf',
    'mappingToCsv',
    'migrateDirectory',
    'migrateDocument',
    'parseCatalogueCsv',
    'parseCatalogueJson',
    'parseLeikaDate',
    'parseLeistungsschluessel',
    'parseMapping',
    'parseTypisierung',
    'splitTypisierung',
    'writeAtomic',
  ]);
});
