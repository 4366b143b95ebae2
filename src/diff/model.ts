/**
 * The data of the diff engine: a keyed tree (what every artefact adapter produces) and the versioned
 * diff format (documented in `docs/diff-format.md`). Plain data only; the engine never sees XML.
 *
 * @module
 */

/**
 * A JSON value: what node properties, `before` and `after` hold.
 *
 * @example
 * ```ts
 * const v: Json = { code: '1', names: ['ja'] };
 * ```
 */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * A relevance level as the FIM comparison ("VergleichsGrad") uses it: 0 all differences, 1 without
 * history and status, 2 also without descriptive metadata, 3 structure and data types only.
 *
 * @example
 * ```ts
 * const level: Level = 3; // structure and data types only
 * ```
 */
export type Level = 0 | 1 | 2 | 3;

/**
 * A reference from a parent to a child node in one ordered slot (`struktur`, `regel`, ...), with the
 * properties that belong to the reference rather than to the child (cardinality, legal reference).
 *
 * @example
 * ```ts
 * const ref: ChildRef = { key: 'F60000000339@1.0.0', props: { anzahl: '0:1' } };
 * ```
 */
export interface ChildRef {
  /** Key of the child node. */
  readonly key: string;
  /** Properties of the reference itself. */
  readonly props: Readonly<Record<string, Json>>;
}

/**
 * One identified element of an artefact: an XDatenfelder field, group, schema or rule, later an XZuFi
 * module or an XProzess activity.
 *
 * @example
 * ```ts
 * const node: KeyedNode = {
 *   key: 'F60000000339@1.0.0', type: 'field', id: 'F60000000339', version: '1.0.0',
 *   props: { name: 'Familienname' }, slots: {},
 * };
 * ```
 */
export interface KeyedNode {
  /** Unique key in its tree: `id@version`, with a `~n` suffix for a differing duplicate. */
  readonly key: string;
  /** Element type, e.g. `schema`, `group`, `field`, `rule`, `message`. */
  readonly type: string;
  /** Identifier. */
  readonly id: string;
  /** Version, when the element has one. */
  readonly version?: string;
  /** The element's own content, one entry per model field (never its children). */
  readonly props: Readonly<Record<string, Json>>;
  /** Ordered child references per slot. */
  readonly slots: Readonly<Record<string, readonly ChildRef[]>>;
}

/**
 * An artefact as the engine sees it: nodes by key plus the root key.
 *
 * @example
 * ```ts
 * const tree: KeyedTree = { root: 'message', nodes: new Map([['message', rootNode]]) };
 * ```
 */
export interface KeyedTree {
  /** Key of the root node. */
  readonly root: string;
  /** All nodes by key. */
  readonly nodes: ReadonlyMap<string, KeyedNode>;
}

/**
 * How a node on the right was paired with a node on the left.
 *
 * @example
 * ```ts
 * const by: MatchMethod = 'derivation';
 * ```
 */
export type MatchMethod = 'root' | 'id' | 'version' | 'derivation' | 'similarity';

/**
 * The change kinds (see `docs/diff-format.md`).
 *
 * @example
 * ```ts
 * CHANGE_KINDS.includes('moved'); // true
 * ```
 */
export const CHANGE_KINDS = [
  'added',
  'removed',
  'changed',
  'reidentified',
  'moved',
  'reordered',
  'cardinalityWidened',
  'cardinalityNarrowed',
  'constraintWidened',
  'constraintNarrowed',
  'valuesChanged',
  'ruleChanged',
] as const;

/**
 * A change kind.
 *
 * @example
 * ```ts
 * const kind: ChangeKind = 'cardinalityWidened';
 * ```
 */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Where a reference sits: the parent node and slot, and the position in it.
 *
 * @example
 * ```ts
 * const at: RefPlace = { key: 'G1@1.0.0', id: 'G1', slot: 'struktur', index: 2 };
 * ```
 */
export interface RefPlace {
  /** Parent node key. */
  readonly key: string;
  /** Parent id (for readers). */
  readonly id: string;
  /** Slot name (`struktur`, `regel`). */
  readonly slot: string;
  /** Position in the slot (left side for removals, right side for insertions). */
  readonly index: number;
}

/**
 * Value details of a Werteliste change: codes added and removed, codes whose name changed.
 *
 * @example
 * ```ts
 * const d: ValueDetails = { added: ['003'], removed: [], renamed: [{ code: '001', before: 'ja', after: 'Ja' }] };
 * ```
 */
export interface ValueDetails {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly renamed: readonly { readonly code: string; readonly before: string; readonly after: string }[];
}

/**
 * One change. Node changes (`added`/`removed` without `parent`, property changes, `reidentified`) name
 * the element; reference changes (`added`/`removed` with `parent`, `moved`, `reordered`, cardinality)
 * name the child and its parent.
 *
 * @example
 * ```ts
 * const c: Change = {
 *   kind: 'changed', elementType: 'field', key: 'F1@1.1.0', id: 'F1', version: '1.1.0',
 *   path: '/S1/F1', level: 2, property: 'bezeichnungEingabe', before: 'Name', after: 'Familienname',
 * };
 * ```
 */
export interface Change {
  readonly kind: ChangeKind;
  /** Type of the element the change is about (for `reordered`: the parent). */
  readonly elementType: string;
  /** Node key on the right side (left side for removals). */
  readonly key: string;
  /** Node key on the left side when it differs from `key` (version bump, new id). */
  readonly previousKey?: string;
  readonly id: string;
  readonly version?: string;
  /** Ids from the root to the element, `/`-separated (right side, left side for removals). */
  readonly path: string;
  /** The highest relevance level at which the change is still reported. */
  readonly level: Level;
  /** Changed property (node property, or `ref.<name>` for a reference property, or the slot). */
  readonly property?: string;
  readonly before?: Json;
  readonly after?: Json;
  /** The reference place (left side) for reference removals and moves. */
  readonly from?: RefPlace;
  /** The reference place (right side) for reference insertions, moves and reference property changes. */
  readonly to?: RefPlace;
  /** How the element was paired, when not by identical key. */
  readonly match?: { readonly by: MatchMethod; readonly score?: number };
  /** Werteliste details of a `valuesChanged` change. */
  readonly values?: ValueDetails;
}

/**
 * Counts of a diff.
 *
 * @example
 * ```ts
 * diff.summary.byKind.added; // 3
 * ```
 */
export interface DiffSummary {
  readonly total: number;
  readonly byKind: Readonly<Partial<Record<ChangeKind, number>>>;
  readonly byElementType: Readonly<Record<string, number>>;
  /** Elements (node level) added, removed and changed. */
  readonly elements: { readonly added: number; readonly removed: number; readonly changed: number };
}

/**
 * Describes one side of a diff.
 *
 * @example
 * ```ts
 * const side: DiffSide = { standard: 'xdatenfelder', version: '3.0.0', message: 'xdatenfelder.stammdatenschema.0102', id: 'S1' };
 * ```
 */
export interface DiffSide {
  readonly standard: string;
  readonly version: string;
  readonly message: string;
  /** Id of the main element. */
  readonly id: string;
  readonly elementVersion?: string;
  /** File name, when known. */
  readonly source?: string;
}

/**
 * The format version this library writes and reads.
 *
 * @example
 * ```ts
 * if (diff.formatVersion !== DIFF_FORMAT_VERSION) throw new Error('unsupported diff');
 * ```
 */
export const DIFF_FORMAT_VERSION = 1;

/**
 * A diff between two artefacts, as written to JSON (`docs/diff-format.md`).
 *
 * @example
 * ```ts
 * const d = diffXdatenfelder(a, b);
 * if (d.changes.length === 0) console.log('identical');
 * ```
 */
export interface Diff {
  readonly format: 'fimkit-diff';
  readonly formatVersion: typeof DIFF_FORMAT_VERSION;
  /** The level the changes were filtered at (0 = complete, the only level `patch` accepts). */
  readonly level: Level;
  readonly left: DiffSide;
  readonly right: DiffSide;
  readonly changes: readonly Change[];
  readonly summary: DiffSummary;
}
