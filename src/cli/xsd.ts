/**
 * `fimkit xsd`: an XDatenfelder schema as an XML Schema for exchanging its data (docs/xsd-export.md).
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CodeListRegistry, loadCodeListRegistry } from '../codelist/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { exportXsd, exportXsdV2, sampleInstance, type XsdExportResult } from '../xsdexport/index.js';
import { type Command, EXIT, parseFormat, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { exitCodeFor, formatDiagnostic, writeJsonLine } from './report.js';
import { parseXdf } from './xdf.js';

const HELP = `Usage: fimkit xsd <file> [--codelists DIR] [-o FILE] [--sample FILE] [--namespace URI]

Exports an XDatenfelder 3.0.0 schema (2.0 is converted first) as an XML Schema for exchanging
its data: groups become complex types and fields simple types, named by id and version and
defined once; anzahl becomes minOccurs/maxOccurs, Auswahlgruppen xs:choice, praezisierung
facets, Wertelisten and resolvable code lists enumerations, labels xs:documentation.

Options:
  --codelists DIR    Genericode code lists (searched recursively) to turn code list references
                     into enumerations; without it they are plain strings.
  -o, --output F     Write the XSD to F instead of stdout.
  --sample F         Also write a sample instance that validates against the XSD to F.
  --namespace URI    Target namespace (default urn:fimkit:xsdexport:<id>V<version>).
  --format text|json json: one JSON line {file, xsd, diagnostics} instead of the XSD text.
  -h, --help         Show this help.

Exit codes: 0 exported cleanly, 1 exported with warnings, 2 usage error or unreadable input.

Examples:
  fimkit xsd S00000000362.xdf.xml --codelists codelists/ -o antrag.xsd --sample antrag.xml
`;

async function loadRegistry(dir: string, io: CliIo): Promise<CodeListRegistry | undefined> {
  try {
    return (await loadCodeListRegistry(path.resolve(io.cwd, dir))).registry;
  } catch (error) {
    io.stderr.write(`fimkit xsd: cannot read code list directory ${dir}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** `fimkit xsd`. */
export const command: Command = {
  name: 'xsd',
  summary: 'export an XDatenfelder schema as an XML Schema for its data',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: {
      codelists?: string;
      output?: string;
      sample?: string;
      namespace?: string;
      format?: string;
      help?: boolean;
    };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          codelists: { type: 'string' },
          output: { type: 'string', short: 'o' },
          sample: { type: 'string' },
          namespace: { type: 'string' },
          format: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'xsd', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = parseFormat(values.format);
    if (format === undefined) return usageError(io, 'xsd', '--format must be text or json.');
    if (positionals.length !== 1) return usageError(io, 'xsd', 'expects exactly one input file.');
    const file = positionals[0]!;
    let registry: CodeListRegistry | undefined;
    if (values.codelists !== undefined) {
      registry = await loadRegistry(values.codelists, io);
      if (registry === undefined) return EXIT.usage;
    }
    const bytes = await readOne(file, io);
    if (bytes === undefined) return EXIT.usage;
    const { parsed, diagnostics: read } = parseXdf(bytes);
    const options = {
      ...(registry === undefined ? {} : { registry }),
      ...(values.namespace === undefined ? {} : { targetNamespace: values.namespace }),
    };
    let result: XsdExportResult | undefined;
    if (parsed?.version === '2.0') result = exportXsdV2(parsed.document, options);
    else if (parsed !== undefined) {
      result = exportXsd(parsed.document, {
        ...options,
        ...(parsed.sourceMap === undefined ? {} : { sourceMap: parsed.sourceMap }),
      });
    }
    const diagnostics = [...read, ...(result?.diagnostics ?? [])];
    const value = result?.value;
    if (format === 'json') {
      const record = { file, xsd: value?.xsd ?? null, diagnostics };
      if (values.output !== undefined) {
        await writeAtomic(path.resolve(io.cwd, values.output), `${JSON.stringify(record)}\n`);
      } else writeJsonLine(io, record);
    } else {
      for (const d of diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
      if (value !== undefined) {
        if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), value.xsd);
        else io.stdout.write(value.xsd.endsWith('\n') ? value.xsd : `${value.xsd}\n`);
      }
    }
    if (value !== undefined && values.sample !== undefined) {
      await writeAtomic(path.resolve(io.cwd, values.sample), sampleInstance(value.model));
    }
    return exitCodeFor(diagnostics, value === undefined);
  },
};
