/** Compiles an exported XSD from a string with libxml2-wasm (no loads allowed) and validates instances. */
import { XsdValidator as LibXsdValidator, XmlDocument } from 'libxml2-wasm';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { PARSE_OPTIONS, validateInstance } from '../../src/core/xsd/instance.js';
import { sandboxed } from '../../src/core/xsd/sandbox.js';

/** A compiled schema; `validate` returns the error diagnostics of an instance. */
export interface CompiledXsd extends Disposable {
  validate(xml: string): Diagnostic[];
}

/** Compiles `xsd`; throws (libxml2's error) when it is not a valid schema. */
export function compileXsd(xsd: string): CompiledXsd {
  return sandboxed(undefined, (log) => {
    const doc = XmlDocument.fromString(xsd, { url: 'export.xsd', option: PARSE_OPTIONS });
    let lib: LibXsdValidator;
    try {
      lib = LibXsdValidator.fromDoc(doc);
    } catch (error) {
      doc.dispose();
      throw error;
    }
    if (log.refused.length > 0 || log.missing.length > 0) throw new Error(`loads: ${log.refused.join(', ')}`);
    return {
      validate: (xml: string) =>
        validateInstance(lib, xml, 'sample.xml').filter((d) => d.severity === 'error'),
      [Symbol.dispose]() {
        lib.dispose();
        doc.dispose();
      },
    };
  });
}
