/**
 * Leistungsschlüssel references inside documents (XZuFi, XProzess, XDatenfelder or any XML): find them
 * and rewrite them with a {@link MigrationPlan}.
 *
 * Rewriting works on the bytes: every other byte of the file stays as it was, so a migrated file is
 * canonically (and byte-for-byte) equal to its original apart from the mapped keys. A key is a run of
 * exactly 14 digits (not part of a longer number), bare or in URN form; unmapped runs are reported
 * only when they start with `99` (the federal keys), to keep other numbers out of the report. Files must use an
 * ASCII-compatible encoding (UTF-8, ISO-8859-x); UTF-16 files are reported and left alone.
 *
 * @module
 */

import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { pathOf, readXml, type XmlElement } from '../core/xml/index.js';
import type { MigrationPlan } from './mapping.js';

/**
 * One place a Leistungsschlüssel occurs in a document, and what the plan does with it.
 *
 * @example
 * ```ts
 * const r: KeyReference = { key: '99006028261000', line: 14, column: 14, path: '/prozess/id', action: 'replace', replacement: '99006028262000' };
 * ```
 */
export interface KeyReference {
  readonly key: string;
  /** 1-based line and column of the key's first digit (column in UTF-16 code units for UTF-8 files, else bytes). */
  readonly line: number;
  readonly column: number;
  /** Path of the element whose text or attribute holds the key, where the XML could be read. */
  readonly path?: string;
  /** `replace`: rewritten to `replacement`; `decide`: split, a human picks one of `candidates`; `keep`: not mapped. */
  readonly action: 'replace' | 'decide' | 'keep';
  readonly replacement?: string;
  readonly candidates?: readonly string[];
}

/** What {@link migrateDocument} found and produced for one file. */
export interface DocumentMigration {
  /** Every key found, in document order. */
  readonly references: readonly KeyReference[];
  /** The rewritten bytes (identical to the input when nothing is replaced). */
  readonly bytes: Uint8Array;
  /** True when at least one key was replaced. */
  readonly changed: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

const KEY = /(?<![0-9])[0-9]{14}(?![0-9])/g;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0x00 && bytes[1] === 0x3c) ||
    (bytes[0] === 0x3c && bytes[1] === 0x00)
  );
}

/** Element paths of the keys in document order (text and attribute values), per key. */
function elementPaths(bytes: Uint8Array): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  const stack: XmlElement[] = [];
  const add = (value: string, path: () => string) => {
    if (value.length < 14) return;
    for (const m of value.matchAll(KEY)) paths.set(m[0], [...(paths.get(m[0]) ?? []), path()]);
  };
  readXml(bytes, {
    openElement(el) {
      stack.push(el);
      for (const a of el.attributes) add(a.value, () => `${pathOf(stack)}/@${a.local}`);
    },
    closeElement() {
      stack.pop();
    },
    text(value) {
      add(value, () => pathOf(stack));
    },
  });
  return paths;
}

/**
 * Finds every Leistungsschlüssel in a document and, with `write`, replaces those the plan maps
 * unambiguously (renames, merges). Split keys are reported with action `decide` and left unchanged;
 * `leika/migrate-split-decision` says so. Running it again on its own output changes nothing more,
 * because a checked plan has no chains.
 *
 * @example
 * ```ts
 * const m = migrateDocument(await readFile('leistung.xml'), plan);
 * if (m.changed) await writeFile('out/leistung.xml', m.bytes);
 * ```
 */
export function migrateDocument(bytes: Uint8Array, plan: MigrationPlan): DocumentMigration {
  if (isUtf16(bytes)) {
    return {
      references: [],
      bytes,
      changed: false,
      diagnostics: [
        diagnostic(
          'warning',
          'leika/migrate-utf16',
          'UTF-16 files are not migrated; convert them to UTF-8 first',
          'leika',
        ),
      ],
    };
  }
  const hits = keyRuns(bytes, plan);
  if (hits.length === 0) return { references: [], bytes, changed: false, diagnostics: [] };
  const utf8 = isUtf8(bytes);
  const decoder = new TextDecoder();
  const paths = elementPaths(bytes);
  const used = new Map<string, number>();
  const references: KeyReference[] = [];
  const diagnostics: Diagnostic[] = [];
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  let last = 0;
  for (const { key, offset, line, lineStart } of hits) {
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const path = paths.get(key)?.[n];
    const prefix = bytes.subarray(lineStart, offset);
    const column = (utf8 ? decoder.decode(prefix).length : prefix.length) + 1;
    const where = { line, column, ...(path === undefined ? {} : { path }) };
    const replacement = plan.replace.get(key);
    const candidates = plan.split.get(key);
    if (replacement !== undefined) {
      references.push({ key, ...where, action: 'replace', replacement });
      parts.push(bytes.subarray(last, offset), encoder.encode(replacement));
      last = offset + key.length;
    } else if (candidates !== undefined) {
      references.push({ key, ...where, action: 'decide', candidates });
      diagnostics.push(
        diagnostic(
          'warning',
          'leika/migrate-split-decision',
          `${key} was split into ${candidates.join(', ')}; choose the right key by hand`,
          'leika',
          where,
        ),
      );
    } else references.push({ key, ...where, action: 'keep' });
  }
  if (parts.length === 0) return { references, bytes, changed: false, diagnostics };
  parts.push(bytes.subarray(last));
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return { references, bytes: out, changed: true, diagnostics };
}

/** Runs of exactly 14 ASCII digits that are mapped or start with 99, with their line. */
function keyRuns(
  bytes: Uint8Array,
  plan: MigrationPlan,
): { key: string; offset: number; line: number; lineStart: number }[] {
  const hits: { key: string; offset: number; line: number; lineStart: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let runStart = -1;
  let runLine = 1;
  let runLineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] ?? 0) : 0;
    if (b >= 0x30 && b <= 0x39) {
      if (runStart < 0) {
        runStart = i;
        runLine = line;
        runLineStart = lineStart;
      }
      continue;
    }
    if (runStart >= 0 && i - runStart === 14) {
      let key = '';
      for (let j = runStart; j < i; j++) key += String.fromCharCode(bytes[j] ?? 0);
      if (key.startsWith('99') || plan.replace.has(key) || plan.split.has(key)) {
        hits.push({ key, offset: runStart, line: runLine, lineStart: runLineStart });
      }
    }
    runStart = -1;
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return hits;
}
