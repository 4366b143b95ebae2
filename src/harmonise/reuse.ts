/**
 * Reuse metrics over a set of XDatenfelder documents: HAR and BOB shares, own vs foreign Nummernkreis,
 * reuse of elements shared with other schemas, a where-used index and stale references.
 *
 * @module
 */
import { compareVersions } from '../diff/index.js';
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import { documentViews, type ElementView, nummernkreis } from './elements.js';

/**
 * One input of {@link reuseMetrics}: a document and the name it is reported under.
 *
 * @example
 * ```ts
 * const input: NamedDocument = { source: 'schema.xml', document: v3.parse(bytes).value! };
 * ```
 */
export interface NamedDocument {
  readonly source: string;
  readonly document: Xdf3Document;
}

/**
 * Shares over distinct (id, version) fields and groups.
 *
 * @example
 * ```ts
 * const s: ReuseShares = metrics.overall; s.harShare; s.bobShare;
 * ```
 */
export interface ReuseShares {
  /** Distinct fields and groups. */
  readonly elements: number;
  readonly fields: number;
  readonly groups: number;
  /** Elements with `schemaelementart` HAR. */
  readonly har: number;
  /** Elements in Nummernkreis 60 (BOB). */
  readonly bob: number;
  readonly harShare: number;
  readonly bobShare: number;
}

/**
 * The metrics of one schema.
 *
 * @example
 * ```ts
 * metrics.schemas[0]?.foreignNummernkreis; // elements from other Nummernkreise
 * ```
 */
export interface SchemaReuse extends ReuseShares {
  readonly source: string;
  /** `id@version` of the root. */
  readonly key: string;
  readonly bezeichnung: string;
  /** Nummernkreis of the schema id. */
  readonly nummernkreis: string;
  /** Elements in the schema's own Nummernkreis. */
  readonly ownNummernkreis: number;
  /** Elements in another Nummernkreis (BOB included). */
  readonly foreignNummernkreis: number;
  /** Elements per Nummernkreis. */
  readonly byNummernkreis: Readonly<Record<string, number>>;
  /** Elements also used (same id@version) by another schema in the set. */
  readonly sharedWithOthers: number;
  readonly staleReferences: number;
}

/**
 * A use of an element at a version lower than the highest version of the same id in the set.
 *
 * @example
 * ```ts
 * `${s.usedIn} uses ${s.key}, newest is ${s.newest}`;
 * ```
 */
export interface StaleReference {
  readonly key: string;
  readonly id: string;
  readonly version: string;
  /** Highest version of the id in the set (semver order, patch included). */
  readonly newest: string;
  /** The schema (source) that uses the old version. */
  readonly usedIn: string;
  /** Key of the schema or group containing the reference. */
  readonly parent: string;
}

/**
 * Where one element is used.
 *
 * @example
 * ```ts
 * metrics.whereUsed.get('F60000000001@1.0.0')?.schemas.length;
 * ```
 */
export interface WhereUsed {
  readonly key: string;
  readonly kind: 'datenfeld' | 'datenfeldgruppe';
  readonly bezeichnungEingabe: string;
  /** Root keys of the schemas that contain the element (anywhere below). */
  readonly schemas: readonly string[];
  /** Keys of the groups that contain it directly. */
  readonly groups: readonly string[];
}

/**
 * Result of {@link reuseMetrics}.
 *
 * @example
 * ```ts
 * const m = reuseMetrics(docs); m.overall.bobShare; m.stale.length;
 * ```
 */
export interface ReuseMetrics {
  readonly schemas: readonly SchemaReuse[];
  readonly overall: ReuseShares;
  readonly whereUsed: ReadonlyMap<string, WhereUsed>;
  readonly stale: readonly StaleReference[];
}

const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

function shares(views: Iterable<ElementView>): ReuseShares {
  let fields = 0;
  let groups = 0;
  let har = 0;
  let bob = 0;
  for (const v of views) {
    if (v.kind === 'datenfeld') fields++;
    else if (v.kind === 'datenfeldgruppe') groups++;
    else continue;
    if (v.schemaelementart === 'HAR') har++;
    if (nummernkreis(v.id) === '60') bob++;
  }
  const elements = fields + groups;
  return {
    elements,
    fields,
    groups,
    har,
    bob,
    harShare: share(har, elements),
    bobShare: share(bob, elements),
  };
}

/**
 * Computes reuse metrics over a set of documents (XDatenfelder 3.0.0; convert 2.0 first).
 *
 * @example
 * ```ts
 * const m = reuseMetrics([{ source: 'a.xml', document: a }, { source: 'b.xml', document: b }]);
 * m.schemas.map((s) => [s.key, s.harShare, s.bobShare]);
 * ```
 */
export function reuseMetrics(documents: readonly NamedDocument[]): ReuseMetrics {
  const all = new Map<string, ElementView>();
  const newest = new Map<string, string>();
  const where = new Map<
    string,
    { kind: 'datenfeld' | 'datenfeldgruppe'; label: string; schemas: Set<string>; groups: Set<string> }
  >();
  const perDoc = documents.map((d) => ({ source: d.source, views: documentViews(d.document) }));

  for (const { views } of perDoc) {
    const rootKey = views.root?.key ?? '';
    const parents =
      views.root === undefined ? [...views.elements.values()] : [views.root, ...views.elements.values()];
    for (const v of views.elements.values()) {
      if (!all.has(v.key)) all.set(v.key, v);
      if (v.version !== undefined) {
        const n = newest.get(v.id);
        if (n === undefined || compareVersions(v.version, n) > 0) newest.set(v.id, v.version);
      }
    }
    for (const p of parents) {
      for (const c of p.children) {
        let w = where.get(c.key);
        if (w === undefined) {
          const child = views.elements.get(c.key);
          w = { kind: c.kind, label: child?.bezeichnungEingabe ?? '', schemas: new Set(), groups: new Set() };
          where.set(c.key, w);
        }
        w.schemas.add(rootKey);
        if (p.kind === 'datenfeldgruppe') w.groups.add(p.key);
      }
    }
  }

  const stale: StaleReference[] = [];
  const schemas: SchemaReuse[] = perDoc.map(({ source, views }) => {
    const root = views.root;
    const nk = root === undefined ? '' : nummernkreis(root.id);
    const byNummernkreis: Record<string, number> = {};
    let own = 0;
    let sharedWithOthers = 0;
    let staleCount = 0;
    for (const v of views.elements.values()) {
      if (v.kind === 'stammdatenschema') continue;
      const n = nummernkreis(v.id);
      byNummernkreis[n] = (byNummernkreis[n] ?? 0) + 1;
      if (n === nk) own++;
      if ((where.get(v.key)?.schemas.size ?? 0) > 1) sharedWithOthers++;
    }
    const parents = root === undefined ? [...views.elements.values()] : [root, ...views.elements.values()];
    for (const p of parents) {
      for (const c of p.children) {
        const version = views.elements.get(c.key)?.version;
        const top = newest.get(c.id);
        if (version === undefined || top === undefined || compareVersions(version, top) >= 0) continue;
        staleCount++;
        stale.push({ key: c.key, id: c.id, version, newest: top, usedIn: source, parent: p.key });
      }
    }
    const s = shares(views.elements.values());
    return {
      source,
      key: root?.key ?? '',
      bezeichnung: root?.bezeichnungEingabe ?? '',
      nummernkreis: nk,
      ...s,
      ownNummernkreis: own,
      foreignNummernkreis: s.elements - own,
      byNummernkreis,
      sharedWithOthers,
      staleReferences: staleCount,
    };
  });

  const whereUsed = new Map<string, WhereUsed>();
  for (const [key, w] of where) {
    whereUsed.set(key, {
      key,
      kind: w.kind,
      bezeichnungEingabe: w.label,
      schemas: [...w.schemas].sort(),
      groups: [...w.groups].sort(),
    });
  }
  return { schemas, overall: shares(all.values()), whereUsed, stale };
}
