/**
 * `fimkit xzufi list`: the entries of an XZuFi 2.2.0 or 2.3.1 transfer message, streamed with bounded
 * memory.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../core/diagnostics.js';
import { summarizeWith } from '../xzufi/common/summary.js';
import { xzufi22Profile } from '../xzufi/v2_2/profile.js';
import { xzufi23Profile } from '../xzufi/v2_3/messages.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { formatDiagnostic, writeJsonLine } from './report.js';

const HELP = `Usage: fimkit xzufi list <file> [--leika KEY] [--format text|json]

Streams an XZuFi 2.2.0 or 2.3.1 transfer message (tens of thousands of objects are fine: memory stays
bounded) and prints one line per entry: operation (schreibe/loesche), object kind, id,
Redaktion (schemeAgencyID), LeiKa keys and name. --leika keeps only the Leistungen with
that Leistungsschluessel.

Options:
  --leika KEY        Only Leistungen with this 14-digit LeiKa key.
  --format text|json text (default) or json (JSON Lines: one entry per line).
  -h, --help         Show this help.

Exit codes: 0 clean, 1 entries with diagnostics, 2 usage error, unreadable input or a file
that is not a transfer message.

Examples:
  fimkit xzufi list transfer.xml
  fimkit xzufi list transfer.xml --leika 99050012104000 --format json
`;

/** `fimkit xzufi`. */
export const command: Command = {
  name: 'xzufi',
  summary: 'list the entries of an XZuFi transfer message (streaming)',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { leika?: string; format?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          leika: { type: 'string' },
          format: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'xzufi', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const [sub, file, ...rest] = positionals;
    if (sub !== 'list') return usageError(io, 'xzufi', 'the only subcommand is "list".');
    if (file === undefined || rest.length > 0)
      return usageError(io, 'xzufi', 'list expects exactly one file.');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      return usageError(io, 'xzufi', '--format must be text or json.');

    let fatal: readonly Diagnostic[] = [];
    let findings = false;
    try {
      const stream = createReadStream(path.resolve(io.cwd, file));
      const options = {
        ...(values.leika !== undefined ? { leika: values.leika } : {}),
        onError: (d: readonly Diagnostic[]) => {
          fatal = d;
        },
      };
      const entries = summarizeWith(
        [xzufi22Profile, xzufi23Profile],
        stream as AsyncIterable<Uint8Array>,
        options,
      );
      for await (const entry of entries) {
        if (entry.diagnostics.length > 0) findings = true;
        if (format === 'json') writeJsonLine(io, { file, ...entry });
        else {
          const keys = entry.leika.length > 0 ? ` [${entry.leika.join(', ')}]` : '';
          io.stdout.write(
            `${entry.line}:${entry.column} ${entry.operation} ${entry.kind ?? '?'} ${entry.id ?? '-'}` +
              `${entry.schemeAgencyID !== undefined ? ` (${entry.schemeAgencyID})` : ''}${keys}` +
              `${entry.name !== undefined ? ` ${entry.name}` : ''}\n`,
          );
          for (const d of entry.diagnostics) io.stdout.write(`  ${formatDiagnostic(d)}\n`);
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr.write(`fimkit xzufi: cannot read ${file}${code !== undefined ? ` (${code})` : ''}.\n`);
      return EXIT.usage;
    }
    for (const d of fatal) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    if (fatal.length > 0) return EXIT.usage;
    return findings ? EXIT.findings : EXIT.ok;
  },
};
