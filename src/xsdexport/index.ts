/**
 * XSD export: an XDatenfelder schema as an XML Schema for exchanging its data, plus a sample instance.
 *
 * @example
 * ```ts
 * import { exportXsd, sampleInstance } from 'fimkit/xsdexport';
 * const { value } = exportXsd(doc);
 * const sample = sampleInstance(value!.model);
 * ```
 *
 * @module
 */
export { exportXsd, exportXsdV2, typeName } from './export.js';
export type {
  XsdComplexType,
  XsdEnumeration,
  XsdExport,
  XsdExportOptions,
  XsdExportResult,
  XsdFacet,
  XsdModel,
  XsdParticle,
  XsdSimpleType,
} from './model.js';
export { patternSample } from './pattern-sample.js';
export { type SampleOptions, sampleInstance, sampleValue } from './sample.js';
export { XSD_TIME_PATTERN, xsdPattern } from './simple-type.js';
export { writeXsd } from './write.js';
