/**
 * Diagnostics: the one shape in which every fimkit module reports a problem with its input.
 *
 * Content problems never throw (STYLE.md §5); they are collected as diagnostics and returned next to the
 * value. Codes are stable strings of the form `<area>/<problem>` (for example `xml/doctype-forbidden`);
 * quality findings use the official XDFM codes (`XDFM1002`).
 *
 * @module
 */

/** How bad a diagnostic is. `error` means the input is not what it claims to be; `warning` means it is usable. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column in the source text. */
export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units as the source text was decoded. */
  readonly column: number;
}

/**
 * One problem found in an input.
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   severity: 'error', code: 'xml/doctype-forbidden', message: 'DOCTYPE declarations are refused',
 *   path: '/', line: 2, column: 1, source: 'xml',
 * };
 * ```
 */
export interface Diagnostic {
  /** How bad it is. */
  readonly severity: Severity;
  /** Stable machine-readable code, `<area>/<problem>` or an XDFM code such as `XDFM1002`. */
  readonly code: string;
  /** Human-readable explanation. */
  readonly message: string;
  /** Element path in the document (`/root/child[2]`), where the problem can be placed. */
  readonly path?: string;
  /** 1-based line, where known. */
  readonly line?: number;
  /** 1-based column, where known. */
  readonly column?: number;
  /** The layer that raised it: `xml`, `xsd`, `detect`, `xdatenfelder`, `quality`, `cli`, ... */
  readonly source: string;
}

/** The result of every parse-like operation: a value (possibly partial) and all problems found. */
export interface Result<T> {
  /** The parsed value, or `undefined` when nothing usable could be read. */
  readonly value: T | undefined;
  /** Every problem found, in document order where possible. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Makes a diagnostic, dropping `undefined` location fields so the object stays clean under
 * `exactOptionalPropertyTypes`.
 *
 * @example
 * ```ts
 * diagnostic('warning', 'xdf2/latin-chars', 'text outside String.Latin', 'xdatenfelder', { line: 3, column: 5 });
 * ```
 */
export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  source: string,
  where: { path?: string | undefined; line?: number | undefined; column?: number | undefined } = {},
): Diagnostic {
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { severity, code, message, source };
  if (where.path !== undefined) d.path = where.path;
  if (where.line !== undefined) d.line = where.line;
  if (where.column !== undefined) d.column = where.column;
  return d;
}

/** True when any diagnostic has severity `error`. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Base class for exceptions fimkit throws. Exceptions are only for programmer errors and unreadable
 * input (a missing file, a missing XSD directory), never for content problems.
 */
export class FimkitError extends Error {
  /** Stable code, same vocabulary as {@link Diagnostic.code}. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FimkitError';
    this.code = code;
  }
}
