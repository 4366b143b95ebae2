/**
 * `fimkit similar`: near-duplicate fields and groups (different ids, same meaning) across XDatenfelder
 * files, without reading relation elements.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { findSimilar, type NamedDocument } from '../harmonise/index.js';
import { type Command, EXIT, usageError } from './command.js';
import { loadAll } from './harmonise.js';
import type { CliIo } from './io.js';
import { writeJsonLine } from './report.js';

const HELP = `Usage: fimkit similar <file|dir>... [--min-score X] [--format text|json]

Finds near-duplicate Datenfelder and Datenfeldgruppen: different ids, same meaning (label tokens
after normalisation, datentyp, feldart, constraints, code lists, descriptions and definitions;
children for groups). Relations are not read. Candidates come from blocks on label tokens and
datentyp and on shared standard references (bezug, laws excluded), not from all pairs. Structure
counts too: a group that keeps only children of a likely origin is a restriction of it, and the
children replaced inside a copied group are aligned with those of its best candidate origin
(reason "parent-alignment"). Each pair names its likely origin and the better harmonised target.

Options:
  --min-score X      Lowest score reported, 0..1 (default 0.5).
  --format F         text (default) or json (JSON Lines:
                     {"a":{"id","version"},"b":{"id","version"},"score","reasons","target","origin"}).
  -h, --help         Show this help.

Exit codes: 0 no candidates, 1 candidates found, 2 usage error or no usable input.

Examples:
  fimkit similar fixtures/demo/harmonisation/ --min-score 0.8
  fimkit similar ../shared/corpus/xdatenfelder3/ --format json > candidates.jsonl
`;

/** `fimkit similar`. */
export const command: Command = {
  name: 'similar',
  summary: 'near-duplicate fields and groups across schemas (no relations needed)',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { format?: string; 'min-score'?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          format: { type: 'string' },
          'min-score': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'similar', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      return usageError(io, 'similar', '--format must be text or json.');
    const minScore = values['min-score'] === undefined ? 0.5 : Number(values['min-score']);
    if (!(minScore >= 0 && minScore <= 1))
      return usageError(io, 'similar', '--min-score takes a number from 0 to 1.');
    if (positionals.length === 0) return usageError(io, 'similar', 'give at least one file or directory.');
    const docs: NamedDocument[] = [];
    const { loaded } = await loadAll(positionals, io, (d) => docs.push(d));
    if (loaded === 0) return EXIT.usage;
    const pairs = findSimilar(docs, { minScore });
    for (const p of pairs) {
      if (format === 'json') {
        writeJsonLine(io, {
          a: { id: p.a.id, version: p.a.version },
          b: { id: p.b.id, version: p.b.version },
          score: p.score,
          reasons: p.reasons,
          target: p.target,
          origin: p.origin ?? null,
        });
      } else {
        io.stdout.write(
          `${p.score.toFixed(3)}  ${p.a.id}@${p.a.version ?? ''} "${p.a.bezeichnungEingabe}"  ~  ${p.b.id}@${p.b.version ?? ''} "${p.b.bezeichnungEingabe}"  (${p.reasons.join(', ')}; Ziel: ${p.target === 'a' ? p.a.id : p.b.id})\n`,
        );
      }
    }
    return pairs.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
