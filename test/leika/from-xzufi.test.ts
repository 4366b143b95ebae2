/** The LeiKa catalogue from XZuFi 2.2.0 Leistungen, through the typed XZuFi model. */
import { describe, expect, it } from 'vitest';
import { catalogueFromXzufi, leistungenOf } from '../../src/leika/index.js';
import { parse } from '../../src/xzufi/v2_2/index.js';
import { fixtureBytes } from './support.js';

describe('catalogueFromXzufi', () => {
  const doc = parse(fixtureBytes('leistungen-2025.xzufi.xml')).value;
  const leistungen = leistungenOf(doc === undefined ? [] : [doc]);
  const { value, diagnostics } = catalogueFromXzufi(leistungen);

  it('finds the three Leistungen of the transfer message', () => {
    expect(leistungen.map((l) => l.id.value)).toEqual(['99050013001000', '99123456001000', 'L-7']);
  });

  it('maps Textmodule 02/03, Typisierung, Begriffe im Kontext and the version date', () => {
    expect(value?.eintraege).toEqual([
      {
        schluessel: '99050013001000',
        bezeichnung: 'Fischereischein Erteilung',
        bezeichnung2: 'Fischereischein beantragen',
        typ: ['4a'],
        besondereMerkmale: [],
        synonyme: ['Angelschein', 'Fischerprüfung'],
        veroeffentlichungsdatum: '2024-05-02T11:15',
        weitereSpalten: {},
      },
      {
        schluessel: '99123456001000',
        bezeichnung: 'Übersiedlungsbescheinigung Ausstellung',
        typ: ['1', '2/3'],
        besondereMerkmale: [],
        synonyme: [],
        veroeffentlichungsdatum: '2025-01-15T12:00',
        weitereSpalten: {},
      },
    ]);
  });

  it('leaves out the Leistung without a LeiKa key, with an info', () => {
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['leika/xzufi-no-key', 'info', '/leistung[id=L-7]'],
    ]);
  });

  it('reports several keys, duplicates and a missing Bezeichnung', () => {
    const [first] = leistungen;
    if (first === undefined) throw new Error('fixture has no Leistung');
    const two = { ...first, referenzLeiKa: [...first.referenzLeiKa, { code: '99001001001000' }] };
    const noName = { ...first, modulText: [] };
    const r = catalogueFromXzufi([two, noName]);
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'leika/xzufi-several-keys',
      'leika/xzufi-duplicate-key',
      'leika/xzufi-no-bezeichnung',
    ]);
    expect(r.value?.eintraege.map((e) => [e.schluessel, e.bezeichnung])).toEqual([
      ['99050013001000', 'Fischereischein Erteilung'],
      ['99050013001000', ''],
    ]);
  });
});
