/**
 * The element × variant matrix of a process harmonisation report: one row per Stamm element and per
 * local addition (equivalent additions of several variants share a row), one cell per variant.
 *
 * @module
 */
import type { ElementStatus } from '../classify.js';
import type { ProcessDifference } from './compare.js';
import type { ProcessHarmonisationReport } from './harmonise.js';
import type { ProcessElementKind } from './model.js';

/**
 * One cell: the element's status in one variant (absent: not in that variant).
 *
 * @example
 * ```ts
 * const c: MatrixCell = { status: 'adapted', differences: [{ property: 'name', before: 'a', after: 'b' }] };
 * ```
 */
export interface MatrixCell {
  readonly status?: ElementStatus;
  readonly differences: readonly ProcessDifference[];
  readonly violation: boolean;
}

/**
 * One row of the matrix.
 *
 * @example
 * ```ts
 * statusMatrix(report).filter((r) => r.origin === 'lokal');
 * ```
 */
export interface MatrixRow {
  readonly kind: ProcessElementKind;
  /** Stamm key, or the cluster signature for local additions. */
  readonly key: string;
  readonly name: string;
  readonly origin: 'stamm' | 'lokal';
  readonly mandatory?: boolean;
  /** One per variant, in report order. */
  readonly cells: readonly MatrixCell[];
}

const ORDER: readonly ProcessElementKind[] = [
  'prozessklasse',
  'schritt',
  'handlungsgrundlage',
  'daten',
  'teilnehmer',
];

/**
 * The matrix (empty when the report was made with `keepElements: false`). Rows are grouped by kind
 * (Prozessklasse, steps in flow order, Handlungsgrundlagen, data, participants), Stamm elements first.
 *
 * @example
 * ```ts
 * for (const row of statusMatrix(report)) console.log(row.name, row.cells.map((c) => c.status ?? '-'));
 * ```
 */
export function statusMatrix(report: ProcessHarmonisationReport): MatrixRow[] {
  if (report.variants.some((v) => v.elements === undefined)) return [];
  const n = report.variants.length;
  const empty: MatrixCell = { differences: [], violation: false };
  const stammRows = new Map<string, { row: MatrixRow; cells: MatrixCell[] }>();
  for (const e of report.stamm.elements) {
    const cells: MatrixCell[] = new Array(n).fill(empty);
    stammRows.set(e.key, {
      row: {
        kind: e.kind,
        key: e.key,
        name: e.name,
        origin: 'stamm',
        ...(e.mandatory === undefined ? {} : { mandatory: e.mandatory }),
        cells,
      },
      cells,
    });
  }
  const localRows = new Map<string, { row: MatrixRow; cells: MatrixCell[] }>();
  report.variants.forEach((v, i) => {
    const broken = new Set(v.violations.map((x) => x.elementKey));
    for (const e of v.elements ?? []) {
      if (e.kind === 'prozess') continue;
      const cell: MatrixCell = {
        status: e.status,
        differences: e.differences,
        violation: broken.has(e.stammKey ?? e.key),
      };
      if (e.status === 'added') {
        const sig = e.signature ?? e.key;
        let r = localRows.get(sig);
        if (r === undefined) {
          const cells: MatrixCell[] = new Array(n).fill(empty);
          r = { row: { kind: e.kind, key: sig, name: e.name, origin: 'lokal', cells }, cells };
          localRows.set(sig, r);
        }
        r.cells[i] = cell;
      } else {
        const r = stammRows.get(e.stammKey ?? e.key);
        if (r !== undefined) r.cells[i] = cell;
      }
    }
  });
  const rows = [...stammRows.values(), ...localRows.values()].map((r) => r.row);
  const rank = (r: MatrixRow) => ORDER.indexOf(r.kind) * 2 + (r.origin === 'stamm' ? 0 : 1);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
}
