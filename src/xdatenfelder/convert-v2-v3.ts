/**
 * Conversion between XDatenfelder 2.0 and 3.0.0 documents, with a migration audit of every value that
 * changes, is lost or is defaulted. The v2 → v3 direction follows the FIM-XSLT converter
 * `XDF2_2_XDF3_0_14` (ids widened by the Unternummernkreis, versions to semver, status → freigabestatus,
 * `praezisierung` JSON → attributes, `bezug` split on `;`, internal code lists → `werte`); the v3 → v2
 * direction is its inverse where one exists. Mapping table and remaining differences: `docs/conversion.md`.
 *
 * @module
 */

import type { ConversionResult, ConvertV2ToV3Options, ConvertV3ToV2Options } from './convert/options.js';
import { runV2ToV3 } from './convert/v2-to-v3.js';
import { runV3ToV2 } from './convert/v3-to-v2.js';
import type { Xdf2Document } from './v2/index.js';
import type { Xdf3Document } from './v3/index.js';

export type { AuditKind, AuditValue, LossAuditEntry } from './convert/audit.js';
export {
  attributesToPraezisierung,
  DEFAULT_INTERNAL_CODELIST_MARKERS,
  DEFAULT_UNTERNUMMERNKREIS,
  freigabestatusFromStatus,
  isInternalCodeliste,
  isSplitCanonical,
  joinBezug,
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
} from './convert/mapping.js';
export type {
  CodelisteLookup,
  CodelisteWert,
  ConversionResult,
  ConvertV2ToV3Options,
  ConvertV3ToV2Options,
} from './convert/options.js';

/**
 * Converts an XDatenfelder 2.0 document to 3.0.0. Messages 0101–0104 are converted; 0105 (Codeliste) has
 * no XDF3 counterpart and yields `value: undefined` with the error diagnostic `convert/message-unsupported`.
 * Never throws for content problems; deterministic (no clock is read: `letzteAenderung` defaults to the
 * header's `erstellungszeitpunkt`).
 *
 * @example
 * ```ts
 * import { parse } from 'fimkit/xdatenfelder/v2';
 * import { build } from 'fimkit/xdatenfelder/v3';
 * const v2 = parse(xml).value;
 * if (v2 !== undefined) {
 *   const { value, audit } = convertV2ToV3(v2, { unternummernkreis: '000' });
 *   if (value !== undefined) writeFileSync('out.xdf3.xml', build(value));
 *   for (const e of audit.filter((a) => a.kind === 'lost')) console.log(e.elementId, e.property, e.before);
 * }
 * ```
 */
export function convertV2ToV3(
  doc: Xdf2Document,
  options: ConvertV2ToV3Options = {},
): ConversionResult<Xdf3Document> {
  return runV2ToV3(doc, options);
}

/**
 * Converts an XDatenfelder 3.0.0 document to 2.0: ids narrowed (when they carry the Unternummernkreis),
 * `x.y.0` versions to `x.y`, freigabestatus → status, praezisierung attributes → JSON, several `bezug`
 * joined with `; `. What XDF2 cannot hold (relations, Stichwörter, `werte`, rule parameters, …) is
 * dropped and audited as `lost`. Messages 0105 and 0106 yield `value: undefined` and
 * `convert/message-unsupported`.
 *
 * @example
 * ```ts
 * const { value, audit, diagnostics } = convertV3ToV2(xdf3Doc);
 * ```
 */
export function convertV3ToV2(
  doc: Xdf3Document,
  options: ConvertV3ToV2Options = {},
): ConversionResult<Xdf2Document> {
  return runV3ToV2(doc, options);
}
