#!/usr/bin/env node
/**
 * The `fimkit` command line: dispatches to one file per command. To add a command, write
 * `src/cli/<name>.ts` exporting `command: Command` and add one line to {@link COMMANDS}.
 *
 * @module
 */

import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Command, EXIT } from './command.js';
import { type CliIo, processIo } from './io.js';

/**
 * Every command, in help order; modules are loaded only when needed.
 *
 * @example
 * ```ts
 * Object.keys(COMMANDS); // ['inspect', 'validate', 'parse', 'build', 'convert', 'quality', 'xprozess', 'json-schema', 'diff', 'patch', 'leika', 'xzufi', 'xsd', 'preview', 'search', 'harmonise', 'reuse', 'similar', 'plan']
 * ```
 */
export const COMMANDS: Readonly<Record<string, () => Promise<{ command: Command }>>> = Object.freeze({
  inspect: () => import('./inspect.js'),
  validate: () => import('./validate.js'),
  parse: () => import('./parse.js'),
  build: () => import('./build.js'),
  convert: () => import('./convert.js'),
  quality: () => import('./quality.js'),
  xprozess: () => import('./xprozess.js'),
  'json-schema': () => import('./json-schema.js'),
  diff: () => import('./diff.js'),
  patch: () => import('./patch.js'),
  leika: () => import('./leika.js'),
  xzufi: () => import('./xzufi.js'),
  xsd: () => import('./xsd.js'),
  preview: () => import('./preview.js'),
  search: () => import('./search.js'),
  harmonise: () => import('./harmonise.js'),
  reuse: () => import('./reuse.js'),
  similar: () => import('./similar.js'),
  plan: () => import('./plan.js'),
});

/**
 * The version in fimkit's `package.json`.
 *
 * @example
 * ```ts
 * packageVersion(); // '0.1.0'
 * ```
 */
export function packageVersion(): string {
  // src/cli/main.ts and dist/cli/main.js both sit two levels below the package root.
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = (pkg as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}

async function mainHelp(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).command));
  const width = Math.max(...commands.map((c) => c.name.length));
  return `fimkit ${packageVersion()}: read, check and compare FIM artefacts (XDatenfelder, genericode, XZuFi, XProzess)

Usage: fimkit <command> [options]
       fimkit <command> --help
       fimkit --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Output: --format text (default) or json (JSON Lines: one object per input); reports also md, html.
Every command: -q/--quiet (no progress, no notes on stderr), --no-color (also NO_COLOR).
Exit codes: 0 clean, 1 findings (any error or warning), 2 usage error or unreadable input.

Examples:
  fimkit inspect fixtures/
  fimkit validate --xsd-dir ./xsd-sets schema.xdf.xml --format json
`;
}

/**
 * Runs the CLI with `argv` (the arguments after `fimkit`) and resolves to the exit code.
 *
 * @example
 * ```ts
 * const exit = await main(['inspect', 'fixtures/', '--format', 'json'], io);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(await mainHelp());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io.stdout.write(await mainHelp());
    return EXIT.ok;
  }
  if (first === '--version') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  // `fimkit help inspect` is the same as `fimkit inspect --help`.
  const [name, args] = first === 'help' ? [rest[0] ?? '', ['--help']] : [first, rest];
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
    io.stderr.write(
      `fimkit: ${what}. Commands: ${Object.keys(COMMANDS).join(', ')}.\nRun 'fimkit --help' for usage.\n`,
    );
    return EXIT.usage;
  }
  const { command } = await load();
  // --quiet/-q and --no-color work for every command: taken out here and passed on through io.
  const own = args.filter((a) => a !== '--quiet' && a !== '-q' && a !== '--no-color');
  const commandIo: CliIo = {
    ...io,
    ...(own.length !== args.length && (args.includes('--quiet') || args.includes('-q'))
      ? { quiet: true }
      : {}),
    ...(args.includes('--no-color') ? { noColor: true } : {}),
  };
  try {
    return await command.run(own, commandIo);
  } catch (error) {
    // A file that cannot be read or written is the user's setup, not a bug: one line, exit 2.
    const e = error as NodeJS.ErrnoException;
    const reason = e?.code !== undefined ? FS_REASONS[e.code] : undefined;
    if (reason === undefined) throw error;
    commandIo.stderr.write(`fimkit ${name}: ${e.path ?? 'a file'}: ${reason}.\n`);
    return EXIT.usage;
  }
}

const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
};

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `fimkit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT.usage;
    },
  );
}
