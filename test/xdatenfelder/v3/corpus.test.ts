/** Every real XDatenfelder 3.0.0 file: parses cleanly, round-trips canonically, builds XSD-valid XML. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalDifference } from '../../../src/core/xml/index.js';
import { createXsdValidator, type XsdValidator } from '../../../src/core/xsd/index.js';
import type { Regel, Struktur } from '../../../src/xdatenfelder/v3/index.js';
import { build, parse } from '../../../src/xdatenfelder/v3/index.js';
import { corpusFiles, describeShared, sharedXsdDir } from '../../support/shared.js';

const XDF3 = { standard: 'xdatenfelder', version: '3.0.0' } as const;
const files = corpusFiles('xdatenfelder3').filter((f) => f.endsWith('schema.xdf.xml'));

interface Meta {
  readonly fim_id: string;
  readonly fim_version: string;
  readonly n_rules: number;
}

/** Number of `regel` elements in the schema and in every group and field below it (as meta.json counts). */
function countRules(regel: readonly Regel[], struktur: readonly Struktur[]): number {
  let n = regel.length;
  for (const s of struktur) {
    const e = s.enthaelt.datenfeld ?? s.enthaelt.datenfeldgruppe;
    if (e !== undefined) n += countRules(e.regel, 'struktur' in e ? e.struktur : []);
  }
  return n;
}

describeShared('xdatenfelder 3.0.0 corpus', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
    validator.compile(XDF3.standard, XDF3.version);
  });
  afterAll(() => validator.dispose());

  it('has the 73 files', () => {
    expect(files).toHaveLength(73);
  });

  it.each(files.map((f) => [path.relative(path.dirname(path.dirname(path.dirname(f))), f), f]))(
    '%s',
    (_name, file) => {
      const input = readFileSync(file);
      const { value, diagnostics } = parse(input);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(value?.message).toBe('xdatenfelder.stammdatenschema.0102');
      if (value?.message !== 'xdatenfelder.stammdatenschema.0102') return;
      const xml = build(value);
      expect(canonicalDifference(input, xml)).toBeUndefined();
      expect(validator.validate(xml, { ...XDF3, fileName: file })).toEqual([]);

      const meta = JSON.parse(readFileSync(path.join(path.dirname(file), 'meta.json'), 'utf8')) as Meta;
      const schema = value.model.stammdatenschema;
      expect(schema.identifikation.id).toBe(meta.fim_id);
      expect(schema.identifikation.version).toBe(meta.fim_version);
      expect(countRules(schema.regel, schema.struktur)).toBe(meta.n_rules);
    },
  );
});
