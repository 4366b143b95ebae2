/**
 * `fimkit/detect`: which FIM standard, version and message a document is, by namespace and root element.
 *
 * @module
 */
export { type Detection, detect, detectRoot } from './detect.js';
export {
  type Evidence,
  FAMILIES,
  type FamilyEntry,
  type FimStandard,
  FORMATS,
  type FormatEntry,
  findFamily,
  lookupFormat,
  type MessageEntry,
} from './registry.js';
export { SUMMARY_SPECS, type Summary, summarize } from './summarize.js';
