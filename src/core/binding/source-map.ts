/**
 * Positions of bound model objects, kept beside the model (STYLE.md §6) so the model stays plain data.
 *
 * @module
 */
import type { Position } from '../diagnostics.js';

/**
 * Where one bound object's element stands: its position, its element name, the entry of its parent
 * element, and the positions of its simple child elements as flat `[name, line, column, ...]` triples.
 * Entries are linked to their parents instead of holding path strings, so recording them while reading
 * costs one small object per complex element.
 */
export interface SourceEntry {
  readonly line: number;
  readonly column: number;
  readonly name: string;
  readonly parent: SourceEntry | undefined;
  fields: (string | number)[] | undefined;
  /** A path given outright, for readers that do not link entries to parents. */
  readonly path?: string;
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
  // Recording appends to two arrays; the lookup map is built on the first query. With a million
  // elements, hashing every object while reading cost about a third of the parse (see bench/), and
  // many callers never ask for a position.
  readonly #objects: object[] = [];
  readonly #recorded: SourceEntry[] = [];
  #map: Map<object, SourceEntry> | undefined;

  /** Records the entry of a bound object. */
  add(object: object, entry: SourceEntry): void {
    this.#objects.push(object);
    this.#recorded.push(entry);
    this.#map?.set(object, entry);
  }

  #get(object: object): SourceEntry | undefined {
    if (this.#map === undefined) {
      const map = new Map<object, SourceEntry>();
      for (let i = 0; i < this.#objects.length; i++) map.set(this.#objects[i]!, this.#recorded[i]!);
      this.#map = map;
    }
    return this.#map.get(object);
  }

  /**
   * Records an object by position and path, for readers that walk a tree rather than binding from events.
   * `fields` gives the positions of simple child elements by name.
   */
  addPath(object: object, at: Position, path: string, fields?: Record<string, readonly Position[]>): void {
    let flat: (string | number)[] | undefined;
    if (fields !== undefined) {
      flat = [];
      for (const name in fields) for (const p of fields[name]!) flat.push(name, p.line, p.column);
    }
    this.add(object, {
      line: at.line,
      column: at.column,
      name: path,
      parent: undefined,
      fields: flat,
      path,
    });
  }

  positionOf(object: object, field?: string, index = 0): Position | undefined {
    const e = this.#get(object);
    if (e === undefined) return undefined;
    if (field === undefined) return { line: e.line, column: e.column };
    const f = e.fields;
    if (f !== undefined) {
      let seen = 0;
      for (let i = 0; i < f.length; i += 3) {
        if (f[i] === field && seen++ === index)
          return { line: f[i + 1] as number, column: f[i + 2] as number };
      }
    }
    const child = (object as Record<string, unknown>)[field];
    const target = Array.isArray(child) ? child[index] : child;
    if (typeof target === 'object' && target !== null) return this.positionOf(target);
    return undefined;
  }

  pathOf(object: object): string | undefined {
    const e = this.#get(object);
    return e === undefined ? undefined : entryPath(e);
  }
}

/** The element path of an entry: `/root/child/grandchild`. */
export function entryPath(entry: SourceEntry): string {
  if (entry.path !== undefined) return entry.path;
  const names: string[] = [];
  for (let e: SourceEntry | undefined = entry; e !== undefined; e = e.parent) names.push(e.name);
  return `/${names.reverse().join('/')}`;
}
