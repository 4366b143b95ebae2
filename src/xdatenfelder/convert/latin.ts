/**
 * XDF3 types almost every text as String.Latin 1.1; XDF2 exports often contain typographic characters
 * outside it (`≤`, `„…“`). Like FIM-XSLT, the converter replaces the common ones by ASCII before
 * converting (audited as `changed`); any other character outside String.Latin is kept and reported
 * (`convert/not-string-latin`), since the result would not validate. @internal
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { checkStringLatin } from '../v2/index.js';
import type { AuditContext, AuditLog } from './audit.js';

/** Replacements for characters outside String.Latin (those FIM-XSLT replaces, plus their siblings). */
export const LATIN_REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2264': '<=',
  '\u2265': '>=',
  '\u201e': "'",
  '\u201c': "'",
  '\u201d': "'",
  '\u201f': "'",
  '\u201a': "'",
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2022': '-',
};

const REPLACE = new RegExp(`[${Object.keys(LATIN_REPLACEMENTS).join('')}]`, 'g');

/** Replaces the characters of {@link LATIN_REPLACEMENTS} in one text. */
export function latinize(text: string): string {
  return text.replace(REPLACE, (c) => LATIN_REPLACEMENTS[c] ?? c);
}

/**
 * Returns a copy of an XDF2 model (sub)tree with every text latinized; audit entries name the source
 * element (nearest object with `identifikation`) and the property path inside it.
 */
export function latinizeTree<T>(root: T, path: string, audit: AuditLog, diagnostics: Diagnostic[]): T {
  const walk = (value: unknown, ctx: AuditContext, prefix: string, here: string): unknown => {
    if (typeof value === 'string') {
      const out = latinize(value);
      const property = prefix.replace(/\.$/, '');
      audit.changed(ctx, property, value, out);
      const bad = checkStringLatin(out);
      if (bad !== undefined) {
        diagnostics.push(
          diagnostic(
            'warning',
            'convert/not-string-latin',
            `${property} of ${ctx.elementId ?? 'the header'} contains ${JSON.stringify(bad.char)} (U+${(bad.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}), outside String.Latin; the XDF3 output will not validate.`,
            'convert',
            { path: ctx.path },
          ),
        );
      }
      return out;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, ctx, prefix, `${here}[${i + 1}]`));
    if (typeof value !== 'object' || value === null) return value;
    const obj = value as Record<string, unknown>;
    let inner = ctx;
    let innerPrefix = prefix;
    const ident = obj.identifikation as { id?: unknown; version?: unknown } | undefined;
    if (ident !== undefined && typeof ident.id === 'string' && !('genericodeIdentification' in obj)) {
      inner = {
        elementId: ident.id,
        elementVersion: typeof ident.version === 'string' ? ident.version : undefined,
        path: here,
      };
      innerPrefix = '';
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      if (k === '$unknownElements' || k === '$unknownAttributes' || k === 'identifikation') {
        out[k] = v;
        continue;
      }
      const child = Array.isArray(v) || (typeof v === 'object' && v !== null) ? `${here}/${k}` : here;
      out[k] = walk(v, inner, `${innerPrefix}${k}.`, child);
    }
    return out;
  };
  return walk(root, { path }, '', path) as T;
}
