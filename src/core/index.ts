/**
 * `fimkit/core`: what every fimkit module shares — the diagnostic shape and result type, and the
 * exception class for programmer errors and unreadable input. The XML reader and writer, XSD validation
 * and the binding layer have their own subpaths (`fimkit/core/xml`, `fimkit/core/xsd`,
 * `fimkit/core/binding`).
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
} from './diagnostics.js';
