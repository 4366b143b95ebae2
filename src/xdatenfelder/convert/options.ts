/**
 * Options and result type of the XDatenfelder 2.0 ⇄ 3.0.0 converters.
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import type * as V3 from '../v3/index.js';
import type { LossAuditEntry } from './audit.js';

/** The code list reference handed to {@link ConvertV2ToV3Options.resolveCodeliste}. */
export interface CodelisteLookup {
  /** XDF2 code list id (`C60000006`). */
  readonly id: string;
  /** XDF2 code list version, if any. */
  readonly idVersion?: string;
  /** `canonicalIdentification` (trimmed), the code list URN. */
  readonly canonicalIdentification: string;
  /** `version` (trimmed) of the genericode list. */
  readonly version: string;
  /** `canonicalVersionUri` (trimmed). */
  readonly canonicalVersionUri: string;
}

/** One value of a code list, as it becomes an XDF3 `wert`. */
export interface CodelisteWert {
  readonly code: string;
  readonly name: string;
  readonly hilfe?: string;
}

/**
 * Options of `convertV2ToV3`. Defaults reproduce the FIM-XSLT converter `XDF2_2_XDF3_0_14` except
 * `originalwerteInBeschreibung` (the audit replaces it).
 */
export interface ConvertV2ToV3Options {
  /** Unternummernkreis inserted into ids after the 3rd character. Default `'000'`. */
  readonly unternummernkreis?: string;
  /** Id of the `dokumentsteckbrief` a Stammdatenschema must name in XDF3. Default `'D99000000001'`. */
  readonly dokumentsteckbriefId?: string;
  /** Split `bezug` on `;` into several `bezug` elements (FIM-XSLT `BezuegeAufteilen`). Default `true`. */
  readonly splitBezug?: boolean;
  /** URN parts that mark a code list as FIM-internal (`CodelistenInternIdentifier`). */
  readonly internalCodelistMarkers?: readonly string[];
  /**
   * Supplies the values of an internal code list; when it returns values, the field gets `werte` instead
   * of `codelisteReferenz` (FIM-XSLT `Codelisten2Wertelisten`). Default: none, every list stays a reference.
   */
  readonly resolveCodeliste?: (ref: CodelisteLookup) => readonly CodelisteWert[] | undefined;
  /** Widen the element ids written inside rule texts (`FreitextRegelKorrektur`). Default `true`. */
  readonly widenIdsInRuleText?: boolean;
  /**
   * Elements without their own `freigabedatum` / `veroeffentlichungsdatum` take the Stammdatenschema's as
   * `statusGesetztAm` / `veroeffentlichungsdatum` (as FIM-XSLT does; audited as `defaulted`). Default `true`.
   */
  readonly inheritSchemaDates?: boolean;
  /** Append FIM-XSLT's "Originalwerte der XDF2-Datei: …" block to every `beschreibung`. Default `false`. */
  readonly originalwerteInBeschreibung?: boolean;
  /** `letzteAenderung` of every element (required in XDF3). Default: the header's `erstellungszeitpunkt`. */
  readonly letzteAenderung?: string;
  /** `erstellungszeitpunkt` of the new header. Default: copied from the input header. */
  readonly now?: string;
  /**
   * Replace typographic characters outside String.Latin (`≤` → `<=`, `„“` → `'`, …) so the output
   * validates, as FIM-XSLT does (audited as `changed`). Default `true`.
   */
  readonly latinize?: boolean;
  /** `listVersionID` of `dokumentart` when converting a Dokumentsteckbrief. Default `'1.0'`. */
  readonly dokumentartListVersionID?: string;
}

/** Options of `convertV3ToV2`. */
export interface ConvertV3ToV2Options {
  /** Unternummernkreis removed from ids (only ids carrying exactly this one are narrowed). Default `'000'`. */
  readonly unternummernkreis?: string;
  /** Narrow element ids written inside rule texts (`freitextRegel` → `definition`). Default `true`. */
  readonly narrowIdsInRuleText?: boolean;
  /**
   * Turns a field's inline `werte` into an XDF2 code list reference (the caller publishes the list).
   * Default: none, `werte` are lost (audited).
   */
  readonly werteToCodeliste?: (
    field: { readonly id: string; readonly version?: string },
    werte: V3.Werteliste,
  ) => CodelisteLookup | undefined;
  /**
   * XDF2 needs a code list id (`C…`) that XDF3 references do not have. Default: `C99` + a 6-digit
   * counter in document order (`C99000001`, …), audited as `defaulted`.
   */
  readonly codelisteId?: (ref: V3.GenericodeIdentification, index: number) => string;
  /** `erstellungszeitpunkt` of the new header. Default: copied from the input header. */
  readonly now?: string;
}

/** The result of a conversion: the document (absent when the message has no counterpart), audit, diagnostics. */
export interface ConversionResult<T> {
  /** The converted document, `undefined` when the message kind has no counterpart. */
  readonly value: T | undefined;
  /** Every value that changed, was lost or was defaulted, in document order. */
  readonly audit: readonly LossAuditEntry[];
  /** Problems (`convert/…` codes): unsupported messages, invalid praezisierung, XSD minimums not met. */
  readonly diagnostics: readonly Diagnostic[];
}
