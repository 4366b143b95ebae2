/**
 * The typed model of the XZuFi 2.2.0 Leistung modules (`spec/xzufi.md` §4.2–4.4).
 *
 * @module
 */

import type { Extras } from '../../core/binding/index.js';
import type {
  Amount,
  HyperlinkErweitert,
  Identifikator,
  StringLocalized,
  XzufiCode,
  Zeitraum,
} from './model-common.js';

/** The header every module starts with. */
export interface ModulKopf extends Extras {
  readonly positionDarstellung?: string;
  readonly id?: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly gueltigkeit: readonly Zeitraum[];
}

/** `modulText`: a LeiKa text module (codes 02–25) with one `inhalt` per language. */
export interface Textmodul extends ModulKopf {
  readonly leikaTextmodul: XzufiCode;
  readonly leikaTextmodulAbweichendeBezeichnung: readonly StringLocalized[];
  readonly inhalt: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** `modulTextIndividuell`. */
export interface TextmodulIndividuell extends ModulKopf {
  readonly individuellesTextmodultyp: XzufiCode;
  readonly inhalt: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** `FristDauer`. */
export interface FristDauer extends Extras {
  readonly dauer: string;
  readonly einheit: string;
  readonly dauerBis?: string;
  readonly einheitBis?: string;
}

/** `FristStichtag`. */
export interface FristStichtag extends Extras {
  readonly von?: string;
  readonly bis?: string;
}

/** `FristOhneTyp` (Bearbeitungsdauer). */
export interface FristOhneTyp extends Extras {
  readonly fristDauer?: FristDauer;
  readonly fristStichtag?: FristStichtag;
  readonly beschreibung: readonly StringLocalized[];
  readonly positionDarstellung?: string;
  readonly gueltigkeit: readonly Zeitraum[];
}

/** `FristMitTyp`. */
export interface FristMitTyp extends FristOhneTyp {
  readonly typ: XzufiCode;
}

/** `KostenFix`. */
export interface KostenFix extends Extras {
  readonly betrag: Amount;
}

/** `KostenFrei`. */
export interface KostenFrei extends Extras {
  readonly beschreibungKostenfreiheit: readonly StringLocalized[];
}

/** `KostenVariabel`. */
export interface KostenVariabel extends Extras {
  readonly betragUntergrenze?: Amount;
  readonly betragObergrenze?: Amount;
  readonly beschreibungVariabilitaet: readonly StringLocalized[];
}

/** `Kosten`. */
export interface Kosten extends Extras {
  readonly typ: XzufiCode;
  readonly kostenFix?: KostenFix;
  readonly kostenFrei?: KostenFrei;
  readonly kostenVariabel?: KostenVariabel;
  readonly beschreibung: readonly StringLocalized[];
  readonly vorkasse?: string;
  readonly linkKostenbildung?: string;
  readonly positionDarstellung?: string;
  readonly gueltigkeit: readonly Zeitraum[];
}

/** `modulFrist`. */
export interface Fristmodul extends ModulKopf {
  readonly frist: readonly FristMitTyp[];
  readonly beschreibung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** `modulKosten`. */
export interface Kostenmodul extends ModulKopf {
  readonly kosten: readonly Kosten[];
  readonly beschreibung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** `modulBearbeitungsdauer`. */
export interface Bearbeitungsdauermodul extends ModulKopf {
  readonly bearbeitungsdauer: readonly FristOhneTyp[];
  readonly beschreibung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** `begriffImKontext`. */
export interface BegriffImKontext extends Extras {
  readonly begriff: StringLocalized;
  readonly typ?: XzufiCode;
}

/** `modulBegriffImKontext`. */
export interface BegriffImKontextModul extends ModulKopf {
  readonly begriffImKontext: readonly BegriffImKontext[];
}

/** `modulFachlicheFreigabe`. */
export interface FachlicheFreigabeModul extends ModulKopf {
  readonly fachlichFreigegebenAm?: string;
  readonly fachlichFreigegebenDurch: readonly StringLocalized[];
}

/** `modulAuskunftshinweis`. */
export interface Auskunftshinweismodul extends ModulKopf {
  readonly inhalt: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** Dokument `typ`: a listed code or a free value. */
export interface Dokumenttyp extends Extras {
  readonly code?: XzufiCode;
  readonly nichtGelisteterWert?: string;
}

/** `Dokument`. */
export interface Dokument extends Extras {
  readonly typ: Dokumenttyp;
  readonly bezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly referenzFormularID: readonly Identifikator[];
  readonly angabeSignatur?: XzufiCode;
}

/** `modulDokument`. */
export interface Dokumentmodul extends ModulKopf {
  readonly dokumentEingehend: readonly Dokument[];
  readonly dokumentAusgehend: readonly Dokument[];
  readonly beschreibung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** `modulUrsprungsportal`. */
export interface UrsprungsportalModul extends ModulKopf {
  readonly languageCode?: string;
  readonly uri: string;
  readonly titel?: string;
}
