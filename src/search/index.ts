/**
 * Search over a corpus of XDatenfelder schemas and code lists.
 *
 * @example
 * ```ts
 * import { buildSearchIndex, search } from 'fimkit/search';
 * const { index } = await buildSearchIndex('schemas/');
 * search(index, 'Staatsangehörigkeit', { filters: { status: ['released'] } });
 * ```
 *
 * @module
 */
export {
  type BuildSearchIndexOptions,
  buildSearchIndex,
  createIndexBuilder,
  type IndexBuilder,
} from './build.js';
export { cachedSearchIndex } from './cache.js';
export type { SearchEntry, SearchFilters, SearchHit, SearchIndex, SearchKind } from './model.js';
export { foldText, stem, tokenize } from './normalize.js';
export { matchesFilters, type SearchOptions, search, statusCodes } from './query.js';
