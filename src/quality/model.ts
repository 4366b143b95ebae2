/**
 * The version-neutral view the quality rules read: every element of an XDF2 or XDF3 document with the
 * members the XDFM rules look at, plus the structure references (`struktur`) between them. Built by
 * `normalize-v2.ts` / `normalize-v3.ts`; each node keeps the model object it came from (`source`), so
 * findings carry the position of the original element (STYLE.md §6).
 *
 * @module
 */

/** Which XDatenfelder version a document or rule belongs to. */
export type QualityFormat = 'xdf2' | 'xdf3';

/** The kind of element a finding is attached to (names as in the XSD). */
export type ElementKind =
  | 'stammdatenschema'
  | 'datenfeldgruppe'
  | 'datenfeld'
  | 'regel'
  | 'dokumentsteckbrief'
  | 'codelisteReferenz';

/** One `bezug` (Handlungsgrundlage). XDF2 has a single text, XDF3 repeated elements with a `link`. */
export interface QBezug {
  readonly value: string;
  readonly link?: string;
  /** The model object (XDF3 `Rechtsbezug`), for positions; absent for XDF2 text. */
  readonly source?: object;
}

/** A code list reference of a field (`codelisteReferenz`). */
export interface QCodelisteReferenz {
  /** XDF2: the reference's own `identifikation/id` (`C00000020`); XDF3: the canonical identification. */
  readonly id: string;
  readonly version: string | undefined;
  readonly canonicalIdentification: string | undefined;
  readonly canonicalVersion: string | undefined;
  readonly source: object;
}

/** A value-range and length description, from XDF2 JSON or XDF3 attributes. */
export interface QPraezisierung {
  readonly minLength?: string;
  readonly maxLength?: string;
  readonly minValue?: string;
  readonly maxValue?: string;
  readonly pattern?: string;
}

/** One element of the document (schema, group, field, rule, document profile). */
export interface QElement {
  readonly kind: ElementKind;
  readonly id: string;
  readonly version: string | undefined;
  readonly source: object;
  readonly name: string;
  readonly bezeichnung?: string;
  readonly bezeichnungEingabe?: string;
  readonly bezeichnungAusgabe?: string;
  readonly hilfetextEingabe?: string;
  readonly hilfetextAusgabe?: string;
  readonly hilfetext?: string;
  readonly definition?: string;
  readonly bezug: readonly QBezug[];
  /** ABS, HAR, RNG (groups and fields). */
  readonly schemaelementart?: string;
  /** XDF3 `freigabestatus` code (`1`…`8`), XDF2 `status` code (`aktiv`, `inaktiv`, `inVorbereitung`). */
  readonly status?: string;
  readonly statusGesetztAm?: string;
  readonly veroeffentlichungsdatum?: string;
  /** XDF3 `statusGesetztDurch` (the report's "Fachlicher Ersteller"; rules: `fachlicherErsteller`), XDF2 `fachlicherErsteller`. */
  readonly fachlicherErsteller?: string;
  readonly feldart?: string;
  readonly datentyp?: string;
  /** Parsed constraints; `praezisierungRaw` is the XDF2 text. */
  readonly praezisierung?: QPraezisierung;
  readonly praezisierungRaw?: string;
  readonly inhalt?: string;
  readonly codelisteReferenz?: QCodelisteReferenz;
  readonly werte?: readonly { readonly code: string; readonly name: string }[];
  readonly codeKey?: string;
  readonly nameKey?: string;
  readonly helpKey?: string;
  readonly maxSize?: string;
  readonly mediaType?: readonly string[];
  /** XDF3 group type (`X` = choice). */
  readonly art?: string;
  /** XDF3 schema: its Dokumentsteckbrief. */
  readonly dokumentsteckbrief?: { readonly id: string; readonly version: string | undefined };
  /** XDF3 rule: `freitextRegel`. */
  readonly freitextRegel?: string;
  /** Children in document order. */
  readonly children: readonly QUse[];
}

/** One `struktur` entry: `parent` contains `child` with `anzahl` and its own `bezug`. */
export interface QUse {
  readonly parent: QElement;
  readonly child: QElement;
  readonly anzahl: string;
  readonly bezug: readonly QBezug[];
  readonly source: object;
}

/** A whole document in the neutral view. */
export interface QDocument {
  readonly format: QualityFormat;
  /** The root element (schema, group, field, or document profile). */
  readonly root: QElement;
  /** Every element occurrence in document order (an element used twice appears twice). */
  readonly occurrences: readonly QElement[];
  /** Every structure reference in document order. */
  readonly uses: readonly QUse[];
}
