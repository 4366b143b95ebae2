/**
 * The XProzess 2.0 message models: Nachrichtenkopf, the search profiles and the nine messages.
 *
 * @module
 */
import type { Extras } from '../../core/binding/index.js';
import type { Prozessbibliothek, Prozesskatalog, XprozessCode, Zeitraum } from './model.js';
import type { XprozessMessageName } from './specs-messages.js';

/** `Nachrichtenkopf`. */
export interface Nachrichtenkopf extends Extras {
  readonly nachrichtUUID: string;
  readonly nachrichtentyp: XprozessCode;
  readonly erstellungszeitpunkt: string;
  readonly leser?: string;
  readonly autor?: string;
}

/** `Suchprofil.Merkmal`. */
export interface SuchprofilMerkmal extends Extras {
  readonly ordnungsrahmenName: string;
  readonly ordnungsrahmenVersion?: string;
  readonly merkmalName: string;
  readonly merkmalWert: readonly string[];
}

/** `Suchprofil.Klassifikation`. */
export interface SuchprofilKlassifikation extends Extras {
  readonly ordnungsrahmenName: string;
  readonly ordnungsrahmenVersion?: string;
  readonly klasseID?: string;
}

/** `Suchprofil.Prozessklasse`. */
export interface SuchprofilProzessklasse extends Extras {
  readonly suchtext?: string;
  readonly sucheGliederungsebeneNummer: readonly string[];
  readonly sucheHandlungsgrundlage?: string;
  readonly sucheZiel?: XprozessCode;
  readonly sucheHandlungsform?: XprozessCode;
  readonly sucheVerfahrensart?: XprozessCode;
  readonly sucheVerwaltungspolitischeKodierung: readonly string[];
  readonly sucheMerkmal?: SuchprofilMerkmal;
  readonly sucheKlassifikation?: SuchprofilKlassifikation;
  readonly aenderungszeitpunkt?: string;
  readonly sucheStatus: readonly XprozessCode[];
  readonly sucheGueltigkeit?: Zeitraum;
  readonly sucheFachlicherFreigabezeitpunkt?: string;
  readonly sucheFormellerFreigabezeitpunkt?: string;
  readonly sucheHatProzesse?: string;
}

/** `Suchprofil.Prozess`. */
export interface SuchprofilProzess extends Extras {
  readonly suchtext?: string;
  readonly sucheProzessidentifikation: readonly ({
    readonly prozessID: string;
    readonly spezifischeVersion?: string;
  } & Extras)[];
  readonly sucheKlassifikation?: SuchprofilKlassifikation;
  readonly sucheHandlungsgrundlage?: string;
  readonly sucheDetaillierungsstufe: readonly XprozessCode[];
  readonly sucheVerwaltungspolitischeKodierung: readonly string[];
  readonly sucheMerkmal?: SuchprofilMerkmal;
  readonly aenderungszeitpunkt?: string;
  readonly sucheStatus: readonly XprozessCode[];
  readonly sucheGueltigkeit?: Zeitraum;
  readonly sucheFachlicherFreigabezeitpunkt?: string;
  readonly sucheFormellerFreigabezeitpunkt?: string;
  readonly sucheHatProzessmodelle?: string;
}

/** `Suchprofil.AlleInhalte`. */
export interface SuchprofilAlleInhalte extends Extras {
  readonly einschraenkungProzessklasse?: SuchprofilProzessklasse;
  readonly einschraenkungProzesseVersionen: XprozessCode;
}

/** `Basisnachricht`: header and product attributes of every message. */
export interface Basisnachricht extends Extras {
  readonly produkt: string;
  readonly produkthersteller: string;
  readonly produktversion?: string;
  /** Fixed `2.0`. */
  readonly xprozessVersion: string;
  readonly nachrichtenkopf: Nachrichtenkopf;
}

/** Request messages 0101 / 0201 / 0301. */
export interface Anfrage<S> extends Basisnachricht {
  readonly suchprofil?: S;
}

/** Content of the messages that may carry a catalogue and/or a library. */
export interface Inhalte {
  readonly prozesskatalog?: Prozesskatalog;
  readonly prozessbibliothek?: Prozessbibliothek;
}

/** Answer messages 0102 / 0202 / 0302. */
export interface Antwort<S> extends Basisnachricht, Inhalte {
  readonly anfrageUUID: string;
  readonly suchprofilZitat?: S;
}

/** Export messages 0103 / 0203 / 0303. */
export interface Export<S> extends Basisnachricht, Inhalte {
  readonly exportprofil?: S;
}

/** The root element's model for each message. */
export interface XprozessMessageModels {
  'prozesskatalog.anfrage.0101': Anfrage<SuchprofilProzessklasse>;
  'prozesskatalog.antwort.0102': Antwort<SuchprofilProzessklasse>;
  'prozesskatalog.export.0103': Export<SuchprofilProzessklasse>;
  'prozessbibliothek.anfrage.0201': Anfrage<SuchprofilProzess>;
  'prozessbibliothek.antwort.0202': Antwort<SuchprofilProzess>;
  'prozessbibliothek.export.0203': Export<SuchprofilProzess>;
  'alleInhalte.anfrage.0301': Anfrage<SuchprofilAlleInhalte>;
  'alleInhalte.antwort.0302': Antwort<SuchprofilProzessklasse>;
  'alleInhalte.export.0303': Export<SuchprofilAlleInhalte>;
}

/**
 * A parsed XProzess 2.0 document: which message it is and the model of its root element.
 *
 * @example
 * ```ts
 * if (doc.message === 'alleInhalte.export.0303') console.log(doc.model.prozessbibliothek?.prozess.length);
 * ```
 */
export type XprozessDocument = {
  [K in XprozessMessageName]: { readonly message: K; readonly model: XprozessMessageModels[K] };
}[XprozessMessageName];
