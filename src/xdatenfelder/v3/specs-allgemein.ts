/**
 * Binding specs of the XDatenfelder 3.0.0 building blocks shared by every element family
 * (`xdatenfelder-baukasten.xsd`): identification, legal references, keywords, relations, the XÖV code
 * types and the `AllgemeineAngaben` / `Schemaelementangaben` base sequences that the concrete types
 * extend (XSD `xs:extension`: base elements first, then the extension's own).
 *
 * @module
 */
import { codeType, complexType, type ElementSpec, many, one, text } from '../../core/binding/index.js';

/** `Code.AbleitungsmodifikationenRepraesentation` (list `urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation`). */
export const CodeAbleitungsmodifikationenRepraesentation = codeType(
  'Code.AbleitungsmodifikationenRepraesentation',
);
/** `Code.AbleitungsmodifikationenStruktur` (list `urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur`). */
export const CodeAbleitungsmodifikationenStruktur = codeType('Code.AbleitungsmodifikationenStruktur');
/** `Code.Datenqualitaet` (list `urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet`). */
export const CodeDatenqualitaet = codeType('Code.Datenqualitaet');
/** `Code.Datentyp` (list `urn:xoev-de:fim:codeliste:xdatenfelder.datentyp`). */
export const CodeDatentyp = codeType('Code.Datentyp');
/** `Code.Dokumentart` (list `urn:xoev-de:fim-datenfelder:codeliste:dokumentart`, `listVersionID` required). */
export const CodeDokumentart = codeType('Code.Dokumentart', true);
/** `Code.Feldart` (list `urn:xoev-de:fim:codeliste:xdatenfelder.feldart`). */
export const CodeFeldart = codeType('Code.Feldart');
/** `Code.Freigabestatus` (list `urn:xoev-de:xprozess:codeliste:status`, `listVersionID` required). */
export const CodeFreigabestatus = codeType('Code.Freigabestatus', true);
/** `Code.Gruppenart` (list `urn:xoev-de:fim:codeliste:datenfelder.gruppenart`). */
export const CodeGruppenart = codeType('Code.Gruppenart');
/** `Code.RegelParamTyp` (declared by the XSD; `RegelParameter.typ` uses the plain simple type). */
export const CodeRegelParamTyp = codeType('Code.RegelParamTyp');
/** `Code.Regeltyp` (list `urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp`). */
export const CodeRegeltyp = codeType('Code.Regeltyp');
/** `Code.Relation` (list `urn:xoev-de:fim-datenfelder:codeliste:relation`, `listVersionID` required). */
export const CodeRelation = codeType('Code.Relation', true);
/** `Code.Schemaelementart` (list `urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart`). */
export const CodeSchemaelementart = codeType('Code.Schemaelementart');
/** `Code.Vorbefuellung` (list `urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung`). */
export const CodeVorbefuellung = codeType('Code.Vorbefuellung');

/** `ElementIdentifikation`: `id` and optional `version` (`VersionString`). */
export const ElementIdentifikation = complexType('ElementIdentifikation', () => [
  text('id'),
  text('version', 0),
]);

/** `Rechtsbezug`: String.Latin text with an optional `link` attribute. */
export const Rechtsbezug = complexType('Rechtsbezug', () => [], {
  simpleContent: true,
  attributes: [{ name: 'link' }],
});

/** `Stichwort`: token text with the required `uri` of its category. */
export const Stichwort = complexType('Stichwort', () => [], {
  simpleContent: true,
  attributes: [{ name: 'uri', required: true }],
});

/** `Relation`: `praedikat` (Code.Relation) and `objekt` (ElementIdentifikation). */
export const Relation = complexType('Relation', () => [
  one('praedikat', CodeRelation),
  one('objekt', ElementIdentifikation),
]);

/** The element sequence of the abstract `AllgemeineAngaben`, in XSD order. */
export function allgemeineAngaben(): ElementSpec[] {
  return [
    one('identifikation', ElementIdentifikation),
    text('name'),
    text('beschreibung', 0),
    text('definition', 0),
    many('bezug', Rechtsbezug),
    one('freigabestatus', CodeFreigabestatus),
    text('statusGesetztAm', 0),
    text('statusGesetztDurch', 0),
    text('gueltigAb', 0),
    text('gueltigBis', 0),
    text('versionshinweis', 0),
    text('veroeffentlichungsdatum', 0),
    text('letzteAenderung'),
    many('relation', Relation),
    many('stichwort', Stichwort),
  ];
}

/** The element sequence of the abstract `Schemaelementangaben` (extends `AllgemeineAngaben`). */
export function schemaelementangaben(): ElementSpec[] {
  return [
    ...allgemeineAngaben(),
    text('bezeichnungEingabe'),
    text('bezeichnungAusgabe', 0),
    one('schemaelementart', CodeSchemaelementart),
    text('hilfetextEingabe', 0),
    text('hilfetextAusgabe', 0),
  ];
}
