/**
 * XDatenfelder 2.0 model → the neutral quality view ({@link QDocument}).
 *
 * @module
 */
import type {
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  Regel,
  Stammdatenschema,
  Struktur,
  Xdf2Document,
} from '../xdatenfelder/v2/index.js';
import { parsePraezisierung } from '../xdatenfelder/v2/index.js';
import type { QBezug, QDocument, QElement, QPraezisierung, QUse } from './model.js';
import { strip } from './normalize-v3.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function bezug(text: string): QBezug[] {
  return text.trim() === '' ? [] : [{ value: text }];
}

/** The pre-JSON notation `min..max` (e.g. `1..31`), read as a value range. */
const OLD_RANGE = /^\s*(-?\d+(?:[.,]\d+)?)?\.\.(-?\d+(?:[.,]\d+)?)?\s*$/;

function praezisierung(raw: string): QPraezisierung | undefined {
  if (raw.trim() === '') return undefined;
  const old = OLD_RANGE.exec(raw);
  if (old !== null) return strip<QPraezisierung>({ minValue: old[1], maxValue: old[2] });
  const { value } = parsePraezisierung(raw);
  if (value === undefined) return undefined;
  return strip<QPraezisierung>({
    minLength: value.minLength?.toString(),
    maxLength: value.maxLength?.toString(),
    minValue: value.minValue,
    maxValue: value.maxValue,
    pattern: value.pattern,
  });
}

/**
 * Builds the neutral view of an XDF2 document, or `undefined` for code list messages.
 *
 * @example
 * ```ts
 * const q = normalizeXdf2(parse(xml).value!);
 * q?.uses.length;
 * ```
 */
export function normalizeXdf2(doc: Xdf2Document): QDocument | undefined {
  const occurrences: QElement[] = [];
  const uses: QUse[] = [];

  const common = (x: Datenfeld | Datenfeldgruppe | Stammdatenschema | Dokumentsteckbrief | Regel) => ({
    id: x.identifikation.id,
    version: x.identifikation.version,
    source: x,
    name: x.name,
    definition: x.definition,
    bezug: bezug(x.bezug),
    status: x.status.code,
    veroeffentlichungsdatum: x.veroeffentlichungsdatum,
    fachlicherErsteller: x.fachlicherErsteller,
    bezeichnungEingabe: x.bezeichnungEingabe,
    bezeichnungAusgabe: x.bezeichnungAusgabe,
  });

  const regel = (r: Regel): void => {
    occurrences.push(strip<QElement>({ kind: 'regel', ...common(r), children: [] }));
  };

  const struktur = (parent: Mutable<QElement>, list: readonly Struktur[]): void => {
    const children: QUse[] = [];
    for (const s of list) {
      const child =
        s.enthaelt.datenfeld !== undefined ? feld(s.enthaelt.datenfeld) : gruppe(s.enthaelt.datenfeldgruppe);
      const use: QUse = { parent, child, anzahl: s.anzahl, bezug: bezug(s.bezug), source: s };
      children.push(use);
      uses.push(use);
    }
    parent.children = children;
  };

  const gruppe = (g: Datenfeldgruppe): QElement => {
    const e: Mutable<QElement> = strip({
      kind: 'datenfeldgruppe',
      ...common(g),
      hilfetextEingabe: g.hilfetextEingabe,
      hilfetextAusgabe: g.hilfetextAusgabe,
      schemaelementart: g.schemaelementart.code,
      children: [],
    });
    occurrences.push(e);
    for (const r of g.regel) regel(r);
    struktur(e, g.struktur);
    return e;
  };

  const feld = (f: Datenfeld): QElement => {
    const c = f.codelisteReferenz;
    const e: QElement = strip({
      kind: 'datenfeld',
      ...common(f),
      hilfetextEingabe: f.hilfetextEingabe,
      hilfetextAusgabe: f.hilfetextAusgabe,
      schemaelementart: f.schemaelementart.code,
      feldart: f.feldart.code,
      datentyp: f.datentyp.code,
      praezisierung: praezisierung(f.praezisierung),
      praezisierungRaw: f.praezisierung,
      inhalt: f.inhalt,
      codelisteReferenz:
        c === undefined
          ? undefined
          : {
              id: c.identifikation.id,
              version: c.identifikation.version,
              canonicalIdentification: c.genericodeIdentification.canonicalIdentification,
              canonicalVersion: c.genericodeIdentification.version,
              source: c,
            },
      children: [],
    });
    occurrences.push(e);
    for (const r of f.regel) regel(r);
    return e;
  };

  switch (doc.message) {
    case 'xdatenfelder.stammdatenschema.0102': {
      const s = doc.model.stammdatenschema;
      const e: Mutable<QElement> = strip({
        kind: 'stammdatenschema',
        ...common(s),
        hilfetext: s.hilfetext,
        children: [],
      });
      occurrences.push(e);
      for (const r of s.regel) regel(r);
      struktur(e, s.struktur);
      return { format: 'xdf2', root: e, occurrences, uses };
    }
    case 'xdatenfelder.datenfeldgruppe.0103':
      return { format: 'xdf2', root: gruppe(doc.model.datenfeldgruppe), occurrences, uses };
    case 'xdatenfelder.datenfeld.0104':
      return { format: 'xdf2', root: feld(doc.model.datenfeld), occurrences, uses };
    case 'xdatenfelder.dokumentsteckbrief.0101': {
      const d = doc.model.dokumentensteckbrief;
      const e: QElement = strip({
        kind: 'dokumentsteckbrief',
        ...common(d),
        hilfetext: d.hilfetext,
        children: [],
      });
      occurrences.push(e);
      return { format: 'xdf2', root: e, occurrences, uses };
    }
    default:
      return undefined;
  }
}
