/**
 * Binding specs of the XZuFi 2.2.0 Leistung (`spec/xzufi.md` §4): struktur, Kategorie, Herausgeber,
 * Gebiet and the Leistung itself, children in the order of §4 (FIMP property order = PVOG order).
 *
 * @module
 */
import { complexType, many, one, text } from '../../core/binding/index.js';
import { INFERRED_NAMES as N } from './inferred.js';
import {
  Code,
  HtmlStringLocalized,
  Identifikator,
  Sprachversion,
  StringLocalized,
  Versionsinformation,
  Zeitraum,
} from './specs-common.js';
import {
  Auskunftshinweismodul,
  Bearbeitungsdauermodul,
  BegriffImKontextModul,
  Dokumentmodul,
  FachlicheFreigabeModul,
  Fristmodul,
  Kostenmodul,
  Textmodul,
  TextmodulIndividuell,
  UrsprungsportalModul,
} from './specs-module.js';

/** `Leistungsgruppierung` (P): the LeiKa code branch (`leistungsgruppierungLeiKa`, **inf**). */
export const Leistungsgruppierung = complexType('Leistungsgruppierung', () => [
  one(N.leistungsgruppierungLeiKa, Code, 0),
]);

/** `Verrichtung` (V/P): the LeiKa code branch `verrichtungLeiKa` (V). */
export const Verrichtung = complexType('Verrichtung', () => [one('verrichtungLeiKa', Code, 0)]);

/**
 * `Leistungsstruktur` (V/P, §4.1): the union of the three `xsi:type` variants. The variant itself is the
 * `xsi:type` attribute, kept in `$unknownAttributes` (read it with `strukturVariante`).
 */
export const Leistungsstruktur = complexType('Leistungsstruktur', () => [
  one('leistungsgruppierung', Leistungsgruppierung, 0),
  one('leistungsobjektID', Identifikator, 0),
  one('verrichtung', Verrichtung, 0),
  many('verrichtungsdetail', StringLocalized),
]);

/** `Leistungskategorieklasse` (V/P, §4.5 #7). */
export const Kategorieklasse = complexType('Kategorieklasse', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  many('bezeichnung', StringLocalized),
  many('beschreibung', HtmlStringLocalized),
  text('version', 0),
]);

/** `Leistungskategorie` (`kategorie`, V/P, §4.5). */
export const Leistungskategorie = complexType('Leistungskategorie', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  one('uebergeordneteKategorieID', Identifikator, 0),
  many(N.untergeordneteKategorieID, Identifikator),
  many('bezeichnung', StringLocalized),
  many('beschreibung', StringLocalized),
  many('klasse', Kategorieklasse),
]);

/** `Gebietsklasse` (P, §4.6). */
export const Gebietsklasse = complexType('Gebietsklasse', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  many('bezeichnung', StringLocalized),
  many('beschreibung', StringLocalized),
  text('version', 0),
  many('kurzbezeichnung', StringLocalized),
]);

/** `Gebietstyp` (P, §4.6). */
export const Gebietstyp = complexType('Gebietstyp', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  one('klasse', Gebietsklasse, 0),
  many('bezeichnung', StringLocalized),
  many('kurzbezeichnung', StringLocalized),
  many('beschreibung', StringLocalized),
]);

/**
 * `VerwaltungspolitischeKodierung` (V for `bundesland`, `gemeindeschluessel`, `regionalschluessel`; P for
 * the rest). Read as a sequence of optional codes (tolerant: the XSD has a choice in Gebiet).
 */
export const VerwaltungspolitischeKodierung = complexType('VerwaltungspolitischeKodierung', () => [
  one('kreis', Code, 0),
  one('bezirk', Code, 0),
  one('bundesland', Code, 0),
  one('gemeindeschluessel', Code, 0),
  one('regionalschluessel', Code, 0),
  one('nation', Code, 0),
  one('gemeindeverband', Code, 0),
]);

/** `Gebiet` (P, §4.6). */
export const Gebiet = complexType('Gebiet', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  one('typ', Gebietstyp, 0),
  many('uebergeordnetesGebietID', Identifikator),
  many('untergeordnetesGebietID', Identifikator),
  one('verwaltungspolitischeKodierung', VerwaltungspolitischeKodierung, 0),
  many('bezeichnung', StringLocalized),
  many('kurzbezeichnung', StringLocalized),
  many('beschreibung', StringLocalized),
  one('herausgeber', Herausgeber, 0),
  one('versionsinformation', Versionsinformation, 0),
  many('gueltigkeit', Zeitraum),
]);

/** `Herausgeber` (P, §4.6). */
export const Herausgeber = complexType('Herausgeber', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  many('bezeichnung', StringLocalized),
  many('kurzbezeichnung', StringLocalized),
  many('beschreibung', StringLocalized),
  many('standardZustaendigkeitsgebiet', Gebiet),
]);

/** `WirtschaftszweigSpezifizierbar` (P; element name **inf**). */
export const WirtschaftszweigSpezifizierbar = complexType('WirtschaftszweigSpezifizierbar', () => [
  one('code', Code),
  one('spezifischeID', Identifikator, 0),
]);

/** `Leistung` (XZuFi 2.2.0, §4): children in the order of the fact sheet. */
export const Leistung = complexType('Leistung', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  one('struktur', Leistungsstruktur, 0),
  many('referenzLeiKa', Code),
  many('modulText', Textmodul),
  many('modulTextIndividuell', TextmodulIndividuell),
  one('modulFrist', Fristmodul, 0),
  one('modulKosten', Kostenmodul, 0),
  one('modulBearbeitungsdauer', Bearbeitungsdauermodul, 0),
  many('modulBegriffImKontext', BegriffImKontextModul),
  one('modulFachlicheFreigabe', FachlicheFreigabeModul, 0),
  one('modulAuskunftshinweis', Auskunftshinweismodul, 0),
  one('modulDokument', Dokumentmodul, 0),
  many('modulUrsprungsportal', UrsprungsportalModul),
  many('typisierung', Code),
  one('vertrauensniveau', Code, 0),
  many('leistungsadressat', Code),
  text('kennzeichenSchriftformerfordernis', 0),
  many('kategorie', Leistungskategorie),
  many('klassifizierung', Code),
  many('informationsbereichSDG', Code),
  many(N.idLeistungImKontext, Identifikator),
  many(N.idProzess, Identifikator),
  one('herausgeber', Herausgeber, 0),
  many('gueltigkeitGebietID', Identifikator),
  text('kennzeichenEA', 0),
  many(N.relevantFuerWirtschaftszweig, WirtschaftszweigSpezifizierbar),
  many(N.relevantFuerRechtsform, Code),
  many(N.relevantFuerStaatsangehoerigkeit, Code),
  one('versionsinformation', Versionsinformation, 0),
  many('sprachversion', Sprachversion),
  many('gueltigkeit', Zeitraum),
]);
