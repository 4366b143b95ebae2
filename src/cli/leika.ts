/**
 * `fimkit leika`: LeiKa keys, catalogue import/export, release diffs and key migrations.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../core/diagnostics.js';
import {
  type CatalogueCsvOptions,
  catalogueFromXzufi,
  catalogueToCsv,
  catalogueToJson,
  checkMapping,
  diffCatalogues,
  diffToMarkdown,
  encodeCsv,
  LEIKA_SPALTEN,
  type LeikaAenderung,
  type LeikaKatalog,
  type LeikaSpalten,
  leistungenOf,
  migrateDirectory,
  parseCatalogueCsv,
  parseCatalogueJson,
  parseLeistungsschluessel,
  parseMapping,
  writeAtomic,
} from '../leika/index.js';
import * as xzufi22 from '../xzufi/v2_2/index.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { exitCodeFor, formatDiagnostic, writeJsonLine } from './report.js';

const HELP = `Usage: fimkit leika key <key>... [--format text|json]
       fimkit leika import <catalogue.csv|catalogue.json|leistungen.xzufi.xml> [-o FILE] [--to json|csv]
                    [--encoding auto|utf-8|iso-8859-1] [--out-encoding utf-8|iso-8859-1]
                    [--column field=Name]...   (--out-encoding applies with -o)
       fimkit leika diff <old> <new> [--format text|json|markdown] [-o FILE]
       fimkit leika migrate --map <mapping.csv|json> <dir> [--dry-run | --write [--out DIR]]
                    [--old catalogue] [--new catalogue] [--format text|json]

key      Parses Leistungsschlüssel (14 digits or urn:de:fim:leika:leistung:<key>): Gruppierung,
         Leistungsobjekt, Verrichtung, Verrichtungsdetail, derived keys, type lo/lov/lovd, URN.
import   Reads the LeiKa catalogue CSV (';'-separated, UTF-8 or ISO-8859-1), its JSON form, or XZuFi 2.2.0
import { writeAtomic } from '../node/write-atomic.js';
         Leistungen (the federal LeiKa texts), and writes it as JSON (default) or CSV.
         --column renames a column, e.g. --column typ=Typisierung.
diff     Release diff of two catalogues (CSV, JSON or XZuFi): added, removed, renamed, split, merged, text
         and Typisierung changes.
migrate  Applies a key mapping (CSV header old,new,kind with kind rename|split|merge, or JSON) to
         every *.xml file below <dir>. --dry-run (default) lists every key reference file by file;
         --write replaces renamed and merged keys, atomically per file: into --out DIR, or in place
         after a <file>.bak copy. Split keys are reported for a human decision, never guessed.
         With --old/--new catalogues, keys missing from them are reported.

Options:
  --format F        text (default), json (JSON Lines) or, for diff, markdown.
  -o, --output F    Write the result to F instead of stdout.
  -h, --help        Show this help.

Exit codes: 0 ok, 1 findings (diagnostics, changes found, splits needing a decision),
2 usage error or unreadable input.

Examples:
  fimkit leika key 99006028261000
  fimkit leika import leika.csv -o catalogue.json
  fimkit leika diff leika-2024.csv leika-2025.csv --format markdown
  fimkit leika migrate --map mapping.csv texts/ --write --out migrated/
`;

type Values = Record<string, string | boolean | string[] | undefined>;

function parse(args: readonly string[], io: CliIo): { values: Values; positionals: string[] } | number {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        to: { type: 'string' },
        encoding: { type: 'string' },
        'out-encoding': { type: 'string' },
        column: { type: 'string', multiple: true },
        map: { type: 'string' },
        'dry-run': { type: 'boolean' },
        write: { type: 'boolean' },
        out: { type: 'string' },
        old: { type: 'string' },
        new: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, 'leika', (error as Error).message);
  }
}

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);

function report(io: CliIo, file: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
}

async function emit(io: CliIo, output: string | undefined, data: string | Uint8Array): Promise<void> {
  if (output !== undefined) await writeAtomic(path.resolve(io.cwd, output), data);
  else io.stdout.write(typeof data === 'string' ? data : new TextDecoder().decode(data));
}

async function loadCatalogue(
  file: string,
  io: CliIo,
  options: CatalogueCsvOptions = {},
): Promise<{ katalog: LeikaKatalog | undefined; diagnostics: readonly Diagnostic[] } | undefined> {
  const bytes = await readOne(file, io);
  if (bytes === undefined) return undefined;
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (file.toLowerCase().endsWith('.json') || head.startsWith('{')) {
    const r = parseCatalogueJson(new TextDecoder().decode(bytes));
    return { katalog: r.value, diagnostics: r.diagnostics };
  }
  if (head.startsWith('<')) {
    const parsed = xzufi22.parse(bytes, { fileName: file });
    if (parsed.value === undefined) return { katalog: undefined, diagnostics: parsed.diagnostics };
    const r = catalogueFromXzufi(leistungenOf([parsed.value]));
    return { katalog: r.value, diagnostics: [...parsed.diagnostics, ...r.diagnostics] };
  }
  const r = parseCatalogueCsv(bytes, options);
  return { katalog: r.value, diagnostics: r.diagnostics };
}

async function runKey(positionals: string[], format: string, io: CliIo): Promise<number> {
  if (positionals.length === 0) return usageError(io, 'leika', 'key expects at least one key.');
  let exit: number = EXIT.ok;
  for (const input of positionals) {
    const { value, diagnostics } = parseLeistungsschluessel(input);
    exit = Math.max(exit, exitCodeFor(diagnostics, false));
    if (format === 'json') {
      writeJsonLine(io, { input, key: value ?? null, diagnostics });
      continue;
    }
    if (value === undefined) {
      io.stdout.write(`${input}: not a Leistungsschlüssel\n`);
    } else {
      io.stdout.write(
        `${value.schluessel}  ${value.typ}  ${value.urn}\n` +
          `  Leistungsgruppierung ${value.leistungsgruppierung}, Leistungsobjekt ${value.leistungsobjekt}, ` +
          `Verrichtung ${value.verrichtung}, Verrichtungsdetail ${value.verrichtungsdetail}\n` +
          `  Leistungsobjekt ${value.leistungsobjektSchluessel}, mit Verrichtung ${value.leistungsobjektMitVerrichtungSchluessel}\n`,
      );
    }
    for (const d of diagnostics) io.stdout.write(`${formatDiagnostic(d)}\n`);
  }
  return exit;
}

function columnsFrom(values: Values, io: CliIo): Partial<LeikaSpalten> | undefined {
  const columns: Record<string, string> = {};
  const list = Array.isArray(values.column) ? values.column : [];
  for (const spec of list) {
    const eq = spec.indexOf('=');
    const field = spec.slice(0, eq);
    if (eq <= 0 || !Object.hasOwn(LEIKA_SPALTEN, field)) {
      usageError(
        io,
        'leika',
        `--column takes field=Name with field one of ${Object.keys(LEIKA_SPALTEN).join(', ')}.`,
      );
      return undefined;
    }
    columns[field] = spec.slice(eq + 1);
  }
  return columns as Partial<LeikaSpalten>;
}

async function runImport(positionals: string[], values: Values, io: CliIo): Promise<number> {
  if (positionals.length !== 1) return usageError(io, 'leika', 'import expects exactly one catalogue file.');
  const to = str(values.to) ?? 'json';
  const encoding = str(values.encoding) ?? 'auto';
  const outEncoding = str(values['out-encoding']) ?? 'utf-8';
  if (to !== 'json' && to !== 'csv') return usageError(io, 'leika', '--to must be json or csv.');
  if (encoding !== 'auto' && encoding !== 'utf-8' && encoding !== 'iso-8859-1')
    return usageError(io, 'leika', '--encoding must be auto, utf-8 or iso-8859-1.');
  if (outEncoding !== 'utf-8' && outEncoding !== 'iso-8859-1')
    return usageError(io, 'leika', '--out-encoding must be utf-8 or iso-8859-1.');
  const columns = columnsFrom(values, io);
  if (columns === undefined) return EXIT.usage;
  const file = positionals[0] ?? '';
  const loaded = await loadCatalogue(file, io, { columns, encoding });
  if (loaded === undefined) return EXIT.usage;
  const diagnostics = [...loaded.diagnostics];
  if (loaded.katalog === undefined) {
    report(io, file, diagnostics);
    return EXIT.usage;
  }
  let data: string | Uint8Array;
  if (to === 'json') data = catalogueToJson(loaded.katalog);
  else {
    const text = catalogueToCsv(loaded.katalog, { columns });
    if (str(values.output) === undefined) data = text;
    else {
      const encoded = encodeCsv(text, outEncoding);
      diagnostics.push(...encoded.diagnostics);
      data = encoded.bytes;
    }
  }
  report(io, file, diagnostics);
  await emit(io, str(values.output), data);
  return exitCodeFor(diagnostics, false);
}

function changeLine(c: LeikaAenderung): string {
  switch (c.kind) {
    case 'added':
    case 'removed':
      return `${c.kind}  ${c.schluessel}  ${c.bezeichnung}`;
    case 'renamed':
      return `renamed  ${c.from} -> ${c.to}  ${c.bezeichnung}`;
    case 'split':
      return `split  ${c.from} -> ${c.to.join(', ')}`;
    case 'merged':
      return `merged  ${c.from.join(', ')} -> ${c.to}`;
    case 'text-changed':
      return `text-changed  ${c.schluessel}  ${c.field}: "${c.before}" -> "${c.after}"`;
    case 'typisierung-changed':
      return `typisierung-changed  ${c.schluessel}  ${c.before.join(';')} -> ${c.after.join(';')}`;
  }
}

async function runDiff(positionals: string[], values: Values, format: string, io: CliIo): Promise<number> {
  if (positionals.length !== 2) return usageError(io, 'leika', 'diff expects an old and a new catalogue.');
  const [oldFile = '', newFile = ''] = positionals;
  const a = await loadCatalogue(oldFile, io);
  const b = await loadCatalogue(newFile, io);
  if (a === undefined || b === undefined) return EXIT.usage;
  report(io, oldFile, a.diagnostics);
  report(io, newFile, b.diagnostics);
  if (a.katalog === undefined || b.katalog === undefined) return EXIT.usage;
  const diff = diffCatalogues(a.katalog, b.katalog);
  report(io, newFile, diff.diagnostics);
  let text: string;
  if (format === 'markdown') text = diffToMarkdown(diff);
  else if (format === 'json') text = diff.changes.map((c) => `${JSON.stringify(c)}\n`).join('');
  else text = diff.changes.map((c) => `${changeLine(c)}\n`).join('');
  await emit(io, str(values.output), text);
  return diff.changes.length > 0 ? EXIT.findings : EXIT.ok;
}

async function keysOf(
  file: string | undefined,
  io: CliIo,
): Promise<ReadonlySet<string> | undefined | number> {
  if (file === undefined) return undefined;
  const loaded = await loadCatalogue(file, io);
  if (loaded?.katalog === undefined) {
    if (loaded !== undefined) report(io, file, loaded.diagnostics);
    return EXIT.usage;
  }
  return new Set(loaded.katalog.eintraege.map((e) => e.schluessel));
}

async function runMigrate(positionals: string[], values: Values, format: string, io: CliIo): Promise<number> {
  const mapFile = str(values.map);
  if (mapFile === undefined) return usageError(io, 'leika', 'migrate needs --map FILE.');
  if (positionals.length !== 1) return usageError(io, 'leika', 'migrate expects exactly one directory.');
  if (values.write === true && values['dry-run'] === true)
    return usageError(io, 'leika', '--write and --dry-run exclude each other.');
  if (values.out !== undefined && values.write !== true)
    return usageError(io, 'leika', '--out needs --write.');
  const dir = path.resolve(io.cwd, positionals[0] ?? '');
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) return usageError(io, 'leika', `${positionals[0]} is not a directory.`);
  let mapText: string;
  try {
    mapText = await readFile(path.resolve(io.cwd, mapFile), 'utf8');
  } catch (error) {
    io.stderr.write(`fimkit leika: cannot read ${mapFile}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const oldKeys = await keysOf(str(values.old), io);
  const newKeys = await keysOf(str(values.new), io);
  if (typeof oldKeys === 'number' || typeof newKeys === 'number') return EXIT.usage;
  const rows = parseMapping(mapText);
  const checked = checkMapping(rows.value ?? [], {
    ...(oldKeys === undefined ? {} : { old: oldKeys }),
    ...(newKeys === undefined ? {} : { new: newKeys }),
  });
  const mapDiagnostics = [...rows.diagnostics, ...checked.diagnostics];
  report(io, mapFile, mapDiagnostics);
  if (rows.value === undefined || checked.value === undefined) {
    io.stderr.write(`fimkit leika: the mapping ${mapFile} has errors; nothing was migrated.\n`);
    return EXIT.findings;
  }
  const outDir = str(values.out);
  const files = await migrateDirectory(dir, checked.value, {
    mode: values.write === true ? 'write' : 'dry-run',
    ...(outDir === undefined ? {} : { outDir: path.resolve(io.cwd, outDir) }),
  });
  let exit = exitCodeFor(mapDiagnostics, false);
  for (const f of files) {
    exit = Math.max(exit, exitCodeFor(f.diagnostics, false));
    if (f.changed && values.write !== true) exit = Math.max(exit, EXIT.findings);
    if (format === 'json') {
      writeJsonLine(io, { ...f });
      continue;
    }
    if (f.references.length === 0 && f.diagnostics.length === 0) continue;
    io.stdout.write(`${f.file}${f.written === undefined ? '' : ` (written to ${f.written})`}\n`);
    for (const r of f.references) {
      const action =
        r.action === 'replace'
          ? `-> ${r.replacement}`
          : r.action === 'decide'
            ? `split: decide between ${r.candidates?.join(', ')}`
            : 'unchanged';
      io.stdout.write(
        `  ${r.line}:${r.column}  ${r.key}  ${action}${r.path === undefined ? '' : `  (${r.path})`}\n`,
      );
    }
    for (const d of f.diagnostics) io.stdout.write(`${formatDiagnostic(d)}\n`);
  }
  return exit;
}

/** `fimkit leika`. */
export const command: Command = {
  name: 'leika',
  summary: 'LeiKa keys, catalogue import/export, release diff and key migration',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parse(args, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const [sub, ...rest] = positionals;
    const format = str(values.format) ?? 'text';
    const formats = sub === 'diff' ? ['text', 'json', 'markdown'] : ['text', 'json'];
    if (!formats.includes(format))
      return usageError(io, 'leika', `--format must be ${formats.join(' or ')}.`);
    switch (sub) {
      case 'key':
        return runKey(rest, format, io);
      case 'import':
        return runImport(rest, values, io);
      case 'diff':
        return runDiff(rest, values, format, io);
      case 'migrate':
        return runMigrate(rest, values, format, io);
      default:
        return usageError(
          io,
          'leika',
          sub === undefined ? 'missing subcommand.' : `unknown subcommand ${sub}.`,
        );
    }
  },
};
