/**
 * `fimkit build`: the JSON model printed by `fimkit parse` (possibly edited) back to XML.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as v2 from '../xdatenfelder/v2/index.js';
import * as v3 from '../xdatenfelder/v3/index.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { buildXdf, type ParsedXdf } from './xdf.js';

const HELP = `Usage: fimkit build <model.json> [-o FILE] [--indent N]

Reads the JSON written by 'fimkit parse' ({ "standard", "version", "message", "model" }),
checks it against the model's schema, and prints the XML. Every problem in a hand-edited
model is listed with its JSON path before anything is built. Use - to read from stdin.

Options:
  -o, --output F  Write the XML to F instead of stdout.
  --indent N      Indent with N spaces (default: compact, one line).
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
    let values: { output?: string; indent?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          output: { type: 'string', short: 'o' },
          indent: { type: 'string' },
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
    const parsed = checkModel(json, io);
    if (parsed === undefined) return EXIT.findings;
    const xml = buildXdf(parsed, indent === undefined || indent === 0 ? {} : { indent: ' '.repeat(indent) });
    if (values.output !== undefined) await writeFile(path.resolve(io.cwd, values.output), xml);
    else io.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
    return EXIT.ok;
  },
};

function checkModel(json: unknown, io: CliIo): ParsedXdf | undefined {
  const envelope = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const version = envelope.version;
  if (envelope.standard !== 'xdatenfelder' || (version !== '2.0' && version !== '3.0.0')) {
    io.stderr.write(
      'fimkit build: expected { "standard": "xdatenfelder", "version": "2.0" | "3.0.0", "message", "model" }\n',
    );
    return undefined;
  }
  const doc = { message: envelope.message, model: envelope.model };
  const result = version === '2.0' ? v2.documentSchema.safeParse(doc) : v3.documentSchema.safeParse(doc);
  if (!result.success) {
    for (const issue of result.error.issues) {
      io.stderr.write(`model invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}\n`);
    }
    return undefined;
  }
  return version === '2.0'
    ? { version, document: result.data as v2.Xdf2Document }
    : { version, document: result.data as v3.Xdf3Document };
}
