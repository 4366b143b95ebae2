/**
 * XDF 2.0 `praezisierung`: the constraints of a Datenfeld, written as a JSON string in the element text
 * (`{"minLength":"1","maxLength":"55"}`, also `minValue`, `maxValue`, `pattern`; numbers either as JSON
 * numbers or as strings). The model keeps the raw text; these functions turn it into typed constraints
 * and back.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../../core/diagnostics.js';

/**
 * Typed `praezisierung` constraints. Lengths are integers; `minValue`/`maxValue` stay decimal strings
 * (no precision lost); keys the XDF 2.0 convention does not define are kept in `extra`.
 *
 * @example
 * ```ts
 * const p: Praezisierung = { minLength: 1, maxLength: 55 };
 * ```
 */
export interface Praezisierung {
  /** Minimum number of characters. */
  readonly minLength?: number;
  /** Maximum number of characters. */
  readonly maxLength?: number;
  /** Lowest allowed value, as a decimal string (or a date, as written). */
  readonly minValue?: string;
  /** Highest allowed value, as a decimal string (or a date, as written). */
  readonly maxValue?: string;
  /** A regular expression the value must match (XSD or JavaScript flavour, as the editor wrote it). */
  readonly pattern?: string;
  /** Keys other than the five above, with their JSON values. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

const KNOWN = new Set(['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern']);

/**
 * Parses the raw text of a `praezisierung` element. Empty (or whitespace-only) text means "no
 * constraints" and yields `{}` without diagnostics. Problems are warnings without a position (the caller
 * places them): `xdf2/praezisierung-invalid-json`, `xdf2/praezisierung-not-object` (the value is
 * `undefined` then), `xdf2/praezisierung-invalid-value`, `xdf2/praezisierung-unknown-key`,
 * `xdf2/praezisierung-range` (a minimum above its maximum).
 *
 * @example
 * ```ts
 * parsePraezisierung('{"minLength":"1","maxLength":"55"}').value; // { minLength: 1, maxLength: 55 }
 * parsePraezisierung('1..31').diagnostics[0]?.code; // 'xdf2/praezisierung-invalid-json'
 * ```
 */
export function parsePraezisierung(raw: string): Result<Praezisierung> {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, message: string) =>
    diagnostics.push(diagnostic('warning', `xdf2/${code}`, message, 'xdf2'));
  if (raw.trim() === '') return { value: {}, diagnostics };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    warn('praezisierung-invalid-json', `praezisierung is not JSON: ${JSON.stringify(clip(raw))}.`);
    return { value: undefined, diagnostics };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    warn(
      'praezisierung-not-object',
      `praezisierung must be a JSON object like {"minLength":"1"}, not ${JSON.stringify(clip(raw))}.`,
    );
    return { value: undefined, diagnostics };
  }
  const out: {
    minLength?: number;
    maxLength?: number;
    minValue?: string;
    maxValue?: string;
    pattern?: string;
    extra?: Record<string, unknown>;
  } = {};
  for (const [key, v] of Object.entries(json as Record<string, unknown>)) {
    if (!KNOWN.has(key)) {
      warn('praezisierung-unknown-key', `praezisierung has the unknown key "${key}"; kept.`);
      out.extra ??= {};
      define(out.extra, key, v);
      continue;
    }
    if (key === 'minLength' || key === 'maxLength') {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
      if (Number.isSafeInteger(n) && n >= 0) out[key] = n;
      else
        warn('praezisierung-invalid-value', `praezisierung ${key} must be a whole number, not ${show(v)}.`);
    } else if (key === 'minValue' || key === 'maxValue') {
      if (typeof v === 'string') out[key] = v;
      else if (typeof v === 'number' && Number.isFinite(v)) out[key] = String(v);
      else warn('praezisierung-invalid-value', `praezisierung ${key} must be a number, not ${show(v)}.`);
    } else if (typeof v === 'string') {
      out.pattern = v;
    } else {
      warn('praezisierung-invalid-value', `praezisierung pattern must be a string, not ${show(v)}.`);
    }
  }
  if (out.minLength !== undefined && out.maxLength !== undefined && out.minLength > out.maxLength) {
    warn(
      'praezisierung-range',
      `praezisierung minLength ${out.minLength} exceeds maxLength ${out.maxLength}.`,
    );
  }
  const lo = numeric(out.minValue);
  const hi = numeric(out.maxValue);
  if (lo !== undefined && hi !== undefined && lo > hi) {
    warn('praezisierung-range', `praezisierung minValue ${out.minValue} exceeds maxValue ${out.maxValue}.`);
  }
  return { value: out, diagnostics };
}

/**
 * Writes typed constraints as `praezisierung` JSON in the FIM editors' style (numbers as strings, keys
 * in the order minLength, maxLength, minValue, maxValue, pattern, then `extra`). An empty object gives
 * `''` (no constraints). `parsePraezisierung(stringifyPraezisierung(p)).value` equals `p`.
 *
 * @example
 * ```ts
 * stringifyPraezisierung({ minLength: 1, maxLength: 55 }); // '{"minLength":"1","maxLength":"55"}'
 * ```
 */
export function stringifyPraezisierung(p: Praezisierung): string {
  const o: Record<string, unknown> = {};
  if (p.minLength !== undefined) o.minLength = String(p.minLength);
  if (p.maxLength !== undefined) o.maxLength = String(p.maxLength);
  if (p.minValue !== undefined) o.minValue = p.minValue;
  if (p.maxValue !== undefined) o.maxValue = p.maxValue;
  if (p.pattern !== undefined) o.pattern = p.pattern;
  if (p.extra !== undefined) for (const [k, v] of Object.entries(p.extra)) if (!KNOWN.has(k)) define(o, k, v);
  return Object.keys(o).length === 0 ? '' : JSON.stringify(o);
}

/** Sets an own property, even for keys such as `__proto__` that JSON may contain. */
function define(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function numeric(v: string | undefined): number | undefined {
  if (v === undefined || !/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(v)) return undefined;
  return Number(v);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

function show(v: unknown): string {
  return clip(JSON.stringify(v) ?? String(v));
}
