/**
 * `fimkit parse`: an XDatenfelder file as its typed JSON model.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { type Command, EXIT, usageError } from './command.js';
import { CODECS, codecFor } from './documents.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { formatDiagnostic } from './report.js';

const HELP = `Usage: fimkit parse <file> [--format json] [-o FILE]

Reads an XDatenfelder 2.0 or 3.0.0, XZuFi 2.2.0 or XProzess 2.0 file and prints its typed
model as one line of JSON
(JSON Lines, like every --format json): { "standard", "version", "message", "model", "diagnostics" }.
'fimkit build' turns that JSON back into XML. Use - to read from stdin.

Options:
  --format json   Output format (json is the only one; accepted for consistency).
  -o, --output F  Write the JSON to F instead of stdout.
  -h, --help      Show this help.

Exit codes: 0 clean, 1 findings (diagnostics), 2 usage error or unreadable input.

Examples:
  fimkit parse schema.xdf.xml > schema.json
  fimkit parse schema.xdf.xml -o schema.json && fimkit build schema.json -o copy.xml
`;

/** `fimkit parse`. */
export const command: Command = {
  name: 'parse',
  summary: 'print the typed JSON model of an XDatenfelder, XZuFi or XProzess file',
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
      return usageError(io, 'parse', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (values.format !== undefined && values.format !== 'json') {
      return usageError(io, 'parse', `--format must be json, not "${values.format}".`);
    }
    if (positionals.length !== 1) return usageError(io, 'parse', 'expects exactly one input file.');
    const bytes = await readOne(positionals[0]!, io);
    if (bytes === undefined) return EXIT.usage;
    const detection = detect(bytes);
    const found = detection.value;
    const codec = found === undefined ? undefined : codecFor(found.standard, found.version);
    if (found === undefined || codec === undefined) {
      for (const d of detection.diagnostics) io.stderr.write(`${positionals[0]}: ${formatDiagnostic(d)}\n`);
      if (found !== undefined) {
        const known = CODECS.map((c) => `${c.standard} ${c.version}`).join(', ');
        io.stderr.write(`fimkit parse: ${found.label} is not one of the typed models (${known}).\n`);
      }
      return EXIT.usage;
    }
    const result = codec.parse(bytes);
    const diagnostics = result.diagnostics;
    for (const d of diagnostics) io.stderr.write(`${positionals[0]}: ${formatDiagnostic(d)}\n`);
    if (result.value === undefined) return EXIT.usage;
    const json = `${JSON.stringify({ ...codec.envelope(result.value), diagnostics })}\n`;
    if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), json);
    else io.stdout.write(json);
    return hasErrors(diagnostics) || diagnostics.some((d) => d.severity === 'warning')
      ? EXIT.findings
      : EXIT.ok;
  },
};

/**
 * Reads one input file (or stdin for `-`); reports problems on stderr and returns undefined.
 *
 * @example
 * ```ts
 * const bytes = await readOne('schema.xml', io);
 * ```
 */
export async function readOne(file: string, io: CliIo): Promise<Uint8Array | undefined> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  const [input] = await expandInputs([file], io.cwd);
  if (input === undefined) return undefined;
  const read = await readInput(input);
  if ('problem' in read) {
    io.stderr.write(`${formatDiagnostic(read.problem)}\n`);
    return undefined;
  }
  return read.bytes;
}
