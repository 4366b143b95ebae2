/**
 * Binding specs of the XProzess 2.0 building blocks shared by Prozessklasse and Prozess: the XÖV code
 * types, Handlungsgrundlage, Klassifikation, Merkmal, VerwaltungspolitischeKodierung, Zeitraum,
 * Zustandsangaben, Herausgeber and the model files (Prozessmodell, Datei, Modellierungsmethode).
 * Source: `../shared/spec/xprozess.md` §3–§4 (JAXB schema fragments of XProzess 2.0).
 *
 * @module
 */
import { complexType, many, one, type TypeSpec, text, texts } from '../../core/binding/index.js';

/**
 * Declares an XProzess code type (`Code.X`, a restriction of XÖV `Code`): the unqualified `code` child
 * and the `listURI` / `listVersionID` attributes with the `use` the XSD gives them.
 *
 * @example
 * ```ts
 * const CodeStatus = xprozessCode('Code.Status', false, false);
 * ```
 */
export function xprozessCode(
  name: string,
  listURIRequired: boolean,
  listVersionIDRequired: boolean,
): TypeSpec {
  return complexType(name, () => [{ name: 'code', type: 'text', min: 1, max: 1, unqualified: true }], {
    attributes: [
      { name: 'listURI', required: listURIRequired },
      { name: 'listVersionID', required: listVersionIDRequired },
    ],
  });
}

/** `Code.Nachricht` (list `nachricht`; fixed URI/version in the XSD). */
export const CodeNachricht = xprozessCode('Code.Nachricht', false, false);
/** `Code.Status` (list `status`). */
export const CodeStatus = xprozessCode('Code.Status', false, false);
/** `Code.Prozessrolle` (list `prozessrolle`). */
export const CodeProzessrolle = xprozessCode('Code.Prozessrolle', false, false);
/** `Code.Entscheidungsart` (list `entscheidungsart`). */
export const CodeEntscheidungsart = xprozessCode('Code.Entscheidungsart', false, false);
/** `Code.FormellePruefung` (list `formellepruefung`). */
export const CodeFormellePruefung = xprozessCode('Code.FormellePruefung', false, false);
/** `Code.Bearbeitungsart` (list `bearbeitungsart`). */
export const CodeBearbeitungsart = xprozessCode('Code.Bearbeitungsart', false, false);
/** `Code.Versionen` (list `versionen`). */
export const CodeVersionen = xprozessCode('Code.Versionen', false, false);
/** `Code.Referenzaktivitaetengruppe` (list `referenzaktivitaetengruppe`, codes 1–8). */
export const CodeReferenzaktivitaetengruppe = xprozessCode('Code.Referenzaktivitaetengruppe', false, false);
/** `Code.Modellierungsmethode` (list `modellierungsmethode`, `listVersionID` required). */
export const CodeModellierungsmethode = xprozessCode('Code.Modellierungsmethode', false, true);
/** `Code.Uebermittlungsart` (list `uebermittlungsart`, `listVersionID` required). */
export const CodeUebermittlungsart = xprozessCode('Code.Uebermittlungsart', false, true);
/** `Code.Beteiligungsform` (list `beteiligungsform`, `listVersionID` required). */
export const CodeBeteiligungsform = xprozessCode('Code.Beteiligungsform', false, true);
/** `Code.Handlungsgrundlagenart` (both attributes required). */
export const CodeHandlungsgrundlagenart = xprozessCode('Code.Handlungsgrundlagenart', true, true);
/** `Code.Zwecksetzung` (both attributes required). */
export const CodeZwecksetzung = xprozessCode('Code.Zwecksetzung', true, true);
/** `Code.OperativesZiel` (both attributes required). */
export const CodeOperativesZiel = xprozessCode('Code.OperativesZiel', true, true);
/** `Code.Handlungsform` (both attributes required). */
export const CodeHandlungsform = xprozessCode('Code.Handlungsform', true, true);
/** `Code.Verfahrensart` (both attributes required). */
export const CodeVerfahrensart = xprozessCode('Code.Verfahrensart', true, true);
/** `Code.Detaillierungsstufe` (both attributes required). */
export const CodeDetaillierungsstufe = xprozessCode('Code.Detaillierungsstufe', true, true);
/** `Code.MimeType` (both attributes required). */
export const CodeMimeType = xprozessCode('Code.MimeType', true, true);
/** `Code.Datentyp` (both attributes required). */
export const CodeDatentyp = xprozessCode('Code.Datentyp', true, true);
/** `Code.Kreis` (Destatis list, `listVersionID` required). */
export const CodeKreis = xprozessCode('Code.Kreis', false, true);
/** `Code.Bezirk` (Destatis list, `listVersionID` required). */
export const CodeBezirk = xprozessCode('Code.Bezirk', false, true);
/** `Code.Bundesland` (Destatis list, `listVersionID` required). */
export const CodeBundesland = xprozessCode('Code.Bundesland', false, true);
/** `Code.Gemeindeschluessel` (Destatis AGS, `listVersionID` required). */
export const CodeGemeindeschluessel = xprozessCode('Code.Gemeindeschluessel', false, true);
/** `Code.Regionalschluessel` (Destatis RS, `listVersionID` required). */
export const CodeRegionalschluessel = xprozessCode('Code.Regionalschluessel', false, true);
/** `Code.Staat` (Destatis list, `listVersionID` required). */
export const CodeStaat = xprozessCode('Code.Staat', false, true);
/** `Code.Gemeindeverband` (Destatis list, `listVersionID` required). */
export const CodeGemeindeverband = xprozessCode('Code.Gemeindeverband', false, true);

/** `Herausgeber`: publisher of a catalogue or library. */
export const Herausgeber = complexType('Herausgeber', () => [
  text('organisationsname'),
  text('nutzungsbestimmungen', 0),
  text('url', 0),
]);

/** `Handlungsgrundlage`: a legal norm or other justifying basis. */
export const Handlungsgrundlage = complexType('Handlungsgrundlage', () => [
  text('name'),
  one('art', CodeHandlungsgrundlagenart),
  text('uri', 0),
]);

/** `Klassifikation`: a class of an ordering framework (links a Prozess to its Prozessklasse). */
export const Klassifikation = complexType('Klassifikation', () => [
  text('ordnungsrahmenName'),
  text('ordnungsrahmenVersion', 0),
  text('klasseID'),
  text('klasseName', 0),
]);

/** `Merkmal`: a named characteristic with one or more values. */
export const Merkmal = complexType('Merkmal', () => [
  text('ordnungsrahmenName', 0),
  text('ordnungsrahmenVersion', 0),
  text('merkmalID', 0),
  text('merkmalName'),
  one('merkmalDatentyp', CodeDatentyp, 0),
  texts('merkmalWert', 1),
]);

/** `VerwaltungspolitischeKodierung`: choice of one regional key. */
export const VerwaltungspolitischeKodierung = complexType(
  'VerwaltungspolitischeKodierung',
  () => [
    one('kreis', CodeKreis, 0),
    one('bezirk', CodeBezirk, 0),
    one('bundesland', CodeBundesland, 0),
    one('gemeindeschluessel', CodeGemeindeschluessel, 0),
    one('regionalschluessel', CodeRegionalschluessel, 0),
    one('nation', CodeStaat, 0),
    one('gemeindeverband', CodeGemeindeverband, 0),
  ],
  { choice: true },
);

/** `Zeitraum`: begin and end (xs:dateTime). */
export const Zeitraum = complexType('Zeitraum', () => [text('beginn', 0), text('ende', 0)]);

/** `Zustandsangaben`: state of a Prozessklasse or Prozess. */
export const Zustandsangaben = complexType('Zustandsangaben', () => [
  text('erstellungszeitpunkt', 0),
  text('letzterAenderungszeitpunkt', 0),
  text('letzterBearbeiter', 0),
  one('status', CodeStatus, 0),
  text('anmerkungLetzteAenderung', 0),
  one('gueltigkeitszeitraum', Zeitraum, 0),
  text('fachlicherFreigabezeitpunkt', 0),
  text('formellerFreigabezeitpunkt', 0),
]);

/** `Modellierungsmethode`: the qualified `code` (itself an XÖV code) and a free text. */
export const Modellierungsmethode = complexType('Modellierungsmethode', () => [
  one('code', CodeModellierungsmethode),
  text('freitext', 0),
]);

/** `Datei`: an embedded file (`inhalt` is xs:base64Binary, kept as the exact base64 text). */
export const Datei = complexType('Datei', () => [
  text('dateiname'),
  one('modellierungsmethode', Modellierungsmethode),
  one('mimeType', CodeMimeType),
  text('inhalt'),
]);

/** `Prozessmodell`: the model, visualisation and description files of a Prozess. */
export const Prozessmodell = complexType('Prozessmodell', () => [
  many('prozessmodelldatei', Datei),
  many('visualisierungsdatei', Datei),
  many('beschreibungsdatei', Datei),
]);
