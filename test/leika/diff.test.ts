/** Release diff of the two fixture releases: every kind of change, one by one. */
import { describe, expect, it } from 'vitest';
import { diffCatalogues, diffToMarkdown, type LeikaKatalog } from '../../src/leika/index.js';
import { fixtureCatalogue } from './support.js';

const before = fixtureCatalogue('catalogue-2024.utf8.csv');
const after = fixtureCatalogue('catalogue-2025.latin1.csv');
const diff = diffCatalogues(before, after);
const of = (kind: string) => diff.changes.filter((c) => c.kind === kind);

describe('diffCatalogues on the fixture releases (fixtures/leika/README.md)', () => {
  it('reports no duplicate keys', () => {
    expect(diff.diagnostics).toEqual([]);
  });

  it('finds the rename', () => {
    expect(of('renamed')).toEqual([
      {
        kind: 'renamed',
        from: '99050012001000',
        to: '99050013001000',
        bezeichnung: 'Fischereischein Erteilung',
      },
    ]);
  });

  it('finds the split', () => {
    expect(of('split')).toEqual([
      { kind: 'split', from: '99102005261000', to: ['99102005261001', '99102005261002'] },
    ]);
  });

  it('finds the merge', () => {
    expect(of('merged')).toEqual([
      { kind: 'merged', from: ['99077003012001', '99077003012002'], to: '99077003012000' },
    ]);
  });

  it('finds the removal and the addition', () => {
    expect(of('removed')).toEqual([
      { kind: 'removed', schluessel: '99035009047000', bezeichnung: 'Brieftaubenregister Eintragung' },
    ]);
    expect(of('added')).toEqual([
      { kind: 'added', schluessel: '99140020082000', bezeichnung: 'Steckersolargerät Anmeldung' },
    ]);
  });

  it('finds the text changes of 99001001001000 and ignores the new publication date', () => {
    expect(of('text-changed')).toEqual([
      {
        kind: 'text-changed',
        schluessel: '99001001001000',
        field: 'bezeichnung2',
        before: 'Hundesteuer festsetzen lassen',
        after: 'Festsetzung der Hundesteuer erhalten',
      },
      {
        kind: 'text-changed',
        schluessel: '99001001001000',
        field: 'synonyme',
        before: 'Hundeabgabe | Steuer für Hunde',
        after: 'Hundeabgabe | Steuer für Hunde | Hundesteuerbescheid',
      },
    ]);
  });

  it('finds the Typisierung change', () => {
    expect(of('typisierung-changed')).toEqual([
      { kind: 'typisierung-changed', schluessel: '99088004007000', before: ['4'], after: ['4b'] },
    ]);
  });

  it('reports nothing else', () => {
    expect(diff.changes).toHaveLength(8);
  });

  it('finds nothing between a release and itself', () => {
    expect(diffCatalogues(before, before).changes).toEqual([]);
  });

  it('renders Markdown with one section per kind', () => {
    const md = diffToMarkdown(diff);
    for (const title of [
      'Renamed (1)',
      'Split (1)',
      'Merged (1)',
      'Removed (1)',
      'Added (1)',
      'Text changes (2)',
      'Typisierung changes (1)',
    ]) {
      expect(md).toContain(`## ${title}`);
    }
    expect(md).toContain('| 99050012001000 | 99050013001000 | Fischereischein Erteilung |');
    // pipes inside cells are escaped
    expect(md).toContain('Hundeabgabe \\| Steuer für Hunde |');
  });
});

describe('diffCatalogues edge cases', () => {
  const entry = (schluessel: string, bezeichnung: string, synonyme: string[] = []) => ({
    schluessel,
    bezeichnung,
    typ: [],
    besondereMerkmale: [],
    synonyme,
    weitereSpalten: {},
  });
  const cat = (...eintraege: ReturnType<typeof entry>[]): LeikaKatalog => ({ eintraege, weitereSpalten: [] });

  it('reports duplicate keys instead of silently keeping one', () => {
    const d = diffCatalogues(cat(entry('99001001001000', 'A'), entry('99001001001000', 'B')), cat());
    expect(d.diagnostics.map((x) => x.code)).toEqual(['leika/diff-duplicate-key']);
  });

  it('calls it a split, not a rename, when two new keys carry the old Bezeichnung', () => {
    const d = diffCatalogues(
      cat(entry('99001001001000', 'Gleich')),
      cat(entry('99002001001000', 'Gleich'), entry('99003001001000', 'Gleich')),
    );
    expect(d.changes).toEqual([
      { kind: 'split', from: '99001001001000', to: ['99002001001000', '99003001001000'] },
    ]);
  });

  it('leaves unrelated keys as removed and added', () => {
    const d = diffCatalogues(cat(entry('99001001001000', 'Alt')), cat(entry('99002001001000', 'Neu')));
    expect(d.changes.map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('recognises a merge through Synonyme of unrelated keys', () => {
    const d = diffCatalogues(
      cat(entry('99001001001000', 'Alpha'), entry('99002002002000', 'Beta')),
      cat(entry('99003003003000', 'Gamma', ['Alpha', 'Beta'])),
    );
    expect(d.changes).toEqual([
      { kind: 'merged', from: ['99001001001000', '99002002002000'], to: '99003003003000' },
    ]);
  });
});
