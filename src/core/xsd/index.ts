/**
 * `fimkit/core/xsd`: validation against the official XSD sets (supplied by the user, see `xsd/README.md`).
 *
 * @module
 */

export { requireXsdSet, resolveXsdDir, XSD_DIR_ENV, xsdEntryPath } from './locate.js';
export {
  findXsdSet,
  findXsdSetByNamespace,
  XSD_MANIFEST,
  type XsdSet,
  type XsdStandard,
} from './manifest.js';
export {
  type CompiledXsdSet,
  createXsdValidator,
  type XsdValidateOptions,
  type XsdValidator,
  type XsdValidatorOptions,
} from './validator.js';
