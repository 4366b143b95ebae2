/**
 * `fimkit/quality`: the XDFM quality rules (catalogue `urn:xoev-de:fim-datenfelder:codeliste:xdfm` 1.8)
 * for XDatenfelder 2.0 and 3.0.0 documents.
 *
 * @example
 * ```ts
 * import { parse } from 'fimkit/xdatenfelder/v3';
 * import { checkQuality } from 'fimkit/quality';
 * const { value, sourceMap } = parse(xml);
 * for (const f of checkQuality({ format: 'xdf3', value: value!, sourceMap }).findings) console.log(f.code, f.elementId, f.line);
 * ```
 *
 * @module
 */
export {
  type XdfmCode,
  type XdfmEntry,
  type XdfmTyp,
  xdfmCatalogue,
  xdfmCatalogueInfo,
  xdfmEntry,
} from './catalogue.js';
export {
  checkQuality,
  type QualityInput,
  type QualityOptions,
  type QualityReport,
  type SkippedRule,
  xdfmHelpUrl,
} from './engine.js';
export type { ElementKind, QualityFormat } from './model.js';
export { qualityRegistryFrom } from './registry-adapter.js';
export { qualityRules } from './rules/index.js';
export type {
  Finding,
  QualityCodeList,
  QualityRegistry,
  QualityResolver,
  QualityRule,
  RuleContext,
} from './types.js';
