/**
 * The typed model of XZuFi 2.3.1 (`spec/xzufi.md` §8, all **inf**): the 2.2.0 model where 2.3.1 keeps a
 * type, new interfaces where it changes one. Same conventions as 2.2.0: field names are the XML element
 * names, simple content in `value`, repeated elements as arrays, unknown XML in `$unknownElements` /
 * `$unknownAttributes`.
 *
 * @module
 */
import type { Extras } from '../../core/binding/index.js';
import type {
  Herausgeber,
  Kategorieklasse as Kategorieklasse22,
  Loesche,
  Onlinedienst as Onlinedienst22,
  Organisationseinheit,
  Spezialisierung,
  Transfer as Transfer22,
  WirtschaftszweigSpezifizierbar,
  ZustaendigkeitTransferObjekt,
} from '../v2_2/model.js';
import type {
  HyperlinkErweitert,
  Identifikator,
  Sprachversion as Sprachversion22,
  StringLocalized,
  Versionsinformation,
  XzufiCode,
  Zeitraum,
} from '../v2_2/model-common.js';
import type {
  Auskunftshinweismodul as Auskunftshinweismodul22,
  Bearbeitungsdauermodul as Bearbeitungsdauermodul22,
  BegriffImKontextModul as BegriffImKontextModul22,
  Dokumenttyp,
  FachlicheFreigabeModul as FachlicheFreigabeModul22,
  Fristmodul as Fristmodul22,
  Kosten as Kosten22,
  Kostenmodul as Kostenmodul22,
  ModulKopf,
  Textmodul as Textmodul22,
  TextmodulIndividuell as TextmodulIndividuell22,
  UrsprungsportalModul as UrsprungsportalModul22,
} from '../v2_2/model-module.js';

/** What every 2.3.1 module adds in front of the 2.2.0 module: the access channel (000/100/200). */
export interface Zugangskanal {
  readonly zugangskanal: XzufiCode;
}

/** `modulText` (2.3.1). */
export type Textmodul = Textmodul22 & Zugangskanal;
/** `modulTextIndividuell` (2.3.1). */
export type TextmodulIndividuell = TextmodulIndividuell22 & Zugangskanal;
/** `modulFrist` (2.3.1). */
export type Fristmodul = Fristmodul22 & Zugangskanal;
/** `modulBearbeitungsdauer` (2.3.1). */
export type Bearbeitungsdauermodul = Bearbeitungsdauermodul22 & Zugangskanal;
/** `modulBegriffImKontext` (2.3.1). */
export type BegriffImKontextModul = BegriffImKontextModul22 & Zugangskanal;
/** `modulFachlicheFreigabe` (2.3.1). */
export type FachlicheFreigabeModul = FachlicheFreigabeModul22 & Zugangskanal;
/** `modulAuskunftshinweis` (2.3.1). */
export type Auskunftshinweismodul = Auskunftshinweismodul22 & Zugangskanal;

/** `Kosten` (2.3.1): `linkKostenbildung` is a list of links. */
export interface Kosten extends Omit<Kosten22, 'linkKostenbildung'> {
  readonly linkKostenbildung: readonly HyperlinkErweitert[];
}

/** `modulKosten` (2.3.1). */
export interface Kostenmodul extends Omit<Kostenmodul22, 'kosten'>, Zugangskanal {
  readonly kosten: readonly Kosten[];
}

/** A dynamic URL parameter of an Ursprungsportal. */
export interface DynamischerParameter extends Extras {
  readonly typ: XzufiCode;
  readonly parameterName: string;
}

/** `modulUrsprungsportal` (2.3.1). */
export interface UrsprungsportalModul extends UrsprungsportalModul22, Zugangskanal {
  readonly dynamischeParameter: readonly DynamischerParameter[];
}

/** `Dokument` (2.3.1): `art` instead of `typ`, `formularReferenz`. */
export interface Dokument extends Extras {
  readonly art: Dokumenttyp;
  readonly bezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly formularReferenz: readonly Identifikator[];
  readonly angabeSignatur?: XzufiCode;
}

/** `dokumentEingehend` (2.3.1). */
export interface DokumentEingehend extends Extras {
  readonly pflichtangabetyp?: XzufiCode;
  readonly pflichtangabeGrundKontextabhaengigkeit: readonly XzufiCode[];
  readonly kennzeichenAusloeser?: string;
  readonly dokument: Dokument;
}

/** `modulDokument` (2.3.1). */
export interface Dokumentmodul extends ModulKopf, Zugangskanal {
  readonly dokumentEingehend: readonly DokumentEingehend[];
  readonly dokumentAusgehend: readonly Dokument[];
  readonly beschreibungEingehend: readonly StringLocalized[];
  readonly beschreibungAusgehend: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** `struktur` (2.3.1): LeiKa codes only; the variant is the `xsi:type` attribute. */
export interface Leistungsstruktur extends Extras {
  readonly leistungsgruppierungLeiKa: XzufiCode;
  readonly leistungsobjektID?: Identifikator;
  readonly verrichtungLeiKa?: XzufiCode;
  readonly verrichtungsdetail: readonly StringLocalized[];
}

/** Kategorie `klasse` (2.3.1): + `typ`. */
export interface Kategorieklasse extends Kategorieklasse22 {
  readonly typ?: XzufiCode;
}

/** `kategorie` (2.3.1). */
export interface Leistungskategorie extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly uebergeordneteKategorieID?: Identifikator;
  readonly untergeordneteKategorieID: readonly Identifikator[];
  readonly klasse: readonly Kategorieklasse[];
  readonly bezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
}

/** `informationsbereicheSDG` (2.3.1). */
export interface InformationsbereicheSDG extends Extras {
  readonly informationsbereichSDG1: readonly XzufiCode[];
  readonly informationsbereichSDG2: readonly XzufiCode[];
}

/** `relevantFuerStaatsangehoerigkeit` (2.3.1). */
export interface StaatsangehoerigkeitRelevanz extends Extras {
  readonly staatsangehoerigkeit: readonly XzufiCode[];
  readonly staatengruppe: readonly XzufiCode[];
}

/** `maschinelleUebersetzung` (2.3.1). */
export interface MaschinelleUebersetzung extends Extras {
  readonly originalSprache: string;
  readonly originalID?: Identifikator;
  readonly uebersetztDurch?: string;
}

/** `sprachversion` (2.3.1). */
export interface Sprachversion extends Sprachversion22 {
  readonly kennzeichenMaschinelleUebersetzung: string;
  readonly maschinelleUebersetzung?: MaschinelleUebersetzung;
}

/** `leistung` (XZuFi 2.3.1). */
export interface Leistung extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly struktur?: Leistungsstruktur;
  readonly statusKatalog?: XzufiCode;
  readonly statusBibliothek?: XzufiCode;
  readonly detailstufe?: XzufiCode;
  readonly referenzLeistungsschluessel: readonly Identifikator[];
  readonly leistungsadressat: readonly XzufiCode[];
  readonly bezugsortTyp?: XzufiCode;
  readonly modulText: readonly Textmodul[];
  readonly modulTextIndividuell: readonly TextmodulIndividuell[];
  readonly modulFrist: readonly Fristmodul[];
  readonly modulBearbeitungsdauer: readonly Bearbeitungsdauermodul[];
  readonly modulKosten: readonly Kostenmodul[];
  readonly modulDokument: readonly Dokumentmodul[];
  readonly modulBegriffImKontext: readonly BegriffImKontextModul[];
  readonly modulFachlicheFreigabe: readonly FachlicheFreigabeModul[];
  readonly modulAuskunftshinweis: readonly Auskunftshinweismodul[];
  readonly modulUrsprungsportal: readonly UrsprungsportalModul[];
  readonly typisierung: readonly XzufiCode[];
  readonly vertrauensniveau?: XzufiCode;
  readonly kennzeichenFormularSchriftformerfordernis?: string;
  readonly kennzeichenFormularPersoenlich?: string;
  readonly kennzeichenFormularFormlos?: string;
  readonly kategorie: readonly Leistungskategorie[];
  readonly klassifizierung: readonly XzufiCode[];
  readonly informationsbereicheSDG?: InformationsbereicheSDG;
  readonly leistungImKontextID: readonly Identifikator[];
  readonly prozessID: readonly Identifikator[];
  readonly herausgeber?: Herausgeber;
  readonly gueltigkeitGebietID: readonly Identifikator[];
  readonly durchfuehrbarEinheitlicheStelle: readonly XzufiCode[];
  readonly relevantFuerWirtschaftszweig: readonly WirtschaftszweigSpezifizierbar[];
  readonly relevantFuerRechtsform: readonly XzufiCode[];
  readonly relevantFuerStaatsangehoerigkeit?: StaatsangehoerigkeitRelevanz;
  readonly versionsinformationen?: Versionsinformation;
  readonly sprachversion: readonly Sprachversion[];
  readonly gueltigkeit: readonly Zeitraum[];
}

/** `onlinedienst` (2.3.1). */
export interface Onlinedienst extends Omit<Onlinedienst22, 'sprachversion'> {
  readonly sprachversion: readonly Sprachversion[];
}

/** `schreibe` (2.3.1): exactly one transfer object. */
export interface Schreibe extends Extras {
  readonly leistung?: Leistung;
  readonly spezialisierung?: Spezialisierung;
  readonly organisationseinheit?: Organisationseinheit;
  readonly onlinedienst?: Onlinedienst;
  readonly zustaendigkeitTransferObjekt?: ZustaendigkeitTransferObjekt;
}

/** The transfer message root (2.3.1). */
export interface Transfer extends Omit<Transfer22, 'schreibe'> {
  readonly schreibe: readonly Schreibe[];
}

export type { Loesche, Organisationseinheit, Spezialisierung, ZustaendigkeitTransferObjekt };

/** The transfer object kinds (the element names inside `schreibe`). */
export type Xzufi23ObjectKind = keyof Omit<Schreibe, keyof Extras>;

/**
 * An XZuFi 2.3.1 document: a transfer message (`kind: 'transfer'`, any root name) or a single object.
 */
export type Xzufi23Document =
  | { readonly kind: 'transfer'; readonly root: string; readonly model: Transfer }
  | { readonly kind: 'leistung'; readonly root: 'leistung'; readonly model: Leistung }
  | { readonly kind: 'spezialisierung'; readonly root: 'spezialisierung'; readonly model: Spezialisierung }
  | {
      readonly kind: 'organisationseinheit';
      readonly root: 'organisationseinheit';
      readonly model: Organisationseinheit;
    }
  | { readonly kind: 'onlinedienst'; readonly root: 'onlinedienst'; readonly model: Onlinedienst }
  | {
      readonly kind: 'zustaendigkeitTransferObjekt';
      readonly root: 'zustaendigkeitTransferObjekt';
      readonly model: ZustaendigkeitTransferObjekt;
    };
