/**
 * A disk cache for the search index: the index as JSON, reused while the indexed files keep their
 * names, sizes and modification times.
 *
 * @module
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { type BuildSearchIndexOptions, buildSearchIndex } from './build.js';
import type { SearchIndex } from './model.js';

async function upToDate(dir: string, index: SearchIndex): Promise<boolean> {
  const names = (await readdir(dir, { recursive: true, encoding: 'utf8' }))
    .filter((n) => n.toLowerCase().endsWith('.xml'))
    .sort();
  if (names.length !== index.files.length) return false;
  for (const [i, name] of names.entries()) {
    const known = index.files[i];
    if (known === undefined || known.file !== name) return false;
    const info = await stat(path.join(dir, name));
    if (info.size !== known.size || info.mtimeMs !== known.mtimeMs) return false;
  }
  return true;
}

async function readCache(file: string): Promise<SearchIndex | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<SearchIndex>;
    return value.format === 1 && Array.isArray(value.entries) && Array.isArray(value.files)
      ? (value as SearchIndex)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The index of `dir`, read from `cacheFile` when it is still valid, otherwise built and written there.
 * `fromCache` says which happened.
 *
 * @example
 * ```ts
 * const { index, fromCache } = await cachedSearchIndex('corpus/', '.fimkit-search.json');
 * ```
 */
export async function cachedSearchIndex(
  dir: string,
  cacheFile: string,
  options: BuildSearchIndexOptions = {},
): Promise<{ index: SearchIndex; diagnostics: Diagnostic[]; fromCache: boolean }> {
  const cached = await readCache(cacheFile);
  if (cached !== undefined && (await upToDate(dir, cached)))
    return { index: cached, diagnostics: [], fromCache: true };
  const built = await buildSearchIndex(dir, options);
  await writeFile(cacheFile, JSON.stringify(built.index));
  return { ...built, fromCache: false };
}
