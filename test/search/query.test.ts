import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/search/index.js';
import { createIndexBuilder, foldText, search, statusCodes, stem, tokenize } from '../../src/search/index.js';
import { child, field, group, schemaDocument } from '../jsonschema/synthetic.js';

describe('normalisation', () => {
  it('folds case, umlauts, ß and other diacritics', () => {
    expect(foldText('Größe STRASSE Straße Café Ärger')).toBe('groesse strasse strasse cafe aerger');
  });
  it('stems common German inflections but keeps short words', () => {
    expect(stem('staatsangehoerigkeiten')).toBe('staatsangehoerigkeit');
    expect(stem('meldungen')).toBe('meldung');
    expect(stem('name')).toBe('name');
    expect(tokenize('Frühere Staatsangehörigkeiten (Liste)')).toEqual([
      'frueher',
      'staatsangehoerigkeit',
      'list',
    ]);
  });
  it('expands "released"', () => {
    expect(statusCodes(['released', '2'])).toEqual(['4', '5', '6', '2']);
  });
});

describe('search', () => {
  const bob = field('F60000000236', 'Staatsangehörigkeit', {
    feldart: { code: 'select' },
    codelisteReferenz: { canonicalIdentification: 'urn:de:staat', version: '1' },
  });
  const frueher = field('F00000001839', 'Frühere Staatsangehörigkeit', { freigabestatus: { code: '3' } });
  const lokal = field('F05000000001', 'Staatsangehörigkeit', {
    freigabestatus: { code: '2' },
    schemaelementart: { code: 'RNG' },
  });
  const strasse = field('F60000000100', 'Straße');
  const builder = createIndexBuilder();
  builder.addDocument(
    schemaDocument([
      child('1:1', group('G60000000001', 'Person', [child('1:1', bob), child('0:1', frueher)])),
      child('1:1', strasse),
    ]),
    'a.xml',
  );
  builder.addDocument(schemaDocument([child('1:1', lokal), child('1:1', bob)]), 'b.xml');
  const index: SearchIndex = { format: 1, entries: builder.entries(), files: [] };

  it('indexes each id + version once, with the schemas and files it occurs in', () => {
    const e = index.entries.find((x) => x.id === 'F60000000236')!;
    expect(e).toMatchObject({
      kind: 'field',
      key: 'F60000000236@1.0.0',
      nummernkreis: '60',
      hasCodeList: true,
      codeList: 'urn:de:staat',
    });
    expect(e.files).toEqual(['a.xml', 'b.xml']);
    expect(index.entries.filter((x) => x.kind === 'codelist').map((x) => x.id)).toEqual(['urn:de:staat']);
  });

  it('ranks exact, released, harmonised, reused elements first; every word must match', () => {
    expect(search(index, 'staatsangehörigkeit').map((h) => h.entry.id)).toEqual([
      'F60000000236',
      'F05000000001',
      'F00000001839',
    ]);
    expect(search(index, 'frühere staatsangehörigkeit').map((h) => h.entry.id)).toEqual(['F00000001839']);
    expect(search(index, 'strasse').map((h) => h.entry.id)).toEqual(['F60000000100']);
    expect(search(index, 'angehörigkeit').map((h) => h.entry.id)).toContain('F60000000236');
    expect(search(index, 'nichtvorhanden')).toEqual([]);
  });

  it('applies filters', () => {
    const ids = (f: Parameters<typeof search>[2]) =>
      search(index, 'staatsangehörigkeit', f).map((h) => h.entry.id);
    expect(ids({ filters: { status: ['released'] } })).toEqual(['F60000000236']);
    expect(ids({ filters: { nummernkreis: ['05'] } })).toEqual(['F05000000001']);
    expect(ids({ filters: { schemaelementart: ['rng'] } })).toEqual(['F05000000001']);
    expect(ids({ filters: { hasCodeList: false } })).toEqual(['F05000000001', 'F00000001839']);
    expect(ids({ filters: { kind: ['group'] } })).toEqual([]);
    expect(ids({ limit: 1 })).toEqual(['F60000000236']);
  });
});
