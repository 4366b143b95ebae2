/**
 * `fimkit/xdatenfelder`: what works across both XDatenfelder versions — 2.0 ⇄ 3.0.0 conversion with a
 * loss audit, and the element index. The version-specific models live in `fimkit/xdatenfelder/v2` and
 * `fimkit/xdatenfelder/v3`.
 *
 * @module
 */
export {
  type AuditKind,
  type AuditValue,
  attributesToPraezisierung,
  type CodelisteLookup,
  type CodelisteWert,
  type ConversionResult,
  type ConvertV2ToV3Options,
  type ConvertV3ToV2Options,
  convertV2ToV3,
  convertV3ToV2,
  DEFAULT_INTERNAL_CODELIST_MARKERS,
  DEFAULT_UNTERNUMMERNKREIS,
  freigabestatusFromStatus,
  isInternalCodeliste,
  isSplitCanonical,
  joinBezug,
  type LossAuditEntry,
  narrowId,
  narrowIdsInText,
  narrowVersion,
  normalizeSpace,
  type PraezisierungAttributes,
  praezisierungToAttributes,
  RELEASED_FREIGABESTATUS,
  splitBezug,
  statusFromFreigabestatus,
  widenId,
  widenIdsInText,
  widenVersion,
} from './convert-v2-v3.js';
export {
  type Anzahl,
  canonicalJson,
  type ElementIndex,
  type ElementIndexOptions,
  elementKey,
  type IndexElement,
  type IndexEntry,
  type IndexedKind,
  type IndexIdentified,
  type IndexIdentifikation,
  type IndexMessage,
  type IndexStruktur,
  indexElements,
  parseAnzahl,
  type StrukturNode,
} from './element-index.js';
