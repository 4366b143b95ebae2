/**
 * Parsing an instance document safely and validating it against a compiled schema, turning every
 * outcome into diagnostics.
 *
 * @module
 * @internal
 */

import {
  type XsdValidator as LibXsdValidator,
  ParseOption,
  XmlDocument,
  XmlElement,
  XmlEntityReference,
  XmlParseError,
  XmlValidateError,
} from 'libxml2-wasm';
import { type Diagnostic, diagnostic, FimkitError } from '../diagnostics.js';
import { toDiagnostics } from './report.js';
import { sandboxed } from './sandbox.js';

/**
 * Parser options for every document handed to libxml2: no network, no external DTD or entity loading,
 * no entity substitution (`XML_PARSE_NOENT` is deliberately absent), line numbers above 65535 kept.
 */
export const PARSE_OPTIONS =
  ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES;

/** At most this many entity references are reported for one document. */
const MAX_ENTITY_REPORTS = 20;

function parseInstance(xml: string | Uint8Array, url: string): XmlDocument {
  // A string is already decoded: parse it as UTF-8 whatever its XML declaration says.
  return typeof xml === 'string'
    ? XmlDocument.fromString(xml, { url, encoding: 'utf-8', option: PARSE_OPTIONS })
    : XmlDocument.fromBuffer(xml, { url, option: PARSE_OPTIONS });
}

/**
 * libxml2's XSD validator aborts with an internal error on entity references left in element content
 * (xmllint: "validation generated an internal error"). fimkit never expands entities, so such a document
 * cannot be validated; report where the references are.
 */
function entityReferenceDiagnostics(doc: XmlDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: XmlElement[] = [doc.root];
  while (stack.length > 0 && out.length < MAX_ENTITY_REPORTS) {
    const element = stack.pop()!;
    const children: XmlElement[] = [];
    for (let node = element.firstChild; node !== null; node = node.next) {
      if (node instanceof XmlElement) children.push(node);
      else if (node instanceof XmlEntityReference && out.length < MAX_ENTITY_REPORTS) {
        out.push(
          diagnostic(
            'error',
            'xsd/entity-reference',
            `Entity reference &${node.name}; in <${element.name}>: XSD validation needs expanded entities, ` +
              'and fimkit does not expand entities (no DTD processing); the document was not validated.',
            'xsd',
            { line: element.line > 0 ? element.line : undefined },
          ),
        );
      }
    }
    stack.push(...children.reverse());
  }
  return out;
}

function cleanParseMessage(message: string): string {
  return message.trim() === '' ? 'The document cannot be parsed' : message.trim();
}

/**
 * Parses `xml` with {@link PARSE_OPTIONS} inside a sandbox that refuses every load, validates it with
 * `schema` and returns all diagnostics (empty when valid).
 */
export function validateInstance(
  schema: LibXsdValidator,
  xml: string | Uint8Array,
  url: string,
): Diagnostic[] {
  return sandboxed(undefined, (log) => {
    let doc: XmlDocument;
    try {
      doc = parseInstance(xml, url);
    } catch (cause) {
      if (!(cause instanceof XmlParseError)) throw cause;
      const found = toDiagnostics(cause.details, 'parse');
      return found.some((d) => d.severity === 'error')
        ? found
        : [...found, diagnostic('error', 'xsd/not-well-formed', cleanParseMessage(cause.message), 'xsd')];
    }
    try {
      const out = toDiagnostics(doc.warnings, 'parse');
      try {
        schema.validate(doc);
      } catch (cause) {
        if (cause instanceof XmlValidateError) {
          const found = toDiagnostics(cause.details, 'validate');
          out.push(...found);
          if (!found.some((d) => d.severity === 'error')) {
            out.push(diagnostic('error', 'xsd/invalid', 'libxml2 reports the document invalid', 'xsd'));
          }
        } else {
          const entities = entityReferenceDiagnostics(doc);
          if (entities.length === 0) {
            throw new FimkitError('xsd/internal', `libxml2 could not validate ${url}: ${String(cause)}`, {
              cause,
            });
          }
          out.push(...entities);
        }
      }
      for (const uri of log.refused) {
        out.push(diagnostic('warning', 'xsd/load-refused', `Refused to load ${uri}`, 'xsd'));
      }
      return out;
    } finally {
      doc.dispose();
    }
  });
}
