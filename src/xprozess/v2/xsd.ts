/**
 * XSD validation of XProzess 2.0 documents against a schema file chosen by the caller. No official
 * XProzess 2.0 XSD is available; the reconstructed one (`../shared/spec/xprozess-2.0-reconstructed/`)
 * serves until it is, and the official one drops in by passing its path.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XsdValidator as LibXsdValidator, XmlDocument } from 'libxml2-wasm';
import { type Diagnostic, FimkitError } from '../../core/diagnostics.js';
import { PARSE_OPTIONS, validateInstance } from '../../core/xsd/instance.js';
import { sandboxed, sandboxRoot, sandboxUri } from '../../core/xsd/sandbox.js';

/**
 * Options of {@link createXprozessXsdValidator}.
 *
 * @example
 * ```ts
 * const o: XprozessXsdOptions = { schema: '../shared/spec/xprozess-2.0-reconstructed/xprozess-2.0-reconstructed-lenient.xsd', root: '../shared' };
 * ```
 */
export interface XprozessXsdOptions {
  /** Path of the entry XSD. */
  readonly schema: string;
  /** Directory the schema and everything it includes or imports live in (default: the schema's folder); nothing outside is loaded. */
  readonly root?: string;
}

/**
 * A compiled XProzess schema; dispose it when done.
 *
 * @example
 * ```ts
 * using v = createXprozessXsdValidator({ schema: 'xprozess.xsd' });
 * v.validate(xml).length === 0;
 * ```
 */
export interface XprozessXsdValidator extends Disposable {
  /** Every problem of the document (`xsd/invalid`, …); empty when valid. */
  validate(xml: string | Uint8Array, fileName?: string): Diagnostic[];
  dispose(): void;
}

/**
 * Compiles an XProzess 2.0 XSD with libxml2-wasm (no network, no loads outside `root`). Throws
 * `xsd/schema-invalid` when the schema does not compile; content problems of documents are diagnostics.
 *
 * @example
 * ```ts
 * const v = createXprozessXsdValidator({ schema: xsdPath, root: sharedDir });
 * try { console.log(v.validate(readFileSync('export.xml'))); } finally { v.dispose(); }
 * ```
 */
export function createXprozessXsdValidator(options: XprozessXsdOptions): XprozessXsdValidator {
  const schemaPath = path.resolve(options.schema);
  const root = sandboxRoot(
    options.root === undefined ? path.dirname(schemaPath) : path.resolve(options.root),
  );
  const rel = path.relative(root.dir, schemaPath);
  const { doc, lib } = sandboxed(root, (log) => {
    const schemaDoc = XmlDocument.fromBuffer(readFileSync(schemaPath), {
      url: sandboxUri(root, rel),
      option: PARSE_OPTIONS,
    });
    try {
      const compiled = LibXsdValidator.fromDoc(schemaDoc);
      if (log.missing.length > 0 || log.refused.length > 0) {
        compiled.dispose();
        throw new FimkitError(
          'xsd/schema-invalid',
          `${schemaPath}: cannot load ${[...log.missing, ...log.refused].join(', ')} inside ${root.dir}.`,
        );
      }
      return { doc: schemaDoc, lib: compiled };
    } catch (cause) {
      schemaDoc.dispose();
      if (cause instanceof FimkitError) throw cause;
      throw new FimkitError('xsd/schema-invalid', `${schemaPath} does not compile: ${String(cause)}`, {
        cause,
      });
    }
  });
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    lib.dispose();
    doc.dispose();
  };
  return {
    validate(xml, fileName = 'document.xml') {
      if (disposed) throw new FimkitError('xsd/disposed', 'This XProzess XSD validator has been disposed.');
      return validateInstance(lib, xml, fileName);
    },
    dispose,
    [Symbol.dispose]: dispose,
  };
}
