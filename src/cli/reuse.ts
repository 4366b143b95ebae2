/**
 * `fimkit reuse`: HAR and BOB shares, own vs foreign Nummernkreis, where-used and stale references over
 * a set of XDatenfelder files.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type NamedDocument,
  renderReuseHtml,
  renderReuseMarkdown,
  reuseJson,
  reuseMetrics,
} from '../harmonise/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { type Command, EXIT, usageError } from './command.js';
import { loadAll } from './harmonise.js';
import type { CliIo } from './io.js';

const HELP = `Usage: fimkit reuse <file|dir>... [--format md|json|html] [-o FILE]

Reuse metrics over XDatenfelder schemas (2.0 is converted to 3.0.0): per schema and overall the
share of harmonised (HAR) and BOB (Nummernkreis 60) fields and groups, own vs foreign
Nummernkreis, elements shared with other schemas, a where-used index and stale references
(an element used at a lower version than the newest in the set, semver order). The HTML report
charts the HAR and BOB shares per schema and links every element (id, version, name) to its
where-used row.

Options:
  --format F         md (default), json (one JSON document) or html.
  -o, --output F     Write the report to F instead of stdout.
  -h, --help         Show this help.

Exit codes: 0 ok, 1 stale references found or unusable inputs, 2 usage error or no usable input.

Examples:
  fimkit reuse fixtures/demo/harmonisation/ --format md
  fimkit reuse ../shared/corpus/xdatenfelder3/ --format html -o reuse.html
`;

/** `fimkit reuse`. */
export const command: Command = {
  name: 'reuse',
  summary: 'reuse metrics: HAR/BOB shares, Nummernkreise, where-used, stale references',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { format?: string; output?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          format: { type: 'string' },
          output: { type: 'string', short: 'o' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'reuse', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = values.format ?? 'md';
    if (!['md', 'json', 'html', 'text'].includes(format))
      return usageError(io, 'reuse', '--format must be md, json or html.');
    if (positionals.length === 0) return usageError(io, 'reuse', 'give at least one file or directory.');
    const docs: NamedDocument[] = [];
    const { loaded, unusable } = await loadAll(positionals, io, (d) => docs.push(d));
    if (loaded === 0) return EXIT.usage;
    const m = reuseMetrics(docs);
    const text =
      format === 'json'
        ? `${JSON.stringify(reuseJson(m), null, 2)}\n`
        : format === 'html'
          ? renderReuseHtml(m)
          : renderReuseMarkdown(m);
    if (values.output !== undefined) {
      const target = path.resolve(io.cwd, values.output);
      await writeAtomic(target, text);
      if (io.quiet !== true)
        io.stderr.write(
          `fimkit reuse: ${m.schemas.length} schemas, ${m.stale.length} stale reference${m.stale.length === 1 ? '' : 's'}; report written to ${target}\n`,
        );
    } else io.stdout.write(text);
    return m.stale.length > 0 || unusable > 0 ? EXIT.findings : EXIT.ok;
  },
};
