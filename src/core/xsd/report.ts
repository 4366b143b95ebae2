/**
 * Turning libxml2's error details into fimkit diagnostics.
 *
 * @module
 * @internal
 */

import type { ErrorDetail } from 'libxml2-wasm';
import { type Diagnostic, diagnostic } from '../diagnostics.js';

/** libxml2's `xmlErrorLevel`: 1 warning, 2 error, 3 fatal. */
const XML_ERR_WARNING = 1;

/** Which libxml2 phase produced the details: parsing the instance, or validating it against the XSD. */
export type Phase = 'parse' | 'validate';

const CODES: Record<Phase, { readonly error: string; readonly warning: string }> = {
  parse: { error: 'xsd/not-well-formed', warning: 'xsd/parse-warning' },
  validate: { error: 'xsd/invalid', warning: 'xsd/warning' },
};

/** Strips libxml2's trailing newline and folds inner line breaks. */
export function cleanMessage(message: string): string {
  return message.trim().replace(/\s*\n\s*/g, ' ');
}

/**
 * Maps libxml2 error details to diagnostics with source `xsd`. Line and column are kept only when
 * libxml2 knows them (it reports 0 for "unknown"; schema validity errors never carry a column).
 */
export function toDiagnostics(details: readonly ErrorDetail[], phase: Phase): Diagnostic[] {
  return details.map((d) => {
    const codes = CODES[phase];
    const warning = d.level <= XML_ERR_WARNING;
    return diagnostic(
      warning ? 'warning' : 'error',
      warning ? codes.warning : codes.error,
      cleanMessage(d.message),
      'xsd',
      {
        path: d.xpath,
        line: d.line > 0 ? d.line : undefined,
        column: d.col > 0 ? d.col : undefined,
      },
    );
  });
}

/** Formats details for an exception message (schema compilation), at most `limit` of them. */
export function describeDetails(
  details: readonly ErrorDetail[],
  fileOf: (uri: string) => string,
  limit = 5,
): string {
  const lines = details.slice(0, limit).map((d) => {
    const where = d.file === undefined ? '' : `${fileOf(d.file)}${d.line > 0 ? `:${d.line}` : ''}: `;
    return `${where}${cleanMessage(d.message)}`;
  });
  if (details.length > limit) lines.push(`... and ${details.length - limit} more`);
  return lines.join('\n');
}
