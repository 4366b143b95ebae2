/** Pins the runtime export list of the v3 entry point. */

import { expect, it } from 'vitest';
import * as v3 from '../../../src/xdatenfelder/v3/index.js';

it('exports exactly the curated API', () => {
  expect(Object.keys(v3).sort()).toEqual([
    'XDF3_NAMESPACE',
    'ableitungsmodifikationenRepraesentation',
    'ableitungsmodifikationenStruktur',
    'build',
    'datenqualitaet',
    'datentyp',
    'documentSchema',
    'feldart',
    'freigabestatus',
    'gruppenart',
    'isCodeOf',
    'parse',
    'regelParamTyp',
    'regeltyp',
    'relation',
    'schemaelementart',
    'vorbefuellung',
    'xdf3CodeLists',
    'xdf3Messages',
    'xdf3Vocabulary',
  ]);
});
