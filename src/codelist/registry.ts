/**
 * An offline registry of code lists: load a directory of genericode files (or hand in lists) and resolve
 * references by canonical URI and version, or by canonical version URI.
 *
 * @module
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import { jsonEqual } from '../core/json.js';
import type { CodeList } from './model.js';
import { parseCodeList } from './parse.js';
import type { ChildQualification } from './read-support.js';

/**
 * One list held by a registry, with where it came from.
 *
 * @example
 * ```ts
 * const entry: CodeListRegistryEntry = { list, file: 'codelists/C00000020_genericode.xml' };
 * ```
 */
export interface CodeListRegistryEntry {
  /** The list. */
  readonly list: CodeList;
  /** The file it was read from, when it was read from one. */
  readonly file?: string;
  /** How the file qualified genericode's local elements (see {@link CodeListParseResult}). */
  readonly qualifiedChildren?: ChildQualification;
}

/**
 * A code list reference: canonical URI with an optional version (the latest when omitted), or a
 * canonical version URI.
 *
 * @example
 * ```ts
 * const ref: CodeListReference = { canonicalUri: 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat' };
 * const pinned: CodeListReference = { canonicalUri: 'urn:xoev-de:xinneres:codeliste:geschlecht', version: '1' };
 * const byVersionUri: CodeListReference = { canonicalVersionUri: 'urn:de:fim:codeliste:zustimmung_2021-01-11' };
 * ```
 */
export type CodeListReference =
  | { readonly canonicalUri: string; readonly version?: string | undefined }
  | { readonly canonicalVersionUri: string };

/**
 * The result of {@link CodeListRegistry.resolve}: the list, or `undefined` with a `codelist/missing` or
 * `codelist/ambiguous` error.
 *
 * @example
 * ```ts
 * const { value, entry, diagnostics } = registry.resolve({ canonicalUri: 'urn:x' });
 * ```
 */
export interface CodeListResolution extends Result<CodeList> {
  /** The entry resolved to (its file, for example). */
  readonly entry?: CodeListRegistryEntry;
}

/**
 * Code lists, indexed for offline resolution. Plain data behind plain functions: no hidden loading.
 *
 * @example
 * ```ts
 * const registry = createCodeListRegistry([list]);
 * registry.resolve({ canonicalUri: list.Identification.CanonicalUri }).value === list; // true
 * ```
 */
export interface CodeListRegistry {
  /** Every entry, in the order given (files: sorted by path). */
  readonly entries: readonly CodeListRegistryEntry[];
  /** Resolves a reference; the latest version when no version is given. */
  resolve(reference: CodeListReference): CodeListResolution;
  /** The distinct versions held for a canonical URI, oldest first. */
  versions(canonicalUri: string): string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DOTTED = /^\d+(\.\d+)*$/;

/**
 * Orders two code list versions: dates (`YYYY-MM-DD`) by date, dotted numbers (`2`, `2.4`, `1.10`)
 * numerically part by part, dates after numbers, anything else by natural string order.
 *
 * @example
 * ```ts
 * ['1.10', '1.9', '2'].sort(compareCodeListVersions); // ['1.9', '1.10', '2']
 * compareCodeListVersions('2020-12-04', '2021-01-11'); // < 0
 * ```
 */
export function compareCodeListVersions(a: string, b: string): number {
  const x = a.trim();
  const y = b.trim();
  const kind = (v: string) => (DATE.test(v) ? 2 : DOTTED.test(v) ? 1 : 0);
  const kx = kind(x);
  const ky = kind(y);
  if (kx !== ky) return kx - ky;
  if (kx === 2) return x < y ? -1 : x > y ? 1 : 0;
  if (kx === 1) {
    const px = x.split('.').map(Number);
    const py = y.split('.').map(Number);
    for (let i = 0; i < Math.max(px.length, py.length); i++) {
      const d = (px[i] ?? 0) - (py[i] ?? 0);
      if (d !== 0) return d;
    }
    return px.length - py.length;
  }
  return x.localeCompare(y, 'en', { numeric: true });
}

function describe(reference: CodeListReference): string {
  if ('canonicalVersionUri' in reference) return `canonical version URI "${reference.canonicalVersionUri}"`;
  return reference.version === undefined
    ? `canonical URI "${reference.canonicalUri}"`
    : `canonical URI "${reference.canonicalUri}", version "${reference.version}"`;
}

/**
 * Creates a registry over lists held in memory.
 *
 * @example
 * ```ts
 * const registry = createCodeListRegistry([parseCodeList(xml).value!]);
 * const { value, diagnostics } = registry.resolve({ canonicalUri: 'urn:de:fim:codeliste:zustimmung', version: '2021-01-11' });
 * ```
 */
export function createCodeListRegistry(
  lists: readonly (CodeList | CodeListRegistryEntry)[],
): CodeListRegistry {
  const entries: CodeListRegistryEntry[] = lists.map((l) => ('list' in l ? l : { list: l }));
  const byUri = new Map<string, CodeListRegistryEntry[]>();
  const byVersionUri = new Map<string, CodeListRegistryEntry[]>();
  const add = (map: Map<string, CodeListRegistryEntry[]>, key: string, e: CodeListRegistryEntry) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [e]);
    else list.push(e);
  };
  for (const e of entries) {
    add(byUri, e.list.Identification.CanonicalUri.trim(), e);
    add(byVersionUri, e.list.Identification.CanonicalVersionUri.trim(), e);
  }

  const versions = (canonicalUri: string): string[] => {
    const distinct = [
      ...new Set((byUri.get(canonicalUri.trim()) ?? []).map((e) => e.list.Identification.Version.trim())),
    ];
    return distinct.sort(compareCodeListVersions);
  };

  /** One list from candidates that all claim the same identity; identical copies are not ambiguous. */
  const pick = (
    reference: CodeListReference,
    candidates: readonly CodeListRegistryEntry[],
  ): CodeListResolution => {
    const first = candidates[0];
    if (first === undefined) {
      const known = 'canonicalUri' in reference ? versions(reference.canonicalUri) : [];
      const hint = known.length > 0 ? ` Versions held: ${known.join(', ')}.` : '';
      return {
        value: undefined,
        diagnostics: [
          diagnostic(
            'error',
            'codelist/missing',
            `No code list with ${describe(reference)} is held.${hint}`,
            'codelist',
          ),
        ],
      };
    }
    const different = candidates.filter((c) => !jsonEqual(c.list, first.list));
    if (different.length > 0) {
      const files = candidates.map((c) => c.file ?? '(in memory)').join(', ');
      return {
        value: undefined,
        diagnostics: [
          diagnostic(
            'error',
            'codelist/ambiguous',
            `${candidates.length} different code lists have ${describe(reference)} and version "${first.list.Identification.Version}": ${files}.`,
            'codelist',
          ),
        ],
      };
    }
    return { value: first.list, entry: first, diagnostics: [] };
  };

  const resolve = (reference: CodeListReference): CodeListResolution => {
    if ('canonicalVersionUri' in reference)
      return pick(reference, byVersionUri.get(reference.canonicalVersionUri.trim()) ?? []);
    const all = byUri.get(reference.canonicalUri.trim()) ?? [];
    let version = reference.version?.trim();
    if (version === undefined) version = versions(reference.canonicalUri).at(-1);
    const matching = all.filter((e) => e.list.Identification.Version.trim() === version);
    if (matching.length === 0 && version !== undefined) {
      // XÖV and FIM spell the version URI as <canonical URI>_<version>.
      const viaUri = byVersionUri.get(`${reference.canonicalUri.trim()}_${version}`) ?? [];
      if (viaUri.length > 0) return pick(reference, viaUri);
    }
    return pick(reference, matching);
  };

  return { entries, resolve, versions };
}

/**
 * Options of {@link loadCodeListRegistry}.
 *
 * @example
 * ```ts
 * const options: LoadCodeListRegistryOptions = { recursive: false };
 * ```
 */
export interface LoadCodeListRegistryOptions {
  /** Search subdirectories too. Default true. */
  readonly recursive?: boolean;
}

/**
 * What {@link loadCodeListRegistry} read: the registry, and the diagnostics of each file that had any.
 * Files whose root is not a genericode `CodeList` are skipped (listed in `skipped`).
 *
 * @example
 * ```ts
 * const { registry, files, skipped } = await loadCodeListRegistry('codelists');
 * ```
 */
export interface LoadedCodeListRegistry {
  /** The registry over every list read. */
  readonly registry: CodeListRegistry;
  /** Diagnostics per file (only files that have some). */
  readonly files: readonly { readonly file: string; readonly diagnostics: readonly Diagnostic[] }[];
  /** XML files that are not genericode code lists. */
  readonly skipped: readonly string[];
}

/**
 * Reads every `*.xml` genericode code list below a directory (recursively by default) into a registry.
 * Offline: only the files are read. Throws (Node's error) only when the directory cannot be read;
 * problems inside files are reported per file.
 *
 * @example
 * ```ts
 * const { registry } = await loadCodeListRegistry('../shared/corpus/codelists');
 * registry.resolve({ canonicalUri: 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat' }).value?.Identification.Version;
 * ```
 */
export async function loadCodeListRegistry(
  dir: string,
  options: LoadCodeListRegistryOptions = {},
): Promise<LoadedCodeListRegistry> {
  const names = await readdir(dir, { recursive: options.recursive ?? true, encoding: 'utf8' });
  const xmlFiles = names
    .filter((n) => n.toLowerCase().endsWith('.xml'))
    .map((n) => path.join(dir, n))
    .sort();
  const read = await Promise.all(
    xmlFiles.map(async (file) => {
      const parsed = parseCodeList(await readFile(file));
      return { file, parsed };
    }),
  );
  const entries: CodeListRegistryEntry[] = [];
  const files: { file: string; diagnostics: readonly Diagnostic[] }[] = [];
  const skipped: string[] = [];
  for (const { file, parsed } of read) {
    if (parsed.value === undefined || parsed.diagnostics.some((d) => d.code === 'codelist/not-genericode')) {
      skipped.push(file);
      continue;
    }
    entries.push({ list: parsed.value, file, qualifiedChildren: parsed.qualifiedChildren });
    if (parsed.diagnostics.length > 0) files.push({ file, diagnostics: parsed.diagnostics });
  }
  return { registry: createCodeListRegistry(entries), files, skipped };
}
