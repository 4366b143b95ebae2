/**
 * The search index over a corpus of XDatenfelder schemas: plain, JSON-serialisable data.
 *
 * @module
 */

/**
 * Kinds of indexed elements.
 *
 * @example
 * ```ts
 * const k: SearchKind = 'field';
 * ```
 */
export type SearchKind = 'field' | 'group' | 'schema' | 'codelist';

/**
 * One indexed element: a field, group or schema (per id + version), or a code list (per URI + version).
 *
 * @example
 * ```ts
 * const e: SearchEntry = index.entries[0]!;
 * e.kind; e.key; e.label;
 * ```
 */
export interface SearchEntry {
  readonly kind: SearchKind;
  /** `id@version` (`uri@version` for code lists). */
  readonly key: string;
  readonly id: string;
  readonly version?: string;
  /** `bezeichnungEingabe` (fields, groups), `bezeichnung` (schemas), ShortName/LongName (code lists). */
  readonly label: string;
  /** FIM-internal `name`. */
  readonly name: string;
  /** `freigabestatus` code (`6` = fachlich freigegeben (gold)). */
  readonly status?: string;
  /** `schemaelementart`: ABS, HAR, RNG. */
  readonly schemaelementart?: string;
  /** The two digits after the id's letter (`60` for F60000000236, the Bund's BOB range). */
  readonly nummernkreis?: string;
  /** Fields: `feldart` and `datentyp`. */
  readonly feldart?: string;
  readonly datentyp?: string;
  /** Fields: a `codelisteReferenz` or an inline `werte` list. */
  readonly hasCodeList: boolean;
  /** Fields: the referenced code list URI. */
  readonly codeList?: string;
  /** Keys of the schemas the element occurs in (for code lists: the schemas referencing it). */
  readonly schemas: readonly string[];
  /** Files it was found in (relative to the indexed directory). */
  readonly files: readonly string[];
  /** Stemmed words of the label, of the name, and of help text and description. */
  readonly words: {
    readonly label: readonly string[];
    readonly name: readonly string[];
    readonly text: readonly string[];
  };
}

/**
 * A search index.
 *
 * @example
 * ```ts
 * const { index } = await buildSearchIndex('corpus/');
 * index.entries.length;
 * ```
 */
export interface SearchIndex {
  /** Format version of the serialised index. */
  readonly format: 1;
  readonly entries: readonly SearchEntry[];
  /** Indexed files with size and modification time (used to validate a disk cache). */
  readonly files: readonly { readonly file: string; readonly size: number; readonly mtimeMs: number }[];
}

/**
 * Filters of a query; every given filter must match.
 *
 * @example
 * ```ts
 * const f: SearchFilters = { kind: ['field'], status: ['released'], nummernkreis: ['60'], hasCodeList: true };
 * ```
 */
export interface SearchFilters {
  readonly kind?: readonly SearchKind[];
  /** `freigabestatus` codes (`1`–`8`) or `released` (= 4, 5, 6: methodisch or fachlich freigegeben). */
  readonly status?: readonly string[];
  /** `schemaelementart` codes (ABS, HAR, RNG). */
  readonly schemaelementart?: readonly string[];
  /** Nummernkreise (`60`, `00`, `05`, …). */
  readonly nummernkreis?: readonly string[];
  readonly hasCodeList?: boolean;
}

/**
 * One hit.
 *
 * @example
 * ```ts
 * const [best] = search(index, 'Staatsangehörigkeit');
 * best?.entry.key; best?.score;
 * ```
 */
export interface SearchHit {
  readonly entry: SearchEntry;
  readonly score: number;
}
