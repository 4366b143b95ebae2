/**
 * Binding specs of the XProzess 2.0 content types: Prozesskatalog / Prozessklasse and
 * Prozessbibliothek / Prozess with Prozesssteckbrief, Strukturbeschreibung and its Aktivitaetengruppen.
 * Source: `../shared/spec/xprozess.md` §3.
 *
 * @module
 */
import { complexType, many, one, text, texts } from '../../core/binding/index.js';
import {
  CodeBearbeitungsart,
  CodeBeteiligungsform,
  CodeDetaillierungsstufe,
  CodeEntscheidungsart,
  CodeFormellePruefung,
  CodeHandlungsform,
  CodeOperativesZiel,
  CodeProzessrolle,
  CodeReferenzaktivitaetengruppe,
  CodeUebermittlungsart,
  CodeVerfahrensart,
  CodeZwecksetzung,
  Handlungsgrundlage,
  Herausgeber,
  Klassifikation,
  Merkmal,
  Modellierungsmethode,
  Prozessmodell,
  VerwaltungspolitischeKodierung,
  Zustandsangaben,
} from './specs-common.js';

/** Anonymous type of `Prozessklasse/gliederungsebene`. */
export const Gliederungsebene = complexType('Gliederungsebene', () => [
  text('gliederungsebeneNummer'),
  text('gliederungsebeneName', 0),
]);

/** `ReferenzProzessklasse`: a replaced process class. */
export const ReferenzProzessklasse = complexType('ReferenzProzessklasse', () => [
  text('referenzierteProzessklasseID'),
  text('erlaeuterung', 0),
]);

/** `Prozessklasse`: an entry of the Prozesskatalog; `id` is the LeiKa key. */
export const Prozessklasse = complexType('Prozessklasse', () => [
  text('id'),
  text('version', 0),
  one('gliederungsebene', Gliederungsebene, 0),
  text('uebergeordneteProzessklasseID', 0),
  many('abgeloesteProzessklasse', ReferenzProzessklasse),
  text('name'),
  text('bezeichnung', 0),
  text('definition', 0),
  many('handlungsgrundlage', Handlungsgrundlage),
  one('zwecksetzung', CodeZwecksetzung, 0),
  one('operativesZiel', CodeOperativesZiel, 0),
  one('handlungsform', CodeHandlungsform, 0),
  one('verfahrensart', CodeVerfahrensart, 0),
  text('fachlichFreigebendeStelle', 0),
  many('verwaltungspolitischeKodierung', VerwaltungspolitischeKodierung),
  many('merkmal', Merkmal),
  many('klassifikation', Klassifikation),
  texts('schlagwort'),
  one('zustandsangaben', Zustandsangaben, 0),
]);

/** `Prozesskatalog`: a collection of process classes. */
export const Prozesskatalog = complexType('Prozesskatalog', () => [
  text('name'),
  text('version', 0),
  one('herausgeber', Herausgeber, 0),
  many('verwaltungspolitischeKodierung', VerwaltungspolitischeKodierung),
  many('prozessklasse', Prozessklasse),
]);

/** `AusloeserErgebnis`: a form id, a process id or a text. */
export const AusloeserErgebnis = complexType('AusloeserErgebnis', () => [
  text('formularID', 0),
  text('prozessID', 0),
  text('textuelleBeschreibung', 0),
]);

/** `Prozessteilnehmer`: a participant and its roles. */
export const Prozessteilnehmer = complexType('Prozessteilnehmer', () => [
  text('name'),
  many('rolle', CodeProzessrolle, 1),
]);

/** `Prozesssteckbrief`: the profile of a process. */
export const Prozesssteckbrief = complexType('Prozesssteckbrief', () => [
  text('definition', 0),
  text('beschreibung', 0),
  many('ausloeser', AusloeserErgebnis),
  many('ergebnis', AusloeserErgebnis),
  many('prozessteilnehmer', Prozessteilnehmer),
  many('handlungsgrundlage', Handlungsgrundlage),
  one('detaillierungsstufe', CodeDetaillierungsstufe, 0),
  many('verwaltungspolitischeKodierung', VerwaltungspolitischeKodierung),
  text('zielvorgaben', 0),
  many('merkmal', Merkmal),
]);

/** `Formularverweis`: a reference into FIM forms and data fields, coarse to fine. */
export const Formularverweis = complexType('Formularverweis', () => [
  text('formularsteckbriefID'),
  text('stammformularID', 0),
  text('stammformularVersion', 0),
  texts('elementId'),
]);

/** `Daten`: choice of a Formularverweis or a text. */
export const Daten = complexType(
  'Daten',
  () => [one('formularverweis', Formularverweis, 0), text('textuelleBeschreibung', 0)],
  { choice: true },
);

/** `Daten.Bereitgestellt`: data provided to a recipient. */
export const DatenBereitgestellt = complexType('Daten.Bereitgestellt', () => [
  one('formularverweis', Daten),
  one('uebermittlungsart', CodeUebermittlungsart),
  text('empfaenger'),
]);

/** `Daten.Empfangen`: data received from a sender. */
export const DatenEmpfangen = complexType('Daten.Empfangen', () => [
  one('formularverweis', Daten),
  one('uebermittlungsart', CodeUebermittlungsart),
  text('sender'),
]);

/** `spezifischeAttribute1` (RAG 1): received data. */
export const SpezifischeAttribute1 = complexType('SpezifischeAttribute1', () => [
  many('empfangeneDaten', DatenEmpfangen, 1),
]);
/** `spezifischeAttribute2` (RAG 2): provided data. */
export const SpezifischeAttribute2 = complexType('SpezifischeAttribute2', () => [
  many('bereitgestellteDaten', DatenBereitgestellt, 1),
]);
/** `spezifischeAttribute3` (RAG 3): formal checks. */
export const SpezifischeAttribute3 = complexType('SpezifischeAttribute3', () => [
  many('formellePruefung', CodeFormellePruefung, 1),
]);
/** `spezifischeAttribute4` (RAG 4): aids. */
export const SpezifischeAttribute4 = complexType('SpezifischeAttribute4', () => [text('hilfsmittel')]);
/** `spezifischeAttribute5` (RAG 5): aids and kind of decision. */
export const SpezifischeAttribute5 = complexType('SpezifischeAttribute5', () => [
  text('hilfsmittel'),
  one('entscheidungsart', CodeEntscheidungsart),
]);
/** `spezifischeAttribute6` (RAG 6): kind of processing. */
export const SpezifischeAttribute6 = complexType('SpezifischeAttribute6', () => [
  one('bearbeitungsart', CodeBearbeitungsart),
]);
/** `spezifischeAttribute7` (RAG 7): participation. */
export const SpezifischeAttribute7 = complexType('SpezifischeAttribute7', () => [
  many('bereitgestellteDaten', DatenBereitgestellt, 1),
  many('empfangeneDaten', DatenEmpfangen, 1),
  text('mitwirkungspflicht'),
  one('beteiligungsform', CodeBeteiligungsform, 0),
]);
/** `spezifischeAttribute8` (RAG 8): free description. */
export const SpezifischeAttribute8 = complexType('SpezifischeAttribute8', () => [text('beschreibung')]);

/** `SpezifischeAttribute`: choice of one variant; its number matches the Referenzaktivitaetengruppe code. */
export const SpezifischeAttribute = complexType(
  'SpezifischeAttribute',
  () => [
    one('spezifischeAttribute1', SpezifischeAttribute1, 0),
    one('spezifischeAttribute2', SpezifischeAttribute2, 0),
    one('spezifischeAttribute3', SpezifischeAttribute3, 0),
    one('spezifischeAttribute4', SpezifischeAttribute4, 0),
    one('spezifischeAttribute5', SpezifischeAttribute5, 0),
    one('spezifischeAttribute6', SpezifischeAttribute6, 0),
    one('spezifischeAttribute7', SpezifischeAttribute7, 0),
    one('spezifischeAttribute8', SpezifischeAttribute8, 0),
  ],
  { choice: true },
);

/** `Aktivitaetengruppe`: a FIM activity group, linked to the BPMN by `subProzessID`. */
export const Aktivitaetengruppe = complexType('Aktivitaetengruppe', () => [
  one('referenzaktivitaetengruppeTyp', CodeReferenzaktivitaetengruppe),
  text('referenzaktivitaetengruppeVersion'),
  text('id'),
  text('subProzessID'),
  text('name'),
  text('beschreibung', 0),
  many('handlungsgrundlage', Handlungsgrundlage),
  many('eingehendeDaten', Daten),
  many('ausgehendeDaten', Daten),
  texts('fachverfahren'),
  one('spezifischeAttribute', SpezifischeAttribute),
]);

/** `strukturbeschreibungFIM`: the activity groups (1..n). */
export const StrukturbeschreibungFIM = complexType('StrukturbeschreibungFIM', () => [
  many('aktivitaetengruppe', Aktivitaetengruppe, 1),
]);

/** `strukturbeschreibungSonstige`: one `xs:any` element, kept verbatim in `$unknownElements`. */
export const StrukturbeschreibungSonstige = complexType('StrukturbeschreibungSonstige', () => []);

/**
 * `Strukturbeschreibung`: the modelling method, then a choice of `strukturbeschreibungFIM` or
 * `strukturbeschreibungSonstige` (both optional here; `parse` reports when not exactly one is present).
 */
export const Strukturbeschreibung = complexType('Strukturbeschreibung', () => [
  one('modellierungsmethode', Modellierungsmethode),
  one('strukturbeschreibungFIM', StrukturbeschreibungFIM, 0),
  one('strukturbeschreibungSonstige', StrukturbeschreibungSonstige, 0),
]);

/** `Prozess`: a concrete process in one version; `id` is the LeiKa key. */
export const Prozess = complexType('Prozess', () => [
  text('id'),
  text('version', 0),
  text('name'),
  text('bezeichnung', 0),
  text('fachlichFreigebendeStelle', 0),
  many('klassifikation', Klassifikation),
  texts('schlagwort'),
  one('prozesssteckbrief', Prozesssteckbrief, 0),
  one('prozessstrukturbeschreibung', Strukturbeschreibung, 0),
  one('prozessmodell', Prozessmodell, 0),
  one('zustandsangaben', Zustandsangaben, 0),
]);

/** `Prozessbibliothek`: a collection of processes. */
export const Prozessbibliothek = complexType('Prozessbibliothek', () => [
  text('name'),
  text('version', 0),
  one('herausgeber', Herausgeber, 0),
  many('verwaltungspolitischeKodierung', VerwaltungspolitischeKodierung),
  many('prozess', Prozess),
]);
