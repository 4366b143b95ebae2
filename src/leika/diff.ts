/**
 * Release diff of two LeiKa catalogues: keys added, removed, renamed, split and merged, and changed
 * texts or Typisierung of keys present in both.
 *
 * Keys are matched by Leistungsschlüssel (STYLE.md §10). Among the keys that disappear and appear,
 * successors are recognised as follows:
 * - **renamed**: exactly one new key carries the same Bezeichnung (compared case- and
 *   whitespace-insensitively) as the removed key;
 * - **split**: two or more new keys are related to one removed key;
 * - **merged**: two or more removed keys are related to one new key;
 *
 * where "related" means: the more specific key lies below the more general one in the key hierarchy
 * (same Leistungsobjekt, or same Leistungsobjekt mit Verrichtung), or its Bezeichnung starts with the
 * general one's Bezeichnung, or one lists the other's Bezeichnung among its Synonyme.
 *
 * @module
 */

import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import type { LeikaEintrag, LeikaKatalog } from './catalogue.js';
import { parseLeistungsschluessel } from './key.js';

/** A text field compared by {@link diffCatalogues}. */
export type LeikaTextFeld =
  | 'bezeichnung'
  | 'bezeichnung2'
  | 'leistungsgruppierung'
  | 'leistungskennung'
  | 'verrichtung'
  | 'verrichtungsdetail'
  | 'besondereMerkmale'
  | 'synonyme';

/**
 * One change between two catalogue releases.
 *
 * @example
 * ```ts
 * const c: LeikaAenderung = { kind: 'renamed', from: '99001001001000', to: '99001001002000', bezeichnung: 'X' };
 * ```
 */
export type LeikaAenderung =
  | { readonly kind: 'added'; readonly schluessel: string; readonly bezeichnung: string }
  | { readonly kind: 'removed'; readonly schluessel: string; readonly bezeichnung: string }
  | { readonly kind: 'renamed'; readonly from: string; readonly to: string; readonly bezeichnung: string }
  | { readonly kind: 'split'; readonly from: string; readonly to: readonly string[] }
  | { readonly kind: 'merged'; readonly from: readonly string[]; readonly to: string }
  | {
      readonly kind: 'text-changed';
      readonly schluessel: string;
      readonly field: LeikaTextFeld;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'typisierung-changed';
      readonly schluessel: string;
      readonly before: readonly string[];
      readonly after: readonly string[];
    };

/** The result of {@link diffCatalogues}. */
export interface LeikaDiff {
  /** Changes in order: renamed, split, merged, removed, added, then per common key text/Typisierung changes. */
  readonly changes: readonly LeikaAenderung[];
  /** Duplicate keys in either release (`leika/diff-duplicate-key`); the first entry is used. */
  readonly diagnostics: readonly Diagnostic[];
}

const TEXT_FIELDS: readonly LeikaTextFeld[] = [
  'bezeichnung',
  'bezeichnung2',
  'leistungsgruppierung',
  'leistungskennung',
  'verrichtung',
  'verrichtungsdetail',
  'besondereMerkmale',
  'synonyme',
];

function norm(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function index(katalog: LeikaKatalog, release: string, diagnostics: Diagnostic[]): Map<string, LeikaEintrag> {
  const map = new Map<string, LeikaEintrag>();
  for (const e of katalog.eintraege) {
    if (map.has(e.schluessel)) {
      diagnostics.push(
        diagnostic(
          'warning',
          'leika/diff-duplicate-key',
          `Leistungsschlüssel ${e.schluessel} appears more than once in the ${release} release; the first entry is compared`,
          'leika',
        ),
      );
    } else map.set(e.schluessel, e);
  }
  return map;
}

function below(general: string, specific: string): boolean {
  const g = parseLeistungsschluessel(general).value;
  const s = parseLeistungsschluessel(specific).value;
  if (g === undefined || s === undefined || g.schluessel === s.schluessel) return false;
  if (g.typ === 'lo') return s.leistungsobjektSchluessel === g.schluessel;
  if (g.typ === 'lov') return s.leistungsobjektMitVerrichtungSchluessel === g.schluessel;
  return false;
}

/** True when `specific` is a plausible part of `general` (or the other way round via Synonyme). */
function related(general: LeikaEintrag, specific: LeikaEintrag): boolean {
  if (below(general.schluessel, specific.schluessel)) return true;
  const g = norm(general.bezeichnung);
  const s = norm(specific.bezeichnung);
  if (g !== '' && s.startsWith(g)) return true;
  if (specific.synonyme.some((x) => norm(x) === g)) return true;
  return general.synonyme.some((x) => norm(x) === s);
}

function fieldText(e: LeikaEintrag, f: LeikaTextFeld): string {
  const v = e[f];
  if (v === undefined) return '';
  return typeof v === 'string' ? v : v.join(' | ');
}

/**
 * Compares two releases of the LeiKa catalogue.
 *
 * @example
 * ```ts
 * const { changes } = diffCatalogues(release2024, release2025);
 * changes.filter((c) => c.kind === 'split'); // [{ kind: 'split', from: '…', to: ['…', '…'] }]
 * ```
 */
export function diffCatalogues(before: LeikaKatalog, after: LeikaKatalog): LeikaDiff {
  const diagnostics: Diagnostic[] = [];
  const oldMap = index(before, 'old', diagnostics);
  const newMap = index(after, 'new', diagnostics);
  const removed = [...oldMap.values()].filter((e) => !newMap.has(e.schluessel));
  const added = [...newMap.values()].filter((e) => !oldMap.has(e.schluessel));
  const usedOld = new Set<string>();
  const usedNew = new Set<string>();
  const changes: LeikaAenderung[] = [];

  for (const o of removed) {
    const same = added.filter(
      (n) => !usedNew.has(n.schluessel) && norm(n.bezeichnung) === norm(o.bezeichnung),
    );
    const [n] = same;
    if (same.length === 1 && n !== undefined) {
      changes.push({ kind: 'renamed', from: o.schluessel, to: n.schluessel, bezeichnung: n.bezeichnung });
      usedOld.add(o.schluessel);
      usedNew.add(n.schluessel);
    }
  }
  for (const o of removed) {
    if (usedOld.has(o.schluessel)) continue;
    const parts = added.filter((n) => !usedNew.has(n.schluessel) && related(o, n));
    if (parts.length >= 2) {
      changes.push({ kind: 'split', from: o.schluessel, to: parts.map((n) => n.schluessel) });
      usedOld.add(o.schluessel);
      for (const n of parts) usedNew.add(n.schluessel);
    }
  }
  for (const n of added) {
    if (usedNew.has(n.schluessel)) continue;
    const parts = removed.filter((o) => !usedOld.has(o.schluessel) && related(n, o));
    if (parts.length >= 2) {
      changes.push({ kind: 'merged', from: parts.map((o) => o.schluessel), to: n.schluessel });
      usedNew.add(n.schluessel);
      for (const o of parts) usedOld.add(o.schluessel);
    }
  }
  for (const o of removed) {
    if (!usedOld.has(o.schluessel)) {
      changes.push({ kind: 'removed', schluessel: o.schluessel, bezeichnung: o.bezeichnung });
    }
  }
  for (const n of added) {
    if (!usedNew.has(n.schluessel)) {
      changes.push({ kind: 'added', schluessel: n.schluessel, bezeichnung: n.bezeichnung });
    }
  }
  for (const [key, o] of oldMap) {
    const n = newMap.get(key);
    if (n === undefined) continue;
    for (const f of TEXT_FIELDS) {
      const a = fieldText(o, f);
      const b = fieldText(n, f);
      if (a !== b) changes.push({ kind: 'text-changed', schluessel: key, field: f, before: a, after: b });
    }
    if (o.typ.join(';') !== n.typ.join(';')) {
      changes.push({ kind: 'typisierung-changed', schluessel: key, before: o.typ, after: n.typ });
    }
  }
  return { changes, diagnostics };
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Renders a release diff as Markdown: one section per kind of change, each a table.
 *
 * @example
 * ```ts
 * await writeFile('leika-diff.md', diffToMarkdown(diffCatalogues(a, b)));
 * ```
 */
export function diffToMarkdown(diff: LeikaDiff): string {
  const out: string[] = ['# LeiKa release diff', ''];
  const section = (title: string, header: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    out.push(
      `## ${title} (${rows.length})`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => ' --- |').join('')}`,
    );
    for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
    out.push('');
  };
  const of = <K extends LeikaAenderung['kind']>(kind: K) =>
    diff.changes.filter((c): c is Extract<LeikaAenderung, { kind: K }> => c.kind === kind);
  section(
    'Renamed',
    ['old key', 'new key', 'Bezeichnung'],
    of('renamed').map((c) => [c.from, c.to, c.bezeichnung]),
  );
  section(
    'Split',
    ['old key', 'new keys'],
    of('split').map((c) => [c.from, c.to.join(', ')]),
  );
  section(
    'Merged',
    ['old keys', 'new key'],
    of('merged').map((c) => [c.from.join(', '), c.to]),
  );
  section(
    'Removed',
    ['key', 'Bezeichnung'],
    of('removed').map((c) => [c.schluessel, c.bezeichnung]),
  );
  section(
    'Added',
    ['key', 'Bezeichnung'],
    of('added').map((c) => [c.schluessel, c.bezeichnung]),
  );
  section(
    'Text changes',
    ['key', 'field', 'before', 'after'],
    of('text-changed').map((c) => [c.schluessel, c.field, c.before, c.after]),
  );
  section(
    'Typisierung changes',
    ['key', 'before', 'after'],
    of('typisierung-changed').map((c) => [c.schluessel, c.before.join(';'), c.after.join(';')]),
  );
  if (diff.changes.length === 0) out.push('No changes.', '');
  return out.join('\n');
}
