/**
 * The XProzess 2.0 model: one interface per XSD type, field names = XSD element names, repeated
 * elements always arrays, simple values as the exact strings of the XML (dates, booleans and numbers
 * are not converted, so that a round trip is lossless). Source: `../shared/spec/xprozess.md`.
 *
 * @module
 */
import type { Code, Extras } from '../../core/binding/index.js';

/** An XÖV code value (`Code.X`): `code` plus `listURI` / `listVersionID` as written. */
export interface XprozessCode extends Code, Extras {}

/** `Herausgeber`. */
export interface Herausgeber extends Extras {
  readonly organisationsname: string;
  readonly nutzungsbestimmungen?: string;
  readonly url?: string;
}

/** `Handlungsgrundlage`: legal basis. */
export interface Handlungsgrundlage extends Extras {
  readonly name: string;
  readonly art: XprozessCode;
  readonly uri?: string;
}

/** `Klassifikation`. */
export interface Klassifikation extends Extras {
  readonly ordnungsrahmenName: string;
  readonly ordnungsrahmenVersion?: string;
  readonly klasseID: string;
  readonly klasseName?: string;
}

/** `Merkmal`. */
export interface Merkmal extends Extras {
  readonly ordnungsrahmenName?: string;
  readonly ordnungsrahmenVersion?: string;
  readonly merkmalID?: string;
  readonly merkmalName: string;
  readonly merkmalDatentyp?: XprozessCode;
  readonly merkmalWert: readonly string[];
}

/** `VerwaltungspolitischeKodierung` (choice: exactly one member). */
export interface VerwaltungspolitischeKodierung extends Extras {
  readonly kreis?: XprozessCode;
  readonly bezirk?: XprozessCode;
  readonly bundesland?: XprozessCode;
  readonly gemeindeschluessel?: XprozessCode;
  readonly regionalschluessel?: XprozessCode;
  readonly nation?: XprozessCode;
  readonly gemeindeverband?: XprozessCode;
}

/** `Zeitraum`. */
export interface Zeitraum extends Extras {
  readonly beginn?: string;
  readonly ende?: string;
}

/** `Zustandsangaben`. */
export interface Zustandsangaben extends Extras {
  readonly erstellungszeitpunkt?: string;
  readonly letzterAenderungszeitpunkt?: string;
  readonly letzterBearbeiter?: string;
  readonly status?: XprozessCode;
  readonly anmerkungLetzteAenderung?: string;
  readonly gueltigkeitszeitraum?: Zeitraum;
  readonly fachlicherFreigabezeitpunkt?: string;
  readonly formellerFreigabezeitpunkt?: string;
}

/** `Modellierungsmethode`. */
export interface Modellierungsmethode extends Extras {
  readonly code: XprozessCode;
  readonly freitext?: string;
}

/** `Datei`: an embedded file; `inhalt` is the base64 text exactly as written. */
export interface Datei extends Extras {
  readonly dateiname: string;
  readonly modellierungsmethode: Modellierungsmethode;
  readonly mimeType: XprozessCode;
  readonly inhalt: string;
}

/** `Prozessmodell`. */
export interface Prozessmodell extends Extras {
  readonly prozessmodelldatei: readonly Datei[];
  readonly visualisierungsdatei: readonly Datei[];
  readonly beschreibungsdatei: readonly Datei[];
}

/** Anonymous `gliederungsebene` type. */
export interface Gliederungsebene extends Extras {
  readonly gliederungsebeneNummer: string;
  readonly gliederungsebeneName?: string;
}

/** `ReferenzProzessklasse`. */
export interface ReferenzProzessklasse extends Extras {
  readonly referenzierteProzessklasseID: string;
  readonly erlaeuterung?: string;
}

/** `Prozessklasse`. */
export interface Prozessklasse extends Extras {
  readonly id: string;
  readonly version?: string;
  readonly gliederungsebene?: Gliederungsebene;
  readonly uebergeordneteProzessklasseID?: string;
  readonly abgeloesteProzessklasse: readonly ReferenzProzessklasse[];
  readonly name: string;
  readonly bezeichnung?: string;
  readonly definition?: string;
  readonly handlungsgrundlage: readonly Handlungsgrundlage[];
  readonly zwecksetzung?: XprozessCode;
  readonly operativesZiel?: XprozessCode;
  readonly handlungsform?: XprozessCode;
  readonly verfahrensart?: XprozessCode;
  readonly fachlichFreigebendeStelle?: string;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly merkmal: readonly Merkmal[];
  readonly klassifikation: readonly Klassifikation[];
  readonly schlagwort: readonly string[];
  readonly zustandsangaben?: Zustandsangaben;
}

/** `Prozesskatalog`. */
export interface Prozesskatalog extends Extras {
  readonly name: string;
  readonly version?: string;
  readonly herausgeber?: Herausgeber;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly prozessklasse: readonly Prozessklasse[];
}

/** `AusloeserErgebnis`. */
export interface AusloeserErgebnis extends Extras {
  readonly formularID?: string;
  readonly prozessID?: string;
  readonly textuelleBeschreibung?: string;
}

/** `Prozessteilnehmer`. */
export interface Prozessteilnehmer extends Extras {
  readonly name: string;
  readonly rolle: readonly XprozessCode[];
}

/** `Prozesssteckbrief`. */
export interface Prozesssteckbrief extends Extras {
  readonly definition?: string;
  readonly beschreibung?: string;
  readonly ausloeser: readonly AusloeserErgebnis[];
  readonly ergebnis: readonly AusloeserErgebnis[];
  readonly prozessteilnehmer: readonly Prozessteilnehmer[];
  readonly handlungsgrundlage: readonly Handlungsgrundlage[];
  readonly detaillierungsstufe?: XprozessCode;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly zielvorgaben?: string;
  readonly merkmal: readonly Merkmal[];
}

/** `Formularverweis`. */
export interface Formularverweis extends Extras {
  readonly formularsteckbriefID: string;
  readonly stammformularID?: string;
  readonly stammformularVersion?: string;
  readonly elementId: readonly string[];
}

/** `Daten` (choice). */
export interface Daten extends Extras {
  readonly formularverweis?: Formularverweis;
  readonly textuelleBeschreibung?: string;
}

/** `Daten.Bereitgestellt`. */
export interface DatenBereitgestellt extends Extras {
  readonly formularverweis: Daten;
  readonly uebermittlungsart: XprozessCode;
  readonly empfaenger: string;
}

/** `Daten.Empfangen`. */
export interface DatenEmpfangen extends Extras {
  readonly formularverweis: Daten;
  readonly uebermittlungsart: XprozessCode;
  readonly sender: string;
}

/** `SpezifischeAttribute` (choice of the eight variants; the number matches the RAG code). */
export interface SpezifischeAttribute extends Extras {
  readonly spezifischeAttribute1?: { readonly empfangeneDaten: readonly DatenEmpfangen[] } & Extras;
  readonly spezifischeAttribute2?: { readonly bereitgestellteDaten: readonly DatenBereitgestellt[] } & Extras;
  readonly spezifischeAttribute3?: { readonly formellePruefung: readonly XprozessCode[] } & Extras;
  readonly spezifischeAttribute4?: { readonly hilfsmittel: string } & Extras;
  readonly spezifischeAttribute5?: {
    readonly hilfsmittel: string;
    readonly entscheidungsart: XprozessCode;
  } & Extras;
  readonly spezifischeAttribute6?: { readonly bearbeitungsart: XprozessCode } & Extras;
  readonly spezifischeAttribute7?: {
    readonly bereitgestellteDaten: readonly DatenBereitgestellt[];
    readonly empfangeneDaten: readonly DatenEmpfangen[];
    /** xs:boolean as written. */
    readonly mitwirkungspflicht: string;
    readonly beteiligungsform?: XprozessCode;
  } & Extras;
  readonly spezifischeAttribute8?: { readonly beschreibung: string } & Extras;
}

/** `Aktivitaetengruppe`. */
export interface Aktivitaetengruppe extends Extras {
  readonly referenzaktivitaetengruppeTyp: XprozessCode;
  readonly referenzaktivitaetengruppeVersion: string;
  readonly id: string;
  /** Id of the BPMN (sub)process element in the model file. */
  readonly subProzessID: string;
  readonly name: string;
  readonly beschreibung?: string;
  readonly handlungsgrundlage: readonly Handlungsgrundlage[];
  readonly eingehendeDaten: readonly Daten[];
  readonly ausgehendeDaten: readonly Daten[];
  readonly fachverfahren: readonly string[];
  readonly spezifischeAttribute: SpezifischeAttribute;
}

/** `Strukturbeschreibung`: method plus either the FIM activity groups or one foreign element. */
export interface Strukturbeschreibung extends Extras {
  readonly modellierungsmethode: Modellierungsmethode;
  readonly strukturbeschreibungFIM?: { readonly aktivitaetengruppe: readonly Aktivitaetengruppe[] } & Extras;
  /** Its `xs:any` content is in `$unknownElements`. */
  readonly strukturbeschreibungSonstige?: Extras;
}

/** `Prozess`. */
export interface Prozess extends Extras {
  readonly id: string;
  readonly version?: string;
  readonly name: string;
  readonly bezeichnung?: string;
  readonly fachlichFreigebendeStelle?: string;
  readonly klassifikation: readonly Klassifikation[];
  readonly schlagwort: readonly string[];
  readonly prozesssteckbrief?: Prozesssteckbrief;
  readonly prozessstrukturbeschreibung?: Strukturbeschreibung;
  readonly prozessmodell?: Prozessmodell;
  readonly zustandsangaben?: Zustandsangaben;
}

/** `Prozessbibliothek`. */
export interface Prozessbibliothek extends Extras {
  readonly name: string;
  readonly version?: string;
  readonly herausgeber?: Herausgeber;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly prozess: readonly Prozess[];
}
