/**
 * `fimkit search`: find fields, groups, schemas and code lists in a directory of schemas
 * (docs/search.md).
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../core/diagnostics.js';
import {
  buildSearchIndex,
  cachedSearchIndex,
  type SearchFilters,
  type SearchIndex,
  type SearchKind,
  search,
} from '../search/index.js';
import { type Command, EXIT, parseFormat, usageError } from './command.js';
import type { CliIo } from './io.js';
import { formatDiagnostic, writeJsonLine } from './report.js';

const HELP = `Usage: fimkit search <dir> <words...> [--type field|group|schema|codelist] [--status S]
                    [--art ABS|HAR|RNG] [--nummernkreis NN] [--codelist | --no-codelist]
                    [--limit N] [--cache FILE] [--format text|json]

Indexes the XDatenfelder documents (3.0.0; 2.0 through the converter) and genericode code lists
under <dir> and lists the elements whose label, name or help text contain all the words.
Matching ignores case, umlaut spelling (ä = ae, ß = ss) and common German endings. Hits are
ranked by relevance, then released status, harmonised (HAR) elements, the Bund range 60 and reuse.

Options:
  --type T           field, group, schema or codelist (repeatable).
  --status S         freigabestatus code 1-8, or "released" (4, 5, 6) (repeatable).
  --art A            Strukturelementart / schemaelementart ABS, HAR, RNG (repeatable).
  --nummernkreis NN  Two digits after the id letter: 60 (Bund BOB), 00, 05, ... (repeatable).
  --codelist         Only fields with a code list or Werteliste; --no-codelist: only without.
  --limit N          At most N hits (default 20; 0 = all).
  --cache FILE       Keep the index in FILE; reused while the files under <dir> are unchanged.
  --format text|json json: one JSON line per hit.
  -h, --help         Show this help.

Exit codes: 0 hits found, 1 no hits, 2 usage error or unreadable directory.

Examples:
  fimkit search corpus/ Staatsangehörigkeit --type field --status released
  fimkit search corpus/ --nummernkreis 60 --status released --codelist --format json
`;

const KINDS: readonly SearchKind[] = ['field', 'group', 'schema', 'codelist'];

/** `fimkit search`. */
export const command: Command = {
  name: 'search',
  summary: 'search fields, groups, schemas and code lists in a directory',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: {
      type?: string[];
      status?: string[];
      art?: string[];
      nummernkreis?: string[];
      codelist?: boolean;
      'no-codelist'?: boolean;
      limit?: string;
      cache?: string;
      format?: string;
      help?: boolean;
    };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          type: { type: 'string', multiple: true },
          status: { type: 'string', multiple: true },
          art: { type: 'string', multiple: true },
          nummernkreis: { type: 'string', multiple: true },
          codelist: { type: 'boolean' },
          'no-codelist': { type: 'boolean' },
          limit: { type: 'string' },
          cache: { type: 'string' },
          format: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'search', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = parseFormat(values.format);
    if (format === undefined) return usageError(io, 'search', '--format must be text or json.');
    if (positionals.length < 1) return usageError(io, 'search', 'expects a directory (and words).');
    const kinds = values.type ?? [];
    const unknownKind = kinds.find((k) => !(KINDS as readonly string[]).includes(k));
    if (unknownKind !== undefined) return usageError(io, 'search', `unknown --type "${unknownKind}".`);
    if (values.codelist && values['no-codelist']) {
      return usageError(io, 'search', '--codelist and --no-codelist exclude each other.');
    }
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!(Number.isInteger(limit) && limit >= 0))
      return usageError(io, 'search', '--limit takes a whole number.');
    const dir = path.resolve(io.cwd, positionals[0]!);
    const query = positionals.slice(1).join(' ');
    const filters: SearchFilters = {
      kind: kinds as SearchKind[],
      ...(values.status === undefined ? {} : { status: values.status }),
      ...(values.art === undefined ? {} : { schemaelementart: values.art }),
      ...(values.nummernkreis === undefined ? {} : { nummernkreis: values.nummernkreis }),
      ...(values.codelist ? { hasCodeList: true } : values['no-codelist'] ? { hasCodeList: false } : {}),
    };
    let index: SearchIndex;
    let diagnostics: Diagnostic[];
    try {
      ({ index, diagnostics } =
        values.cache === undefined
          ? await buildSearchIndex(dir)
          : await cachedSearchIndex(dir, path.resolve(io.cwd, values.cache)));
    } catch (error) {
      io.stderr.write(`fimkit search: cannot read ${positionals[0]}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    for (const d of diagnostics) if (d.severity !== 'info') io.stderr.write(`${formatDiagnostic(d)}\n`);
    const hits = search(index, query, { filters, ...(limit === 0 ? {} : { limit }) });
    for (const { entry, score } of hits) {
      if (format === 'json') {
        const { words: _words, ...rest } = entry;
        writeJsonLine(io, { ...rest, score });
      } else {
        const facts = [
          entry.status === undefined ? undefined : `Status ${entry.status}`,
          entry.schemaelementart,
          entry.datentyp,
          entry.codeList === undefined ? undefined : `Codeliste ${entry.codeList}`,
          entry.schemas.length > 0 ? `in ${entry.schemas.length} Schema(s)` : undefined,
        ].filter((f) => f !== undefined);
        io.stdout.write(
          `${entry.kind.padEnd(8)} ${entry.key.padEnd(22)} ${entry.label}  (${facts.join(', ')})\n`,
        );
      }
    }
    return hits.length > 0 ? EXIT.ok : EXIT.findings;
  },
};
