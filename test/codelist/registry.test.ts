/**
 * The offline registry: loading the corpus, resolving by canonical URI (+ version) and version URI,
 * latest-version logic, missing and ambiguous lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CodeList,
  codeListEntries,
  compareCodeListVersions,
  createCodeListRegistry,
  loadCodeListRegistry,
  parseCodeList,
} from '../../src/codelist/index.js';
import { corpusDir, describeShared, repoRoot } from '../support/shared.js';

const STAAT = 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat';
const valid = parseCodeList(readFileSync(path.join(repoRoot, 'fixtures/codelist/valid.xml'))).value!;

function version(list: CodeList, v: string, name = 'ja'): CodeList {
  return {
    ...list,
    Identification: {
      ...list.Identification,
      Version: v,
      CanonicalVersionUri: `${list.Identification.CanonicalUri}_${v}`,
    },
    SimpleCodeList: { Row: [{ Value: [{ ColumnRef: 'code', SimpleValue: name }] }] },
  };
}

describe('codelist: versions', () => {
  it('orders dates, dotted numbers and free text sensibly', () => {
    expect(['1.10', '1.9', '2', '0.1'].sort(compareCodeListVersions)).toEqual(['0.1', '1.9', '1.10', '2']);
    expect(['2021-01-11', '2020-12-04'].sort(compareCodeListVersions)).toEqual(['2020-12-04', '2021-01-11']);
    expect(compareCodeListVersions('2020-01-01', '9')).toBeGreaterThan(0);
    expect(compareCodeListVersions('1.0', '1')).toBeGreaterThan(0);
  });
});

describe('codelist: in-memory registry', () => {
  const registry = createCodeListRegistry([version(valid, '1'), version(valid, '10'), version(valid, '2')]);
  const uri = valid.Identification.CanonicalUri;

  it('resolves the latest version when none is given', () => {
    expect(registry.versions(uri)).toEqual(['1', '2', '10']);
    expect(registry.resolve({ canonicalUri: uri }).value?.Identification.Version).toBe('10');
  });

  it('resolves a given version and a canonical version URI', () => {
    expect(registry.resolve({ canonicalUri: uri, version: '2' }).value?.Identification.Version).toBe('2');
    expect(registry.resolve({ canonicalVersionUri: `${uri}_1` }).value?.Identification.Version).toBe('1');
  });

  it('reports missing lists and versions', () => {
    const missing = registry.resolve({ canonicalUri: uri, version: '3' });
    expect(missing.value).toBeUndefined();
    expect(missing.diagnostics).toMatchObject([{ severity: 'error', code: 'codelist/missing' }]);
    expect(missing.diagnostics[0]?.message).toContain('Versions held: 1, 2, 10');
    expect(registry.resolve({ canonicalUri: 'urn:example:nichts' }).diagnostics[0]?.code).toBe(
      'codelist/missing',
    );
    expect(registry.resolve({ canonicalVersionUri: 'urn:example:nichts_1' }).diagnostics[0]?.code).toBe(
      'codelist/missing',
    );
  });

  it('reports different lists with the same identity as ambiguous, identical copies not', () => {
    const twice = createCodeListRegistry([version(valid, '1'), { list: version(valid, '1'), file: 'b.xml' }]);
    expect(twice.resolve({ canonicalUri: uri }).diagnostics).toEqual([]);
    const clash = createCodeListRegistry([
      { list: version(valid, '1', 'ja'), file: 'a.xml' },
      { list: version(valid, '1', 'nein'), file: 'b.xml' },
    ]);
    const r = clash.resolve({ canonicalUri: uri, version: '1' });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'codelist/ambiguous' }]);
    expect(r.diagnostics[0]?.message).toContain('a.xml, b.xml');
    expect(clash.resolve({ canonicalVersionUri: `${uri}_1` }).diagnostics[0]?.code).toBe(
      'codelist/ambiguous',
    );
  });
});

describeShared('codelist: registry over the corpus', () => {
  it('loads every list, resolves known ones and picks the latest Staat list', async () => {
    const { registry, skipped, files } = await loadCodeListRegistry(path.join(corpusDir, 'codelists'));
    expect(registry.entries).toHaveLength(73);
    expect(skipped).toEqual([]);
    expect(files.every((f) => f.diagnostics.every((d) => d.severity !== 'error'))).toBe(true);

    expect(registry.versions(STAAT)).toEqual(['2020-05-11', '2021-02-19', '2024-08-01']);
    const latest = registry.resolve({ canonicalUri: STAAT });
    expect(latest.value?.Identification.Version).toBe('2024-08-01');
    expect(latest.entry?.file).toMatch(/DESTATIS_Staatenliste_2024-08-01\.xml$/);
    const older = registry.resolve({ canonicalUri: STAAT, version: '2021-02-19' });
    expect(older.entry?.qualifiedChildren).toBe('prefixed');

    const zustimmung = registry.resolve({
      canonicalVersionUri: 'urn:de:fim:codeliste:zustimmung_2021-01-11',
    });
    expect(zustimmung.diagnostics).toEqual([]);
    expect(codeListEntries(zustimmung.value!)).toMatchObject([{ code: '01', name: 'Ich stimme zu.' }]);

    const geschlecht = registry.resolve({
      canonicalUri: 'urn:xoev-de:xinneres:codeliste:geschlecht',
      version: '1',
    });
    expect(geschlecht.value?.Identification.ShortName.value).toBeDefined();
    expect(codeListEntries(geschlecht.value!).length).toBeGreaterThan(0);

    // Free-text canonical URIs (glykon) resolve too, as written.
    expect(registry.resolve({ canonicalUri: 'Art des Antrags (kurz)' }).value).toBeDefined();
    expect(
      registry.resolve({ canonicalUri: 'urn:de:fim:codeliste:gebäudeteil' }).value?.Identification.Version,
    ).toBe('2020-10-02');
  });

  it('treats the two identical Staat 2020-05-11 copies (prefixed and default namespace) as one', async () => {
    const { registry } = await loadCodeListRegistry(path.join(corpusDir, 'codelists'));
    const r = registry.resolve({ canonicalUri: STAAT, version: '2020-05-11' });
    expect(
      registry.entries.filter(
        (e) => e.list.Identification.CanonicalUri === STAAT && e.list.Identification.Version === '2020-05-11',
      ),
    ).toHaveLength(2);
    expect(r.diagnostics).toEqual([]);
  });
});
