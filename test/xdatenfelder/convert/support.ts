/**
 * Helpers for the conversion tests: the FIM-XSLT oracle index, genericode loading for the resolver, and
 * tree walks over v2/v3 models.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeListEntries, columnIds, parseCodeList, rowValues } from '../../../src/codelist/index.js';
import type { CodelisteLookup, CodelisteWert } from '../../../src/xdatenfelder/convert-v2-v3.js';
import type * as V2 from '../../../src/xdatenfelder/v2/index.js';
import type * as V3 from '../../../src/xdatenfelder/v3/index.js';
import { sharedDir } from '../../support/shared.js';

export const oracleDir = path.join(sharedDir, 'oracle/fim-xslt/convert');

export interface OracleCase {
  readonly key: string;
  readonly input: string;
  readonly output: string;
  readonly codelistsProvided: Readonly<Record<string, string>>;
}

/** The oracle cases (empty when ../shared is missing). */
export function oracleCases(): OracleCase[] {
  const file = path.join(oracleDir, 'index.json');
  if (!existsSync(file)) return [];
  const index = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    { input: string; json: string; output: string }
  >;
  return Object.entries(index).map(([key, v]) => {
    const meta = JSON.parse(readFileSync(path.join(oracleDir, v.json), 'utf8')) as {
      codelistsProvided: Record<string, string>;
    };
    return {
      key,
      input: path.join(sharedDir, '..', v.input),
      output: path.join(oracleDir, v.output),
      codelistsProvided: meta.codelistsProvided,
    };
  });
}

/**
 * A resolver that serves the genericode files the oracle was given, keyed by XDF2 code list id (the
 * oracle looked them up as `<id>_genericode.xml`). Columns: `code`, `name`, the first other column as `hilfe`.
 */
export function resolverFor(c: OracleCase): (ref: CodelisteLookup) => CodelisteWert[] | undefined {
  const cache = new Map<string, CodelisteWert[]>();
  return (ref) => {
    const rel = c.codelistsProvided[ref.id];
    if (rel === undefined) return undefined;
    let values = cache.get(rel);
    if (values === undefined) {
      const list = parseCodeList(readFileSync(path.join(sharedDir, '..', rel))).value;
      if (list === undefined || list.ColumnSet === undefined) return undefined;
      const columns = columnIds(list.ColumnSet);
      const other = columns.find((id) => id !== 'code' && id !== 'name');
      values = codeListEntries(list, { codeColumn: 'code', nameColumn: 'name' }).map((e) => {
        const hilfe = other === undefined ? undefined : rowValues(columns, e.row).get(other)?.SimpleValue;
        return { code: e.code, name: e.name ?? '', ...(hilfe === undefined ? {} : { hilfe }) };
      });
      cache.set(rel, values);
    }
    return values;
  };
}

/** One element of a walked tree. */
export interface Walked<E> {
  readonly kind: 'stammdatenschema' | 'datenfeldgruppe' | 'datenfeld' | 'regel';
  readonly depth: number;
  readonly element: E;
}

type AnyGroup3 = { regel: readonly V3.Regel[]; struktur: readonly V3.Struktur[] };

/** All elements of a v3 Stammdatenschema in document order (schema, its rules, then the tree). */
export function walkV3(
  schema: V3.Stammdatenschema,
): Walked<V3.Stammdatenschema | V3.Datenfeldgruppe | V3.Datenfeld | V3.Regel>[] {
  const out: Walked<V3.Stammdatenschema | V3.Datenfeldgruppe | V3.Datenfeld | V3.Regel>[] = [];
  const group = (g: AnyGroup3, depth: number) => {
    for (const r of g.regel) out.push({ kind: 'regel', depth: depth + 1, element: r });
    for (const s of g.struktur) {
      const e = s.enthaelt;
      if (e.datenfeld !== undefined) {
        out.push({ kind: 'datenfeld', depth: depth + 1, element: e.datenfeld });
        for (const r of e.datenfeld.regel) out.push({ kind: 'regel', depth: depth + 2, element: r });
      } else {
        out.push({ kind: 'datenfeldgruppe', depth: depth + 1, element: e.datenfeldgruppe });
        group(e.datenfeldgruppe, depth + 1);
      }
    }
  };
  out.push({ kind: 'stammdatenschema', depth: 0, element: schema });
  group(schema, 0);
  return out;
}

type AnyGroup2 = { regel: readonly V2.Regel[]; struktur: readonly V2.Struktur[] };

/** All elements of a v2 Stammdatenschema in document order. */
export function walkV2(
  schema: V2.Stammdatenschema,
): Walked<V2.Stammdatenschema | V2.Datenfeldgruppe | V2.Datenfeld | V2.Regel>[] {
  const out: Walked<V2.Stammdatenschema | V2.Datenfeldgruppe | V2.Datenfeld | V2.Regel>[] = [];
  const group = (g: AnyGroup2, depth: number) => {
    for (const r of g.regel) out.push({ kind: 'regel', depth: depth + 1, element: r });
    for (const s of g.struktur) {
      const e = s.enthaelt;
      if (e.datenfeld !== undefined) {
        out.push({ kind: 'datenfeld', depth: depth + 1, element: e.datenfeld });
        for (const r of e.datenfeld.regel) out.push({ kind: 'regel', depth: depth + 2, element: r });
      } else {
        out.push({ kind: 'datenfeldgruppe', depth: depth + 1, element: e.datenfeldgruppe });
        group(e.datenfeldgruppe, depth + 1);
      }
    }
  };
  out.push({ kind: 'stammdatenschema', depth: 0, element: schema });
  group(schema, 0);
  return out;
}

/** `kind depth id@version` lines: ids, versions and the parent-child structure in one comparable list. */
export function treeLines(
  walked: readonly Walked<{ identifikation: { id: string; version?: string } }>[],
): string[] {
  return walked.map(
    (w) => `${w.kind} ${w.depth} ${w.element.identifikation.id}@${w.element.identifikation.version ?? '-'}`,
  );
}
