/**
 * Binding specs for XDatenfelder 2.0: one {@link TypeSpec} per complex type of
 * `xdatenfelder-baukasten.xsd`, plus one per message of `xdatenfelder.xsd` (0101–0105). Element order,
 * `minOccurs`/`maxOccurs`, attributes and the `Enthaelt` choice follow the XSD exactly; `xs:extension`
 * chains (`AllgemeineAngaben` → `Schemaelementangaben` → `Datenfeld`) are flattened base-first.
 *
 * @module
 */
import {
  codeType,
  complexType,
  type ElementSpec,
  type MessageSpec,
  many,
  one,
  type TypeSpec,
  text,
  type Vocabulary,
} from '../../core/binding/index.js';

/**
 * Namespace of XDatenfelder 2.0 (`targetNamespace` of `xdatenfelder.xsd`).
 *
 * @example
 * ```ts
 * el.uri === XDF2_NAMESPACE; // true for <xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2">
 * ```
 */
export const XDF2_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_2';

/** Namespace of the genericode 1.0 content allowed inside `Genericode` (`xs:any namespace=...`). */
export const GENERICODE_NAMESPACE = 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/';

/**
 * The vocabulary XDatenfelder 2.0 documents are bound and built with (prefix `xdf`, source `xdf2`).
 *
 * @example
 * ```ts
 * buildDocument(model, Stammdatenschema0102, xdf2Vocabulary, { indent: '  ' });
 * ```
 */
export const xdf2Vocabulary: Vocabulary = { namespace: XDF2_NAMESPACE, prefix: 'xdf', source: 'xdf2' };

// --- Code types (xoev-code:Code restrictions; listURI/listVersionID optional and fixed) -------------

/** `xdf:Code.Status`. */
export const CodeStatusSpec = codeType('Code.Status');
/** `xdf:Code.Schemaelementart`. */
export const CodeSchemaelementartSpec = codeType('Code.Schemaelementart');
/** `xdf:Code.Feldart`. */
export const CodeFeldartSpec = codeType('Code.Feldart');
/** `xdf:Code.Datentyp`. */
export const CodeDatentypSpec = codeType('Code.Datentyp');
/** `xdf:Code.AbleitungsmodifikationenStruktur`. */
export const CodeAbleitungsmodifikationenStrukturSpec = codeType('Code.AbleitungsmodifikationenStruktur');
/** `xdf:Code.AbleitungsmodifikationenRepraesentation`. */
export const CodeAbleitungsmodifikationenRepraesentationSpec = codeType(
  'Code.AbleitungsmodifikationenRepraesentation',
);
/** `xdf:Code.ElementTyp` (used by the search messages only). */
export const CodeElementTypSpec = codeType('Code.ElementTyp');
/** `xdf:Code.Suchfeld` (used by the search messages only). */
export const CodeSuchfeldSpec = codeType('Code.Suchfeld');

// --- Simple structures -------------------------------------------------------------------------

/** `xdf:Header`. */
export const HeaderSpec = complexType('Header', () => [
  text('nachrichtID'),
  text('erstellungszeitpunkt'),
  text('referenzID', 0),
]);

/** `xdf:ElementIdentifikation`. */
export const ElementIdentifikationSpec = complexType('ElementIdentifikation', () => [
  text('id'),
  text('version', 0),
]);

/** `xdf:GenericodeIdentification`. */
export const GenericodeIdentificationSpec = complexType('GenericodeIdentification', () => [
  text('canonicalIdentification'),
  text('version'),
  text('canonicalVersionUri'),
]);

/** `xdf:CodelisteReferenz`. */
export const CodelisteReferenzSpec = complexType('CodelisteReferenz', () => [
  one('identifikation', ElementIdentifikationSpec),
  one('genericodeIdentification', GenericodeIdentificationSpec),
]);

/**
 * `xdf:Genericode`: `<xs:any namespace="…genericode/1.0/" minOccurs="0" maxOccurs="unbounded"/>`. The
 * binding engine binds elements of the vocabulary namespace only, so the genericode elements are kept
 * verbatim in `$unknownElements` (and written back unchanged by `build`); `parse` accepts elements of
 * the genericode namespace there without a warning.
 */
export const GenericodeSpec = complexType('Genericode', () => []);

// --- AllgemeineAngaben and its extensions -------------------------------------------------------

/** The sequence of the abstract `xdf:AllgemeineAngaben`, the base of every element type. */
function allgemeineAngaben(): ElementSpec[] {
  return [
    one('identifikation', ElementIdentifikationSpec),
    text('name'),
    text('bezeichnungEingabe'),
    text('bezeichnungAusgabe', 0),
    text('beschreibung'),
    text('definition'),
    text('bezug'),
    one('status', CodeStatusSpec),
    text('gueltigAb', 0),
    text('gueltigBis', 0),
    text('fachlicherErsteller', 0),
    text('versionshinweis', 0),
    text('freigabedatum', 0),
    text('veroeffentlichungsdatum', 0),
  ];
}

/** The sequence of the abstract `xdf:Schemaelementangaben` (extends `AllgemeineAngaben`). */
function schemaelementangaben(): ElementSpec[] {
  return [
    ...allgemeineAngaben(),
    one('schemaelementart', CodeSchemaelementartSpec),
    text('hilfetextEingabe'),
    text('hilfetextAusgabe'),
  ];
}

/** `xdf:Regel` (extends `AllgemeineAngaben`). */
export const RegelSpec = complexType('Regel', () => [...allgemeineAngaben(), text('script')]);

/** `xdf:Datenfeld` (extends `Schemaelementangaben`). */
export const DatenfeldSpec = complexType('Datenfeld', () => [
  ...schemaelementangaben(),
  one('feldart', CodeFeldartSpec),
  one('datentyp', CodeDatentypSpec),
  text('praezisierung'),
  text('inhalt'),
  one('codelisteReferenz', CodelisteReferenzSpec, 0),
  many('regel', RegelSpec),
]);

/** `xdf:Datenfeldgruppe` (extends `Schemaelementangaben`). */
export const DatenfeldgruppeSpec: TypeSpec = complexType('Datenfeldgruppe', () => [
  ...schemaelementangaben(),
  many('regel', RegelSpec),
  many('struktur', StrukturSpec),
]);

/** `xdf:Enthaelt`: a choice of `datenfeld` or `datenfeldgruppe`. */
export const EnthaeltSpec: TypeSpec = complexType(
  'Enthaelt',
  () => [one('datenfeld', DatenfeldSpec), one('datenfeldgruppe', DatenfeldgruppeSpec)],
  { choice: true },
);

/** `xdf:Struktur`. */
export const StrukturSpec: TypeSpec = complexType('Struktur', () => [
  text('anzahl'),
  text('bezug'),
  one('enthaelt', EnthaeltSpec),
]);

/** `xdf:Stammdatenschema` (extends `AllgemeineAngaben`). */
export const StammdatenschemaSpec = complexType('Stammdatenschema', () => [
  ...allgemeineAngaben(),
  text('hilfetext', 0),
  one('ableitungsmodifikationenStruktur', CodeAbleitungsmodifikationenStrukturSpec),
  one('ableitungsmodifikationenRepraesentation', CodeAbleitungsmodifikationenRepraesentationSpec),
  many('regel', RegelSpec),
  many('struktur', StrukturSpec),
]);

/** `xdf:Dokumentsteckbrief` (extends `AllgemeineAngaben`). */
export const DokumentsteckbriefSpec = complexType('Dokumentsteckbrief', () => [
  ...allgemeineAngaben(),
  text('isReferenz'),
  text('dokumentart'),
  text('hilfetext', 0),
]);

/** `xdf:Codeliste` (extends `AllgemeineAngaben`). */
export const CodelisteSpec = complexType('Codeliste', () => [
  ...allgemeineAngaben(),
  one('genericodeIdentification', GenericodeIdentificationSpec),
  text('langname'),
  one('genericode', GenericodeSpec),
]);

/** `xdf:Suchanfrage` (used by `xdatenfelder_such.xsd`, not by the 0101–0105 messages). */
export const SuchanfrageSpec = complexType('Suchanfrage', () => [
  many('elementTyp', CodeElementTypSpec, 1),
  text('begriff'),
  many('felder', CodeSuchfeldSpec, 1),
  one('status', CodeStatusSpec, 0),
  one('ableitungsmodifikationenStruktur', CodeAbleitungsmodifikationenStrukturSpec, 0),
  one('ableitungsmodifikationenRepraesentation', CodeAbleitungsmodifikationenRepraesentationSpec, 0),
  one('schemaelementart', CodeSchemaelementartSpec, 0),
  one('feldart', CodeFeldartSpec, 0),
  one('datentyp', CodeDatentypSpec, 0),
  text('gueltigAbNach', 0),
  text('gueltigAbVor', 0),
  text('gueltigBisNach', 0),
  text('gueltigBisVor', 0),
  text('freigabedatumNach', 0),
  text('freigabedatumVor', 0),
  text('veroeffentlichungsdatumNach', 0),
  text('veroeffentlichungsdatumVor', 0),
]);

/** `xdf:Suchergebnis` (a choice; used by `xdatenfelder_such.xsd`). */
export const SuchergebnisSpec = complexType(
  'Suchergebnis',
  () => [
    one('dokumentsteckbrief', DokumentsteckbriefSpec),
    one('stammdatenschema', StammdatenschemaSpec),
    one('datenfeldgruppe', DatenfeldgruppeSpec),
    one('datenfeld', DatenfeldSpec),
    one('codeliste', CodelisteSpec),
  ],
  { choice: true },
);

// --- Messages (xdatenfelder.xsd: anonymous types extending xdf:Nachricht{header}) ---------------

function message(root: string, element: string, type: TypeSpec): MessageSpec {
  return { root, type: complexType(root, () => [one('header', HeaderSpec), one(element, type)]) };
}

/** `xdatenfelder.dokumentsteckbrief.0101`. Note: the element is spelled `dokumentensteckbrief`. */
export const Dokumentsteckbrief0101 = message(
  'xdatenfelder.dokumentsteckbrief.0101',
  'dokumentensteckbrief',
  DokumentsteckbriefSpec,
);
/** `xdatenfelder.stammdatenschema.0102`. */
export const Stammdatenschema0102 = message(
  'xdatenfelder.stammdatenschema.0102',
  'stammdatenschema',
  StammdatenschemaSpec,
);
/** `xdatenfelder.datenfeldgruppe.0103`. */
export const Datenfeldgruppe0103 = message(
  'xdatenfelder.datenfeldgruppe.0103',
  'datenfeldgruppe',
  DatenfeldgruppeSpec,
);
/** `xdatenfelder.datenfeld.0104`. */
export const Datenfeld0104 = message('xdatenfelder.datenfeld.0104', 'datenfeld', DatenfeldSpec);
/** `xdatenfelder.codeliste.0105`. */
export const Codeliste0105 = message('xdatenfelder.codeliste.0105', 'codeliste', CodelisteSpec);

/**
 * Every message of `xdatenfelder.xsd`, in message-number order.
 *
 * @example
 * ```ts
 * xdf2Messages.map((m) => m.root); // ['xdatenfelder.dokumentsteckbrief.0101', ..., 'xdatenfelder.codeliste.0105']
 * ```
 */
export const xdf2Messages: readonly MessageSpec[] = [
  Dokumentsteckbrief0101,
  Stammdatenschema0102,
  Datenfeldgruppe0103,
  Datenfeld0104,
  Codeliste0105,
];

/**
 * Local names of the elements typed `xoev-lc:String.Latin` in the XDF 2.0 XSD. Within XDF 2.0 every
 * element of these names has that type (and no element of another name does), so the name decides.
 */
export const STRING_LATIN_ELEMENTS: ReadonlySet<string> = new Set([
  'name',
  'bezeichnungEingabe',
  'bezeichnungAusgabe',
  'beschreibung',
  'definition',
  'bezug',
  'fachlicherErsteller',
  'versionshinweis',
  'hilfetext',
  'hilfetextEingabe',
  'hilfetextAusgabe',
  'praezisierung',
  'inhalt',
  'langname',
  'begriff',
]);
