/** Pins the public export list of src/diff/index.ts. */
import { expect, it } from 'vitest';
import * as api from '../../src/diff/index.js';

it('src/diff exports exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'CHANGE_KINDS',
      'DESCRIPTIVE_PROPERTIES',
      'DIFF_FORMAT_VERSION',
      'HISTORY_PROPERTIES',
      'LABEL_PROPERTIES',
      'MESSAGE_KEY',
      'SIMILARITY_THRESHOLD',
      'canonical',
      'classifyXdfProperty',
      'classifyXdfRefProperty',
      'compareVersions',
      'constraintDirection',
      'describeChange',
      'diffTrees',
      'diffXdatenfelder',
      'diffXdfChanges',
      'filterLevel',
      'groupByElement',
      'jsonEqual',
      'kindLabel',
      'makeDiff',
      'matchTrees',
      'nodePaths',
      'parseCardinality',
      'patchTree',
      'patchXdatenfelder',
      'patchXdfDocument',
      'readDiff',
      'refIds',
      'renderHtml',
      'renderMarkdown',
      'shortValue',
      'snapshot',
      'summarize',
      'treeToXdf',
      'valueDetails',
      'xdatenfelderProfile',
      'xdfPropertyLevel',
      'xdfToTree',
    ].sort(),
  );
});
