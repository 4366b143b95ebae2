/**
 * `fimkit xprozess`: XProzess 2.0 messages: overview, embedded files, BPMN activities.
 *
 * @module
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../core/diagnostics.js';
import { writeAtomic } from '../node/write-atomic.js';
import {
  type Aktivitaetengruppe,
  activitiesInFlowOrder,
  embeddedFiles,
  type Prozess,
  type Prozessklasse,
  parse,
  processModels,
  prozesseOf,
  safeEntryPath,
  type XprozessDocument,
} from '../xprozess/v2/index.js';
import { type Command, EXIT, parseFormat, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { exitCodeFor, formatDiagnostic, writeJsonLine } from './report.js';

const HELP = `Usage: fimkit xprozess <inspect|extract|activities> <file> [options]

Reads an XProzess 2.0 message (0101 … 0303) and its embedded files (base64 ZIP archives).

Subcommands:
  inspect <file>              Process classes, processes, activity groups, BPMN activity counts
                              and embedded files.
  extract <file> -o DIR       Writes the embedded files to DIR/<prozess-id>[_<version>]/<role>/<entry>.
                              Entries whose path would leave DIR are refused (and reported).
  activities <file>           The BPMN activities in the order of the flow, with lane and
                              Aktivitaetengruppe.

Options:
  -o, --out DIR      Target directory of extract.
  --format F         text (default) or json (JSON Lines: one record per line).
  -h, --help         Show this help.

Exit codes: 0 ok, 1 diagnostics (errors or warnings, refused entries), 2 usage error, unreadable
input or not an XProzess 2.0 message.

Examples:
  fimkit xprozess inspect 99006028261000_xprozess2.xml
  fimkit xprozess extract 99006028261000_xprozess2.xml -o models/
  fimkit xprozess activities 99006028261000_xprozess2.xml --format json
`;

type Sub = 'inspect' | 'extract' | 'activities';

/** `fimkit xprozess`. */
export const command: Command = {
  name: 'xprozess',
  summary: 'XProzess 2.0: inspect, extract embedded files, list BPMN activities',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { out?: string; format?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' },
          format: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'xprozess', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = parseFormat(values.format);
    if (format === undefined) return usageError(io, 'xprozess', '--format must be text or json.');
    const [sub, file, ...rest] = positionals;
    if (sub !== 'inspect' && sub !== 'extract' && sub !== 'activities') {
      return usageError(io, 'xprozess', 'expects a subcommand: inspect, extract or activities.');
    }
    if (file === undefined || rest.length > 0)
      return usageError(io, 'xprozess', `${sub} expects exactly one input file.`);
    if (sub === 'extract' && values.out === undefined)
      return usageError(io, 'xprozess', 'extract needs -o DIR.');
    const bytes = await readOne(file, io);
    if (bytes === undefined) return EXIT.usage;
    const parsed = parse(bytes);
    const diagnostics: Diagnostic[] = [...parsed.diagnostics];
    const doc = parsed.value;
    if (doc === undefined) {
      for (const d of diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
      return EXIT.usage;
    }
    const json = format === 'json';
    const run: Record<Sub, () => Promise<void> | void> = {
      inspect: () => inspect(doc, parsed.sourceMap, json, io, diagnostics),
      extract: () => extract(doc, path.resolve(io.cwd, values.out!), json, io, diagnostics),
      activities: () => activities(doc, parsed.sourceMap, json, io, diagnostics),
    };
    await run[sub]();
    for (const d of diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    return exitCodeFor(diagnostics, false);
  },
};

type SourceMapOf = ReturnType<typeof parse>['sourceMap'];

function klassenOf(doc: XprozessDocument): readonly Prozessklasse[] {
  const model = doc.model as {
    readonly prozesskatalog?: { readonly prozessklasse: readonly Prozessklasse[] };
  };
  return model.prozesskatalog?.prozessklasse ?? [];
}

function gruppenOf(p: Prozess): readonly Aktivitaetengruppe[] {
  return p.prozessstrukturbeschreibung?.strukturbeschreibungFIM?.aktivitaetengruppe ?? [];
}

const label = (id: string, version: string | undefined) => (version === undefined ? id : `${id} ${version}`);

function inspect(
  doc: XprozessDocument,
  sourceMap: SourceMapOf,
  json: boolean,
  io: CliIo,
  out: Diagnostic[],
): void {
  const models = processModels(doc, {}, sourceMap);
  out.push(...models.diagnostics);
  const files = embeddedFiles(doc);
  if (json) writeJsonLine(io, { type: 'message', message: doc.message });
  else io.stdout.write(`${doc.message}\n`);
  for (const k of klassenOf(doc)) {
    if (json)
      writeJsonLine(io, { type: 'prozessklasse', id: k.id, version: k.version ?? null, name: k.name });
    else io.stdout.write(`Prozessklasse ${label(k.id, k.version)}  ${k.name}\n`);
  }
  for (const p of prozesseOf(doc)) {
    const bpmnActivities = models.models
      .filter((m) => m.prozess === p)
      .reduce((n, m) => n + m.bpmn.nodes.filter((x) => x.kind === 'activity').length, 0);
    const record = {
      type: 'prozess',
      id: p.id,
      version: p.version ?? null,
      name: p.name,
      detaillierungsstufe: p.prozesssteckbrief?.detaillierungsstufe?.code ?? null,
      aktivitaetengruppen: gruppenOf(p).length,
      bpmnActivities,
      files: files
        .filter((f) => f.prozess === p)
        .map((f) => ({
          role: f.role,
          dateiname: f.datei.dateiname,
          entries: f.files.map((e) => ({ name: e.name, size: e.bytes.length })),
        })),
    };
    if (json) {
      writeJsonLine(io, record);
      continue;
    }
    io.stdout.write(
      `Prozess ${label(p.id, p.version)}  ${p.name}\n` +
        `  Detaillierungsstufe ${record.detaillierungsstufe ?? '-'}, ${record.aktivitaetengruppen} Aktivitaetengruppen, ` +
        `${bpmnActivities} BPMN activities\n`,
    );
    for (const f of record.files) {
      const entries = f.entries.map((e) => `${e.name} (${e.size} bytes)`).join(', ');
      io.stdout.write(`  ${f.role} "${f.dateiname}": ${entries || 'nothing readable'}\n`);
    }
  }
}

/** A path segment from an id: only [A-Za-z0-9._-], never `.` or `..`. */
function segment(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9._-]/g, '_');
  return clean === '' || /^\.+$/.test(clean) ? '_' : clean;
}

async function extract(
  doc: XprozessDocument,
  dir: string,
  json: boolean,
  io: CliIo,
  out: Diagnostic[],
): Promise<void> {
  for (const opened of embeddedFiles(doc)) {
    out.push(...opened.diagnostics);
    const base = path.join(
      dir,
      segment(
        opened.prozess.version === undefined
          ? opened.prozess.id
          : `${opened.prozess.id}_${opened.prozess.version}`,
      ),
      opened.role,
    );
    for (const f of opened.files) {
      const rel = safeEntryPath(f.name);
      const target = rel === undefined ? undefined : path.resolve(base, rel);
      if (target === undefined || !target.startsWith(dir + path.sep)) {
        out.push({
          severity: 'error',
          code: 'xprozess/unsafe-path',
          message: `Refused to write "${f.name}": it would leave ${dir}.`,
          source: 'xprozess',
        });
        continue;
      }
      await writeAtomic(target, f.bytes);
      if (json)
        writeJsonLine(io, {
          type: 'file',
          prozess: opened.prozess.id,
          role: opened.role,
          path: target,
          size: f.bytes.length,
        });
      else io.stdout.write(`${path.relative(dir, target)}  ${f.bytes.length} bytes\n`);
    }
  }
}

function activities(
  doc: XprozessDocument,
  sourceMap: SourceMapOf,
  json: boolean,
  io: CliIo,
  out: Diagnostic[],
): void {
  const { models, diagnostics } = processModels(doc, {}, sourceMap);
  out.push(...diagnostics);
  for (const m of models) {
    const gruppen = new Map<string, Aktivitaetengruppe[]>();
    for (const g of gruppenOf(m.prozess))
      gruppen.set(g.subProzessID, [...(gruppen.get(g.subProzessID) ?? []), g]);
    const lanes = new Map<string, string>();
    for (const l of m.bpmn.lanes) for (const ref of l.flowNodeRefs) lanes.set(ref, l.name ?? l.id);
    const pools = new Map(m.bpmn.participants.map((p) => [p.processRef, p.name ?? p.id]));
    if (!json) io.stdout.write(`Prozess ${label(m.prozess.id, m.prozess.version)}: ${m.fileName}\n`);
    for (const [i, a] of activitiesInFlowOrder(m.bpmn).entries()) {
      const gs = gruppen.get(a.id) ?? [];
      const record = {
        type: 'activity',
        prozess: m.prozess.id,
        order: i + 1,
        id: a.id,
        bpmnType: a.type,
        name: a.name ?? null,
        participant: pools.get(a.processId) ?? null,
        lane: lanes.get(a.id) ?? null,
        parent: a.parentId ?? null,
        aktivitaetengruppen: gs.map((g) => ({ id: g.id, typ: g.referenzaktivitaetengruppeTyp.code })),
      };
      if (json) writeJsonLine(io, record);
      else {
        const where = [record.participant, record.lane].filter((x) => x !== null).join(' / ');
        const rag = gs.map((g) => `  [RAG ${g.referenzaktivitaetengruppeTyp.code}, Gruppe ${g.id}]`).join('');
        io.stdout.write(
          `${String(i + 1).padStart(3)}. ${a.name ?? a.id}  (${a.type}${where ? `, ${where}` : ''})${rag}\n`,
        );
      }
    }
  }
}
