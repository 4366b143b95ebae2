import { describe, expect, it } from 'vitest';
import type { ChildView, ElementView } from './elements.js';
import {
  alignChildren,
  type OriginOffer,
  PARENT_MIN_SCORE,
  pairKey,
  parentAlignments,
} from './similar-context.js';
import { keptShare } from './similar-score.js';

const NONE = {
  minLength: undefined,
  maxLength: undefined,
  minValue: undefined,
  maxValue: undefined,
  pattern: undefined,
};

/** A hand-made view: only what alignment and restriction read (kind, id, datentyp, feldart, children). */
function view(
  id: string,
  options: { datentyp?: string; feldart?: string; children?: readonly ChildView[] } = {},
): ElementView {
  const kind = id.startsWith('G') ? 'datenfeldgruppe' : 'datenfeld';
  return {
    kind,
    key: `${id}@1.0.0`,
    id,
    version: '1.0.0',
    name: id,
    bezeichnungEingabe: id,
    bezeichnungAusgabe: undefined,
    hilfetextEingabe: undefined,
    hilfetextAusgabe: undefined,
    schemaelementart: 'RNG',
    datentyp: options.datentyp,
    feldart: options.feldart,
    praezisierung: NONE,
    codeliste: undefined,
    codelisteVersion: undefined,
    werte: undefined,
    inhalt: undefined,
    metadata: {},
    regeln: [],
    children: options.children ?? [],
    derivedFrom: [],
    element: undefined as unknown as ElementView['element'],
  };
}

function child(v: ElementView, anzahl = '1:1'): ChildView {
  const kind = v.kind === 'datenfeldgruppe' ? 'datenfeldgruppe' : 'datenfeld';
  return { key: v.key, id: v.id, kind, anzahl, bezug: [] };
}

// The brief's example: a local "Zeitraum" copy whose date fields "von"/"bis" replaced "Anfang"/"Ende".
const hinweis = view('F60000000001', { datentyp: 'text', feldart: 'label' });
const anfang = view('F60000000048', { datentyp: 'date', feldart: 'input' });
const ende = view('F60000000049', { datentyp: 'date', feldart: 'input' });
const von = view('F05000017278', { datentyp: 'date', feldart: 'input' });
const bis = view('F05000017279', { datentyp: 'date', feldart: 'input' });
const text = view('F05000017280', { datentyp: 'text', feldart: 'input' });
const zeitraum = view('G60000000019', { children: [child(hinweis, '0:1'), child(anfang), child(ende)] });
const copy = view('G05000012346', { children: [child(hinweis, '0:1'), child(von), child(bis)] });
const views = new Map([anfang, ende, von, bis, text, hinweis, zeitraum, copy].map((v) => [v.key, v]));

describe('alignChildren', () => {
  it('skips children taken over and pairs the replaced ones in order', () => {
    const aligned = alignChildren(copy, zeitraum, views).map(([x, y]) => [x.id, y.id]);
    // Hand-aligned: the Hinweis is the same id; von stands where Anfang stood, bis where Ende stood.
    expect(aligned).toEqual([
      [von.id, anfang.id],
      [bis.id, ende.id],
    ]);
  });

  it('does not align children of another datentyp or cardinality', () => {
    const other = view('G05000012347', { children: [child(text), child(von, '0:1')] });
    // text has no text/input partner in the origin; von is 0:1 where Anfang and Ende are 1:1.
    expect(alignChildren(other, zeitraum, views)).toEqual([]);
  });

  it('keeps document order: a match never goes back before the previous one', () => {
    const swapped = view('G05000012348', { children: [child(bis), child(text), child(von)] });
    const aligned = alignChildren(swapped, zeitraum, views).map(([x, y]) => [x.id, y.id]);
    // bis takes Anfang (first compatible); von can then only take Ende.
    expect(aligned).toEqual([
      [bis.id, anfang.id],
      [von.id, ende.id],
    ]);
  });
});

describe('parentAlignments', () => {
  const sibling = view('G60000000020', { children: [child(hinweis, '0:1'), child(ende), child(anfang)] });

  it('aligns the children of each group with its best candidate origin only', () => {
    const offers: OriginOffer[] = [
      { copy, origin: zeitraum, score: 0.9 },
      { copy, origin: sibling, score: 0.85 },
    ];
    const out = parentAlignments(offers, views);
    expect([...out.keys()].sort()).toEqual([pairKey(von.key, anfang.key), pairKey(bis.key, ende.key)].sort());
    expect(out.get(pairKey(von.key, anfang.key))).toEqual({
      copy: von.key,
      origin: anfang.key,
      parentScore: 0.9,
    });
  });

  it('keeps tied best origins and ignores parents below the confidence threshold', () => {
    const tied = parentAlignments(
      [
        { copy, origin: zeitraum, score: 0.9 },
        { copy, origin: sibling, score: 0.9 },
      ],
      views,
    );
    // 2 pairs from Zeitraum (von~Anfang, bis~Ende) + 2 from the other (von~Ende, bis~Anfang): 4.
    expect(tied.size).toBe(4);
    expect(parentAlignments([{ copy, origin: zeitraum, score: PARENT_MIN_SCORE - 0.01 }], views).size).toBe(
      0,
    );
  });

  it('aligns nothing below fields', () => {
    expect(parentAlignments([{ copy: von, origin: anfang, score: 1 }], views).size).toBe(0);
  });
});

describe('keptShare (rule restriction)', () => {
  const art = view('F05000017554', { datentyp: 'text', feldart: 'input' });
  const umfang = view('F05000017555', { datentyp: 'text', feldart: 'input' });
  const schule = view('F05000017556', { datentyp: 'text', feldart: 'input' });
  const qualifikation = view('G05000011703', { children: [child(art), child(umfang), child(schule)] });

  it('is 1 when every child of the copy is a child of the origin', () => {
    const weitere = view('G05000011707', { children: [child(art), child(umfang)] });
    expect(keptShare(weitere, qualifikation)).toBe(1);
    // The other way round only 2 of the 3 children are kept.
    expect(keptShare(qualifikation, weitere)).toBeCloseTo(2 / 3, 10);
  });

  it('counts distinct ids and needs two of them; 0 for fields', () => {
    const half = view('G05000011708', { children: [child(art), child(text), child(art, '0:1')] });
    expect(keptShare(half, qualifikation)).toBe(0.5);
    expect(keptShare(view('G05000011709', { children: [child(art)] }), qualifikation)).toBe(0);
    expect(keptShare(art, umfang)).toBe(0);
  });
});
