/**
 * `fimkit json-schema`: a JSON Schema 2020-12 for form vendors from an XDatenfelder schema.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CodeListRegistry, loadCodeListRegistry } from '../codelist/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import {
  type JsonSchemaOptions,
  type JsonSchemaResult,
  toJsonSchema,
  xdf2ToJsonSchema,
} from '../jsonschema/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { exitCodeFor, formatDiagnostic, writeJsonLine } from './report.js';
import { parseXdf } from './xdf.js';

const HELP = `Usage: fimkit json-schema <file> [--codelists DIR] [-o FILE] [options]

Generates a JSON Schema (2020-12) from an XDatenfelder 3.0.0 Stammdatenschema, Datenfeldgruppe or
Datenfeld (2.0 files are converted to 3.0.0 first): groups become objects, fields typed
properties, anzahl required members or arrays, Auswahlgruppen oneOf, praezisierung
minLength/maxLength/minimum/maximum/pattern, Wertelisten and code lists oneOf const + title.
See docs/json-schema.md. Use - to read from stdin.

Options:
  --codelists DIR        Genericode code lists (searched recursively) to turn code list
                         references into value lists.
  --code-lists MODE      inline (default): values in every field; reference: one $defs entry per list.
  --no-versions          Leave versions out of $defs names, property names and $id.
  --open                 Allow members the schema does not define (additionalProperties: true).
  --base-uri URI         Prefix of the root $id.
  --indent N             Indent the schema with N spaces (default 2; 0 = one line).
  --format text|json     text (default): the schema on stdout, diagnostics on stderr;
                         json: one JSON line { file, schema, diagnostics }.
  -o, --output F         Write the output to F instead of stdout.
  -h, --help             Show this help.

Exit codes: 0 schema written without warnings, 1 schema written with warnings or errors,
2 usage error, unreadable input, or a message without form content.

Examples:
  fimkit json-schema schema.xdf.xml --codelists ../codelists -o schema.json
  fimkit json-schema S00000009_xdatenfelder.xml --no-versions --code-lists reference
`;

interface Values {
  codelists?: string;
  'code-lists'?: string;
  'no-versions'?: boolean;
  open?: boolean;
  'base-uri'?: string;
  indent?: string;
  format?: string;
  output?: string;
  help?: boolean;
}

async function loadRegistry(dir: string, io: CliIo): Promise<CodeListRegistry | undefined> {
  try {
    const loaded = await loadCodeListRegistry(path.resolve(io.cwd, dir));
    return loaded.registry;
  } catch (error) {
    io.stderr.write(
      `fimkit json-schema: cannot read code list directory ${dir}: ${(error as Error).message}\n`,
    );
    return undefined;
  }
}

function generate(
  bytes: Uint8Array,
  options: JsonSchemaOptions,
): { result?: JsonSchemaResult; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseXdf(bytes);
  if (parsed === undefined) return { diagnostics: [...diagnostics] };
  // 3.0.0: the source map places diagnostics at line and column; 2.0 is converted first (no positions).
  const result =
    parsed.version === '2.0'
      ? xdf2ToJsonSchema(parsed.document, options)
      : toJsonSchema(parsed.document, {
          ...options,
          ...(parsed.sourceMap === undefined ? {} : { sourceMap: parsed.sourceMap }),
        });
  return { result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

/** `fimkit json-schema`. */
export const command: Command = {
  name: 'json-schema',
  summary: 'generate a JSON Schema 2020-12 from an XDatenfelder schema',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: Values;
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          codelists: { type: 'string' },
          'code-lists': { type: 'string' },
          'no-versions': { type: 'boolean' },
          open: { type: 'boolean' },
          'base-uri': { type: 'string' },
          indent: { type: 'string' },
          format: { type: 'string' },
          output: { type: 'string', short: 'o' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'json-schema', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      return usageError(io, 'json-schema', `--format must be text or json, not "${format}".`);
    }
    const mode = values['code-lists'] ?? 'inline';
    if (mode !== 'inline' && mode !== 'reference') {
      return usageError(io, 'json-schema', '--code-lists must be inline or reference.');
    }
    const indent = values.indent === undefined ? 2 : Number(values.indent);
    if (!(Number.isInteger(indent) && indent >= 0 && indent <= 8)) {
      return usageError(io, 'json-schema', '--indent takes a whole number from 0 to 8.');
    }
    if (positionals.length !== 1) return usageError(io, 'json-schema', 'expects exactly one input file.');
    const file = positionals[0]!;
    let registry: CodeListRegistry | undefined;
    if (values.codelists !== undefined) {
      registry = await loadRegistry(values.codelists, io);
      if (registry === undefined) return EXIT.usage;
    }
    const bytes = await readOne(file, io);
    if (bytes === undefined) return EXIT.usage;
    const options: JsonSchemaOptions = {
      codeLists: mode,
      versionsInIds: values['no-versions'] !== true,
      additionalProperties: values.open === true,
      ...(registry === undefined ? {} : { registry }),
      ...(values['base-uri'] === undefined ? {} : { baseUri: values['base-uri'] }),
    };
    const { result, diagnostics } = generate(bytes, options);
    const schema = result?.value;
    let text: string;
    if (format === 'json') {
      text = `${JSON.stringify({ file, schema: schema ?? null, diagnostics })}\n`;
    } else {
      for (const d of diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
      if (schema === undefined) return EXIT.usage;
      text = `${JSON.stringify(schema, null, indent === 0 ? undefined : indent)}\n`;
    }
    if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), text);
    else if (format === 'json') writeJsonLine(io, { file, schema: schema ?? null, diagnostics });
    else io.stdout.write(text);
    return exitCodeFor(diagnostics, schema === undefined);
  },
};
