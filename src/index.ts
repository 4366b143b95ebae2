/**
 * `fimkit`: typed access to the artefacts of Germany's Federal Information Management (FIM).
 *
 * The root export holds what most callers start with: diagnostics and format detection. Each standard
 * and version has its own subpath (`fimkit/xdatenfelder/v3`, `fimkit/xdatenfelder/v2`), the shared
 * layers too (`fimkit/core/xml`, `fimkit/core/xsd`, `fimkit/core/binding`, `fimkit/detect`).
 *
 * @example
 * ```ts
 * import { detect } from 'fimkit';
 * const { value, diagnostics } = detect(await readFile('schema.xdf.xml'));
 * ```
 *
 * @module
 */
export {
  type Diagnostic,
  diagnostic,
  FimkitError,
  hasErrors,
  type Position,
  type Result,
  type Severity,
} from './core/diagnostics.js';
export {
  type Detection,
  detect,
  type FimStandard,
  FORMATS,
  type FormatEntry,
  type MessageEntry,
  type Summary,
  summarize,
} from './detect/index.js';
