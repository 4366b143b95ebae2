/**
 * `fimkit validate`: detects each file and validates it against the official XSD of its standard and
 * version (libxml2, same verdict and error lines as `xmllint --schema`).
 *
 * @module
 */

import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Diagnostic, diagnostic, FimkitError } from '../core/diagnostics.js';
import { readXml } from '../core/xml/index.js';
import { XSD_DIR_ENV } from '../core/xsd/locate.js';
import { findXsdSet, XSD_MANIFEST, type XsdSet } from '../core/xsd/manifest.js';
import type { XsdValidator } from '../core/xsd/validator.js';
import { type Detection, detect } from '../detect/index.js';
import { type Command, EXIT, parseFormat, usageError } from './command.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { createProgress, exitCodeFor, formatDiagnostic, plural, writeJsonLine } from './report.js';

const LAYOUT = XSD_MANIFEST.map((s) => `${s.dir}/${s.entry}`).join(', ');

const HELP = `Usage: fimkit validate <file|dir>... [--xsd-dir DIR] [--format text|json]

Detects each file's standard and version and validates it against the official XSD set
(XDatenfelder 2.0 and 3.0.0, genericode 1.0). Files of standards without an XSD set in
fimkit (XProzess, XZuFi) are checked for well-formedness only. Directories are searched
recursively for *.xml files.

fimkit does not ship the XSD files: download them once (see xsd/README.md) into one
folder with the layout ${LAYOUT}.

Options:
  --xsd-dir DIR        Folder holding the XSD sets (default: $${XSD_DIR_ENV}).
  --format text|json   Output format (default: text). json prints JSON Lines: one object
                       per input with file, standard, version, message, valid, schema and
                       diagnostics.
  -h, --help           Show this help.

Exit codes: 0 all valid, 1 findings (any error or warning), 2 usage error, unreadable
input or missing/broken XSD set.

Examples:
  fimkit validate --xsd-dir ../shared/xsd fixtures/
  ${XSD_DIR_ENV}=/opt/fim/xsd fimkit validate schema.xdf.xml --format json
`;

type Outcome = {
  readonly detection: Detection | undefined;
  readonly set: XsdSet | undefined;
  /** true/false after XSD validation, null when not validated against an XSD. */
  readonly valid: boolean | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly unusable: boolean;
};

/**
 * Finds the XSD directory: `--xsd-dir`, else `FIMKIT_XSD_DIR`, resolved against `io.cwd`. Returns an
 * error message naming both when neither is usable.
 */
function locateXsdDir(option: string | undefined, io: CliIo): { dir: string } | { error: string } {
  const fromEnv = io.env[XSD_DIR_ENV];
  const [given, origin] =
    option !== undefined && option !== ''
      ? [option, '--xsd-dir']
      : fromEnv !== undefined && fromEnv !== ''
        ? [fromEnv, XSD_DIR_ENV]
        : [undefined, undefined];
  if (given === undefined) {
    return {
      error:
        `no XSD directory given. Pass --xsd-dir DIR or set the environment variable ${XSD_DIR_ENV}.\n` +
        `fimkit does not ship the official XSD files: download them into one folder with the layout\n` +
        `${LAYOUT} (see xsd/README.md in the fimkit package).`,
    };
  }
  const dir = path.resolve(io.cwd, given);
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() !== true) {
    return {
      error:
        `XSD directory ${dir} (from ${origin}) does not exist or is not a directory.\n` +
        `Pass --xsd-dir DIR or set ${XSD_DIR_ENV} to a folder holding ${LAYOUT}.`,
    };
  }
  return { dir };
}

function check(bytes: Uint8Array, file: string, validator: XsdValidator): Outcome {
  const detected = detect(bytes, { fileName: file });
  const detection = detected.value;
  if (detection === undefined || !detection.supported) {
    return { detection, set: undefined, valid: null, diagnostics: detected.diagnostics, unusable: false };
  }
  const set = findXsdSet(detection.standard, detection.version);
  if (set === undefined) {
    // No XSD: check well-formedness with the reader and say plainly what was not checked.
    const read = readXml(bytes, {}, { fileName: file });
    return {
      detection,
      set,
      valid: null,
      diagnostics: [
        ...read.diagnostics,
        diagnostic(
          'info',
          'validate/no-xsd',
          `fimkit has no XSD set for ${detection.label}; only well-formedness was checked.`,
          'cli',
        ),
      ],
      unusable: false,
    };
  }
  try {
    const diagnostics = validator.validate(bytes, {
      standard: set.standard,
      version: set.version,
      fileName: file,
    });
    const valid = !diagnostics.some((d) => d.severity === 'error');
    return { detection, set, valid, diagnostics, unusable: false };
  } catch (error) {
    if (!(error instanceof FimkitError)) throw error;
    // A missing, refused or broken XSD set: a setup problem, not a finding in the file.
    return {
      detection,
      set,
      valid: null,
      diagnostics: [diagnostic('error', error.code, error.message, 'xsd')],
      unusable: true,
    };
  }
}

function writeText(io: CliIo, file: string, outcome: Outcome): void {
  const { detection, set, valid } = outcome;
  const what =
    detection === undefined
      ? ''
      : ` (${detection.label}${set === undefined ? '' : `, ${set.dir}/${set.entry}`})`;
  const verdict = valid === true ? 'valid' : valid === false ? 'invalid' : 'not validated';
  const lines = [`${file}: ${verdict}${what}`];
  for (const d of outcome.diagnostics) lines.push(formatDiagnostic(d));
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `fimkit validate <file|dir>... [--xsd-dir DIR] [--format text|json]`.
 *
 * @example
 * ```ts
 * const exit = await command.run(['--xsd-dir', '../shared/xsd', 'fixtures/'], io);
 * ```
 */
export const command: Command = {
  name: 'validate',
  summary: 'Validate FIM files against the official XSDs (--xsd-dir or FIMKIT_XSD_DIR)',
  help: HELP,
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      return usageError(io, 'validate', error instanceof Error ? error.message : String(error));
    }
    if (parsed.values.help === true) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = parseFormat(parsed.values.format);
    if (format === undefined) {
      return usageError(io, 'validate', `--format must be text or json, not "${parsed.values.format}"`);
    }
    if (parsed.positionals.length === 0) return usageError(io, 'validate', 'no file or directory given');
    const located = locateXsdDir(parsed.values['xsd-dir'], io);
    if ('error' in located) {
      io.stderr.write(`fimkit validate: ${located.error}\n`);
      return EXIT.usage;
    }

    // Loaded on demand: libxml2-wasm compiles its WebAssembly module at import time.
    const { createXsdValidator } = await import('../core/xsd/validator.js');
    const validator = createXsdValidator({ xsdDir: located.dir });
    const inputs = await expandInputs(parsed.positionals, io.cwd);
    const progress = createProgress(io, inputs.length);
    let exit: number = EXIT.ok;
    const tally = { valid: 0, invalid: 0, other: 0 };
    try {
      for (const input of inputs) {
        progress.tick(input.file);
        const read = await readInput(input);
        const outcome: Outcome =
          'problem' in read
            ? {
                detection: undefined,
                set: undefined,
                valid: null,
                diagnostics: [read.problem],
                unusable: true,
              }
            : check(read.bytes, input.file, validator);
        exit = Math.max(exit, exitCodeFor(outcome.diagnostics, outcome.unusable));
        if (outcome.valid === true) tally.valid++;
        else if (outcome.valid === false) tally.invalid++;
        else tally.other++;
        if (format === 'json') {
          const d = outcome.detection;
          writeJsonLine(io, {
            file: input.file,
            standard: d?.standard ?? null,
            version: d?.version ?? null,
            message: d?.message ?? null,
            valid: outcome.valid,
            schema: outcome.set === undefined ? null : `${outcome.set.dir}/${outcome.set.entry}`,
            diagnostics: outcome.diagnostics,
          });
        } else {
          writeText(io, input.file, outcome);
        }
      }
    } finally {
      progress.done();
      validator.dispose();
    }
    if (format === 'text') {
      io.stdout.write(
        `\n${plural(inputs.length, 'file')}: ${tally.valid} valid, ${tally.invalid} invalid, ` +
          `${tally.other} not validated\n`,
      );
    }
    return exit;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      'xsd-dir': { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}
