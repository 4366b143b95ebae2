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
  // The binder records into flat typed columns (one row per complex element, one per simple child
  // element), so recording allocates nothing per element; the lookup structures are built on the first
  // query. With a million elements, hashing every object while reading cost about a third of the parse
  // (see bench/), and many callers never ask for a position.
  private size = 0;
  private lines = new Int32Array(256);
  private columns = new Int32Array(256);
  private parents = new Int32Array(256);
  private readonly names: string[] = [];
  /** The object bound to each row (rows are numbered in start-tag order, bound in end-tag order). */
  private readonly bound: (object | undefined)[] = [];
  private fieldCount = 0;
  private fieldRows = new Int32Array(256);
  private fieldLines = new Int32Array(256);
  private fieldColumns = new Int32Array(256);
  private readonly fieldNames: string[] = [];
  /** Entries given as objects ({@link add}, {@link addPath}). */
  private readonly objects: object[] = [];
  private readonly recorded: SourceEntry[] = [];
  private index: Index | undefined;

  /**
   * Forgets everything recorded, keeping the allocated columns: a streaming reader binds one entry after
   * another into the same builder. Internal to the binder.
   *
   * @internal
   */
  reset(): void {
    this.size = 0;
    this.names.length = 0;
    this.bound.length = 0;
    this.fieldCount = 0;
    this.fieldNames.length = 0;
    this.objects.length = 0;
    this.recorded.length = 0;
    this.index = undefined;
  }

  /**
   * Records the position of a complex element and returns its row, for {@link bindRow} and
   * {@link addField}. `parent` is the parent element's row, -1 for the root. Internal to the binder.
   *
   * @internal
   */
  openRow(line: number, column: number, name: string, parent: number): number {
    const row = this.size++;
    if (row === this.lines.length) {
      this.lines = grow(this.lines);
      this.columns = grow(this.columns);
      this.parents = grow(this.parents);
    }
    this.lines[row] = line;
    this.columns[row] = column;
    this.parents[row] = parent;
    this.names.push(name);
    this.bound.push(undefined);
    return row;
  }

  /** Records the position of a simple child element `name` of the element at `row`. @internal */
  addField(row: number, name: string, line: number, column: number): void {
    const i = this.fieldCount++;
    if (i === this.fieldRows.length) {
      this.fieldRows = grow(this.fieldRows);
      this.fieldLines = grow(this.fieldLines);
      this.fieldColumns = grow(this.fieldColumns);
    }
    this.fieldRows[i] = row;
    this.fieldLines[i] = line;
    this.fieldColumns[i] = column;
    this.fieldNames.push(name);
    this.index = undefined;
  }

  /** Binds the object made from the element at `row`. @internal */
  bindRow(object: object, row: number): void {
    this.bound[row] = object;
    this.index = undefined;
  }

  /** The element path of the element at `row`. @internal */
  pathOfRow(row: number): string {
    const names: string[] = [];
    for (let r = row; r >= 0; r = this.parents[r]!) names.push(this.names[r]!);
    return `/${names.reverse().join('/')}`;
  }

  /** Records the entry of a bound object. */
  add(object: object, entry: SourceEntry): void {
    this.objects.push(object);
    this.recorded.push(entry);
    this.index = undefined;
  }

  private lookup(): Index {
    if (this.index !== undefined) return this.index;
    const rows = new Map<object, number>();
    for (let row = 0; row < this.size; row++) {
      const object = this.bound[row];
      if (object !== undefined) rows.set(object, row);
    }
    const entries = new Map<object, SourceEntry>();
    for (let i = 0; i < this.objects.length; i++) entries.set(this.objects[i]!, this.recorded[i]!);
    // Each row's simple children as a linked list in source order: built back to front.
    const first = new Int32Array(this.size).fill(-1);
    const next = new Int32Array(this.fieldCount);
    for (let i = this.fieldCount - 1; i >= 0; i--) {
      const row = this.fieldRows[i]!;
      next[i] = first[row]!;
      first[row] = i;
    }
    this.index = { rows, entries, first, next };
    return this.index;
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
    const lookup = this.lookup();
    const row = lookup.rows.get(object);
    if (row !== undefined) {
      if (field === undefined) return { line: this.lines[row]!, column: this.columns[row]! };
      let seen = 0;
      for (let i = lookup.first[row]!; i >= 0; i = lookup.next[i]!) {
        if (this.fieldNames[i] === field && seen++ === index) {
          return { line: this.fieldLines[i]!, column: this.fieldColumns[i]! };
        }
      }
    } else {
      const e = lookup.entries.get(object);
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
    }
    const child = (object as Record<string, unknown>)[field];
    const target = Array.isArray(child) ? child[index] : child;
    if (typeof target === 'object' && target !== null) return this.positionOf(target);
    return undefined;
  }

  pathOf(object: object): string | undefined {
    const lookup = this.lookup();
    const row = lookup.rows.get(object);
    if (row !== undefined) return this.pathOfRow(row);
    const e = lookup.entries.get(object);
    return e === undefined ? undefined : entryPath(e);
  }
}

/** The query side of a {@link SourceMapBuilder}, built on the first query. */
interface Index {
  readonly rows: Map<object, number>;
  readonly entries: Map<object, SourceEntry>;
  /** First simple child of each row (index into the field columns), -1 for none. */
  readonly first: Int32Array;
  /** Next simple child of the same row, -1 at the end. */
  readonly next: Int32Array;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The element path of an entry: `/root/child/grandchild`. */
export function entryPath(entry: SourceEntry): string {
  if (entry.path !== undefined) return entry.path;
  const names: string[] = [];
  for (let e: SourceEntry | undefined = entry; e !== undefined; e = e.parent) names.push(e.name);
  return `/${names.reverse().join('/')}`;
}
