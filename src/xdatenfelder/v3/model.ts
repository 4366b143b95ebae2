/**
 * The XDatenfelder 3.0.0 model: one interface per XSD complex type, field names = XSD element and
 * attribute names verbatim. Repeated elements are always arrays (possibly empty); simple content sits
 * under `value`; elements and attributes the XSD does not define are kept in `$unknownElements` /
 * `$unknownAttributes` ({@link Extras}). Dates, numbers and booleans stay the strings the XML holds, so a
 * round trip is lossless.
 *
 * @module
 */
import type { Extras } from '../../core/binding/index.js';
import type {
  AbleitungsmodifikationenRepraesentation,
  AbleitungsmodifikationenStruktur,
  Datenqualitaet,
  Datentyp,
  Feldart,
  Freigabestatus,
  Gruppenart,
  RegelParamTyp,
  Regeltyp,
  RelationCode,
  Schemaelementart,
  Vorbefuellung,
} from './codes.js';

/** A known code of type `K`, or any other string (unknown codes are kept, with a warning). */
export type CodeValue<K extends string> = K | (string & {});

/**
 * An XÖV code element (`Code.X`): the unqualified `code` child plus `listURI` / `listVersionID`.
 *
 * @example
 * ```ts
 * const feldart: Xdf3Code<Feldart> = { listURI: feldart.canonicalUri, listVersionID: '2.0', code: 'input' };
 * ```
 */
export interface Xdf3Code<K extends string = string> extends Extras {
  /** `listURI`: the code list's URI (the XSD fixes it for most lists). */
  readonly listURI?: string;
  /** `listVersionID`: the code list's version (required for Freigabestatus, Relation, Dokumentart). */
  readonly listVersionID?: string;
  /** The code value. */
  readonly code: CodeValue<K>;
}

/** `ElementIdentifikation`: static id (`F00000000001`) and version (`1.0.0`). */
export interface ElementIdentifikation extends Extras {
  /** Static id part. */
  readonly id: string;
  /** Version part (`VersionString`, `\d+\.\d+\.\d+`). */
  readonly version?: string;
}

/** `Rechtsbezug`: a reference to a legal norm or standard, with an optional link. */
export interface Rechtsbezug extends Extras {
  /** Link to the legal text. */
  readonly link?: string;
  /** The reference text. */
  readonly value: string;
}

/** `Stichwort`: a keyword, optionally from a category (`uri`). */
export interface Stichwort extends Extras {
  /** URI of the keyword category. */
  readonly uri: string;
  /** The keyword. */
  readonly value: string;
}

/** `Relation`: a relation to another element ("ist abgeleitet von", "ersetzt", ...). */
export interface Relation extends Extras {
  /** Kind of relation. */
  readonly praedikat: Xdf3Code<RelationCode>;
  /** The related element. */
  readonly objekt: ElementIdentifikation;
}

/** `AllgemeineAngaben`: metadata shared by all building blocks (abstract in the XSD). */
export interface AllgemeineAngaben extends Extras {
  /** Id and version. */
  readonly identifikation: ElementIdentifikation;
  /** FIM-internal name. */
  readonly name: string;
  /** Additional description for FIM users. */
  readonly beschreibung?: string;
  /** Editorial definition. */
  readonly definition?: string;
  /** References to legal norms or standards. */
  readonly bezug: readonly Rechtsbezug[];
  /** Release status (1–8). */
  readonly freigabestatus: Xdf3Code<Freigabestatus>;
  /** Date the status was set (`xs:date`). */
  readonly statusGesetztAm?: string;
  /** Who set the status. */
  readonly statusGesetztDurch?: string;
  /** Start of validity (`xs:date`). */
  readonly gueltigAb?: string;
  /** End of validity (`xs:date`). */
  readonly gueltigBis?: string;
  /** Version note. */
  readonly versionshinweis?: string;
  /** Publication date (`xs:date`). */
  readonly veroeffentlichungsdatum?: string;
  /** Last change (`xs:dateTime`). */
  readonly letzteAenderung: string;
  /** Relations to other elements. */
  readonly relation: readonly Relation[];
  /** Keywords. */
  readonly stichwort: readonly Stichwort[];
}

/** `Schemaelementangaben`: metadata of groups and fields (abstract in the XSD). */
export interface Schemaelementangaben extends AllgemeineAngaben {
  /** Label on input forms. */
  readonly bezeichnungEingabe: string;
  /** Label on output forms. */
  readonly bezeichnungAusgabe?: string;
  /** ABS, HAR or RNG. */
  readonly schemaelementart: Xdf3Code<Schemaelementart>;
  /** Help text on input forms. */
  readonly hilfetextEingabe?: string;
  /** Help text on output forms. */
  readonly hilfetextAusgabe?: string;
}

/** `RegelParameter`: an input of a rule's script. */
export interface RegelParameter extends Extras {
  /** The field whose value is passed. */
  readonly element: string;
  /** The parameter name in the script. */
  readonly name: string;
  /** What is passed (simple type `RegelParamTyp`). */
  readonly typ: CodeValue<RegelParamTyp>;
}

/** `RegelZiel`: the element a rule acts on. */
export interface RegelZiel extends Extras {
  /** Referenced field or group. */
  readonly element: string;
  /** The name under which the script sees the target's id. */
  readonly name: string;
}

/** `Fehlermeldung`: an error message of a rule's script. */
export interface Fehlermeldung extends Extras {
  /** Error number (`xs:int`). */
  readonly code: string;
  /** The message text. */
  readonly value: string;
}

/** `Regel`: a rule with its script. */
export interface Regel extends Extras {
  readonly identifikation: ElementIdentifikation;
  readonly name: string;
  readonly beschreibung?: string;
  /** The rule in plain language. */
  readonly freitextRegel?: string;
  readonly bezug: readonly Rechtsbezug[];
  readonly stichwort: readonly Stichwort[];
  /** Author or authoring institution. */
  readonly fachlicherErsteller?: string;
  /** Last change (`xs:dateTime`). */
  readonly letzteAenderung: string;
  /** K, M, V or B. */
  readonly typ: Xdf3Code<Regeltyp>;
  readonly param: readonly RegelParameter[];
  readonly ziel: readonly RegelZiel[];
  /** The script. */
  readonly skript?: string;
  readonly fehler: readonly Fehlermeldung[];
}

/** `Praezisierung`: constraints on a field's data type. */
export interface Praezisierung extends Extras {
  /** `xs:positiveInteger`. */
  readonly maxLength?: string;
  readonly maxValue?: string;
  /** `xs:nonNegativeInteger`. */
  readonly minLength?: string;
  readonly minValue?: string;
  /** HTML `pattern` regular expression. */
  readonly pattern?: string;
  /** Text content (usually empty). */
  readonly value: string;
}

/** `Wert`: one value of a `Werteliste`. */
export interface Wert extends Extras {
  readonly code: string;
  readonly name: string;
  readonly hilfe?: string;
}

/** `Werteliste`: the values a field may take. */
export interface Werteliste extends Extras {
  readonly wert: readonly Wert[];
}

/** `GenericodeIdentification`: a reference to a genericode code list. */
export interface GenericodeIdentification extends Extras {
  readonly canonicalIdentification?: string;
  readonly version?: string;
  readonly canonicalVersionUri?: string;
}

/** `Datenfeld`: a data field. */
export interface Datenfeld extends Schemaelementangaben {
  readonly feldart: Xdf3Code<Feldart>;
  readonly datentyp: Xdf3Code<Datentyp>;
  readonly praezisierung?: Praezisierung;
  /** Default content. */
  readonly inhalt?: string;
  readonly vorbefuellung: Xdf3Code<Vorbefuellung>;
  /** Inline value list. */
  readonly werte?: Werteliste;
  /** External code list. */
  readonly codelisteReferenz?: GenericodeIdentification;
  readonly codeKey?: string;
  readonly nameKey?: string;
  readonly helpKey?: string;
  readonly regel: readonly Regel[];
  /** Maximum file size in bytes (`xs:positiveInteger`, file fields only). */
  readonly maxSize?: string;
  /** Allowed media types (file fields only). */
  readonly mediaType: readonly string[];
}

/** `Enthaelt`: exactly one of `datenfeld` or `datenfeldgruppe`. */
export type Enthaelt =
  | (Extras & { readonly datenfeld: Datenfeld; readonly datenfeldgruppe?: undefined })
  | (Extras & { readonly datenfeldgruppe: Datenfeldgruppe; readonly datenfeld?: undefined });

/** `Struktur`: one child of a schema or group, with its cardinality. */
export interface Struktur extends Extras {
  /** Cardinality `min:max` (`AnzahlString`, max may be `*`). */
  readonly anzahl: string;
  readonly bezug: readonly Rechtsbezug[];
  readonly enthaelt: Enthaelt;
}

/** `Datenfeldgruppe`: a group of fields and groups. */
export interface Datenfeldgruppe extends Schemaelementangaben {
  /** `X` marks a choice group. */
  readonly art?: Xdf3Code<Gruppenart>;
  readonly regel: readonly Regel[];
  readonly struktur: readonly Struktur[];
}

/** `Stammdatenschema`: a master data schema. */
export interface Stammdatenschema extends AllgemeineAngaben {
  readonly bezeichnung: string;
  readonly hilfetext?: string;
  readonly ableitungsmodifikationenStruktur: Xdf3Code<AbleitungsmodifikationenStruktur>;
  readonly ableitungsmodifikationenRepraesentation: Xdf3Code<AbleitungsmodifikationenRepraesentation>;
  /** The document profile this schema belongs to. */
  readonly dokumentsteckbrief: ElementIdentifikation;
  readonly regel: readonly Regel[];
  readonly struktur: readonly Struktur[];
}

/** `Dokumentsteckbrief`: a document profile. */
export interface Dokumentsteckbrief extends AllgemeineAngaben {
  /** `xs:boolean`: a reference profile? */
  readonly istAbstrakt: string;
  readonly dokumentart: Xdf3Code;
  readonly bezeichnung: string;
  readonly hilfetext?: string;
}

/** `Header`: technical data of every message. */
export interface Header extends Extras {
  readonly nachrichtID: string;
  /** `xs:dateTime`. */
  readonly erstellungszeitpunkt: string;
  readonly referenzID?: string;
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  readonly datenqualitaet?: Xdf3Code<Datenqualitaet>;
}

/** `Genericode`: a genericode code list, kept verbatim in `$unknownElements`. */
export interface Genericode extends Extras {}

/** `RegelUebersetzung`: translated error messages of one rule. */
export interface RegelUebersetzung extends Extras {
  readonly uebersetzt: ElementIdentifikation;
  readonly fehler: readonly Fehlermeldung[];
}

/** `ElementUebersetzung`: the translation of one element. */
export interface ElementUebersetzung extends Extras {
  readonly uebersetzt: ElementIdentifikation;
  readonly bezeichnungEingabe: string;
  readonly bezeichnungAusgabe: string;
  readonly hilfetextEingabe?: string;
  readonly hilfetextAusgabe?: string;
  readonly inhalt?: string;
  readonly werte?: Werteliste;
  readonly regel: readonly RegelUebersetzung[];
}

/** `Sprache`: the translation of a schema into one language. */
export interface Sprache extends Extras {
  /** ISO 639 language (`Language`). */
  readonly lang: string;
  /** ISO 3166-1 alpha-2 region (`CountryCode`). */
  readonly region?: string;
  /** `simple` for plain language. */
  readonly variant?: string;
  /** Translation version (`xs:positiveInteger`). */
  readonly version: string;
  readonly element: readonly ElementUebersetzung[];
}

/** Message `xdatenfelder.dokumentsteckbrief.0101`. */
export interface Dokumentsteckbrief0101 extends Extras {
  readonly header: Header;
  readonly dokumentsteckbrief: Dokumentsteckbrief;
}

/** Message `xdatenfelder.stammdatenschema.0102`. */
export interface Stammdatenschema0102 extends Extras {
  readonly header: Header;
  readonly stammdatenschema: Stammdatenschema;
}

/** Message `xdatenfelder.datenfeldgruppe.0103`. */
export interface Datenfeldgruppe0103 extends Extras {
  readonly header: Header;
  readonly datenfeldgruppe: Datenfeldgruppe;
}

/** Message `xdatenfelder.datenfeld.0104`. */
export interface Datenfeld0104 extends Extras {
  readonly header: Header;
  readonly datenfeld: Datenfeld;
}

/** Message `xdatenfelder.codeliste.0105`. */
export interface Codeliste0105 extends Extras {
  readonly header: Header;
  readonly genericode: Genericode;
}

/** Message `xdatenfelder.uebersetzung.0106`. */
export interface Uebersetzung0106 extends Extras {
  readonly header: Header;
  /** The translated schema. */
  readonly uebersetzt: ElementIdentifikation;
  readonly sprache: readonly Sprache[];
}

/**
 * An XDatenfelder 3.0.0 document: the message (root element name) and its model.
 *
 * @example
 * ```ts
 * const { value } = parse(xml);
 * if (value?.message === 'xdatenfelder.stammdatenschema.0102') value.model.stammdatenschema.struktur;
 * ```
 */
export type Xdf3Document =
  | { readonly message: 'xdatenfelder.dokumentsteckbrief.0101'; readonly model: Dokumentsteckbrief0101 }
  | { readonly message: 'xdatenfelder.stammdatenschema.0102'; readonly model: Stammdatenschema0102 }
  | { readonly message: 'xdatenfelder.datenfeldgruppe.0103'; readonly model: Datenfeldgruppe0103 }
  | { readonly message: 'xdatenfelder.datenfeld.0104'; readonly model: Datenfeld0104 }
  | { readonly message: 'xdatenfelder.codeliste.0105'; readonly model: Codeliste0105 }
  | { readonly message: 'xdatenfelder.uebersetzung.0106'; readonly model: Uebersetzung0106 };
