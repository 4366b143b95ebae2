/**
 * SARIF 2.1.0 output for quality findings (and any diagnostics), so that code-scanning tools and editors
 * can show them next to the file.
 *
 * @module
 */
import type { Diagnostic } from '../core/diagnostics.js';

/** A rule as SARIF describes it (`tool.driver.rules[]`). */
export interface SarifRule {
  readonly id: string;
  readonly text: string;
  readonly helpUri?: string;
  readonly level: 'error' | 'warning' | 'note';
}

/** The findings of one file. */
export interface SarifFileResults {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * Builds one SARIF 2.1.0 log with one run, rule metadata for every rule that is given, and one result per
 * diagnostic (with file, line and column where known).
 *
 * @example
 * ```ts
 * const log = toSarif('fimkit', '0.1.0', rules, [{ file: 'schema.xml', diagnostics: findings }]);
 * writeFileSync('quality.sarif', JSON.stringify(log, null, 2));
 * ```
 */
export function toSarif(
  toolName: string,
  toolVersion: string,
  rules: readonly SarifRule[],
  files: readonly SarifFileResults[],
): Record<string, unknown> {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => {
      const region: Record<string, number> = {};
      if (d.line !== undefined) region.startLine = d.line;
      if (d.column !== undefined) region.startColumn = d.column;
      const result: Record<string, unknown> = {
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file },
              ...(Object.keys(region).length > 0 ? { region } : {}),
            },
            ...(d.path !== undefined ? { logicalLocations: [{ fullyQualifiedName: d.path }] } : {}),
          },
        ],
      };
      const ruleIndex = index.get(d.code);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      return result;
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version: toolVersion,
            informationUri: 'https://github.com/fimkit/fimkit',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.text },
              fullDescription: { text: r.text },
              ...(r.helpUri !== undefined ? { helpUri: r.helpUri } : {}),
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        results,
      },
    ],
  };
}
