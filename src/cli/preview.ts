/**
 * `fimkit preview`: a self-contained HTML form preview of an XDatenfelder schema (docs/preview.md).
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CodeListRegistry, loadCodeListRegistry } from '../codelist/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { type PreviewResult, renderPreview, renderPreviewV2 } from '../preview/index.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { exitCodeFor, formatDiagnostic } from './report.js';
import { parseXdf } from './xdf.js';

const HELP = `Usage: fimkit preview <file> [--codelists DIR] [--editor] [-o FILE]

Renders an XDatenfelder 3.0.0 schema (2.0 is converted first) as one self-contained HTML page,
the way a citizen would see the form: labels, help texts, input types, select options, required
(*) and repeatable parts, choices and rules as text. A checkbox on the page shows ids, versions
and status for editors. No external resources; all text is HTML-escaped.

Options:
  --codelists DIR    Genericode code lists (searched recursively) to show select options of
                     fields that reference a code list.
  --editor           Open with ids, versions and status shown.
  -o, --output F     Write the HTML to F instead of stdout.
  -h, --help         Show this help.

Exit codes: 0 rendered, 1 rendered with warnings, 2 usage error or unreadable input.

Examples:
  fimkit preview S00000000362.xdf.xml --codelists codelists/ -o antrag.html
`;

/** `fimkit preview`. */
export const command: Command = {
  name: 'preview',
  summary: 'render an XDatenfelder schema as an HTML form preview',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { codelists?: string; editor?: boolean; output?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          codelists: { type: 'string' },
          editor: { type: 'boolean' },
          output: { type: 'string', short: 'o' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'preview', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (positionals.length !== 1) return usageError(io, 'preview', 'expects exactly one input file.');
    const file = positionals[0]!;
    let registry: CodeListRegistry | undefined;
    if (values.codelists !== undefined) {
      try {
        registry = (await loadCodeListRegistry(path.resolve(io.cwd, values.codelists))).registry;
      } catch (error) {
        io.stderr.write(
          `fimkit preview: cannot read code list directory ${values.codelists}: ${(error as Error).message}\n`,
        );
        return EXIT.usage;
      }
    }
    const bytes = await readOne(file, io);
    if (bytes === undefined) return EXIT.usage;
    const { parsed, diagnostics: read } = parseXdf(bytes);
    const options = { editor: values.editor === true, ...(registry === undefined ? {} : { registry }) };
    let result: PreviewResult | undefined;
    if (parsed?.version === '2.0') result = renderPreviewV2(parsed.document, options);
    else if (parsed !== undefined) {
      result = renderPreview(parsed.document, {
        ...options,
        ...(parsed.sourceMap === undefined ? {} : { sourceMap: parsed.sourceMap }),
      });
    }
    const diagnostics = [...read, ...(result?.diagnostics ?? [])];
    for (const d of diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    const html = result?.value;
    if (html !== undefined) {
      if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), html);
      else io.stdout.write(html);
    }
    return exitCodeFor(diagnostics, html === undefined);
  },
};
