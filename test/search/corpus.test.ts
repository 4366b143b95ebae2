import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildSearchIndex, createIndexBuilder, type SearchIndex, search } from '../../src/search/index.js';
import { indexElements } from '../../src/xdatenfelder/element-index.js';
import { type Datenfeld, parse } from '../../src/xdatenfelder/v3/index.js';
import { corpusDir, corpusFiles, describeShared } from '../support/shared.js';

describeShared('search over the XDatenfelder 3 corpus', () => {
  let index: SearchIndex;
  /** Oracle: every field of the corpus through the element index (not through the search code). */
  const oracleFields = new Map<string, Datenfeld>();
  beforeAll(async () => {
    // Each file is parsed once and fed to both the search index and the oracle.
    const builder = createIndexBuilder();
    for (const file of corpusFiles('xdatenfelder3')) {
      const doc = parse(readFileSync(file)).value;
      if (doc?.message !== 'xdatenfelder.stammdatenschema.0102') continue;
      builder.addDocument(doc, path.relative(corpusDir, file));
      for (const [key, entries] of indexElements(doc.model).fields) {
        oracleFields.set(key, entries[0]!.element as Datenfeld);
      }
    }
    index = { format: 1, entries: builder.entries(), files: [] };
  }, 120_000);

  it('answers "Staatsangehörigkeit" with the BOB field F60000000236 first', () => {
    const hits = search(index, 'Staatsangehörigkeit');
    expect(hits[0]?.entry).toMatchObject({ kind: 'field', id: 'F60000000236', label: 'Staatsangehörigkeit' });
    // Case, umlaut spelling and plural do not change the answer.
    expect(search(index, 'STAATSANGEHOERIGKEITEN')[0]?.entry.id).toBe('F60000000236');
    // The other matches (such as "Frühere Staatsangehörigkeit") are listed after it.
    expect(hits.length).toBeGreaterThan(1);
  });

  it('filters by Nummernkreis 60 and released status, and returns exactly such elements', () => {
    const hits = search(index, '', {
      filters: { nummernkreis: ['60'], status: ['released'], kind: ['field'] },
    });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.entry.id.slice(1, 3)).toBe('60');
      expect(['4', '5', '6']).toContain(h.entry.status);
    }
    const expected = [...oracleFields]
      .filter(
        ([, f]) =>
          f.identifikation.id.slice(1, 3) === '60' && ['4', '5', '6'].includes(f.freigabestatus.code),
      )
      .map(([k]) => k)
      .sort();
    expect(hits.map((h) => h.entry.key).sort()).toEqual(expected);
  });

  it('lists every id a label occurs under', () => {
    const byLabel = new Map<string, Set<string>>();
    for (const f of oracleFields.values()) {
      const label = f.bezeichnungEingabe.trim();
      byLabel.set(label, (byLabel.get(label) ?? new Set()).add(f.identifikation.id));
    }
    const shared = [...byLabel].filter(([, ids]) => ids.size >= 3).slice(0, 8);
    expect(shared.length).toBeGreaterThan(0);
    for (const [label, ids] of shared) {
      const found = new Set(search(index, label, { filters: { kind: ['field'] } }).map((h) => h.entry.id));
      for (const id of ids) expect(found.has(id), `${label}: ${id}`).toBe(true);
    }
  });

  it('indexes a directory of mixed files: XDatenfelder 2.0 through the converter, genericode lists', async () => {
    const { index: mixed, diagnostics } = await buildSearchIndex(path.join(corpusDir, 'codelists', 'glykon'));
    expect(diagnostics).toEqual([]);
    expect(mixed.entries.filter((e) => e.kind === 'codelist').length).toBe(6);
    const v2 = await buildSearchIndex(path.join(corpusDir, 'xdatenfelder2', 'glykon'));
    const schemas = v2.index.entries.filter((e) => e.kind === 'schema').map((e) => e.id);
    expect(schemas.sort()).toEqual(['S00000000009', 'S05000000058']);
  });

  it('filters fields with a code list', () => {
    const hits = search(index, 'Staat', { filters: { kind: ['field'], hasCodeList: true } });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const f = oracleFields.get(h.entry.key)!;
      expect(f.codelisteReferenz !== undefined || f.werte !== undefined).toBe(true);
    }
  });
});
