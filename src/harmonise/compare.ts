/**
 * Property-by-property comparison of a local element with its Stamm counterpart, each difference
 * classified as restriction, extension, other structural, representation or metadata.
 *
 * @module
 */
import { parseAnzahl } from '../xdatenfelder/element-index.js';
import type { ChildView, ElementView } from './elements.js';
import type { DifferenceKind } from './rules.js';

/**
 * One difference of a matched element pair.
 *
 * @example
 * ```ts
 * const d: Difference = { kind: 'representation', property: 'bezeichnungEingabe', before: 'Name', after: 'Nachname' };
 * ```
 */
export interface Difference {
  readonly kind: DifferenceKind;
  /** XSD element name, or `struktur[<child key>]` / `struktur[<child key>].anzahl` for child references. */
  readonly property: string;
  readonly before?: string;
  readonly after?: string;
}

const REPRESENTATION = [
  'bezeichnungEingabe',
  'bezeichnungAusgabe',
  'hilfetextEingabe',
  'hilfetextAusgabe',
  'inhalt',
] as const;

function num(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Direction of a bound change: `up` when the local value is larger (or the bound was added). */
function bound(before: string | undefined, after: string | undefined, isLower: boolean): DifferenceKind {
  const b = num(before);
  const a = num(after);
  if (b === undefined && a !== undefined) return 'restriction';
  if (b !== undefined && a === undefined) return 'extension';
  if (b === undefined || a === undefined) return 'other';
  const up = a > b;
  return isLower === up ? 'restriction' : 'extension';
}

function anzahlKind(before: string, after: string): DifferenceKind {
  const b = parseAnzahl(before);
  const a = parseAnzahl(after);
  if (a === undefined || b === undefined) return 'other';
  const bMax = b.max === 'unbounded' ? Number.POSITIVE_INFINITY : b.max;
  const aMax = a.max === 'unbounded' ? Number.POSITIVE_INFINITY : a.max;
  const narrower = a.min >= b.min && aMax <= bMax;
  const wider = a.min <= b.min && aMax >= bMax;
  if (narrower && !wider) return 'restriction';
  if (wider && !narrower) return 'extension';
  return 'other';
}

/**
 * Compares a Stamm element with the local element matched to it. `mapChild` maps a Stamm child key to
 * the local key it was matched with (identity when unmatched).
 *
 * @example
 * ```ts
 * const diffs = compareElements(stammField, localField, (k) => k);
 * diffs.filter((d) => d.kind === 'restriction');
 * ```
 */
export function compareElements(
  stamm: ElementView,
  local: ElementView,
  mapChild: (stammChildKey: string) => string,
): Difference[] {
  const out: Difference[] = [];
  const push = (
    kind: DifferenceKind,
    property: string,
    before: string | undefined,
    after: string | undefined,
  ) =>
    out.push({
      kind,
      property,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    });

  for (const p of REPRESENTATION) {
    if ((stamm[p] ?? '') !== (local[p] ?? '')) push('representation', p, stamm[p], local[p]);
  }
  for (const k of new Set([...Object.keys(stamm.metadata), ...Object.keys(local.metadata)])) {
    if (stamm.metadata[k] !== local.metadata[k]) push('metadata', k, stamm.metadata[k], local.metadata[k]);
  }
  if (stamm.schemaelementart !== local.schemaelementart)
    push('metadata', 'schemaelementart', stamm.schemaelementart, local.schemaelementart);
  if (stamm.datentyp !== local.datentyp) push('other', 'datentyp', stamm.datentyp, local.datentyp);
  if (stamm.feldart !== local.feldart)
    push('other', stamm.kind === 'datenfeld' ? 'feldart' : 'art', stamm.feldart, local.feldart);

  const sp = stamm.praezisierung;
  const lp = local.praezisierung;
  for (const [prop, isLower] of [
    ['minLength', true],
    ['maxLength', false],
    ['minValue', true],
    ['maxValue', false],
  ] as const) {
    if ((sp[prop] ?? '') !== (lp[prop] ?? ''))
      push(bound(sp[prop], lp[prop], isLower), prop, sp[prop], lp[prop]);
  }
  if ((sp.pattern ?? '') !== (lp.pattern ?? '')) {
    const kind = sp.pattern === undefined ? 'restriction' : lp.pattern === undefined ? 'extension' : 'other';
    push(kind, 'pattern', sp.pattern, lp.pattern);
  }

  if (stamm.codeliste !== local.codeliste)
    push('other', 'codelisteReferenz', stamm.codeliste, local.codeliste);
  else if (stamm.codelisteVersion !== local.codelisteVersion)
    push('metadata', 'codelisteReferenz/version', stamm.codelisteVersion, local.codelisteVersion);

  if (stamm.werte !== undefined || local.werte !== undefined) {
    const before = new Set(stamm.werte ?? []);
    const after = new Set(local.werte ?? []);
    const removed = [...before].filter((c) => !after.has(c));
    const added = [...after].filter((c) => !before.has(c));
    if (stamm.werte === undefined || local.werte === undefined) {
      push('other', 'werte', stamm.werte?.join(','), local.werte?.join(','));
    } else if (removed.length > 0 || added.length > 0) {
      const kind = added.length === 0 ? 'restriction' : removed.length === 0 ? 'extension' : 'other';
      push(
        kind,
        'werte',
        removed.length > 0 ? `-${removed.join(',')}` : undefined,
        added.length > 0 ? `+${added.join(',')}` : undefined,
      );
    }
  }

  const sr = [...stamm.regeln].sort().join(',');
  const lr = [...local.regeln].sort().join(',');
  if (sr !== lr) push('other', 'regel', sr, lr);

  compareChildren(stamm.children, local.children, mapChild, push);
  return out;
}

function compareChildren(
  stammChildren: readonly ChildView[],
  localChildren: readonly ChildView[],
  mapChild: (k: string) => string,
  push: (
    kind: DifferenceKind,
    property: string,
    before: string | undefined,
    after: string | undefined,
  ) => void,
): void {
  const local = new Map(localChildren.map((c) => [c.key, c]));
  const seen = new Set<string>();
  for (const s of stammChildren) {
    const key = mapChild(s.key);
    const l = local.get(key);
    if (l === undefined) {
      const min = parseAnzahl(s.anzahl)?.min ?? 1;
      push(min === 0 ? 'restriction' : 'other', `struktur[${s.key}]`, s.anzahl, undefined);
      continue;
    }
    seen.add(key);
    if (s.anzahl !== l.anzahl)
      push(anzahlKind(s.anzahl, l.anzahl), `struktur[${s.key}].anzahl`, s.anzahl, l.anzahl);
    if (s.bezug.join('\n') !== l.bezug.join('\n'))
      push('metadata', `struktur[${s.key}].bezug`, s.bezug.join('; '), l.bezug.join('; '));
  }
  for (const l of localChildren) {
    if (!seen.has(l.key)) push('extension', `struktur[${l.key}]`, undefined, l.anzahl);
  }
}
