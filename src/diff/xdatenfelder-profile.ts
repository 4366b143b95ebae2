/**
 * The XDatenfelder diff profile: relevance levels exactly as the FIM comparison ("VergleichsGrad")
 * defines them, and the classification of cardinality, constraint, value-list and rule changes.
 *
 * @module
 */
import type { Json, KeyedNode, Level, ValueDetails } from './model.js';
import type { Classified, DiffProfile } from './profile.js';

/**
 * Properties hidden from level 1 on: history and status (level 0 only). Spec: Version, Versionshinweis,
 * Name, Fachlicher Ersteller, Status, Status gesetzt am, Veröffentlichungsdatum, Letzte Änderung; plus
 * their XDatenfelder 2.0/3.0 neighbours `freigabedatum` and `statusGesetztDurch`, the message header and
 * content the XSD does not define.
 *
 * @example
 * ```ts
 * HISTORY_PROPERTIES.has('letzteAenderung'); // true
 * ```
 */
export const HISTORY_PROPERTIES: ReadonlySet<string> = new Set([
  'version',
  'versionshinweis',
  'name',
  'fachlicherErsteller',
  'status',
  'freigabestatus',
  'statusGesetztAm',
  'statusGesetztDurch',
  'veroeffentlichungsdatum',
  'letzteAenderung',
  'freigabedatum',
  'identifikation',
  '$unknownElements',
  '$unknownAttributes',
]);

/**
 * Properties hidden from level 2 on (reported at levels 0 and 1): descriptive metadata. Spec:
 * Stichwörter, Definition, Handlungsgrundlagen (`bezug`), Beschreibung, Änderbarkeit Struktur /
 * Repräsentation, Strukturelementart, Vorbefüllung, Gültig ab/bis, Dokumentsteckbrief, Relationen.
 *
 * @example
 * ```ts
 * DESCRIPTIVE_PROPERTIES.has('definition'); // true
 * ```
 */
export const DESCRIPTIVE_PROPERTIES: ReadonlySet<string> = new Set([
  'stichwort',
  'definition',
  'bezug',
  'beschreibung',
  'ableitungsmodifikationenStruktur',
  'ableitungsmodifikationenRepraesentation',
  'schemaelementart',
  'vorbefuellung',
  'gueltigAb',
  'gueltigBis',
  'dokumentsteckbrief',
  'relation',
]);

/**
 * Properties hidden at level 3 (reported at levels 0–2): labels and help texts.
 *
 * @example
 * ```ts
 * LABEL_PROPERTIES.has('bezeichnungEingabe'); // true
 * ```
 */
export const LABEL_PROPERTIES: ReadonlySet<string> = new Set([
  'bezeichnungEingabe',
  'bezeichnungAusgabe',
  'hilfetextEingabe',
  'hilfetextAusgabe',
  'bezeichnung',
  'hilfetext',
]);

/** Rule properties whose change is a `ruleChanged`. */
const RULE_BODY = new Set(['script', 'skript', 'param', 'ziel', 'fehler', 'typ', 'freitextRegel']);

/**
 * The relevance level of a property change: 0 history and status, 1 descriptive metadata, 2 labels and
 * help texts, 3 everything else (structure and data types). Every property of the message node
 * (header) is level 0.
 *
 * @example
 * ```ts
 * xdfPropertyLevel('field', 'bezeichnungEingabe'); // 2
 * xdfPropertyLevel('field', 'datentyp'); // 3
 * ```
 */
export function xdfPropertyLevel(type: string, property: string): Level {
  if (type === 'message' || HISTORY_PROPERTIES.has(property)) return 0;
  if (DESCRIPTIVE_PROPERTIES.has(property)) return 1;
  if (LABEL_PROPERTIES.has(property)) return 2;
  return 3;
}

interface Bounds {
  readonly min: number;
  readonly max: number;
}

/**
 * Parses an `anzahl` cardinality `min:max` (`*` = unbounded).
 *
 * @example
 * ```ts
 * parseCardinality('0:*'); // { min: 0, max: Infinity }
 * ```
 */
export function parseCardinality(value: Json | undefined): Bounds | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+)\s*:\s*(\d+|\*)\s*$/.exec(value);
  if (m === null) return undefined;
  return { min: Number(m[1]), max: m[2] === '*' ? Number.POSITIVE_INFINITY : Number(m[2]) };
}

/**
 * Whether a change made a constraint wider, narrower, left it the same, or cannot be ordered.
 *
 * @example
 * ```ts
 * const d: Direction = 'narrower';
 * ```
 */
export type Direction = 'wider' | 'narrower' | 'same' | 'unknown';

function combine(ds: readonly Direction[]): Direction {
  const set = new Set(ds.filter((d) => d !== 'same'));
  if (set.size === 0) return 'same';
  if (set.size === 1) return [...set][0]!;
  return 'unknown';
}

/** Direction of a lower bound (lower = wider); absent = unbounded. */
function lower(before: number | undefined, after: number | undefined): Direction {
  const b = before ?? Number.NEGATIVE_INFINITY;
  const a = after ?? Number.NEGATIVE_INFINITY;
  return a === b ? 'same' : a < b ? 'wider' : 'narrower';
}
function upper(before: number | undefined, after: number | undefined): Direction {
  const b = before ?? Number.POSITIVE_INFINITY;
  const a = after ?? Number.POSITIVE_INFINITY;
  return a === b ? 'same' : a > b ? 'wider' : 'narrower';
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

function constraintObject(v: Json | undefined): Record<string, unknown> | undefined {
  if (v === undefined) return {};
  if (typeof v === 'string') {
    if (v.trim() === '') return {};
    try {
      const parsed: unknown = JSON.parse(v);
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/**
 * Direction of a `praezisierung` change (XDF 3 attributes or the XDF 2 JSON text): lengths and value
 * bounds compared numerically, a pattern added narrows, removed widens, changed is unknown.
 *
 * @example
 * ```ts
 * constraintDirection({ maxLength: '50', value: '' }, { maxLength: '20', value: '' }); // 'narrower'
 * ```
 */
export function constraintDirection(before: Json | undefined, after: Json | undefined): Direction {
  const b = constraintObject(before);
  const a = constraintObject(after);
  if (b === undefined || a === undefined) return 'unknown';
  const ds: Direction[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = b[k];
    const y = a[k];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (k === 'minLength' || k === 'minValue') ds.push(numericDirection(lower, x, y));
    else if (k === 'maxLength' || k === 'maxValue') ds.push(numericDirection(upper, x, y));
    else if (k === 'pattern')
      ds.push(x === undefined || x === '' ? 'narrower' : y === undefined || y === '' ? 'wider' : 'unknown');
    else if (k === 'value' && String(x ?? '').trim() === String(y ?? '').trim()) ds.push('same');
    else ds.push('unknown');
  }
  return combine(ds);
}

function numericDirection(
  f: (b: number | undefined, a: number | undefined) => Direction,
  x: unknown,
  y: unknown,
) {
  const bx = num(x);
  const ay = num(y);
  if (Number.isNaN(bx) || Number.isNaN(ay)) return 'unknown';
  return f(bx, ay);
}

/**
 * The values added, removed and renamed between two XDF 3 `werte` lists (matched by `code`).
 *
 * @example
 * ```ts
 * valueDetails({ wert: [{ code: '1', name: 'ja' }] }, { wert: [{ code: '1', name: 'Ja' }] }).renamed.length; // 1
 * ```
 */
export function valueDetails(before: Json | undefined, after: Json | undefined): ValueDetails {
  const list = (v: Json | undefined) => {
    const m = new Map<string, string>();
    const werte =
      v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>).wert : undefined;
    if (Array.isArray(werte)) {
      for (const w of werte as readonly Json[]) {
        if (w !== null && typeof w === 'object' && !Array.isArray(w)) {
          const o = w as Record<string, Json>;
          m.set(String(o.code), String(o.name ?? ''));
        }
      }
    }
    return m;
  };
  const b = list(before);
  const a = list(after);
  return {
    added: [...a.keys()].filter((k) => !b.has(k)),
    removed: [...b.keys()].filter((k) => !a.has(k)),
    renamed: [...a]
      .filter(([k, name]) => b.has(k) && b.get(k) !== name)
      .map(([code, name]) => ({ code, before: b.get(code)!, after: name })),
  };
}

function mediaDirection(before: Json | undefined, after: Json | undefined): Direction {
  const b = new Set(Array.isArray(before) ? (before as readonly Json[]).map(String) : []);
  const a = new Set(Array.isArray(after) ? (after as readonly Json[]).map(String) : []);
  // an empty list allows every type
  if (b.size === 0) return a.size === 0 ? 'same' : 'narrower';
  if (a.size === 0) return 'wider';
  const aHasAll = [...b].every((x) => a.has(x));
  const bHasAll = [...a].every((x) => b.has(x));
  return aHasAll && bHasAll ? 'same' : aHasAll ? 'wider' : bHasAll ? 'narrower' : 'unknown';
}

function constraintKind(d: Direction): Classified {
  return { kind: d === 'wider' ? 'constraintWidened' : d === 'narrower' ? 'constraintNarrowed' : 'changed' };
}

/**
 * Classifies a property change of an XDatenfelder element.
 *
 * @example
 * ```ts
 * classifyXdfProperty(fieldNode, 'maxSize', '1000', '2000').kind; // 'constraintWidened'
 * ```
 */
export function classifyXdfProperty(
  node: KeyedNode,
  property: string,
  before: Json | undefined,
  after: Json | undefined,
): Classified {
  if (node.type === 'rule' && RULE_BODY.has(property)) return { kind: 'ruleChanged' };
  switch (property) {
    case 'praezisierung':
      return constraintKind(constraintDirection(before, after));
    case 'maxSize':
      return constraintKind(upper(num(before), num(after)));
    case 'mediaType':
      return constraintKind(mediaDirection(before, after));
    case 'werte':
      return { kind: 'valuesChanged', values: valueDetails(before, after) };
    case 'codelisteReferenz':
    case 'genericode':
    case 'genericodeIdentification':
      return { kind: 'valuesChanged' };
    default:
      return { kind: 'changed' };
  }
}

/**
 * Classifies a change of a `struktur` reference property: `anzahl` widened or narrowed.
 *
 * @example
 * ```ts
 * classifyXdfRefProperty('struktur', 'anzahl', '1:1', '0:1').kind; // 'cardinalityWidened'
 * ```
 */
export function classifyXdfRefProperty(
  _slot: string,
  property: string,
  before: Json | undefined,
  after: Json | undefined,
): Classified {
  if (property !== 'anzahl') return { kind: 'changed' };
  const b = parseCardinality(before);
  const a = parseCardinality(after);
  if (b === undefined || a === undefined) return { kind: 'changed' };
  const d = combine([lower(b.min, a.min), upper(b.max, a.max)]);
  return {
    kind: d === 'wider' ? 'cardinalityWidened' : d === 'narrower' ? 'cardinalityNarrowed' : 'changed',
  };
}

/**
 * The XDatenfelder profile of the diff engine.
 *
 * @example
 * ```ts
 * const changes = diffTrees(xdfToTree(a).tree, xdfToTree(b).tree, xdatenfelderProfile);
 * ```
 */
export const xdatenfelderProfile: DiffProfile = {
  propertyLevel: xdfPropertyLevel,
  refPropertyLevel: (_slot, property) => (property === 'anzahl' ? 3 : xdfPropertyLevel('struktur', property)),
  classifyProperty: classifyXdfProperty,
  classifyRefProperty: classifyXdfRefProperty,
  derivedFrom(node: KeyedNode) {
    const relations = node.props.relation;
    if (!Array.isArray(relations)) return [];
    const out: { id: string; version?: string }[] = [];
    for (const r of relations as readonly Json[]) {
      const o = r as { praedikat?: { code?: string }; objekt?: { id?: string; version?: string } };
      if (o.praedikat?.code !== 'ABL' || typeof o.objekt?.id !== 'string') continue;
      out.push(
        o.objekt.version === undefined ? { id: o.objekt.id } : { id: o.objekt.id, version: o.objekt.version },
      );
    }
    return out;
  },
  similarityIgnored: HISTORY_PROPERTIES,
};
