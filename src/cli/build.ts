/**
 * `fimkit build`: the JSON model printed by `fimkit parse` (possibly edited) back to XML.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeAtomic } from '../node/write-atomic.js';
import { type Command, EXIT, usageError } from './command.js';
import { CODECS, codecFor, type DocumentEnvelope } from './documents.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';

const HELP = `Usage: fimkit build <model.json> [-o FILE] [--indent N]

Reads the JSON written by 'fimkit parse' ({ "standard", "version", "message", "model" }) for
XDatenfelder 2.0 / 3.0.0, XZuFi 2.2.0 or XProzess 2.0,
checks it against the model's schema, and prints the XML. Every problem in a hand-edited
model is listed with its JSON path before anything is built. Use - to read from stdin.

Options:
  -o, --output F  Write the XML to F instead of stdout.
  --indent N      Indent with N spaces (default: compact, one line).
  --lenient       Build even when the model does not pass the schema check (for real files
                  with known defects, e.g. a required element that is empty); problems are
                  still listed on stderr.
  -h, --help      Show this help.

Exit codes: 0 built, 1 the model is invalid, 2 usage error or unreadable input.

Examples:
  fimkit parse schema.xdf.xml -o schema.json
  fimkit build schema.json -o schema.copy.xml --indent 2
`;

/** `fimkit build`. */
export const command: Command = {
  name: 'build',
  summary: 'turn a JSON model from "fimkit parse" back into XML',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { output?: string; indent?: string; lenient?: boolean; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          output: { type: 'string', short: 'o' },
          indent: { type: 'string' },
          lenient: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'build', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (positionals.length !== 1) return usageError(io, 'build', 'expects exactly one JSON file.');
    const indent = values.indent === undefined ? undefined : Number(values.indent);
    if (indent !== undefined && !(Number.isInteger(indent) && indent >= 0 && indent <= 8)) {
      return usageError(io, 'build', '--indent takes a whole number from 0 to 8.');
    }
    const bytes = await readOne(positionals[0]!, io);
    if (bytes === undefined) return EXIT.usage;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      io.stderr.write(`fimkit build: ${positionals[0]} is not JSON: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    const envelope = (typeof json === 'object' && json !== null ? json : {}) as Partial<DocumentEnvelope>;
    const codec =
      typeof envelope.standard === 'string' && typeof envelope.version === 'string'
        ? codecFor(envelope.standard, envelope.version)
        : undefined;
    if (codec === undefined || typeof envelope.message !== 'string') {
      const known = CODECS.map((c) => `"${c.standard}" ${c.version}`).join(', ');
      io.stderr.write(
        `fimkit build: expected { "standard", "version", "message", "model" } as written by 'fimkit parse' (${known})\n`,
      );
      return EXIT.findings;
    }
    const checked = codec.check(envelope as DocumentEnvelope);
    for (const p of checked.problems) io.stderr.write(`${p}\n`);
    const document =
      checked.value ?? (values.lenient ? codec.document(envelope as DocumentEnvelope) : undefined);
    if (document === undefined) return EXIT.findings;
    const xml = codec.build(
      document,
      indent === undefined || indent === 0 ? {} : { indent: ' '.repeat(indent) },
    );
    if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), xml);
    else io.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
    return checked.problems.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
