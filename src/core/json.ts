/**
 * Canonical JSON text and JSON equality of plain model values (object key order ignored), shared by the
 * element index, the diff engine, the XSD export and the code list registry.
 *
 * @module
 */

/**
 * JSON text with object keys sorted, so equal values give equal text. The same text as
 * `JSON.stringify` of the value with every object rebuilt with sorted keys (undefined members dropped,
 * undefined array items as `null`), without rebuilding anything.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: 2 }) === canonicalJson({ a: 2, b: 1 }); // true
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'undefined';
}

/** Canonical JSON of one value; undefined for what JSON.stringify leaves out (undefined, functions). */
function write(v: unknown): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined;
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += `${i === 0 ? '' : ','}${write(v[i]) ?? 'null'}`;
    return `${out}]`;
  }
  const o = v as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const k of sortedKeys(o)) {
    const text = write(o[k]);
    if (text === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${text}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * The keys in the order of an object rebuilt with sorted keys, as JavaScript orders them: array-index
 * keys ("0", "1", ...) first in numeric order, then the others sorted.
 */
function sortedKeys(o: object): string[] {
  const keys = Object.keys(o).sort();
  let indices: string[] | undefined;
  for (const k of keys) if (isIndex(k)) (indices ??= []).push(k);
  if (indices === undefined) return keys;
  indices.sort((a, b) => Number(a) - Number(b));
  for (const k of keys) if (!isIndex(k)) indices.push(k);
  return indices;
}

function isIndex(k: string): boolean {
  return /^(?:0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
}

/**
 * Deep equality of two JSON values (object key order ignored; `undefined` equals only `undefined`).
 * Agrees with comparing {@link canonicalJson} texts, without building them.
 *
 * @example
 * ```ts
 * jsonEqual({ a: [1] }, { a: [1] }); // true
 * ```
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return same(a, b);
}

/** {@link jsonEqual} below the top level, with JSON.stringify's view of undefined, functions and NaN. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = jsonType(a);
  const tb = jsonType(b);
  if (ta !== tb) return false;
  if (ta === 'null' || ta === 'absent') return true;
  if (ta === 'number' || ta === 'string' || ta === 'boolean') return a === b;
  if (ta === 'array') {
    const x = a as readonly unknown[];
    const y = b as readonly unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const u = jsonType(x[i]) === 'absent' ? null : x[i];
      const w = jsonType(y[i]) === 'absent' ? null : y[i];
      if (!same(u, w)) return false;
    }
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k) || jsonType(x[k]) === 'absent') continue;
    n++;
    if (!Object.hasOwn(y, k) || !same(x[k], y[k])) return false;
  }
  let m = 0;
  for (const k in y) if (Object.hasOwn(y, k) && jsonType(y[k]) !== 'absent') m++;
  return n === m;
}

/** How JSON.stringify sees a value: non-finite numbers are null; undefined and functions are absent. */
function jsonType(v: unknown): 'null' | 'absent' | 'number' | 'string' | 'boolean' | 'array' | 'object' {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? 'number' : 'null';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'object':
      return Array.isArray(v) ? 'array' : 'object';
    default:
      return 'absent';
  }
}
