/**
 * Bytes to an XDatenfelder 3.0.0 document for the harmonisation analyses: 3.0.0 is parsed, 2.0 is
 * parsed and converted.
 *
 * @module
 */
import type { Diagnostic } from '../core/diagnostics.js';
import { diagnostic } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import { convertV2ToV3 } from '../xdatenfelder/convert-v2-v3.js';
import * as v2 from '../xdatenfelder/v2/index.js';
import * as v3 from '../xdatenfelder/v3/index.js';

/**
 * Detects, parses and (for 2.0) converts XDatenfelder bytes; `value` is undefined for other input.
 *
 * @example
 * ```ts
 * const { value } = loadXdf3(await readFile('schema.xml'));
 * ```
 */
export function loadXdf3(bytes: Uint8Array): {
  value: v3.Xdf3Document | undefined;
  diagnostics: readonly Diagnostic[];
} {
  const found = detect(bytes);
  const d = found.value;
  if (d === undefined) return { value: undefined, diagnostics: found.diagnostics };
  if (d.standard === 'xdatenfelder' && d.version === '3.0.0') {
    const r = v3.parse(bytes);
    return { value: r.value, diagnostics: r.diagnostics };
  }
  if (d.standard === 'xdatenfelder' && d.version === '2.0') {
    const r = v2.parse(bytes);
    if (r.value === undefined) return { value: undefined, diagnostics: r.diagnostics };
    const c = convertV2ToV3(r.value);
    return { value: c.value, diagnostics: [...r.diagnostics, ...c.diagnostics] };
  }
  return {
    value: undefined,
    diagnostics: [
      diagnostic(
        'error',
        'harmonise/not-xdatenfelder',
        `Expected XDatenfelder 2.0 or 3.0.0, got ${d.label} (${d.message}).`,
        'harmonise',
        { line: d.line, column: d.column },
      ),
    ],
  };
}
