/**
 * `fimkit convert`: XDatenfelder 2.0 to 3.0.0 and back, with a loss audit.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../core/diagnostics.js';
import { writeAtomic } from '../node/write-atomic.js';
import { convertV2ToV3, convertV3ToV2, type LossAuditEntry } from '../xdatenfelder/convert-v2-v3.js';
import * as v2 from '../xdatenfelder/v2/index.js';
import * as v3 from '../xdatenfelder/v3/index.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { formatDiagnostic } from './report.js';
import { parseXdf } from './xdf.js';

const HELP = `Usage: fimkit convert <file> --to xdf3|xdf2 [-o FILE] [--audit FILE] [--indent N]

Converts an XDatenfelder 2.0 file to 3.0.0 (--to xdf3) or back (--to xdf2), following the
documented mapping (docs/conversion.md): ids gain the Unternummernkreis, versions become
semver, status maps to freigabestatus, praezisierung becomes attributes, bezug is split.
Every value that was changed, defaulted or lost is listed in the loss audit.

Options:
  --to xdf3|xdf2     Target version (required).
  -o, --output F     Write the XML to F instead of stdout.
  --audit F          Write the loss audit as JSON to F (otherwise a summary goes to stderr).
  --indent N         Indent with N spaces (default: compact).
  -h, --help         Show this help.

Exit codes: 0 converted without loss, 1 converted with losses or diagnostics, 2 usage error,
unreadable input, or a message with no counterpart in the target version.

Examples:
  fimkit convert S00000009_xdatenfelder.xml --to xdf3 -o S00000009.xdf3.xml --audit audit.json
  fimkit convert schema.xdf.xml --to xdf2 --indent 2
`;

/** `fimkit convert`. */
export const command: Command = {
  name: 'convert',
  summary: 'convert XDatenfelder 2.0 <-> 3.0.0 with a loss audit',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { to?: string; output?: string; audit?: string; indent?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          to: { type: 'string' },
          output: { type: 'string', short: 'o' },
          audit: { type: 'string' },
          indent: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'convert', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (values.to !== 'xdf3' && values.to !== 'xdf2')
      return usageError(io, 'convert', '--to must be xdf3 or xdf2.');
    if (positionals.length !== 1) return usageError(io, 'convert', 'expects exactly one input file.');
    const indentN = values.indent === undefined ? 0 : Number(values.indent);
    if (!(Number.isInteger(indentN) && indentN >= 0 && indentN <= 8)) {
      return usageError(io, 'convert', '--indent takes a whole number from 0 to 8.');
    }
    const buildOptions = indentN === 0 ? {} : { indent: ' '.repeat(indentN) };
    const file = positionals[0]!;
    const bytes = await readOne(file, io);
    if (bytes === undefined) return EXIT.usage;
    const { parsed, diagnostics } = parseXdf(bytes);
    const all: Diagnostic[] = [...diagnostics];
    if (parsed === undefined) {
      for (const d of all) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
      return EXIT.usage;
    }
    const wanted = values.to === 'xdf3' ? '3.0.0' : '2.0';
    if (parsed.version === wanted) {
      io.stderr.write(`fimkit convert: ${file} already is XDatenfelder ${wanted}.\n`);
      return EXIT.usage;
    }
    let xml: string | undefined;
    let audit: readonly LossAuditEntry[];
    if (parsed.version === '2.0') {
      const r = convertV2ToV3(parsed.document);
      all.push(...r.diagnostics);
      audit = r.audit;
      if (r.value !== undefined) xml = v3.build(r.value, buildOptions);
    } else {
      const r = convertV3ToV2(parsed.document);
      all.push(...r.diagnostics);
      audit = r.audit;
      if (r.value !== undefined) xml = v2.build(r.value, buildOptions);
    }
    for (const d of all) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    if (xml === undefined) return EXIT.usage;
    if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), xml);
    else io.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
    if (values.audit !== undefined) {
      await writeAtomic(path.resolve(io.cwd, values.audit), `${JSON.stringify(audit, null, 2)}\n`);
    } else if (audit.length > 0) {
      const kinds = new Map<string, number>();
      for (const a of audit) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
      const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
      io.stderr.write(`${file}: loss audit: ${summary} (write it with --audit FILE)\n`);
    }
    return audit.some((a) => a.kind === 'lost') || all.some((d) => d.severity !== 'info')
      ? EXIT.findings
      : EXIT.ok;
  },
};
