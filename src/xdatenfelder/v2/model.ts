/**
 * The XDatenfelder 2.0 model: plain data, one interface per XSD complex type, field names = XSD element
 * names verbatim. Simple values are kept as the text of the XML (dates, booleans, `praezisierung` JSON),
 * so a parse/build round trip is lossless. Repeated elements are always arrays (possibly empty).
 *
 * @module
 */
import type { Extras } from '../../core/binding/index.js';
import type {
  AbleitungsmodifikationenRepraesentation,
  AbleitungsmodifikationenStruktur,
  Datentyp,
  ElementTyp,
  Feldart,
  Schemaelementart,
  Status,
  Suchfeld,
} from './codes.js';

/**
 * An XÖV code element (`xoev-code:Code` restriction): the code plus the list it comes from. `code` is
 * typed with the known values but keeps any other string (unknown codes are kept, with a diagnostic).
 *
 * @example
 * ```ts
 * const status: Xdf2Code<Status> = { code: 'aktiv', listURI: 'urn:xoev-de:fim:codeliste:xdatenfelder.status', listVersionID: '1.0' };
 * ```
 */
export interface Xdf2Code<K extends string = string> extends Extras {
  /** The code value (unqualified `code` child). */
  readonly code: K | (string & {});
  /** `listURI` attribute (fixed per code type in the XSD). */
  readonly listURI?: string;
  /** `listVersionID` attribute (fixed `1.0` in the XSD). */
  readonly listVersionID?: string;
}

/**
 * `xdf:Header`: the message header.
 *
 * @example
 * ```ts
 * doc.model.header.nachrichtID; // 'EBCF4E4C0B8F3EE1'
 * ```
 */
export interface Header extends Extras {
  /** `nachrichtID` (xs:token). */
  readonly nachrichtID: string;
  /** `erstellungszeitpunkt` (xs:dateTime, as written). */
  readonly erstellungszeitpunkt: string;
  /** `referenzID` (xs:token). */
  readonly referenzID?: string;
}

/**
 * `xdf:ElementIdentifikation`: id plus optional version (`\d+\.\d+`).
 *
 * @example
 * ```ts
 * const id: ElementIdentifikation = { id: 'F00000152', version: '1.0' };
 * ```
 */
export interface ElementIdentifikation extends Extras {
  /** `id`, e.g. `F00000152`. */
  readonly id: string;
  /** `version`, e.g. `1.0`. */
  readonly version?: string;
}

/**
 * `xdf:AllgemeineAngaben`: the members every element type shares.
 *
 * @example
 * ```ts
 * const label = (a: AllgemeineAngaben) => `${a.identifikation.id} ${a.name}`;
 * ```
 */
export interface AllgemeineAngaben extends Extras {
  readonly identifikation: ElementIdentifikation;
  readonly name: string;
  readonly bezeichnungEingabe: string;
  readonly bezeichnungAusgabe?: string;
  readonly beschreibung: string;
  readonly definition: string;
  readonly bezug: string;
  /** Code list `urn:xoev-de:fim:codeliste:xdatenfelder.status`. */
  readonly status: Xdf2Code<Status>;
  /** xs:date, as written. */
  readonly gueltigAb?: string;
  /** xs:date, as written. */
  readonly gueltigBis?: string;
  readonly fachlicherErsteller?: string;
  readonly versionshinweis?: string;
  /** xs:date, as written. */
  readonly freigabedatum?: string;
  /** xs:date, as written. */
  readonly veroeffentlichungsdatum?: string;
}

/**
 * `xdf:Schemaelementangaben`: `AllgemeineAngaben` plus the members of schema elements.
 *
 * @example
 * ```ts
 * const harmonised = (e: Schemaelementangaben) => e.schemaelementart.code === 'HAR';
 * ```
 */
export interface Schemaelementangaben extends AllgemeineAngaben {
  /** ABS, HAR or RNG. */
  readonly schemaelementart: Xdf2Code<Schemaelementart>;
  readonly hilfetextEingabe: string;
  readonly hilfetextAusgabe: string;
}

/**
 * `xdf:Regel`: a rule, with its JavaScript in `script`.
 *
 * @example
 * ```ts
 * schema.regel.map((r) => r.script);
 * ```
 */
export interface Regel extends AllgemeineAngaben {
  /** xs:string (not String.Latin). */
  readonly script: string;
}

/**
 * `xdf:GenericodeIdentification`.
 *
 * @example
 * ```ts
 * feld.codelisteReferenz?.genericodeIdentification.canonicalIdentification; // 'urn:de:fim:codeliste:...'
 * ```
 */
export interface GenericodeIdentification extends Extras {
  readonly canonicalIdentification: string;
  readonly version: string;
  readonly canonicalVersionUri: string;
}

/**
 * `xdf:CodelisteReferenz`: the code list a select field uses.
 *
 * @example
 * ```ts
 * feld.codelisteReferenz?.identifikation.id; // 'C00000020'
 * ```
 */
export interface CodelisteReferenz extends Extras {
  readonly identifikation: ElementIdentifikation;
  readonly genericodeIdentification: GenericodeIdentification;
}

/**
 * `xdf:Datenfeld`.
 *
 * @example
 * ```ts
 * const selects = (fs: Datenfeld[]) => fs.filter((f) => f.feldart.code === 'select');
 * ```
 */
export interface Datenfeld extends Schemaelementangaben {
  readonly feldart: Xdf2Code<Feldart>;
  readonly datentyp: Xdf2Code<Datentyp>;
  /** JSON text such as `{"minLength":"1","maxLength":"55"}`, kept raw; see `parsePraezisierung`. */
  readonly praezisierung: string;
  readonly inhalt: string;
  readonly codelisteReferenz?: CodelisteReferenz;
  readonly regel: readonly Regel[];
}

/**
 * `xdf:Datenfeldgruppe`.
 *
 * @example
 * ```ts
 * const children = (g: Datenfeldgruppe) => g.struktur.map((s) => s.enthaelt);
 * ```
 */
export interface Datenfeldgruppe extends Schemaelementangaben {
  readonly regel: readonly Regel[];
  readonly struktur: readonly Struktur[];
}

/**
 * `xdf:Enthaelt`: exactly one of `datenfeld` and `datenfeldgruppe`.
 *
 * @example
 * ```ts
 * const name = (e: Enthaelt) => (e.datenfeld ?? e.datenfeldgruppe).name;
 * ```
 */
export type Enthaelt =
  | (Extras & { readonly datenfeld: Datenfeld; readonly datenfeldgruppe?: undefined })
  | (Extras & { readonly datenfeldgruppe: Datenfeldgruppe; readonly datenfeld?: undefined });

/**
 * `xdf:Struktur`: one child of a schema or group, with its cardinality.
 *
 * @example
 * ```ts
 * const optional = (s: Struktur) => s.anzahl.startsWith('0:');
 * ```
 */
export interface Struktur extends Extras {
  /** `AnzahlString` (`\d+:(\*|\d+)`), e.g. `0:*`. */
  readonly anzahl: string;
  readonly bezug: string;
  readonly enthaelt: Enthaelt;
}

/**
 * `xdf:Stammdatenschema`.
 *
 * @example
 * ```ts
 * doc.model.stammdatenschema.ableitungsmodifikationenStruktur.code; // '3'
 * ```
 */
export interface Stammdatenschema extends AllgemeineAngaben {
  readonly hilfetext?: string;
  readonly ableitungsmodifikationenStruktur: Xdf2Code<AbleitungsmodifikationenStruktur>;
  readonly ableitungsmodifikationenRepraesentation: Xdf2Code<AbleitungsmodifikationenRepraesentation>;
  readonly regel: readonly Regel[];
  readonly struktur: readonly Struktur[];
}

/**
 * `xdf:Dokumentsteckbrief`.
 *
 * @example
 * ```ts
 * const isRef = (d: Dokumentsteckbrief) => d.isReferenz === 'true' || d.isReferenz === '1';
 * ```
 */
export interface Dokumentsteckbrief extends AllgemeineAngaben {
  /** xs:boolean, as written (`true`, `false`, `1`, `0`). */
  readonly isReferenz: string;
  /** xs:string. */
  readonly dokumentart: string;
  readonly hilfetext?: string;
}

/**
 * `xdf:Genericode`: genericode 1.0 elements (`xs:any`), kept verbatim in `$unknownElements` (the
 * binding engine binds the XDF namespace only).
 *
 * @example
 * ```ts
 * codeliste.genericode.$unknownElements?.[0]?.xml; // '<gc:CodeList xmlns:gc="...">...'
 * ```
 */
export interface Genericode extends Extras {}

/**
 * `xdf:Codeliste`.
 *
 * @example
 * ```ts
 * const uri = (c: Codeliste) => c.genericodeIdentification.canonicalVersionUri;
 * ```
 */
export interface Codeliste extends AllgemeineAngaben {
  readonly genericodeIdentification: GenericodeIdentification;
  readonly langname: string;
  readonly genericode: Genericode;
}

/**
 * `xdf:Suchanfrage` (search messages, `xdatenfelder_such.xsd`).
 *
 * @example
 * ```ts
 * const q: Pick<Suchanfrage, 'begriff'> = { begriff: 'Familienname' };
 * ```
 */
export interface Suchanfrage extends Extras {
  readonly elementTyp: readonly Xdf2Code<ElementTyp>[];
  readonly begriff: string;
  readonly felder: readonly Xdf2Code<Suchfeld>[];
  readonly status?: Xdf2Code<Status>;
  readonly ableitungsmodifikationenStruktur?: Xdf2Code<AbleitungsmodifikationenStruktur>;
  readonly ableitungsmodifikationenRepraesentation?: Xdf2Code<AbleitungsmodifikationenRepraesentation>;
  readonly schemaelementart?: Xdf2Code<Schemaelementart>;
  readonly feldart?: Xdf2Code<Feldart>;
  readonly datentyp?: Xdf2Code<Datentyp>;
  readonly gueltigAbNach?: string;
  readonly gueltigAbVor?: string;
  readonly gueltigBisNach?: string;
  readonly gueltigBisVor?: string;
  readonly freigabedatumNach?: string;
  readonly freigabedatumVor?: string;
  readonly veroeffentlichungsdatumNach?: string;
  readonly veroeffentlichungsdatumVor?: string;
}

/**
 * Message `xdatenfelder.dokumentsteckbrief.0101`.
 *
 * @example
 * ```ts
 * if (doc.message === 'xdatenfelder.dokumentsteckbrief.0101') doc.model.dokumentensteckbrief.dokumentart;
 * ```
 */
export interface Dokumentsteckbrief0101 extends Extras {
  readonly header: Header;
  /** Spelled `dokumentensteckbrief` in the XSD. */
  readonly dokumentensteckbrief: Dokumentsteckbrief;
}

/**
 * Message `xdatenfelder.stammdatenschema.0102`.
 *
 * @example
 * ```ts
 * if (doc.message === 'xdatenfelder.stammdatenschema.0102') doc.model.stammdatenschema.struktur.length;
 * ```
 */
export interface Stammdatenschema0102 extends Extras {
  readonly header: Header;
  readonly stammdatenschema: Stammdatenschema;
}

/**
 * Message `xdatenfelder.datenfeldgruppe.0103`.
 *
 * @example
 * ```ts
 * if (doc.message === 'xdatenfelder.datenfeldgruppe.0103') doc.model.datenfeldgruppe.struktur.length;
 * ```
 */
export interface Datenfeldgruppe0103 extends Extras {
  readonly header: Header;
  readonly datenfeldgruppe: Datenfeldgruppe;
}

/**
 * Message `xdatenfelder.datenfeld.0104`.
 *
 * @example
 * ```ts
 * if (doc.message === 'xdatenfelder.datenfeld.0104') doc.model.datenfeld.praezisierung;
 * ```
 */
export interface Datenfeld0104 extends Extras {
  readonly header: Header;
  readonly datenfeld: Datenfeld;
}

/**
 * Message `xdatenfelder.codeliste.0105`.
 *
 * @example
 * ```ts
 * if (doc.message === 'xdatenfelder.codeliste.0105') doc.model.codeliste.langname;
 * ```
 */
export interface Codeliste0105 extends Extras {
  readonly header: Header;
  readonly codeliste: Codeliste;
}

/**
 * An XDatenfelder 2.0 document: the message (root element name) and its model.
 *
 * @example
 * ```ts
 * if (doc.message === 'xdatenfelder.stammdatenschema.0102') console.log(doc.model.stammdatenschema.name);
 * ```
 */
export type Xdf2Document =
  | { readonly message: 'xdatenfelder.dokumentsteckbrief.0101'; readonly model: Dokumentsteckbrief0101 }
  | { readonly message: 'xdatenfelder.stammdatenschema.0102'; readonly model: Stammdatenschema0102 }
  | { readonly message: 'xdatenfelder.datenfeldgruppe.0103'; readonly model: Datenfeldgruppe0103 }
  | { readonly message: 'xdatenfelder.datenfeld.0104'; readonly model: Datenfeld0104 }
  | { readonly message: 'xdatenfelder.codeliste.0105'; readonly model: Codeliste0105 };

/**
 * The message names (root elements) of XDatenfelder 2.0.
 *
 * @example
 * ```ts
 * const m: Xdf2Message = 'xdatenfelder.stammdatenschema.0102';
 * ```
 */
export type Xdf2Message = Xdf2Document['message'];
