/**
 * Small JSON helpers of the diff engine: canonical text (key order ignored) and equality.
 *
 * @module
 */
import type { Json } from './model.js';

/**
 * JSON text with object keys sorted, so equal values give equal text.
 *
 * @example
 * ```ts
 * canonical({ b: 1, a: 2 }) === canonical({ a: 2, b: 1 }); // true
 * ```
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * Deep equality of two JSON values (object key order ignored; `undefined` equals only `undefined`).
 *
 * @example
 * ```ts
 * jsonEqual({ a: [1] }, { a: [1] }); // true
 * ```
 */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonical(a) === canonical(b);
}

/**
 * The id of the `n`-th (0-based) occurrence of a child key in one slot: the key, then `key#2`, ...
 *
 * @example
 * ```ts
 * refIds(['F1', 'F2', 'F1']); // ['F1', 'F2', 'F1#2']
 * ```
 */
export function refIds(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
