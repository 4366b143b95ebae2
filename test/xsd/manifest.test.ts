/** The manifest (TS data and xsd/manifest.json) and the public export list of core/xsd. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/core/xsd/index.js';
import { findXsdSet, findXsdSetByNamespace, XSD_MANIFEST } from '../../src/core/xsd/index.js';
import { describeShared, repoRoot, sharedXsdDir } from '../support/shared.js';

describe('xsd manifest', () => {
  it('xsd/manifest.json holds exactly the sets of XSD_MANIFEST', () => {
    const json: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'xsd', 'manifest.json'), 'utf8'));
    expect(json).toMatchObject({ sets: XSD_MANIFEST });
    expect((json as { sets: unknown[] }).sets).toHaveLength(XSD_MANIFEST.length);
  });

  it('has one set per standard and version and per namespace', () => {
    const keys = XSD_MANIFEST.map((s) => `${s.standard} ${s.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(XSD_MANIFEST.map((s) => s.namespace)).size).toBe(XSD_MANIFEST.length);
    expect(findXsdSet('xdatenfelder', '3.0.0')?.dir).toBe('xdatenfelder-3.0.0');
    expect(findXsdSet('xdatenfelder', '3.0.2')).toBeUndefined();
    expect(findXsdSetByNamespace('urn:xoev-de:fim:standard:xdatenfelder_2')?.version).toBe('2.0');
    expect(Object.isFrozen(XSD_MANIFEST) && XSD_MANIFEST.every(Object.isFrozen)).toBe(true);
  });

  it('pins the public export list', () => {
    expect(Object.keys(api).sort()).toEqual([
      'XSD_DIR_ENV',
      'XSD_MANIFEST',
      'createXsdValidator',
      'findXsdSet',
      'findXsdSetByNamespace',
      'requireXsdSet',
      'resolveXsdDir',
      'xsdEntryPath',
    ]);
  });
});

describeShared('xsd manifest against ../shared/xsd', () => {
  it.each(XSD_MANIFEST)('$standard $version: entry exists and declares the namespace', (set) => {
    const xsd = readFileSync(path.join(sharedXsdDir, set.dir, set.entry), 'utf8');
    expect(/\btargetNamespace="([^"]*)"/.exec(xsd)?.[1]).toBe(set.namespace);
  });
});
