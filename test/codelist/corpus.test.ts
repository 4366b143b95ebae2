/**
 * Every corpus code list parses without errors, builds into XSD-valid genericode, is canonically equal to
 * its input (modulo the qualification of local elements) and round-trips through the model.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCodeList, parseCodeList } from '../../src/codelist/index.js';
import { hasErrors } from '../../src/core/diagnostics.js';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { createXsdValidator, type XsdValidator } from '../../src/core/xsd/index.js';
import { corpusDir, corpusFiles, describeShared, sharedXsdDir } from '../support/shared.js';
import { normalisedInput } from './support.js';

const files = corpusFiles('codelists');

describeShared('codelist: corpus', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
  });
  afterAll(() => validator.dispose());

  it('has all 73 lists', () => {
    expect(files).toHaveLength(73);
  });

  it.each(files.map((f) => [path.relative(corpusDir, f), f]))('%s', (_name, file) => {
    const bytes = readFileSync(file);
    const parsed = parseCodeList(bytes);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(hasErrors(parsed.diagnostics)).toBe(false);
    expect(parsed.value).toBeDefined();
    const list = parsed.value!;
    const codes = new Set(parsed.diagnostics.map((d) => d.code));
    const folder = path.relative(corpusDir, file).split(path.sep)[1];
    if (folder === 'gerps' || folder === 'glykon') {
      expect(codes.has('codelist/qualified-children')).toBe(true);
      expect(parsed.diagnostics.filter((d) => d.code === 'codelist/qualified-children')).toHaveLength(1);
      expect(parsed.qualifiedChildren).toBe(folder === 'gerps' ? 'prefixed' : 'default');
    } else {
      expect(parsed.qualifiedChildren).toBe(false);
    }
    if (!/^[a-z]+:/.test(list.Identification.CanonicalUri)) {
      expect(codes.has('codelist/canonical-uri-not-uri')).toBe(true);
    }
    expect(parsed.unknown).toEqual([]);

    const built = buildCodeList(list);
    expect(validator.validate(built, { standard: 'genericode', version: '1.0' })).toEqual([]);
    expect(canonicalDifference(built, normalisedInput(bytes, list))).toBeUndefined();
    const again = parseCodeList(built);
    expect(again.diagnostics.filter((d) => d.code === 'codelist/qualified-children')).toEqual([]);
    expect(again.value).toEqual(list);
  });
});
