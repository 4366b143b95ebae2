import { expect, it } from 'vitest';
import * as v2 from '../../src/xprozess/v2/index.js';

it('pins the runtime export list of xprozess/v2', () => {
  expect(Object.keys(v2).sort()).toEqual(
    [
      'BPMN_MODEL_NAMESPACE',
      'DESTATIS_LIST_PREFIXES',
      'NACHRICHT_CODES',
      'PROZESSROLLE_CODES',
      'REFERENZAKTIVITAETENGRUPPE_CODES',
      'STATUS_CODES',
      'XPROZESS2_NAMESPACE',
      'XPROZESS_CODE_LISTS',
      'XPROZESS_LIST_PREFIXES',
      'activitiesInFlowOrder',
      'build',
      'createXprozessXsdValidator',
      'decodeBase64',
      'embeddedFiles',
      'isAcceptedListUri',
      'isZip',
      'openDatei',
      'parse',
      'parseBpmn',
      'processModels',
      'prozesseOf',
      'safeEntryPath',
      'xprozessMessages',
      'xprozessVocabulary',
      'withXsdListUris',
      'XSD_FIXED_LIST_URIS',
    ].sort(),
  );
});
