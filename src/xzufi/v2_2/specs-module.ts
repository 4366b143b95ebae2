/**
 * Binding specs of the XZuFi 2.2.0 Leistung modules (`spec/xzufi.md` §4.2–4.4): text modules, Frist,
 * Kosten, Bearbeitungsdauer, Begriff im Kontext, fachliche Freigabe, Auskunftshinweis, Dokumente and
 * Ursprungsportal. Every module starts with the common header ({@link modulKopf}).
 *
 * @module
 */
import { complexType, many, one, text } from '../../core/binding/index.js';
import { INFERRED_NAMES as N } from './inferred.js';
import {
  Amount,
  Code,
  HtmlStringLocalized,
  HyperlinkErweitert,
  Identifikator,
  modulKopf,
  StringLocalized,
  Zeitraum,
} from './specs-common.js';

/** `Textmodul` (`modulText`, V/P): LeiKa Textmodul code, deviating titles, one `inhalt` per language, links. */
export const Textmodul = complexType('Textmodul', () => [
  ...modulKopf(),
  one('leikaTextmodul', Code),
  many('leikaTextmodulAbweichendeBezeichnung', StringLocalized),
  many('inhalt', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);

/** `TextmodulIndividuell` (`modulTextIndividuell`, P; code element name **inf**). */
export const TextmodulIndividuell = complexType('TextmodulIndividuell', () => [
  ...modulKopf(),
  one(N.individuellesTextmodultyp, Code),
  many('inhalt', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);

/** `FristDauer` (P): `dauer`, `einheit`, `dauerBis`, `einheitBis`. */
export const FristDauer = complexType('FristDauer', () => [
  text('dauer'),
  text('einheit'),
  text('dauerBis', 0),
  text('einheitBis', 0),
]);

/** `FristStichtag` (P): `von`, `bis` (xs:date or `--MM-DD`). */
export const FristStichtag = complexType('FristStichtag', () => [text('von', 0), text('bis', 0)]);

/** `FristMitTyp` (P): `typ` then the choice, `beschreibung`, `positionDarstellung`, `gueltigkeit`. */
export const FristMitTyp = complexType('FristMitTyp', () => [
  one('typ', Code),
  one(N.fristDauer, FristDauer, 0),
  one(N.fristStichtag, FristStichtag, 0),
  many('beschreibung', HtmlStringLocalized),
  text('positionDarstellung', 0),
  many('gueltigkeit', Zeitraum),
]);

/** `FristOhneTyp` (P, Bearbeitungsdauer): as {@link FristMitTyp} without `typ`. */
export const FristOhneTyp = complexType('FristOhneTyp', () => [
  one(N.fristDauer, FristDauer, 0),
  one(N.fristStichtag, FristStichtag, 0),
  many('beschreibung', StringLocalized),
  text('positionDarstellung', 0),
  many('gueltigkeit', Zeitraum),
]);

/** `KostenFix` (P): `betrag`. */
export const KostenFix = complexType('KostenFix', () => [one('betrag', Amount)]);
/** `KostenFrei` (P): `beschreibungKostenfreiheit`. */
export const KostenFrei = complexType('KostenFrei', () => [
  many('beschreibungKostenfreiheit', StringLocalized),
]);
/** `KostenVariabel` (P): lower and upper bound, description of the variability. */
export const KostenVariabel = complexType('KostenVariabel', () => [
  one('betragUntergrenze', Amount, 0),
  one('betragObergrenze', Amount, 0),
  many('beschreibungVariabilitaet', StringLocalized),
]);

/** `Kosten` (P): `typ`, the *kostenauswahl* choice (element names **inf**), description, Vorkasse, link. */
export const Kosten = complexType('Kosten', () => [
  one('typ', Code),
  one(N.kostenFix, KostenFix, 0),
  one(N.kostenFrei, KostenFrei, 0),
  one(N.kostenVariabel, KostenVariabel, 0),
  many('beschreibung', HtmlStringLocalized),
  text('vorkasse', 0),
  text('linkKostenbildung', 0),
  text('positionDarstellung', 0),
  many('gueltigkeit', Zeitraum),
]);

/** `Fristmodul` (`modulFrist`, P/V). */
export const Fristmodul = complexType('Fristmodul', () => [
  ...modulKopf(),
  many('frist', FristMitTyp),
  many('beschreibung', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);

/** `Kostenmodul` (`modulKosten`, P/V). */
export const Kostenmodul = complexType('Kostenmodul', () => [
  ...modulKopf(),
  many('kosten', Kosten),
  many('beschreibung', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);

/** `Bearbeitungsdauermodul` (`modulBearbeitungsdauer`, P/V). */
export const Bearbeitungsdauermodul = complexType('Bearbeitungsdauermodul', () => [
  ...modulKopf(),
  many('bearbeitungsdauer', FristOhneTyp),
  many('beschreibung', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);

/** `BegriffImKontext` (V): `begriff` and its `typ` (001/002/003/999). */
export const BegriffImKontext = complexType('BegriffImKontext', () => [
  one('begriff', StringLocalized),
  one('typ', Code, 0),
]);

/** `BegriffImKontextModul` (`modulBegriffImKontext`, V). */
export const BegriffImKontextModul = complexType('BegriffImKontextModul', () => [
  ...modulKopf(),
  many('begriffImKontext', BegriffImKontext),
]);

/** `FachlicheFreigabeModul` (`modulFachlicheFreigabe`, V). */
export const FachlicheFreigabeModul = complexType('FachlicheFreigabeModul', () => [
  ...modulKopf(),
  text('fachlichFreigegebenAm', 0),
  many('fachlichFreigegebenDurch', StringLocalized),
]);

/** `Auskunftshinweismodul` (`modulAuskunftshinweis`, P). */
export const Auskunftshinweismodul = complexType('Auskunftshinweismodul', () => [
  ...modulKopf(),
  many('inhalt', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);

/** The Dokument `typ` (P): a listed code or a free value (`nichtGelisteterWert`, **inf**). */
export const Dokumenttyp = complexType(
  'Dokumenttyp',
  () => [one('code', Code), text(N.nichtGelisteterWert)],
  { choice: true },
);

/** `Dokument` (P). */
export const Dokument = complexType('Dokument', () => [
  one('typ', Dokumenttyp),
  many('bezeichnung', StringLocalized),
  many('beschreibung', HtmlStringLocalized),
  many(N.referenzFormularID, Identifikator),
  one('angabeSignatur', Code, 0),
]);

/** `Dokumentmodul` (`modulDokument`, P). */
export const Dokumentmodul = complexType('Dokumentmodul', () => [
  ...modulKopf(),
  many('dokumentEingehend', Dokument),
  many('dokumentAusgehend', Dokument),
  many('beschreibung', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);

/** `UrsprungsportalModul` (`modulUrsprungsportal`, V): `languageCode` attribute, `uri`, `titel`. */
export const UrsprungsportalModul = complexType(
  'UrsprungsportalModul',
  () => [...modulKopf(), text('uri'), text('titel', 0)],
  { attributes: [{ name: 'languageCode' }] },
);
