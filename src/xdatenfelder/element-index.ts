/**
 * An id-keyed index over an XDatenfelder model, for 2.0 and 3.0 alike: both versions share the element
 * names it reads (`identifikation{id, version}`, `struktur[]{anzahl, enthaelt{datenfeld | datenfeldgruppe}}`,
 * `regel[]`), so it takes minimal structural inputs and imports neither version folder.
 *
 * It maps `id` + version to the schema, groups, fields, rules and Dokumentsteckbriefe of a message, and
 * rebuilds the `struktur` tree with each `anzahl` parsed. The same id + version may occur many times
 * (a group reused in several places); occurrences with identical content (canonical JSON) count as one,
 * occurrences with different content are kept side by side and reported as
 * `xdatenfelder/conflicting-duplicate` (STYLE.md §10: report duplicates instead of silently keeping one).
 *
 * @module
 */
import type { SourceMap } from '../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { jsonEqual } from '../core/json.js';

export { canonicalJson } from '../core/json.js';

/** `identifikation` / `ElementIdentifikation`: static id plus optional version. */
export interface IndexIdentifikation {
  readonly id: string;
  readonly version?: string | undefined;
}

/** Anything with an `identifikation` (a rule, a Dokumentsteckbrief). */
export interface IndexIdentified {
  readonly identifikation: IndexIdentifikation;
}

/** A schema, group or field as far as the index reads it. */
export interface IndexElement extends IndexIdentified {
  readonly regel?: readonly IndexIdentified[] | undefined;
  readonly struktur?: readonly IndexStruktur[] | undefined;
}

/** A `struktur` entry as far as the index reads it. */
export interface IndexStruktur {
  readonly anzahl: string;
  readonly enthaelt: {
    readonly datenfeld?: IndexElement | undefined;
    readonly datenfeldgruppe?: IndexElement | undefined;
  };
}

/** A message model (2.0 or 3.0) as far as the index reads it: whichever of these members it has. */
export interface IndexMessage {
  readonly stammdatenschema?: IndexElement | undefined;
  readonly datenfeldgruppe?: IndexElement | undefined;
  readonly datenfeld?: IndexElement | undefined;
  readonly dokumentsteckbrief?: IndexIdentified | undefined;
}

/** A parsed `anzahl` (`min:max`, `*` = unbounded). */
export interface Anzahl {
  readonly min: number;
  readonly max: number | 'unbounded';
}

/** Kinds of indexed elements. */
export type IndexedKind =
  | 'stammdatenschema'
  | 'datenfeldgruppe'
  | 'datenfeld'
  | 'regel'
  | 'dokumentsteckbrief';

/** One distinct variant of an id + version. */
export interface IndexEntry<T> {
  readonly kind: IndexedKind;
  /** `id@version` (just `id` when there is no version). */
  readonly key: string;
  /** The first object seen with this content. */
  readonly element: T;
  /** How many times this content occurs in the message. */
  occurrences: number;
}

/** A node of the `struktur` tree. */
export interface StrukturNode {
  readonly kind: 'datenfeld' | 'datenfeldgruppe';
  readonly key: string;
  /** The `anzahl` as written. */
  readonly anzahlText: string;
  /** The parsed `anzahl`; undefined when malformed (and reported). */
  readonly anzahl: Anzahl | undefined;
  readonly element: IndexElement;
  readonly children: readonly StrukturNode[];
}

/** The index of one message. */
export interface ElementIndex {
  /** Schemas by key; more than one entry per key only for conflicting duplicates. */
  readonly schemas: ReadonlyMap<string, readonly IndexEntry<IndexElement>[]>;
  readonly groups: ReadonlyMap<string, readonly IndexEntry<IndexElement>[]>;
  readonly fields: ReadonlyMap<string, readonly IndexEntry<IndexElement>[]>;
  readonly rules: ReadonlyMap<string, readonly IndexEntry<IndexIdentified>[]>;
  readonly dokumentsteckbriefe: ReadonlyMap<string, readonly IndexEntry<IndexIdentified>[]>;
  /** The children of the message's root element (schema or group), as a tree; one node for a field message. */
  readonly tree: readonly StrukturNode[];
  /** Malformed `anzahl` values and conflicting duplicates. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link indexElements}. */
export interface ElementIndexOptions {
  /** Positions of the model's objects, to place diagnostics. */
  readonly sourceMap?: SourceMap | undefined;
}

/**
 * The key of an identification: `id@version`, or `id` when it has no version.
 *
 * @example
 * ```ts
 * elementKey({ id: 'F60000000339', version: '1.0.0' }); // 'F60000000339@1.0.0'
 * ```
 */
export function elementKey(identifikation: IndexIdentifikation): string {
  return identifikation.version === undefined || identifikation.version === ''
    ? identifikation.id
    : `${identifikation.id}@${identifikation.version}`;
}

const ANZAHL = /^(\d+):(\d+|\*)$/;

/**
 * Parses an `anzahl` (`AnzahlString`, `\d+:(\*|\d+)`); undefined when malformed or min > max.
 *
 * @example
 * ```ts
 * parseAnzahl('0:*'); // { min: 0, max: 'unbounded' }
 * parseAnzahl('1'); // undefined
 * ```
 */
export function parseAnzahl(text: string): Anzahl | undefined {
  const m = ANZAHL.exec(text.trim());
  if (m === null) return undefined;
  const min = Number(m[1]);
  const max = m[2] === '*' ? 'unbounded' : Number(m[2]);
  if (max !== 'unbounded' && max < min) return undefined;
  return { min, max };
}

/**
 * Indexes the elements of a message model (XDatenfelder 2.0 or 3.0) by id + version and rebuilds its
 * `struktur` tree. Never throws on content; problems are in `diagnostics`.
 *
 * @example
 * ```ts
 * const { value, sourceMap } = parse(xml); // v2 or v3
 * const index = indexElements(value!.model, { sourceMap });
 * index.fields.get('F60000000339@1.0.0')?.[0]?.element;
 * for (const d of index.diagnostics) console.warn(d.code, d.line, d.message);
 * ```
 */
export function indexElements(message: IndexMessage, options: ElementIndexOptions = {}): ElementIndex {
  const { sourceMap } = options;
  const diagnostics: Diagnostic[] = [];
  const where = (o: object, field?: string) => {
    const at = sourceMap?.positionOf(o, field);
    return { path: sourceMap?.pathOf(o), line: at?.line, column: at?.column };
  };

  const schemas = new Map<string, IndexEntry<IndexElement>[]>();
  const groups = new Map<string, IndexEntry<IndexElement>[]>();
  const fields = new Map<string, IndexEntry<IndexElement>[]>();
  const rules = new Map<string, IndexEntry<IndexIdentified>[]>();
  const dokumentsteckbriefe = new Map<string, IndexEntry<IndexIdentified>[]>();

  /** Adds an occurrence; returns true when it is the first with this content (its children need indexing). */
  const add = <T extends IndexIdentified>(
    map: Map<string, IndexEntry<T>[]>,
    kind: IndexedKind,
    element: T,
  ): boolean => {
    const key = elementKey(element.identifikation);
    const list = map.get(key);
    if (list === undefined) {
      map.set(key, [{ kind, key, element, occurrences: 1 }]);
      return true;
    }
    for (const entry of list) {
      if (entry.element === element || jsonEqual(entry.element, element)) {
        entry.occurrences++;
        return false;
      }
    }
    list.push({ kind, key, element, occurrences: 1 });
    diagnostics.push(
      diagnostic(
        'warning',
        'xdatenfelder/conflicting-duplicate',
        `${kind} ${key} occurs with ${list.length} different contents; all are kept.`,
        'xdatenfelder',
        where(element),
      ),
    );
    return true;
  };

  const addRules = (owner: IndexElement) => {
    for (const r of owner.regel ?? []) add(rules, 'regel', r);
  };

  const walk = (struktur: readonly IndexStruktur[] | undefined): StrukturNode[] => {
    const nodes: StrukturNode[] = [];
    for (const s of struktur ?? []) {
      const anzahl = parseAnzahl(s.anzahl);
      if (anzahl === undefined) {
        diagnostics.push(
          diagnostic(
            'error',
            'xdatenfelder/malformed-anzahl',
            `anzahl "${s.anzahl}" is not min:max (digits, max may be *, min <= max).`,
            'xdatenfelder',
            where(s, 'anzahl'),
          ),
        );
      }
      const field = s.enthaelt.datenfeld;
      const group = s.enthaelt.datenfeldgruppe;
      const element = field ?? group;
      if (element === undefined) continue;
      const kind = field !== undefined ? 'datenfeld' : 'datenfeldgruppe';
      const fresh = add(kind === 'datenfeld' ? fields : groups, kind, element);
      if (fresh) addRules(element);
      nodes.push({
        kind,
        key: elementKey(element.identifikation),
        anzahlText: s.anzahl,
        anzahl,
        element,
        children: walk(element.struktur),
      });
    }
    return nodes;
  };

  let tree: StrukturNode[] = [];
  if (message.stammdatenschema !== undefined) {
    add(schemas, 'stammdatenschema', message.stammdatenschema);
    addRules(message.stammdatenschema);
    tree = walk(message.stammdatenschema.struktur);
  } else if (message.datenfeldgruppe !== undefined) {
    add(groups, 'datenfeldgruppe', message.datenfeldgruppe);
    addRules(message.datenfeldgruppe);
    tree = walk(message.datenfeldgruppe.struktur);
  } else if (message.datenfeld !== undefined) {
    const f = message.datenfeld;
    add(fields, 'datenfeld', f);
    addRules(f);
    tree = [
      {
        kind: 'datenfeld',
        key: elementKey(f.identifikation),
        anzahlText: '1:1',
        anzahl: { min: 1, max: 1 },
        element: f,
        children: [],
      },
    ];
  }
  if (message.dokumentsteckbrief !== undefined && message.stammdatenschema === undefined) {
    add(dokumentsteckbriefe, 'dokumentsteckbrief', message.dokumentsteckbrief);
  }
  return { schemas, groups, fields, rules, dokumentsteckbriefe, tree, diagnostics };
}
