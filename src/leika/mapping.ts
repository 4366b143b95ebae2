/**
 * Key migration mappings: read (CSV `old,new,kind` or JSON), check, turn into a plan, invert.
 *
 * @module
 */

import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import { readCsv } from './csv.js';
import { parseLeistungsschluessel } from './key.js';

/** How an old key relates to its new key(s). */
export type MappingKind = 'rename' | 'split' | 'merge';

/**
 * One row of a mapping file: one old-new pair.
 *
 * @example
 * ```ts
 * const row: MappingRow = { old: '99001001001000', new: '99001001002000', kind: 'rename', line: 2 };
 * ```
 */
export interface MappingRow {
  readonly old: string;
  readonly new: string;
  readonly kind: MappingKind;
  /** 1-based line in the CSV file (JSON: the 1-based row number). */
  readonly line?: number;
}

/**
 * A checked mapping: unambiguous replacements (renames and merges) and splits, whose target a human
 * must choose.
 *
 * @example
 * ```ts
 * plan.replace.get('99001001001000'); // '99001001002000'
 * plan.split.get('99002001001000'); // ['99002001001001', '99002001001002']
 * ```
 */
export interface MigrationPlan {
  /** old key -> new key, from rename and merge rows. */
  readonly replace: ReadonlyMap<string, string>;
  /** old key -> candidate new keys, from split rows. */
  readonly split: ReadonlyMap<string, readonly string[]>;
}

const KINDS = new Set<string>(['rename', 'split', 'merge']);

function row(
  old: string,
  neu: string,
  kind: string,
  line: number,
  diagnostics: Diagnostic[],
): MappingRow | undefined {
  let ok = true;
  for (const [value, column] of [
    [old, 'old'],
    [neu, 'new'],
  ] as const) {
    const parsed = parseLeistungsschluessel(value, { line, path: `/${column}` });
    for (const d of parsed.diagnostics) if (d.severity === 'error') diagnostics.push(d);
    if (parsed.value === undefined) ok = false;
  }
  if (!KINDS.has(kind)) {
    diagnostics.push(
      diagnostic('error', 'leika/map-kind', `kind "${kind}" is not rename, split or merge`, 'leika', {
        line,
        path: '/kind',
      }),
    );
    ok = false;
  }
  return ok ? { old: old.trim(), new: neu.trim(), kind: kind as MappingKind, line } : undefined;
}

/**
 * Reads a mapping file: CSV with the header `old,new,kind` (`,` or `;` separated), or JSON (an array of
 * `{old, new, kind}` objects), chosen by the first non-blank character. Malformed keys, unknown kinds
 * and a wrong header are reported with their line; bad rows are left out.
 *
 * @example
 * ```ts
 * const { value } = parseMapping('old,new,kind\n99001001001000,99001001002000,rename\n');
 * value?.[0]?.kind; // 'rename'
 * ```
 */
export function parseMapping(text: string): Result<MappingRow[]> {
  const diagnostics: Diagnostic[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const rows: MappingRow[] = [];
  if (body.trimStart().startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      diagnostics.push(diagnostic('error', 'leika/map-syntax', (error as Error).message, 'leika'));
      return { value: undefined, diagnostics };
    }
    (data as unknown[]).forEach((item, i) => {
      const o = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const s = (v: unknown) => (typeof v === 'string' ? v : '');
      const r = row(s(o.old), s(o.new), s(o.kind), i + 1, diagnostics);
      if (r !== undefined) rows.push(r);
    });
    return { value: rows, diagnostics };
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const { records, diagnostics: csv } = readCsv(body, separator);
  diagnostics.push(...csv);
  const [header, ...data] = records;
  const names = header?.fields.map((f) => f.value.trim().toLowerCase()) ?? [];
  const io = names.indexOf('old');
  const ineu = names.indexOf('new');
  const ik = names.indexOf('kind');
  if (io < 0 || ineu < 0 || ik < 0) {
    diagnostics.push(
      diagnostic('error', 'leika/map-header', 'the mapping needs the header old,new,kind', 'leika', {
        line: 1,
      }),
    );
    return { value: undefined, diagnostics };
  }
  for (const rec of data) {
    const f = (i: number) => rec.fields[i]?.value ?? '';
    const r = row(f(io), f(ineu), f(ik).trim().toLowerCase(), rec.line, diagnostics);
    if (r !== undefined) rows.push(r);
  }
  return { value: rows, diagnostics };
}

/** Keys known to exist, to check a mapping against (for example the old and new catalogue releases). */
export interface MappingCatalogues {
  /** Keys of the release the documents use now. */
  readonly old?: ReadonlySet<string>;
  /** Keys of the release migrated to. */
  readonly new?: ReadonlySet<string>;
}

/**
 * Checks a mapping and turns it into a {@link MigrationPlan}. Reports (each with the row's line):
 * `leika/map-unknown-old` / `leika/map-unknown-new` (key not in the given release),
 * `leika/map-duplicate-row`, `leika/map-identity` (a key mapped to itself), `leika/map-conflicting-targets`
 * (one old key with several targets that are not all split rows), `leika/map-conflicting-sources`
 * (several old keys renamed to one new key: that is a merge), `leika/map-split-single` (a split with one
 * target), `leika/map-merge-single` (a merge with one source), `leika/map-cycle` and `leika/map-chain`
 * (a target that is itself mapped: applying the mapping twice would change more). The plan is
 * `undefined` when any error was found.
 *
 * @example
 * ```ts
 * const { value: plan, diagnostics } = checkMapping(rows, { old: oldKeys, new: newKeys });
 * ```
 */
export function checkMapping(
  rows: readonly MappingRow[],
  catalogues: MappingCatalogues = {},
): Result<MigrationPlan> {
  const diagnostics: Diagnostic[] = [];
  const at = (r: MappingRow) => (r.line === undefined ? {} : { line: r.line });
  const byOld = new Map<string, MappingRow[]>();
  const byNew = new Map<string, MappingRow[]>();
  const seen = new Set<string>();
  for (const r of rows) {
    const id = `${r.old}>${r.new}`;
    if (seen.has(id)) {
      diagnostics.push(
        diagnostic(
          'warning',
          'leika/map-duplicate-row',
          `${r.old} -> ${r.new} is listed twice`,
          'leika',
          at(r),
        ),
      );
      continue;
    }
    seen.add(id);
    if (r.old === r.new) {
      diagnostics.push(
        diagnostic('warning', 'leika/map-identity', `${r.old} is mapped to itself`, 'leika', at(r)),
      );
      continue;
    }
    if (catalogues.old !== undefined && !catalogues.old.has(r.old)) {
      diagnostics.push(
        diagnostic('error', 'leika/map-unknown-old', `${r.old} is not in the old catalogue`, 'leika', at(r)),
      );
    }
    if (catalogues.new !== undefined && !catalogues.new.has(r.new)) {
      diagnostics.push(
        diagnostic('error', 'leika/map-unknown-new', `${r.new} is not in the new catalogue`, 'leika', at(r)),
      );
    }
    byOld.set(r.old, [...(byOld.get(r.old) ?? []), r]);
    byNew.set(r.new, [...(byNew.get(r.new) ?? []), r]);
  }
  const replace = new Map<string, string>();
  const split = new Map<string, string[]>();
  for (const [old, list] of byOld) {
    const first = list[0];
    if (first === undefined) continue;
    if (list.length > 1 && list.some((r) => r.kind !== 'split')) {
      diagnostics.push(
        diagnostic(
          'error',
          'leika/map-conflicting-targets',
          `${old} is mapped to ${list.map((r) => r.new).join(', ')}; several targets are only allowed for a split`,
          'leika',
          at(list[1] ?? first),
        ),
      );
      continue;
    }
    if (first.kind === 'split') {
      if (list.length === 1) {
        diagnostics.push(
          diagnostic(
            'warning',
            'leika/map-split-single',
            `the split of ${old} has only one target`,
            'leika',
            at(first),
          ),
        );
      }
      split.set(
        old,
        list.map((r) => r.new),
      );
    } else replace.set(old, first.new);
  }
  for (const [neu, list] of byNew) {
    const first = list[0];
    if (first === undefined) continue;
    const renames = list.filter((r) => r.kind === 'rename');
    if (list.length > 1 && renames.length > 0) {
      diagnostics.push(
        diagnostic(
          'error',
          'leika/map-conflicting-sources',
          `${list.map((r) => r.old).join(', ')} are all mapped to ${neu}; use kind merge`,
          'leika',
          at(renames[0] ?? first),
        ),
      );
    }
    const merges = list.filter((r) => r.kind === 'merge');
    const [m] = merges;
    if (merges.length === 1 && m !== undefined) {
      diagnostics.push(
        diagnostic(
          'warning',
          'leika/map-merge-single',
          `the merge into ${neu} has only one source`,
          'leika',
          at(m),
        ),
      );
    }
  }
  // a target that is itself a source: a chain (A->B, B->C) or a cycle (A->B, B->A)
  const reported = new Set<string>();
  for (const r of rows) {
    if (r.old === r.new || !byOld.has(r.new) || reported.has(r.old)) continue;
    const path = [r.old];
    let cur = r.new;
    let cycle = false;
    while (byOld.has(cur) && path.length <= byOld.size) {
      if (path.includes(cur)) {
        cycle = true;
        break;
      }
      path.push(cur);
      cur = byOld.get(cur)?.[0]?.new ?? cur;
    }
    for (const k of path) reported.add(k);
    diagnostics.push(
      cycle
        ? diagnostic(
            'error',
            'leika/map-cycle',
            `the mapping has a cycle: ${[...path, cur].join(' -> ')}`,
            'leika',
            at(r),
          )
        : diagnostic(
            'error',
            'leika/map-chain',
            `${r.new} is both a target and a source (${[...path, cur].join(' -> ')}); map ${r.old} directly to its final key`,
            'leika',
            at(r),
          ),
    );
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { value: failed ? undefined : { replace, split }, diagnostics };
}

/**
 * Inverts a mapping: old and new swap, a split becomes a merge and a merge a split.
 *
 * @example
 * ```ts
 * invertMapping([{ old: 'A', new: 'B', kind: 'rename' }]); // [{ old: 'B', new: 'A', kind: 'rename' }]
 * ```
 */
export function invertMapping(rows: readonly MappingRow[]): MappingRow[] {
  const flip: Record<MappingKind, MappingKind> = { rename: 'rename', split: 'merge', merge: 'split' };
  return rows.map((r) => ({ old: r.new, new: r.old, kind: flip[r.kind] }));
}

/**
 * Writes mapping rows as CSV with the header `old,new,kind`.
 *
 * @example
 * ```ts
 * mappingToCsv([{ old: 'A', new: 'B', kind: 'rename' }]); // 'old,new,kind\nA,B,rename\n'
 * ```
 */
export function mappingToCsv(rows: readonly MappingRow[]): string {
  return `${['old,new,kind', ...rows.map((r) => `${r.old},${r.new},${r.kind}`)].join('\n')}\n`;
}
