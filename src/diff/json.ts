/**
 * Small JSON helpers of the diff engine: canonical text and equality (from `core/json.ts`), and the ids
 * of repeated child keys.
 *
 * @module
 */
export { canonicalJson as canonical, jsonEqual } from '../core/json.js';

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
