/**
 * XSD validation with libxml2-wasm: each schema set is compiled once per validator, reused for every
 * document, and freed by `dispose()`.
 *
 * @module
 */

import { readFileSync } from 'node:fs';
import { XsdValidator as LibXsdValidator, XmlDocument, XmlParseError, XmlValidateError } from 'libxml2-wasm';
import { type Diagnostic, FimkitError } from '../diagnostics.js';
import { PARSE_OPTIONS, validateInstance } from './instance.js';
import { requireXsdSet, resolveXsdDir, xsdEntryPath } from './locate.js';
import type { XsdSet, XsdStandard } from './manifest.js';
import { describeDetails } from './report.js';
import {
  type SandboxLog,
  type SandboxRoot,
  sandboxed,
  sandboxPath,
  sandboxRoot,
  sandboxUri,
} from './sandbox.js';

/**
 * Options of {@link createXsdValidator}.
 *
 * @example
 * ```ts
 * const options: XsdValidatorOptions = { xsdDir: '/opt/fim/xsd' };
 * ```
 */
export interface XsdValidatorOptions {
  /** XSD root directory; defaults to `FIMKIT_XSD_DIR` (see {@link resolveXsdDir}). */
  readonly xsdDir?: string | undefined;
}

/**
 * Which schema set to validate a document against.
 *
 * @example
 * ```ts
 * const target: XsdValidateOptions = { standard: 'xdatenfelder', version: '3.0.0', fileName: 'S123.xml' };
 * ```
 */
export interface XsdValidateOptions {
  /** Standard of the document. */
  readonly standard: XsdStandard;
  /** Version of the standard; must have a set in the manifest. */
  readonly version: string;
  /** Name shown by libxml2 for the document; never opened. */
  readonly fileName?: string | undefined;
}

/**
 * A compiled schema set as cached by an {@link XsdValidator}; the same object is returned for every
 * request of the same set until the validator is disposed.
 *
 * @example
 * ```ts
 * const compiled: CompiledXsdSet = validator.compile('genericode', '1.0');
 * compiled.entryPath; // '/opt/fim/xsd/genericode-1.0/genericode.xsd'
 * ```
 */
export interface CompiledXsdSet {
  /** The manifest entry. */
  readonly set: XsdSet;
  /** Absolute path of the entry XSD that was compiled. */
  readonly entryPath: string;
}

/**
 * Validates documents against the official XSD sets in one XSD root directory.
 *
 * @example
 * ```ts
 * using validator = createXsdValidator({ xsdDir: '../shared/xsd' });
 * const diagnostics = validator.validate(xml, { standard: 'xdatenfelder', version: '3.0.0' });
 * ```
 */
export interface XsdValidator extends Disposable {
  /** The absolute XSD root directory. */
  readonly xsdDir: string;
  /**
   * Validates one document. Returns every problem (`xsd/invalid`, `xsd/not-well-formed`, warnings);
   * an empty array means valid. Throws only for setup problems (missing or broken XSD set, disposed).
   */
  validate(xml: string | Uint8Array, options: XsdValidateOptions): Diagnostic[];
  /** Compiles a schema set now (or returns the cached one), for example to fail early. */
  compile(standard: XsdStandard, version: string): CompiledXsdSet;
  /** Frees every compiled schema. Idempotent; the validator cannot be used afterwards. */
  dispose(): void;
}

interface CacheEntry {
  readonly compiled: CompiledXsdSet;
  readonly schemaDoc: XmlDocument;
  readonly lib: LibXsdValidator;
}

function setupError(name: string, entryPath: string, root: SandboxRoot, log: SandboxLog, cause: unknown) {
  if (log.missing.length > 0) {
    return new FimkitError(
      'xsd/schema-missing',
      `The XSD set ${name} is incomplete: ${log.missing.join(', ')} not found ` +
        `(included or imported by ${entryPath}).`,
      { cause },
    );
  }
  if (log.refused.length > 0) {
    return new FimkitError(
      'xsd/schema-refused',
      `The XSD set ${name} refers to resources outside ${root.dir}, which fimkit does not load: ` +
        `${log.refused.join(', ')}. Place every included or imported schema in the XSD directory.`,
      { cause },
    );
  }
  const details =
    cause instanceof XmlValidateError ? describeDetails(cause.details, sandboxPath) : String(cause);
  return new FimkitError('xsd/schema-invalid', `The XSD set ${name} does not compile:\n${details}`, {
    cause,
  });
}

function compileSet(xsdDir: string, root: SandboxRoot, set: XsdSet): CacheEntry {
  const entryPath = xsdEntryPath(xsdDir, set.standard, set.version);
  const url = sandboxUri(root, `${set.dir}/${set.entry}`);
  const name = `${set.standard} ${set.version}`;
  return sandboxed(root, (log) => {
    let schemaDoc: XmlDocument;
    try {
      schemaDoc = XmlDocument.fromBuffer(readFileSync(entryPath), { url, option: PARSE_OPTIONS });
    } catch (cause) {
      const details = cause instanceof XmlParseError ? describeDetails(cause.details, sandboxPath) : '';
      throw new FimkitError('xsd/schema-invalid', `${entryPath} is not well-formed XML. ${details}`, {
        cause,
      });
    }
    let lib: LibXsdValidator;
    try {
      lib = LibXsdValidator.fromDoc(schemaDoc);
    } catch (cause) {
      schemaDoc.dispose();
      throw setupError(name, entryPath, root, log, cause);
    }
    // libxml2 only warns about an xs:import it could not load; an incomplete set is still a setup error.
    if (log.missing.length > 0 || log.refused.length > 0) {
      lib.dispose();
      schemaDoc.dispose();
      throw setupError(name, entryPath, root, log, undefined);
    }
    // The compiled schema may point into the entry document, so it lives as long as the schema does.
    return { compiled: Object.freeze({ set, entryPath }), schemaDoc, lib };
  });
}

/**
 * Creates a validator for the XSD sets below `xsdDir` (default: `FIMKIT_XSD_DIR`). Schema sets are
 * compiled lazily, once each, and kept until `dispose()` (or the end of a `using` block). libxml2 only
 * ever reads the includes and imports of a set from inside `xsdDir`; it never touches the network.
 * Throws `xsd/dir-missing` when no directory is found; `validate` and `compile` throw
 * `xsd/unknown-schema`, `xsd/schema-missing`, `xsd/schema-refused`, `xsd/schema-invalid` or
 * `xsd/disposed` for setup problems and report every content problem as a diagnostic.
 *
 * @example
 * ```ts
 * const validator = createXsdValidator({ xsdDir: '../shared/xsd' });
 * try {
 *   for (const d of validator.validate(bytes, { standard: 'genericode', version: '1.0', fileName: 'C1.xml' })) {
 *     console.log(`${d.line}: ${d.message}`);
 *   }
 * } finally {
 *   validator.dispose();
 * }
 * ```
 */
export function createXsdValidator(options: XsdValidatorOptions = {}): XsdValidator {
  const xsdDir = resolveXsdDir(options.xsdDir);
  const root = sandboxRoot(xsdDir);
  const cache = new Map<string, CacheEntry>();
  let disposed = false;

  const entryFor = (standard: XsdStandard, version: string): CacheEntry => {
    if (disposed) throw new FimkitError('xsd/disposed', 'This XSD validator has been disposed.');
    const set = requireXsdSet(standard, version);
    const key = `${xsdDir}\0${set.standard}\0${set.version}`;
    let entry = cache.get(key);
    if (entry === undefined) {
      entry = compileSet(xsdDir, root, set);
      cache.set(key, entry);
    }
    return entry;
  };

  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    for (const entry of cache.values()) {
      entry.lib.dispose();
      entry.schemaDoc.dispose();
    }
    cache.clear();
  };

  return {
    xsdDir,
    validate: (xml, { standard, version, fileName }) =>
      validateInstance(entryFor(standard, version).lib, xml, fileName ?? 'document.xml'),
    compile: (standard, version) => entryFor(standard, version).compiled,
    dispose,
    [Symbol.dispose]: dispose,
  };
}
