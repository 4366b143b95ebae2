/**
 * Binding specs of the XZuFi 2.3.1 Leistung and transfer message (`spec/xzufi.md` §8: FIM Portal model
 * `Leistung231`, element names by the fact sheet's derivation rule, all **inf**). Organisationseinheit,
 * Zuständigkeit and Spezialisierung have no 2.3.1 facts and keep their 2.2.0 specs; Onlinedienst gets the
 * 2.3.1 Sprachversion.
 *
 * @module
 */
import { complexType, many, one, text } from '../../core/binding/index.js';
import { INFERRED_NAMES as N22 } from '../v2_2/inferred.js';
import {
  Code,
  HtmlStringLocalized,
  Identifikator,
  Sprachversion as Sprachversion22,
  StringLocalized,
  Versionsinformation,
  Zeitraum,
} from '../v2_2/specs-common.js';
import {
  Herausgeber,
  Kategorieklasse as Kategorieklasse22,
  WirtschaftszweigSpezifizierbar,
} from '../v2_2/specs-leistung.js';
import {
  Loesche,
  Onlinedienst as Onlinedienst22,
  Organisationseinheit,
  Spezialisierung,
  Transfer as Transfer22,
  ZustaendigkeitTransferObjekt,
} from '../v2_2/specs-objekte.js';
import { INFERRED_NAMES_23 as N } from './inferred.js';
import {
  Auskunftshinweismodul,
  Bearbeitungsdauermodul,
  BegriffImKontextModul,
  Dokumentmodul,
  derived,
  FachlicheFreigabeModul,
  Fristmodul,
  Kostenmodul,
  Textmodul,
  TextmodulIndividuell,
  UrsprungsportalModul,
} from './specs-module.js';

/** `struktur` (2.3.1, §8 #3): LeiKa codes only, no Kategorie alternative; variant in `xsi:type`. */
export const Leistungsstruktur = complexType('Leistungsstruktur', () => [
  one('leistungsgruppierungLeiKa', Code),
  one('leistungsobjektID', Identifikator, 0),
  one('verrichtungLeiKa', Code, 0),
  many('verrichtungsdetail', StringLocalized),
]);

/** Kategorie `klasse` (2.3.1): + `typ` (Kategorieklasse-Typ 001–004; position **inf**). */
export const Kategorieklasse = derived(Kategorieklasse22, (els) => [
  ...els.slice(0, 2),
  one(N.kategorieklasseTyp, Code, 0),
  ...els.slice(2),
]);

/** `kategorie` (2.3.1, §8 #25): `klasse` now before `bezeichnung`; `beschreibung` is HTML. */
export const Leistungskategorie = complexType('Leistungskategorie', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  one('uebergeordneteKategorieID', Identifikator, 0),
  many('untergeordneteKategorieID', Identifikator),
  many('klasse', Kategorieklasse),
  many('bezeichnung', StringLocalized),
  many('beschreibung', HtmlStringLocalized),
]);

/** `informationsbereicheSDG` (2.3.1, §8 #27): the two SDG code lists. */
export const InformationsbereicheSDG = complexType('InformationsbereicheSDG', () => [
  many('informationsbereichSDG1', Code),
  many('informationsbereichSDG2', Code),
]);

/** `relevantFuerStaatsangehoerigkeit` (2.3.1, §8 #35): nationalities and groups of states. */
export const StaatsangehoerigkeitRelevanz = complexType('StaatsangehoerigkeitRelevanz', () => [
  many('staatsangehoerigkeit', Code),
  many('staatengruppe', Code),
]);

/** `maschinelleUebersetzung` (2.3.1 Sprachversion). */
export const MaschinelleUebersetzung = complexType('MaschinelleUebersetzung', () => [
  text('originalSprache'),
  one('originalID', Identifikator, 0),
  text('uebersetztDurch', 0),
]);

/** `Sprachversion` (2.3.1): + machine-translation flag (1) and details after the language names. */
export const Sprachversion = derived(Sprachversion22, (els) => [
  ...els.slice(0, 3),
  text('kennzeichenMaschinelleUebersetzung'),
  one('maschinelleUebersetzung', MaschinelleUebersetzung, 0),
  ...els.slice(3),
]);

/** `Leistung` (XZuFi 2.3.1, §8): children in the FIM Portal model's order. */
export const Leistung = complexType('Leistung', () => [
  one('id', Identifikator),
  many('idSekundaer', Identifikator),
  one('struktur', Leistungsstruktur, 0),
  one('statusKatalog', Code, 0),
  one('statusBibliothek', Code, 0),
  one('detailstufe', Code, 0),
  many('referenzLeistungsschluessel', Identifikator),
  many('leistungsadressat', Code),
  one('bezugsortTyp', Code, 0),
  many('modulText', Textmodul),
  many('modulTextIndividuell', TextmodulIndividuell),
  many('modulFrist', Fristmodul),
  many('modulBearbeitungsdauer', Bearbeitungsdauermodul),
  many('modulKosten', Kostenmodul),
  many('modulDokument', Dokumentmodul),
  many('modulBegriffImKontext', BegriffImKontextModul),
  many('modulFachlicheFreigabe', FachlicheFreigabeModul),
  many('modulAuskunftshinweis', Auskunftshinweismodul),
  many('modulUrsprungsportal', UrsprungsportalModul),
  many('typisierung', Code),
  one('vertrauensniveau', Code, 0),
  text('kennzeichenFormularSchriftformerfordernis', 0),
  text('kennzeichenFormularPersoenlich', 0),
  text('kennzeichenFormularFormlos', 0),
  many('kategorie', Leistungskategorie),
  many('klassifizierung', Code),
  one(N.informationsbereicheSDG, InformationsbereicheSDG, 0),
  many('leistungImKontextID', Identifikator),
  many('prozessID', Identifikator),
  one('herausgeber', Herausgeber, 0),
  many('gueltigkeitGebietID', Identifikator),
  many('durchfuehrbarEinheitlicheStelle', Code),
  many(N22.relevantFuerWirtschaftszweig, WirtschaftszweigSpezifizierbar),
  many(N22.relevantFuerRechtsform, Code),
  one(N22.relevantFuerStaatsangehoerigkeit, StaatsangehoerigkeitRelevanz, 0),
  one(N.versionsinformation, Versionsinformation, 0),
  many('sprachversion', Sprachversion),
  many('gueltigkeit', Zeitraum),
]);

/** `onlinedienst` (2.3.1): as 2.2.0 with the 2.3.1 Sprachversion. */
export const Onlinedienst = derived(Onlinedienst22, (els) =>
  els.map((e) => (e.name === 'sprachversion' ? many('sprachversion', Sprachversion) : e)),
);

/** `schreibe` (2.3.1): exactly one transfer object. */
export const Schreibe = complexType(
  'Schreibe',
  () => [
    one('leistung', Leistung),
    one('spezialisierung', Spezialisierung),
    one('organisationseinheit', Organisationseinheit),
    one('onlinedienst', Onlinedienst),
    one('zustaendigkeitTransferObjekt', ZustaendigkeitTransferObjekt),
  ],
  { choice: true },
);

/** The transfer message root (2.3.1): as 2.2.0, with the 2.3.1 `schreibe`. */
export const Transfer = derived(Transfer22, (els) =>
  els.map((e) => (e.name === 'schreibe' ? many('schreibe', Schreibe) : e)),
);

export { Loesche, Organisationseinheit, Spezialisierung, ZustaendigkeitTransferObjekt };
