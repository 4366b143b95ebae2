/**
 * Adapts a `fimkit/codelist` registry to what the quality rules need ({@link QualityRegistry}).
 *
 * @module
 */
import type { CodeListRegistry } from '../codelist/index.js';
import { codeListEntries, columnIds } from '../codelist/index.js';
import type { QualityCodeList, QualityRegistry } from './types.js';

/**
 * Wraps a code list registry so that rules 1076 and 1122 can look up code values and column ids.
 * Looks up by canonical URI and version, then by canonical version URI (`<uri>_<version>`).
 *
 * @example
 * ```ts
 * const { registry } = await loadCodeListRegistry('codelists/');
 * checkQuality(input, { registry: qualityRegistryFrom(registry) });
 * ```
 */
export function qualityRegistryFrom(registry: CodeListRegistry): QualityRegistry {
  const cache = new Map<string, QualityCodeList | undefined>();
  return {
    lookup(canonicalIdentification, version) {
      const key = `${canonicalIdentification}\u0000${version ?? ''}`;
      if (cache.has(key)) return cache.get(key);
      const ref =
        version === undefined
          ? { canonicalUri: canonicalIdentification }
          : { canonicalUri: canonicalIdentification, version };
      const list = registry.resolve(ref).value;
      const found =
        list === undefined
          ? undefined
          : {
              codes: codeListEntries(list).map((e) => e.code),
              columns: list.ColumnSet === undefined ? [] : columnIds(list.ColumnSet),
            };
      cache.set(key, found);
      return found;
    },
  };
}
