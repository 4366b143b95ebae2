/**
 * Every real XDatenfelder 2.0 file in ../shared/corpus/xdatenfelder2: parses without errors, builds
 * back to a canonically equal document, and the build gets the same XSD verdict as the input (glykon
 * valid; GerPS invalid only on the String.Latin pattern, which `parse` names as `xdf2/not-string-latin`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { canonicalDifference } from '../../../src/core/xml/index.js';
import { createXsdValidator } from '../../../src/core/xsd/index.js';
import { build, parse } from '../../../src/xdatenfelder/v2/index.js';
import { corpusDir, corpusFiles, describeShared, sharedXsdDir } from '../../support/shared.js';

const XSD = { standard: 'xdatenfelder', version: '2.0' } as const;

describeShared('xdatenfelder v2 corpus', () => {
  const validator = createXsdValidator({ xsdDir: sharedXsdDir });
  afterAll(() => validator.dispose());
  const files = corpusFiles('xdatenfelder2');

  it('has the five corpus files', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files.map((f) => [path.relative(corpusDir, f), f]))('%s', (_name, file) => {
    const bytes = readFileSync(file);
    const r = parse(bytes, { fileName: file });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.value?.message).toBe('xdatenfelder.stammdatenschema.0102');
    const latin = r.diagnostics.filter((d) => d.code === 'xdf2/not-string-latin');
    for (const d of latin) {
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
      expect(d.path).toMatch(/^\/xdatenfelder\.stammdatenschema\.0102\/stammdatenschema\//);
    }

    const out = build(r.value!, { indent: '    ' });
    expect(canonicalDifference(bytes, out)).toBeUndefined();
    expect(canonicalDifference(bytes, build(r.value!))).toBeUndefined();

    const inputErrors = validator.validate(bytes, XSD);
    const outputErrors = validator.validate(out, XSD);
    expect(outputErrors.length === 0).toBe(inputErrors.length === 0);
    if (file.includes('/gerps-')) {
      // The named real-world defect: texts outside String.Latin ("≤", "„"), and nothing else.
      expect(latin.length).toBeGreaterThan(0);
      expect(latin.some((d) => d.message.includes('"≤"'))).toBe(true);
      expect(inputErrors.length).toBe(latin.length);
      for (const e of [...inputErrors, ...outputErrors]) expect(e.message).toContain("[facet 'pattern']");
      expect(outputErrors.length).toBe(inputErrors.length);
    } else {
      expect(latin).toEqual([]);
      expect(inputErrors).toEqual([]);
    }
  });

  it('reads praezisierung of Gewerbeanmeldung and flags the non-JSON values', () => {
    const file = path.join(corpusDir, 'xdatenfelder2/glykon/S00000009_xdatenfelder.xml');
    const r = parse(readFileSync(file));
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'xdf2/praezisierung-invalid-json')).toHaveLength(6); // "1..31", "1..12"
    expect(codes.filter((c) => c === 'xdf2/praezisierung-not-object')).toHaveLength(6); // "5"
    expect(r.diagnostics[0]).toMatchObject({ line: 710, column: 69 });
  });
});
