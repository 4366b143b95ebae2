/**
 * Shared by the XDatenfelder commands: read one file, detect its version and parse it with the matching
 * typed parser.
 *
 * @module
 */
import type { SourceMap } from '../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import * as v2 from '../xdatenfelder/v2/index.js';
import * as v3 from '../xdatenfelder/v3/index.js';

/** A parsed XDatenfelder document of either version. */
export type ParsedXdf =
  | { readonly version: '2.0'; readonly document: v2.Xdf2Document; readonly sourceMap?: SourceMap }
  | { readonly version: '3.0.0'; readonly document: v3.Xdf3Document; readonly sourceMap?: SourceMap };

/**
 * Detects and parses XDatenfelder bytes. `parsed` is undefined when the input is not XDatenfelder 2.0 or
 * 3.0.0, or could not be read; the diagnostics say why.
 *
 * @example
 * ```ts
 * const { parsed, diagnostics } = parseXdf(await readFile('schema.xml'));
 * ```
 */
export function parseXdf(bytes: Uint8Array): { parsed?: ParsedXdf; diagnostics: readonly Diagnostic[] } {
  const detection = detect(bytes);
  const found = detection.value;
  if (found === undefined) return { diagnostics: detection.diagnostics };
  if (found.standard !== 'xdatenfelder' || (found.version !== '2.0' && found.version !== '3.0.0')) {
    return {
      diagnostics: [
        ...detection.diagnostics,
        diagnostic(
          'error',
          'cli/not-xdatenfelder',
          `This command reads XDatenfelder 2.0 and 3.0.0; the file is ${found.label} (${found.message}).`,
          'cli',
          { line: found.line, column: found.column },
        ),
      ],
    };
  }
  if (found.version === '2.0') {
    const r = v2.parse(bytes);
    return r.value === undefined
      ? { diagnostics: r.diagnostics }
      : { parsed: { version: '2.0', document: r.value, sourceMap: r.sourceMap }, diagnostics: r.diagnostics };
  }
  const r = v3.parse(bytes);
  return r.value === undefined
    ? { diagnostics: r.diagnostics }
    : { parsed: { version: '3.0.0', document: r.value, sourceMap: r.sourceMap }, diagnostics: r.diagnostics };
}

/**
 * Builds the XML of a parsed document of either version.
 *
 * @example
 * ```ts
 * const xml = buildXdf(parsed, { indent: '  ' });
 * ```
 */
export function buildXdf(parsed: ParsedXdf, options: { indent?: string } = {}): string {
  return parsed.version === '2.0' ? v2.build(parsed.document, options) : v3.build(parsed.document, options);
}
