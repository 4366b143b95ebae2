/**
 * `fimkit patch`: applies a level-0 diff (from `fimkit diff --format json`) to its left file and writes
 * the right file. Every change is checked against the file, so a clean patch proves the diff.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../detect/index.js';
import { readDiff } from '../diff/format.js';
import { patchXdatenfelder } from '../diff/xdatenfelder.js';
import { patchXprozess } from '../diff/xprozess.js';
import { patchXzufi } from '../diff/xzufi.js';
import { writeAtomic } from '../node/write-atomic.js';
import * as xprozess from '../xprozess/v2/index.js';
import * as xzufi from '../xzufi/v2_2/index.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { formatDiagnostic } from './report.js';
import { buildXdf, parseXdf } from './xdf.js';

const HELP = `Usage: fimkit patch <old> <diff.json> [-o FILE]

Applies a diff written by 'fimkit diff --format json' (level 0) to the file it was made from
and writes the resulting XML (XDatenfelder, XZuFi Leistung or XProzess message). Each change is checked against what the diff says
was there before; any mismatch is reported as diff/patch-conflict and nothing is written.

Options:
  -o, --output F     Write the XML to F instead of stdout.
  -h, --help         Show this help.

Exit codes: 0 patched, 1 conflicts (nothing written), 2 usage error, unreadable input or
a diff that cannot be applied (filtered at level 1-3, other standard or version).

Examples:
  fimkit diff old.xml new.xml --format json -o changes.json
  fimkit patch old.xml changes.json -o new.rebuilt.xml
`;

/** `fimkit patch`. */
export const command: Command = {
  name: 'patch',
  summary: 'apply a level-0 diff to its left XDatenfelder file',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { output?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
      }));
    } catch (error) {
      return usageError(io, 'patch', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (positionals.length !== 2) return usageError(io, 'patch', 'expects <old> <diff.json>.');
    const [file, diffFile] = positionals as [string, string];
    const bytes = await readOne(file, io);
    if (bytes === undefined) return EXIT.usage;
    const standard = detect(bytes).value?.standard;
    if (standard === 'xzufi' || standard === 'xprozess') {
      return patchOther(standard, bytes, file, diffFile, values.output, io);
    }
    const parsed = parseXdf(bytes);
    if (parsed.parsed === undefined) {
      for (const d of parsed.diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
      return EXIT.usage;
    }
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, diffFile), 'utf8');
    } catch (error) {
      io.stderr.write(`fimkit patch: cannot read ${diffFile}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    const diff = readDiff(text);
    if (diff.value === undefined) {
      for (const d of diff.diagnostics) io.stderr.write(`${diffFile}: ${formatDiagnostic(d)}\n`);
      return EXIT.usage;
    }
    const patched = patchXdatenfelder(parsed.parsed, diff.value);
    for (const d of patched.diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    if (patched.value === undefined) return EXIT.usage;
    if (patched.diagnostics.some((d) => d.severity === 'error')) return EXIT.findings;
    const xml = buildXdf(patched.value);
    if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), xml);
    else io.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
    return EXIT.ok;
  },
};

/** Applies a diff to an XZuFi Leistung or an XProzess message and writes the resulting XML. */
async function patchOther(
  standard: 'xzufi' | 'xprozess',
  bytes: Uint8Array,
  file: string,
  diffFile: string,
  output: string | undefined,
  io: CliIo,
): Promise<number> {
  const parsed = standard === 'xzufi' ? xzufi.parse(bytes) : xprozess.parse(bytes);
  if (parsed.value === undefined) {
    for (const d of parsed.diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, diffFile), 'utf8');
  } catch (error) {
    io.stderr.write(`fimkit patch: cannot read ${diffFile}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const diff = readDiff(text);
  if (diff.value === undefined) {
    for (const d of diff.diagnostics) io.stderr.write(`${diffFile}: ${formatDiagnostic(d)}\n`);
    return EXIT.usage;
  }
  const patched =
    standard === 'xzufi'
      ? patchXzufi(parsed.value as xzufi.Xzufi22Document, diff.value)
      : patchXprozess(parsed.value as xprozess.XprozessDocument, diff.value);
  for (const d of patched.diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
  if (patched.value === undefined) return EXIT.usage;
  if (patched.diagnostics.some((d) => d.severity === 'error')) return EXIT.findings;
  const xml =
    standard === 'xzufi'
      ? xzufi.build(patched.value as xzufi.Xzufi22Document)
      : xprozess.build(patched.value as xprozess.XprozessDocument);
  if (output !== undefined) await writeAtomic(path.resolve(io.cwd, output), xml);
  else io.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
  return EXIT.ok;
}
