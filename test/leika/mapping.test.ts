/** Key mappings: reading CSV and JSON, every check, plans and inversion. */
import { describe, expect, it } from 'vitest';
import {
  checkMapping,
  invertMapping,
  type MappingRow,
  mappingToCsv,
  parseMapping,
} from '../../src/leika/index.js';
import { fixtureBytes, fixtureCatalogue } from './support.js';

const A = '99001001001000';
const B = '99001001002000';
const C = '99001001003000';
const D = '99001001004000';
const rows = (...r: [string, string, MappingRow['kind']][]): MappingRow[] =>
  r.map(([old, neu, kind], i) => ({ old, new: neu, kind, line: i + 2 }));
const codes = (r: MappingRow[]) => checkMapping(r).diagnostics.map((d) => [d.code, d.line]);

describe('parseMapping', () => {
  it('reads the fixture mapping', () => {
    const r = parseMapping(new TextDecoder().decode(fixtureBytes('mapping-2024-2025.csv')));
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual([
      { old: '99050012001000', new: '99050013001000', kind: 'rename', line: 2 },
      { old: '99102005261000', new: '99102005261001', kind: 'split', line: 3 },
      { old: '99102005261000', new: '99102005261002', kind: 'split', line: 4 },
      { old: '99077003012001', new: '99077003012000', kind: 'merge', line: 5 },
      { old: '99077003012002', new: '99077003012000', kind: 'merge', line: 6 },
    ]);
  });

  it('reads JSON and ;-separated CSV with columns in any order', () => {
    expect(parseMapping(`[{"old":"${A}","new":"${B}","kind":"rename"}]`).value).toEqual([
      { old: A, new: B, kind: 'rename', line: 1 },
    ]);
    expect(parseMapping(`kind;new;old\r\nRENAME;${B};${A}\r\n`).value).toEqual([
      { old: A, new: B, kind: 'rename', line: 2 },
    ]);
  });

  it('reports bad keys, kinds and headers with their line, keeping the good rows', () => {
    const r = parseMapping(`old,new,kind\n${A},${B},rename\n${A}x,${B},rename\n${C},${D},move\n`);
    expect(r.value).toEqual([{ old: A, new: B, kind: 'rename', line: 2 }]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['leika/key-not-digits', 3],
      ['leika/map-kind', 4],
    ]);
    expect(parseMapping('von,nach\n').diagnostics.map((d) => d.code)).toEqual(['leika/map-header']);
    expect(parseMapping('[').diagnostics.map((d) => d.code)).toEqual(['leika/map-syntax']);
  });
});

describe('checkMapping', () => {
  it('turns the fixture mapping into a plan that is consistent with both releases', () => {
    const parsed = parseMapping(new TextDecoder().decode(fixtureBytes('mapping-2024-2025.csv'))).value ?? [];
    const keys = (name: string) => new Set(fixtureCatalogue(name).eintraege.map((e) => e.schluessel));
    const r = checkMapping(parsed, {
      old: keys('catalogue-2024.utf8.csv'),
      new: keys('catalogue-2025.utf8.csv'),
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.replace).toEqual(
      new Map([
        ['99050012001000', '99050013001000'],
        ['99077003012001', '99077003012000'],
        ['99077003012002', '99077003012000'],
      ]),
    );
    expect(r.value?.split).toEqual(new Map([['99102005261000', ['99102005261001', '99102005261002']]]));
  });

  it('reports keys missing from the releases', () => {
    const r = checkMapping(rows([A, B, 'rename']), { old: new Set([C]), new: new Set([D]) });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['leika/map-unknown-old', 'leika/map-unknown-new']);
  });

  it('reports conflicting targets', () => {
    expect(codes(rows([A, B, 'rename'], [A, C, 'rename']))).toEqual([['leika/map-conflicting-targets', 3]]);
    expect(codes(rows([A, B, 'split'], [A, C, 'rename']))).toEqual([['leika/map-conflicting-targets', 3]]);
  });

  it('reports several renames into one key (that is a merge)', () => {
    expect(codes(rows([A, C, 'rename'], [B, C, 'rename']))).toEqual([['leika/map-conflicting-sources', 2]]);
  });

  it('reports cycles and chains, which would make the migration non-idempotent', () => {
    expect(codes(rows([A, B, 'rename'], [B, A, 'rename']))).toEqual([['leika/map-cycle', 2]]);
    expect(codes(rows([A, B, 'rename'], [B, C, 'rename']))).toEqual([['leika/map-chain', 2]]);
    expect(checkMapping(rows([A, B, 'rename'], [B, C, 'rename'])).value).toBeUndefined();
  });

  it('warns about duplicates, identities, one-target splits and one-source merges', () => {
    expect(codes(rows([A, B, 'rename'], [A, B, 'rename']))).toEqual([['leika/map-duplicate-row', 3]]);
    expect(codes(rows([A, A, 'rename']))).toEqual([['leika/map-identity', 2]]);
    expect(codes(rows([A, B, 'split']))).toEqual([['leika/map-split-single', 2]]);
    expect(codes(rows([A, B, 'merge']))).toEqual([['leika/map-merge-single', 2]]);
    expect(checkMapping(rows([A, B, 'merge'])).value?.replace.get(A)).toBe(B);
  });
});

describe('invertMapping and mappingToCsv', () => {
  it('swaps keys and turns splits into merges and back', () => {
    expect(invertMapping(rows([A, B, 'rename'], [C, D, 'split'], [B, D, 'merge']))).toEqual([
      { old: B, new: A, kind: 'rename' },
      { old: D, new: C, kind: 'merge' },
      { old: D, new: B, kind: 'split' },
    ]);
  });

  it('writes CSV that reads back', () => {
    const r = rows([A, B, 'rename'], [C, D, 'merge']);
    expect(parseMapping(mappingToCsv(r)).value).toEqual(r);
  });
});
