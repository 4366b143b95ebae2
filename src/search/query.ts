/**
 * Querying the search index: every query word must match (stemmed, case- and umlaut-insensitive; a
 * word also matches as the start or part of a compound), filters narrow the kinds, status,
 * Strukturelementart, Nummernkreis and code lists, and hits are ranked by text relevance and then by
 * release status, harmonisation and reuse.
 *
 * @module
 */
import type { SearchEntry, SearchFilters, SearchHit, SearchIndex } from './model.js';
import { foldText, tokenize } from './normalize.js';

/** `freigabestatus` codes that count as released (methodisch or fachlich freigegeben). */
const RELEASED = ['4', '5', '6'];

/**
 * Expands status filter values: `released` stands for 4, 5 and 6.
 *
 * @example
 * ```ts
 * statusCodes(['released', '3']); // ['4', '5', '6', '3']
 * ```
 */
export function statusCodes(values: readonly string[]): string[] {
  return values.flatMap((v) => (v.trim().toLowerCase() === 'released' ? RELEASED : [v.trim()]));
}

/**
 * True when `entry` passes every given filter.
 *
 * @example
 * ```ts
 * index.entries.filter((e) => matchesFilters(e, { nummernkreis: ['60'] }));
 * ```
 */
export function matchesFilters(entry: SearchEntry, filters: SearchFilters): boolean {
  if (filters.kind !== undefined && filters.kind.length > 0 && !filters.kind.includes(entry.kind))
    return false;
  if (filters.status !== undefined && filters.status.length > 0) {
    if (entry.status === undefined || !statusCodes(filters.status).includes(entry.status)) return false;
  }
  if (filters.schemaelementart !== undefined && filters.schemaelementart.length > 0) {
    const wanted = filters.schemaelementart.map((s) => s.trim().toUpperCase());
    if (entry.schemaelementart === undefined || !wanted.includes(entry.schemaelementart.toUpperCase()))
      return false;
  }
  if (filters.nummernkreis !== undefined && filters.nummernkreis.length > 0) {
    if (entry.nummernkreis === undefined || !filters.nummernkreis.includes(entry.nummernkreis)) return false;
  }
  if (filters.hasCodeList !== undefined && entry.hasCodeList !== filters.hasCodeList) return false;
  return true;
}

/** How well one query word matches a list of words: 1 exact, 0.7 prefix, 0.4 inside a compound. */
function wordScore(word: string, words: readonly string[]): number {
  let best = 0;
  for (const w of words) {
    if (w === word) return 1;
    if (w.startsWith(word)) best = Math.max(best, 0.7);
    else if (word.length >= 4 && w.includes(word)) best = Math.max(best, 0.4);
  }
  return best;
}

function textScore(entry: SearchEntry, query: readonly string[], phrase: string): number {
  let total = 0;
  for (const q of query) {
    const s = Math.max(
      3 * wordScore(q, entry.words.label),
      2 * wordScore(q, entry.words.name),
      wordScore(q, entry.words.text),
    );
    if (s === 0) return 0;
    total += s;
  }
  // The whole label equals the query: the strongest signal.
  if (phrase !== '' && foldText(entry.label).trim() === phrase) total += 3 * query.length;
  else if (entry.words.label.length === query.length && total >= 3 * query.length) total += query.length;
  return total;
}

/** Ranking weight from status, harmonisation, reuse and the Bund's BOB range (Nummernkreis 60). */
function qualityBoost(entry: SearchEntry): number {
  let boost = 1;
  if (entry.status !== undefined && RELEASED.includes(entry.status))
    boost += entry.status === '6' ? 0.5 : 0.4;
  if (entry.schemaelementart === 'HAR') boost += 0.3;
  if (entry.nummernkreis === '60') boost += 0.2;
  boost += 0.1 * Math.log2(1 + entry.schemas.length);
  return boost;
}

/**
 * Options of {@link search}.
 *
 * @example
 * ```ts
 * search(index, 'Postleitzahl', { filters: { kind: ['field'] }, limit: 10 });
 * ```
 */
export interface SearchOptions {
  readonly filters?: SearchFilters;
  /** At most this many hits (default: all). */
  readonly limit?: number;
}

/**
 * Searches the index. An empty query lists every entry that passes the filters, ranked by quality.
 *
 * @example
 * ```ts
 * const hits = search(index, 'Staatsangehörigkeit', { filters: { kind: ['field'], status: ['released'] } });
 * hits[0]?.entry.id; // 'F60000000236'
 * ```
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const words = [...new Set(tokenize(query))];
  const phrase = foldText(query).trim().replace(/\s+/g, ' ');
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    if (options.filters !== undefined && !matchesFilters(entry, options.filters)) continue;
    const text = words.length === 0 ? 1 : textScore(entry, words, phrase);
    if (text === 0) continue;
    hits.push({ entry, score: Math.round(text * qualityBoost(entry) * 1000) / 1000 });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.key.localeCompare(b.entry.key));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}
