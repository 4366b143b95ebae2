/**
 * Flat, comparable views of the fields, groups and the schema of an XDatenfelder 3.0.0 document: the
 * input of every harmonisation analysis (classification, reuse, near-duplicates, clusters).
 *
 * @module
 */

import { parseAnzahl } from '../xdatenfelder/element-index.js';
import type {
  Datenfeld,
  Datenfeldgruppe,
  Stammdatenschema,
  Struktur,
  Xdf3Document,
} from '../xdatenfelder/v3/index.js';

/** The kinds of element a view describes. */
export type ElementKind = 'stammdatenschema' | 'datenfeldgruppe' | 'datenfeld';

/**
 * One child reference (`struktur`) of a schema or group.
 *
 * @example
 * ```ts
 * const ref: ChildView = { key: 'F60000000001@1.0.0', id: 'F60000000001', kind: 'datenfeld', anzahl: '1:1', bezug: [] };
 * ```
 */
export interface ChildView {
  /** `id@version` of the child. */
  readonly key: string;
  readonly id: string;
  readonly kind: 'datenfeld' | 'datenfeldgruppe';
  /** Cardinality as written (`min:max`). */
  readonly anzahl: string;
  /** `struktur/bezug` texts. */
  readonly bezug: readonly string[];
}

/**
 * Everything the harmonisation engine compares about one element, in XSD element names.
 *
 * @example
 * ```ts
 * const views = elementViews(document); // Map<'F60000000001@1.0.0', ElementView>
 * ```
 */
export interface ElementView {
  readonly kind: ElementKind;
  /** `id@version` (just `id` when unversioned). */
  readonly key: string;
  readonly id: string;
  readonly version: string | undefined;
  readonly name: string;
  /** `bezeichnungEingabe` (schema: `bezeichnung`). */
  readonly bezeichnungEingabe: string;
  readonly bezeichnungAusgabe: string | undefined;
  /** `hilfetextEingabe` (schema: `hilfetext`). */
  readonly hilfetextEingabe: string | undefined;
  readonly hilfetextAusgabe: string | undefined;
  /** `schemaelementart` code (ABS, HAR, RNG); undefined for the schema. */
  readonly schemaelementart: string | undefined;
  readonly datentyp: string | undefined;
  readonly feldart: string | undefined;
  readonly praezisierung: Readonly<
    Record<'minLength' | 'maxLength' | 'minValue' | 'maxValue' | 'pattern', string | undefined>
  >;
  /** `codelisteReferenz/canonicalIdentification`. */
  readonly codeliste: string | undefined;
  readonly codelisteVersion: string | undefined;
  /** Codes of the inline `werte`, in document order; undefined when the field has none. */
  readonly werte: readonly string[] | undefined;
  readonly inhalt: string | undefined;
  /** Descriptive metadata compared as one value each (beschreibung, definition, bezug, stichwort, ...). */
  readonly metadata: Readonly<Record<string, string>>;
  /** Rule ids (`id@version`) attached to the element. */
  readonly regeln: readonly string[];
  readonly children: readonly ChildView[];
  /** Targets of `ABL` relations (`id@version`, or `id`). */
  readonly derivedFrom: readonly string[];
  /** The model object (for source positions). */
  readonly element: Datenfeld | Datenfeldgruppe | Stammdatenschema;
}

/**
 * The views of one document: its root (the schema, or the group/field of a 0103/0104 message) and all
 * distinct fields and groups below it (first occurrence of each `id@version`).
 *
 * @example
 * ```ts
 * const { root, elements } = documentViews(parsed.document);
 * ```
 */
export interface DocumentViews {
  readonly root: ElementView | undefined;
  /** Fields and groups by key, in document order. */
  readonly elements: ReadonlyMap<string, ElementView>;
}

/**
 * `id@version` of an identification (just `id` without a version).
 *
 * @example
 * ```ts
 * keyOf({ id: 'F1', version: '1.0.0' }); // 'F1@1.0.0'
 * ```
 */
export function keyOf(identifikation: {
  readonly id: string;
  readonly version?: string | undefined;
}): string {
  const v = identifikation.version;
  return v === undefined || v === '' ? identifikation.id : `${identifikation.id}@${v}`;
}

/**
 * Nummernkreis of a FIM id: characters 2–3 (`F60000000001` → `60`).
 *
 * @example
 * ```ts
 * nummernkreis('G05000000012'); // '05'
 * ```
 */
export function nummernkreis(id: string): string {
  return id.slice(1, 3);
}

const METADATA = [
  'beschreibung',
  'definition',
  'bezug',
  'stichwort',
  'gueltigAb',
  'gueltigBis',
  'vorbefuellung',
] as const;

function metadataOf(e: Datenfeld | Datenfeldgruppe | Stammdatenschema): Record<string, string> {
  const out: Record<string, string> = {};
  const rec = e as unknown as Record<string, unknown>;
  for (const k of METADATA) {
    const v = rec[k];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = JSON.stringify(v);
  }
  return out;
}

function childrenOf(struktur: readonly Struktur[]): ChildView[] {
  const out: ChildView[] = [];
  for (const s of struktur) {
    const f = s.enthaelt.datenfeld;
    const g = s.enthaelt.datenfeldgruppe;
    const el = f ?? g;
    if (el === undefined) continue;
    out.push({
      key: keyOf(el.identifikation),
      id: el.identifikation.id,
      kind: f !== undefined ? 'datenfeld' : 'datenfeldgruppe',
      anzahl: s.anzahl.trim(),
      bezug: s.bezug.map((b) => b.value),
    });
  }
  return out;
}

function ablOf(e: Datenfeld | Datenfeldgruppe | Stammdatenschema): string[] {
  return e.relation.filter((r) => r.praedikat.code === 'ABL').map((r) => keyOf(r.objekt));
}

const NO_PRAEZISIERUNG = {
  minLength: undefined,
  maxLength: undefined,
  minValue: undefined,
  maxValue: undefined,
  pattern: undefined,
};

function fieldView(f: Datenfeld): ElementView {
  const p = f.praezisierung;
  return {
    kind: 'datenfeld',
    key: keyOf(f.identifikation),
    id: f.identifikation.id,
    version: f.identifikation.version,
    name: f.name,
    bezeichnungEingabe: f.bezeichnungEingabe,
    bezeichnungAusgabe: f.bezeichnungAusgabe,
    hilfetextEingabe: f.hilfetextEingabe,
    hilfetextAusgabe: f.hilfetextAusgabe,
    schemaelementart: f.schemaelementart.code,
    datentyp: f.datentyp.code,
    feldart: f.feldart.code,
    praezisierung:
      p === undefined
        ? NO_PRAEZISIERUNG
        : {
            minLength: p.minLength,
            maxLength: p.maxLength,
            minValue: p.minValue,
            maxValue: p.maxValue,
            pattern: p.pattern,
          },
    codeliste: f.codelisteReferenz?.canonicalIdentification,
    codelisteVersion: f.codelisteReferenz?.version,
    werte: f.werte?.wert.map((w) => w.code),
    inhalt: f.inhalt,
    metadata: metadataOf(f),
    regeln: f.regel.map((r) => keyOf(r.identifikation)),
    children: [],
    derivedFrom: ablOf(f),
    element: f,
  };
}

function groupView(g: Datenfeldgruppe): ElementView {
  return {
    kind: 'datenfeldgruppe',
    key: keyOf(g.identifikation),
    id: g.identifikation.id,
    version: g.identifikation.version,
    name: g.name,
    bezeichnungEingabe: g.bezeichnungEingabe,
    bezeichnungAusgabe: g.bezeichnungAusgabe,
    hilfetextEingabe: g.hilfetextEingabe,
    hilfetextAusgabe: g.hilfetextAusgabe,
    schemaelementart: g.schemaelementart.code,
    datentyp: undefined,
    feldart: g.art?.code,
    praezisierung: NO_PRAEZISIERUNG,
    codeliste: undefined,
    codelisteVersion: undefined,
    werte: undefined,
    inhalt: undefined,
    metadata: metadataOf(g),
    regeln: g.regel.map((r) => keyOf(r.identifikation)),
    children: childrenOf(g.struktur),
    derivedFrom: ablOf(g),
    element: g,
  };
}

function schemaView(s: Stammdatenschema): ElementView {
  return {
    kind: 'stammdatenschema',
    key: keyOf(s.identifikation),
    id: s.identifikation.id,
    version: s.identifikation.version,
    name: s.name,
    bezeichnungEingabe: s.bezeichnung,
    bezeichnungAusgabe: undefined,
    hilfetextEingabe: s.hilfetext,
    hilfetextAusgabe: undefined,
    schemaelementart: undefined,
    datentyp: undefined,
    feldart: undefined,
    praezisierung: NO_PRAEZISIERUNG,
    codeliste: undefined,
    codelisteVersion: undefined,
    werte: undefined,
    inhalt: undefined,
    metadata: metadataOf(s),
    regeln: s.regel.map((r) => keyOf(r.identifikation)),
    children: childrenOf(s.struktur),
    derivedFrom: ablOf(s),
    element: s,
  };
}

/**
 * Flattens an XDatenfelder 3.0.0 document into element views (fields and groups deduplicated by
 * `id@version`, first occurrence wins).
 *
 * @example
 * ```ts
 * const { root, elements } = documentViews(v3.parse(bytes).value!);
 * root?.children.length;
 * ```
 */
export function documentViews(document: Xdf3Document): DocumentViews {
  const elements = new Map<string, ElementView>();
  const visit = (struktur: readonly Struktur[]) => {
    for (const s of struktur) {
      const f = s.enthaelt.datenfeld;
      const g = s.enthaelt.datenfeldgruppe;
      if (f !== undefined) {
        const key = keyOf(f.identifikation);
        if (!elements.has(key)) elements.set(key, fieldView(f));
      } else if (g !== undefined) {
        const key = keyOf(g.identifikation);
        if (elements.has(key)) continue;
        elements.set(key, groupView(g));
        visit(g.struktur);
      }
    }
  };
  let root: ElementView | undefined;
  if (document.message === 'xdatenfelder.stammdatenschema.0102') {
    root = schemaView(document.model.stammdatenschema);
    visit(document.model.stammdatenschema.struktur);
  } else if (document.message === 'xdatenfelder.datenfeldgruppe.0103') {
    root = groupView(document.model.datenfeldgruppe);
    elements.set(root.key, root);
    visit(document.model.datenfeldgruppe.struktur);
  } else if (document.message === 'xdatenfelder.datenfeld.0104') {
    root = fieldView(document.model.datenfeld);
    elements.set(root.key, root);
  }
  return { root, elements };
}

/**
 * Minimum of a cardinality text (`0:1` → 0); undefined when malformed.
 *
 * @example
 * ```ts
 * minOf('1:*'); // 1
 * ```
 */
export function minOf(anzahl: string): number | undefined {
  return parseAnzahl(anzahl)?.min;
}
