/**
 * The typed model of XZuFi 2.2.0 Leistung, transfer objects and messages (`spec/xzufi.md` §4–5; data types in
 * `model-common.ts`, modules in `model-module.ts`). Field names are the XML element names verbatim; simple
 * content is in `value`; repeated elements are always arrays; unknown XML is kept in
 * `$unknownElements` / `$unknownAttributes` (see {@link Extras}). Names marked **inf** in the fact sheet
 * come from `INFERRED_NAMES`.
 *
 * @module
 */
import type { Extras } from '../../core/binding/index.js';
import type {
  Identifikator,
  Sprachversion,
  StringLocalized,
  Versionsinformation,
  XzufiCode,
  Zeitraum,
} from './model-common.js';
import type {
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
} from './model-module.js';

/** `struktur`: the union of the three `xsi:type` variants (the variant is the `xsi:type` attribute). */
export interface Leistungsstruktur extends Extras {
  readonly leistungsgruppierung?: { readonly leistungsgruppierungLeiKa?: XzufiCode } & Extras;
  readonly leistungsobjektID?: Identifikator;
  readonly verrichtung?: { readonly verrichtungLeiKa?: XzufiCode } & Extras;
  readonly verrichtungsdetail: readonly StringLocalized[];
}

/** Kategorie `klasse`. */
export interface Kategorieklasse extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly bezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly version?: string;
}

/** `kategorie` (Leistungskategorie). */
export interface Leistungskategorie extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly uebergeordneteKategorieID?: Identifikator;
  readonly untergeordneteKategorieID: readonly Identifikator[];
  readonly bezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly klasse: readonly Kategorieklasse[];
}

/** `VerwaltungspolitischeKodierung`. */
export interface VerwaltungspolitischeKodierung extends Extras {
  readonly kreis?: XzufiCode;
  readonly bezirk?: XzufiCode;
  readonly bundesland?: XzufiCode;
  readonly gemeindeschluessel?: XzufiCode;
  readonly regionalschluessel?: XzufiCode;
  readonly nation?: XzufiCode;
  readonly gemeindeverband?: XzufiCode;
}

/** `Gebietsklasse`. */
export interface Gebietsklasse extends Kategorieklasse {
  readonly kurzbezeichnung: readonly StringLocalized[];
}

/** `Gebietstyp`. */
export interface Gebietstyp extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly klasse?: Gebietsklasse;
  readonly bezeichnung: readonly StringLocalized[];
  readonly kurzbezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
}

/** `Gebiet`. */
export interface Gebiet extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly typ?: Gebietstyp;
  readonly uebergeordnetesGebietID: readonly Identifikator[];
  readonly untergeordnetesGebietID: readonly Identifikator[];
  readonly verwaltungspolitischeKodierung?: VerwaltungspolitischeKodierung;
  readonly bezeichnung: readonly StringLocalized[];
  readonly kurzbezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly herausgeber?: Herausgeber;
  readonly versionsinformation?: Versionsinformation;
  readonly gueltigkeit: readonly Zeitraum[];
}

/** `Herausgeber`. */
export interface Herausgeber extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly bezeichnung: readonly StringLocalized[];
  readonly kurzbezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly standardZustaendigkeitsgebiet: readonly Gebiet[];
}

/** `relevantFuerWirtschaftszweig` (**inf**). */
export interface WirtschaftszweigSpezifizierbar extends Extras {
  readonly code: XzufiCode;
  readonly spezifischeID?: Identifikator;
}

/** `leistung` (XZuFi 2.2.0). */
export interface Leistung extends Extras {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly struktur?: Leistungsstruktur;
  readonly referenzLeiKa: readonly XzufiCode[];
  readonly modulText: readonly Textmodul[];
  readonly modulTextIndividuell: readonly TextmodulIndividuell[];
  readonly modulFrist?: Fristmodul;
  readonly modulKosten?: Kostenmodul;
  readonly modulBearbeitungsdauer?: Bearbeitungsdauermodul;
  readonly modulBegriffImKontext: readonly BegriffImKontextModul[];
  readonly modulFachlicheFreigabe?: FachlicheFreigabeModul;
  readonly modulAuskunftshinweis?: Auskunftshinweismodul;
  readonly modulDokument?: Dokumentmodul;
  readonly modulUrsprungsportal: readonly UrsprungsportalModul[];
  readonly typisierung: readonly XzufiCode[];
  readonly vertrauensniveau?: XzufiCode;
  readonly leistungsadressat: readonly XzufiCode[];
  readonly kennzeichenSchriftformerfordernis?: string;
  readonly kategorie: readonly Leistungskategorie[];
  readonly klassifizierung: readonly XzufiCode[];
  readonly informationsbereichSDG: readonly XzufiCode[];
  readonly idLeistungImKontext: readonly Identifikator[];
  readonly idProzess: readonly Identifikator[];
  readonly herausgeber?: Herausgeber;
  readonly gueltigkeitGebietID: readonly Identifikator[];
  readonly kennzeichenEA?: string;
  readonly relevantFuerWirtschaftszweig: readonly WirtschaftszweigSpezifizierbar[];
  readonly relevantFuerRechtsform: readonly XzufiCode[];
  readonly relevantFuerStaatsangehoerigkeit: readonly XzufiCode[];
  readonly versionsinformation?: Versionsinformation;
  readonly sprachversion: readonly Sprachversion[];
  readonly gueltigkeit: readonly Zeitraum[];
}

/** `organisationseinheit` (only the verified members; the rest is kept verbatim). */
export interface Organisationseinheit extends Extras {
  readonly id: Identifikator;
  readonly name: readonly ({ readonly name: readonly StringLocalized[] } & Extras)[];
  readonly anschrift: readonly ({
    readonly ort?: string;
    readonly verwaltungspolitischeKodierung?: VerwaltungspolitischeKodierung;
  } & Extras)[];
  readonly zustaendigkeit: readonly ({
    readonly leistungID: Identifikator;
    readonly gebietID: readonly Identifikator[];
  } & Extras)[];
}

/** `link` of an Onlinedienst. */
export interface OnlinedienstLink extends Extras {
  readonly languageCode?: string;
  readonly typ?: XzufiCode;
  readonly link: string;
  readonly titel?: string;
}

/** `onlinedienst`. */
export interface Onlinedienst extends Extras {
  readonly id: Identifikator;
  readonly bezeichnung: readonly StringLocalized[];
  readonly link: readonly OnlinedienstLink[];
  readonly vertrauensniveau?: XzufiCode;
  readonly sprachversion: readonly Sprachversion[];
}

/** `zustaendigkeitTransferObjekt`. */
export interface ZustaendigkeitTransferObjekt extends Extras {
  readonly uebergeordnetesObjektID: Identifikator;
  readonly zustaendigkeit: {
    readonly id: Identifikator;
    readonly leistungID: Identifikator;
    readonly gebietID: readonly Identifikator[];
    readonly rolle?: XzufiCode;
  } & Extras;
}

/** `spezialisierung` (structure unknown: `id` plus verbatim content). */
export interface Spezialisierung extends Extras {
  readonly id?: Identifikator;
}

/** `schreibe`: exactly one transfer object. */
export interface Schreibe extends Extras {
  readonly leistung?: Leistung;
  readonly spezialisierung?: Spezialisierung;
  readonly organisationseinheit?: Organisationseinheit;
  readonly onlinedienst?: Onlinedienst;
  readonly zustaendigkeitTransferObjekt?: ZustaendigkeitTransferObjekt;
}

/** `loesche`: `klasse` and the id of the object to delete. */
export interface Loesche extends Extras {
  readonly klasse?: string;
  readonly id: Identifikator;
}

/** The transfer message root. */
export interface Transfer extends Extras {
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  readonly xzufiVersion?: string;
  readonly nachrichtenkopf: { readonly nachrichtUUID?: string; readonly erstelltDatumZeit?: string } & Extras;
  readonly transaktionID?: string;
  readonly transaktionPosition?: string;
  readonly schreibe: readonly Schreibe[];
  readonly loesche: readonly Loesche[];
}

/** The transfer object kinds (the element names inside `schreibe`). */
export type XzufiObjectKind = keyof Omit<Schreibe, keyof Extras>;

/**
 * An XZuFi 2.2.0 document: a transfer message (`kind: 'transfer'`, any root name) or a single object
 * (root = the object element, as in FIM Portal downloads). `root` is the root's local name as read.
 */
export type Xzufi22Document =
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
