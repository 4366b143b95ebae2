/**
 * Names and namespace bindings for fimkit's tokenizer. Names are interned: a start tag's name is looked
 * up in a small table by length and three of its characters and compared in place, so an element name
 * that occurs a million times is one string, split into prefix and local name once, with its namespace
 * looked up again only when declarations changed.
 *
 * @module
 */

/**
 * The namespace of the `xml` prefix (always bound).
 *
 * @example
 * ```ts
 * uri === XML_NS; // for xml:lang
 * ```
 */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/**
 * The namespace of namespace declarations (`xmlns`, `xmlns:p`).
 *
 * @example
 * ```ts
 * uri === XMLNS_NS; // for xmlns:p
 * ```
 */
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * An interned qualified name.
 *
 * @example
 * ```ts
 * new NameEntry('xdf3:feld').local; // 'feld'
 * ```
 */
export class NameEntry {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** False when the name is no QName (an empty part, or a second colon). */
  readonly qualified: boolean;
  /** The namespace the prefix resolved to at {@link NamespaceScope.version} `version`. */
  uri: string | undefined = undefined;
  version = -1;

  constructor(name: string) {
    this.name = name;
    const colon = name.indexOf(':');
    this.prefix = colon < 0 ? '' : name.slice(0, colon);
    this.local = colon < 0 ? name : name.slice(colon + 1);
    this.qualified = colon < 0 || (colon > 0 && colon < name.length - 1 && !this.local.includes(':'));
  }
}

const TABLE_SIZE = 1024;

/**
 * Namespace bindings in scope (with an undo log per element) and the interned names.
 *
 * @example
 * ```ts
 * const scope = new NamespaceScope();
 * scope.declare('p', 'urn:p');
 * scope.resolve(scope.entry('<p:a', 1, 4)); // 'urn:p'
 * ```
 */
export class NamespaceScope {
  private readonly uris = new Map<string, string>([
    ['xml', XML_NS],
    ['xmlns', XMLNS_NS],
  ]);
  private readonly undoPrefixes: string[] = [];
  private readonly undoUris: (string | undefined)[] = [];
  /** Changes with every declaration made or undone. */
  version = 0;
  private readonly names: (NameEntry | undefined)[] = new Array<NameEntry | undefined>(TABLE_SIZE).fill(
    undefined,
  );
  /** Scratch for the current start tag's attributes. */
  readonly attrNames: NameEntry[] = [];
  readonly attrValues: string[] = [];
  readonly attrEnds: number[] = [];
  /** Undo-log length when each open element was opened (by depth). */
  readonly marks: number[] = [];

  /** The interned name `buf[i..e)`. */
  entry(buf: string, i: number, e: number): NameEntry {
    const len = e - i;
    const h =
      (len * 7 + buf.charCodeAt(i) * 31 + buf.charCodeAt(e - 1) * 17 + buf.charCodeAt(i + (len >> 1))) &
      (TABLE_SIZE - 1);
    const found = this.names[h];
    if (found !== undefined) {
      const name = found.name;
      if (name.length === len) {
        let k = len - 1;
        while (k >= 0 && name.charCodeAt(k) === buf.charCodeAt(i + k)) k--;
        if (k < 0) return found;
      }
    }
    const made = new NameEntry(buf.slice(i, e));
    this.names[h] = made;
    return made;
  }

  /** The namespace bound to `entry`'s prefix, or undefined. */
  resolve(entry: NameEntry): string | undefined {
    if (entry.version !== this.version) {
      entry.uri = this.uris.get(entry.prefix);
      entry.version = this.version;
    }
    return entry.uri;
  }

  get mark(): number {
    return this.undoPrefixes.length;
  }

  declare(prefix: string, uri: string): void {
    this.undoPrefixes.push(prefix);
    this.undoUris.push(this.uris.get(prefix));
    this.uris.set(prefix, uri);
    this.version++;
  }

  /** Undoes the declarations made since `mark`. */
  restore(mark: number): void {
    if (this.undoPrefixes.length === mark) return;
    while (this.undoPrefixes.length > mark) {
      const prefix = this.undoPrefixes.pop()!;
      const uri = this.undoUris.pop();
      if (uri === undefined) this.uris.delete(prefix);
      else this.uris.set(prefix, uri);
    }
    this.version++;
  }
}
