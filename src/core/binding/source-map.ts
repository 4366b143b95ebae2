/**
 * Positions of bound model objects, kept beside the model (STYLE.md §6) so the model stays plain data.
 *
 * @module
 */
import type { Position } from '../diagnostics.js';

interface Entry {
  self: Position;
  path: string;
  fields?: Record<string, Position[]>;
}

/**
 * Where each object of a parsed model came from. Look up an object (a group, a field, a rule...) to get
 * its start tag's position, or an object plus a field name (and index for repeated fields) to get the
 * position of that child element.
 *
 * @example
 * ```ts
 * const { value, sourceMap } = parseXdf3(xml);
 * sourceMap.positionOf(value!.stammdatenschema); // { line: 1, column: 212 }
 * ```
 */
export interface SourceMap {
  /** Position of the object's element, or of its child element `field` (the `index`-th, for repeated ones). */
  positionOf(object: object, field?: string, index?: number): Position | undefined;
  /** Element path of the object (`/xdatenfelder.stammdatenschema.0102/stammdatenschema/struktur`). */
  pathOf(object: object): string | undefined;
}

/** A {@link SourceMap} that the binder fills while reading. */
export class SourceMapBuilder implements SourceMap {
  readonly #entries = new WeakMap<object, Entry>();

  /** Records an object's own position and path, and the positions of its simple child elements. */
  add(object: object, self: Position, path: string, fields?: Record<string, Position[]>): void {
    this.#entries.set(object, fields === undefined ? { self, path } : { self, path, fields });
  }

  positionOf(object: object, field?: string, index = 0): Position | undefined {
    const e = this.#entries.get(object);
    if (e === undefined) return undefined;
    if (field === undefined) return e.self;
    const own = e.fields?.[field]?.[index];
    if (own !== undefined) return own;
    const child = (object as Record<string, unknown>)[field];
    const target = Array.isArray(child) ? child[index] : child;
    if (typeof target === 'object' && target !== null) return this.#entries.get(target)?.self;
    return undefined;
  }

  pathOf(object: object): string | undefined {
    return this.#entries.get(object)?.path;
  }
}
