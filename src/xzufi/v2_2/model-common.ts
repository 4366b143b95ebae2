/**
 * The typed model of the XZuFi 2.2.0 data types shared by every object (`spec/xzufi.md` §3).
 *
 * @module
 */
import type { Extras } from '../../core/binding/index.js';

/** `Identifikator`: the value plus UN/CEFACT scheme attributes (`schemeAgencyID` = Redaktion). */
export interface Identifikator extends Extras {
  readonly value: string;
  readonly schemeAgencyID?: string;
  readonly schemeAgencyName?: string;
  readonly schemeDataURI?: string;
  readonly schemeID?: string;
  readonly schemeName?: string;
  readonly schemeURI?: string;
  readonly schemeVersionID?: string;
}

/** An XÖV code: unqualified `code` and `name`, `listURI`, `listVersionID`. */
export interface XzufiCode extends Extras {
  readonly code: string;
  readonly name?: string;
  readonly listURI?: string;
  readonly listVersionID?: string;
}

/** `StringLocalized` / `HtmlStringLocalized`: text (HTML kept verbatim) plus `languageCode`. */
export interface StringLocalized extends Extras {
  readonly value: string;
  readonly languageCode?: string;
}

/** `HyperlinkErweitert`. */
export interface HyperlinkErweitert extends Extras {
  readonly languageCode?: string;
  readonly uri: string;
  readonly titel?: string;
  readonly beschreibung?: string;
  readonly positionDarstellung?: string;
}

/** `Zeitraum` (`gueltigkeit`). */
export interface Zeitraum extends Extras {
  readonly beginn?: string;
  readonly ende?: string;
  readonly zusatz: readonly StringLocalized[];
}

/** The audit members of `Versionsinformation` (and of `Sprachversion`). */
export interface Versionsinformation extends Extras {
  readonly erstelltDatumZeit?: string;
  readonly erstelltDurch?: string;
  readonly geaendertDatumZeit?: string;
  readonly geaendertDurch?: string;
  readonly version?: string;
}

/** `Sprachversion`. */
export interface Sprachversion extends Versionsinformation {
  readonly languageCode: string;
  readonly sprachbezeichnungDeutsch?: string;
  readonly sprachbezeichnungNativ?: string;
}

/** `Amount`: decimal value and currency (attribute name **inf**: `currencyID`). */
export interface Amount extends Extras {
  readonly value: string;
  readonly currencyID?: string;
}
