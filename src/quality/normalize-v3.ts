/**
 * XDatenfelder 3.0.0 model → the neutral quality view ({@link QDocument}).
 *
 * @module
 */
import type {
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  Rechtsbezug,
  Regel,
  Stammdatenschema,
  Struktur,
  Xdf3Document,
} from '../xdatenfelder/v3/index.js';
import type { QBezug, QDocument, QElement, QUse } from './model.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function bezuege(list: readonly Rechtsbezug[]): QBezug[] {
  return list.map((b) =>
    b.link === undefined ? { value: b.value, source: b } : { value: b.value, link: b.link, source: b },
  );
}

/** Drops `undefined` members, so optional members stay absent under `exactOptionalPropertyTypes`. */
export function strip<T extends object>(o: { [K in keyof T]?: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * Builds the neutral view of an XDF3 document, or `undefined` for messages without elements (code
 * lists, translations).
 *
 * @example
 * ```ts
 * const q = normalizeXdf3(parse(xml).value!);
 * q?.occurrences.length;
 * ```
 */
export function normalizeXdf3(doc: Xdf3Document): QDocument | undefined {
  const occurrences: QElement[] = [];
  const uses: QUse[] = [];

  const regel = (r: Regel): QElement => {
    const e = strip<QElement>({
      kind: 'regel',
      id: r.identifikation.id,
      version: r.identifikation.version,
      source: r,
      name: r.name,
      bezug: bezuege(r.bezug),
      fachlicherErsteller: r.fachlicherErsteller,
      freitextRegel: r.freitextRegel,
      children: [],
    });
    occurrences.push(e);
    return e;
  };

  const struktur = (parent: Mutable<QElement>, list: readonly Struktur[]): void => {
    const children: QUse[] = [];
    for (const s of list) {
      const child =
        s.enthaelt.datenfeld !== undefined ? feld(s.enthaelt.datenfeld) : gruppe(s.enthaelt.datenfeldgruppe);
      const use: QUse = { parent, child, anzahl: s.anzahl, bezug: bezuege(s.bezug), source: s };
      children.push(use);
      uses.push(use);
    }
    parent.children = children;
  };

  const common = (x: Datenfeld | Datenfeldgruppe | Stammdatenschema | Dokumentsteckbrief) => ({
    id: x.identifikation.id,
    version: x.identifikation.version,
    source: x,
    name: x.name,
    definition: x.definition,
    bezug: bezuege(x.bezug),
    status: x.freigabestatus.code,
    statusGesetztAm: x.statusGesetztAm,
    veroeffentlichungsdatum: x.veroeffentlichungsdatum,
    fachlicherErsteller: x.statusGesetztDurch,
  });

  const gruppe = (g: Datenfeldgruppe): QElement => {
    const e: Mutable<QElement> = strip({
      kind: 'datenfeldgruppe',
      ...common(g),
      bezeichnungEingabe: g.bezeichnungEingabe,
      bezeichnungAusgabe: g.bezeichnungAusgabe,
      hilfetextEingabe: g.hilfetextEingabe,
      hilfetextAusgabe: g.hilfetextAusgabe,
      schemaelementart: g.schemaelementart.code,
      art: g.art?.code,
      children: [],
    });
    occurrences.push(e);
    for (const r of g.regel) regel(r);
    struktur(e, g.struktur);
    return e;
  };

  const feld = (f: Datenfeld): QElement => {
    const p = f.praezisierung;
    const e: QElement = strip({
      kind: 'datenfeld',
      ...common(f),
      bezeichnungEingabe: f.bezeichnungEingabe,
      bezeichnungAusgabe: f.bezeichnungAusgabe,
      hilfetextEingabe: f.hilfetextEingabe,
      hilfetextAusgabe: f.hilfetextAusgabe,
      schemaelementart: f.schemaelementart.code,
      feldart: f.feldart.code,
      datentyp: f.datentyp.code,
      praezisierung:
        p === undefined
          ? undefined
          : strip({
              minLength: p.minLength,
              maxLength: p.maxLength,
              minValue: p.minValue,
              maxValue: p.maxValue,
              pattern: p.pattern,
            }),
      inhalt: f.inhalt,
      codelisteReferenz:
        f.codelisteReferenz === undefined
          ? undefined
          : {
              id: f.codelisteReferenz.canonicalIdentification ?? '',
              version: f.codelisteReferenz.version,
              canonicalIdentification: f.codelisteReferenz.canonicalIdentification,
              canonicalVersion: f.codelisteReferenz.version,
              source: f.codelisteReferenz,
            },
      werte: f.werte?.wert.map((w) => ({ code: w.code, name: w.name })),
      codeKey: f.codeKey,
      nameKey: f.nameKey,
      helpKey: f.helpKey,
      maxSize: f.maxSize,
      mediaType: f.mediaType,
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
        bezeichnung: s.bezeichnung,
        hilfetext: s.hilfetext,
        dokumentsteckbrief: { id: s.dokumentsteckbrief.id, version: s.dokumentsteckbrief.version },
        children: [],
      });
      occurrences.push(e);
      for (const r of s.regel) regel(r);
      struktur(e, s.struktur);
      return { format: 'xdf3', root: e, occurrences, uses };
    }
    case 'xdatenfelder.datenfeldgruppe.0103':
      return { format: 'xdf3', root: gruppe(doc.model.datenfeldgruppe), occurrences, uses };
    case 'xdatenfelder.datenfeld.0104':
      return { format: 'xdf3', root: feld(doc.model.datenfeld), occurrences, uses };
    case 'xdatenfelder.dokumentsteckbrief.0101': {
      const d = doc.model.dokumentsteckbrief;
      const e: QElement = strip({
        kind: 'dokumentsteckbrief',
        ...common(d),
        bezeichnung: d.bezeichnung,
        hilfetext: d.hilfetext,
        children: [],
      });
      occurrences.push(e);
      return { format: 'xdf3', root: e, occurrences, uses };
    }
    default:
      return undefined;
  }
}
