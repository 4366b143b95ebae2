/**
 * Detecting which FIM standard, version and message a document is, from its root element alone.
 *
 * @module
 */

import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import { decodeXml, readXml, type XmlElement, type XmlReadOptions } from '../core/xml/index.js';
import { type FimStandard, FORMATS, findFamily, lookupFormat } from './registry.js';

/**
 * What {@link detect} found out about a document.
 *
 * @example
 * ```ts
 * const d: Detection = {
 *   standard: 'xdatenfelder', version: '3.0.0', label: 'XDatenfelder 3.0.0',
 *   message: 'xdatenfelder.stammdatenschema.0102', code: '0102', title: 'Stammdatenschema',
 *   namespace: 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0', root: 'xdatenfelder.stammdatenschema.0102',
 *   supported: true, line: 1, column: 40,
 * };
 * ```
 */
export interface Detection {
  /** The standard (`xdatenfelder`, `genericode`, `xzufi`, `xprozess`). */
  readonly standard: FimStandard;
  /** Its version as the standard writes it (`2.0`, `3.0.0`, `1.0`, `2.2.0`); same string as `XSD_MANIFEST`. */
  readonly version: string;
  /** Human-readable standard and version, e.g. `XDatenfelder 3.0.0`. */
  readonly label: string;
  /** The message: the root element's local name (`xdatenfelder.stammdatenschema.0102`, `CodeList`). */
  readonly message: string;
  /** The XÖV message number, where the root name carries one (`0102`). */
  readonly code?: string;
  /** Short title of the message (`Stammdatenschema`). */
  readonly title: string;
  /** Namespace URI of the root element. */
  readonly namespace: string;
  /** Local name of the root element (equal to `message`). */
  readonly root: string;
  /** False for versions fimkit recognises but does not read (XDatenfelder 1, XZuFi 2.1). */
  readonly supported: boolean;
  /** 1-based line of the root start tag. */
  readonly line: number;
  /** 1-based column of the root start tag. */
  readonly column: number;
}

const KNOWN = FORMATS.filter((f) => f.supported)
  .map((f) => f.label)
  .join(', ');

/**
 * Classifies an already-read root element (for callers that stream the document themselves, like
 * `fimkit inspect`). Returns the same result as {@link detect} would for a document with that root.
 *
 * @example
 * ```ts
 * readXml(bytes, { openElement(el, depth) { if (depth === 1) found = detectRoot(el); } });
 * ```
 */
export function detectRoot(root: XmlElement): Result<Detection> {
  const where = { path: `/${root.local}`, line: root.line, column: root.column };
  const found = lookupFormat(root.uri, root.local);
  const shown = root.uri === '' ? 'no namespace' : `namespace "${root.uri}"`;
  if (found === undefined) {
    const family = findFamily(root.uri);
    if (family !== undefined) {
      const versions = FORMATS.filter((f) => f.standard === family.standard)
        .map((f) => `${f.version} (${f.namespace})`)
        .join(', ');
      return {
        value: undefined,
        diagnostics: [
          diagnostic(
            'error',
            'detect/unknown-version',
            `Root element <${root.name}> is in ${shown}, which looks like ${family.label} but names no version ` +
              `fimkit knows. Known ${family.label} versions: ${versions}.`,
            'detect',
            where,
          ),
        ],
      };
    }
    return {
      value: undefined,
      diagnostics: [
        diagnostic(
          'error',
          'detect/not-fim',
          `Not a FIM artefact: root element <${root.local}> in ${shown}. fimkit reads ${KNOWN}.`,
          'detect',
          where,
        ),
      ],
    };
  }
  const { format, message } = found;
  if (message === undefined) {
    return {
      value: undefined,
      diagnostics: [
        diagnostic(
          'error',
          'detect/unknown-message',
          `Root element <${root.local}> is in the ${format.label} namespace but is not one of its messages ` +
            `(${format.messages.map((m) => m.root).join(', ')}).`,
          'detect',
          where,
        ),
      ],
    };
  }
  const value: Detection = {
    standard: format.standard,
    version: format.version,
    label: format.label,
    message: message.root,
    ...(message.code === undefined ? {} : { code: message.code }),
    title: message.title,
    namespace: format.namespace,
    root: root.local,
    supported: format.supported,
    line: root.line,
    column: root.column,
  };
  const diagnostics: Diagnostic[] = [];
  if (!format.supported) {
    diagnostics.push(
      diagnostic(
        'error',
        'detect/unsupported-version',
        `${format.label} (${message.title}) is recognised but not supported. ${format.note ?? ''}`.trim(),
        'detect',
        where,
      ),
    );
  }
  return { value, diagnostics };
}

/** Thrown from inside the reader's handler to stop at the root start tag; never escapes this module. */
class RootReached extends Error {}
const ROOT_REACHED = new RootReached('root reached');

/**
 * Tells which FIM standard, version and message a document is, reading only up to the root start tag.
 * Never throws on content: a document that is not FIM gets `detect/not-fim`, XDatenfelder 1 and XZuFi 2.1
 * get `detect/unsupported-version` (with a value, `supported: false`), an unknown version of a known
 * standard gets `detect/unknown-version`, and a document whose root cannot be read gets the reader's
 * diagnostics (`xml/*`). Well-formedness after the root start tag is not checked.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = detect(await readFile('S00000000362.xml'));
 * value?.standard; // 'xdatenfelder'
 * value?.version; // '3.0.0'
 * value?.message; // 'xdatenfelder.stammdatenschema.0102'
 * ```
 */
export function detect(input: Uint8Array | string, options: XmlReadOptions = {}): Result<Detection> {
  // Decode here so decoding problems are kept even though the read is cut short below.
  const decoded = decodeXml(input);
  let root: XmlElement | undefined;
  let readerDiagnostics: readonly Diagnostic[] = [];
  try {
    readerDiagnostics = readXml(
      decoded.text,
      {
        openElement(element) {
          root = element;
          throw ROOT_REACHED;
        },
      },
      options,
    ).diagnostics;
  } catch (e) {
    if (e !== ROOT_REACHED) throw e;
  }
  const before = [...decoded.diagnostics, ...readerDiagnostics];
  if (root === undefined) {
    if (before.some((d) => d.severity === 'error')) return { value: undefined, diagnostics: before };
    return {
      value: undefined,
      diagnostics: [
        ...before,
        diagnostic('error', 'detect/no-root', 'The document has no root element.', 'detect', {
          line: 1,
          column: 1,
        }),
      ],
    };
  }
  const result = detectRoot(root);
  return { value: result.value, diagnostics: [...before, ...result.diagnostics] };
}
