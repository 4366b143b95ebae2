/**
 * The input of the quality report renderers (HTML and Markdown) and the grouping they share.
 *
 * @module
 */

import type { Diagnostic, Severity } from '../../core/diagnostics.js';
import type { Finding } from '../../quality/types.js';

/**
 * The quality findings of one file, as `fimkit quality` produces them.
 *
 * @example
 * ```ts
 * const file: QualityFileReport = { file: 'schema.xml', findings: checkQuality(input).findings, names: new Map([['F60000000001', 'Name']]) };
 * ```
 */
export interface QualityFileReport {
  /** The file as shown to the user. */
  readonly file: string;
  readonly findings: readonly Finding[];
  /** Problems reading the file (unreadable, not XDatenfelder). */
  readonly problems?: readonly Diagnostic[];
  /** Element names by `id@version` or `id`, shown next to the ids. */
  readonly names?: ReadonlyMap<string, string>;
}

/** Options of the quality renderers. */
export interface QualityRenderOptions {
  /** Report title (default `Qualitätsbericht`). */
  readonly title?: string;
  /** Tool name and version for the footer. */
  readonly generator?: string;
}

/** Findings of one element within one file. */
export interface ElementFindings {
  readonly id: string;
  readonly version: string | undefined;
  readonly kind: Finding['elementKind'];
  readonly name: string | undefined;
  readonly findings: readonly Finding[];
}

/**
 * The name of an element from a names map: tries `id@version`, then `id`.
 *
 * @example
 * ```ts
 * nameOf(new Map([['F1', 'Name']]), 'F1', '1.0'); // 'Name'
 * ```
 */
export function nameOf(
  names: ReadonlyMap<string, string> | undefined,
  id: string,
  version: string | undefined,
): string | undefined {
  if (names === undefined) return undefined;
  return (version === undefined ? undefined : names.get(`${id}@${version}`)) ?? names.get(id);
}

/**
 * Groups a file's findings by element (id + version), in order of the element's first finding line.
 *
 * @example
 * ```ts
 * for (const el of groupByElement(file)) console.log(el.id, el.findings.length);
 * ```
 */
export function groupByElement(file: QualityFileReport): ElementFindings[] {
  const groups = new Map<string, { first: number; group: ElementFindings & { findings: Finding[] } }>();
  file.findings.forEach((f, i) => {
    const key = `${f.elementKind}\u0000${f.elementId}\u0000${f.elementVersion ?? ''}`;
    let entry = groups.get(key);
    if (entry === undefined) {
      entry = {
        first: i,
        group: {
          id: f.elementId,
          version: f.elementVersion,
          kind: f.elementKind,
          name: nameOf(file.names, f.elementId, f.elementVersion),
          findings: [],
        },
      };
      groups.set(key, entry);
    }
    entry.group.findings.push(f);
  });
  return [...groups.values()].sort((a, b) => a.first - b.first).map((e) => e.group);
}

/**
 * Counts findings per severity (all three severities present, zero included).
 *
 * @example
 * ```ts
 * countBySeverity(findings); // { error: 2, warning: 1, info: 0 }
 * ```
 */
export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
