/**
 * Turning the command line's `<file|dir>...` into a list of files, and reading them.
 *
 * @module
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import type { CliIo } from './io.js';

/**
 * One input: a file to read, or a path that cannot be read (`problem` set).
 *
 * @example
 * ```ts
 * const input: Input = { file: 'fixtures/demo/codeliste.gc.xml', absolute: '/repo/fixtures/demo/codeliste.gc.xml' };
 * ```
 */
export interface Input {
  /** The path as shown to the user: as given, or joined below the given directory. */
  readonly file: string;
  /** Absolute path. */
  readonly absolute: string;
  /** Why the path cannot be used (`cli/unreadable`, `cli/no-xml-files`, `cli/no-match`). */
  readonly problem?: Diagnostic;
  /** True for `-`: the bytes come from standard input. */
  readonly stdin?: boolean;
  /** True when the file was found by listing a directory the user gave (not named or matched by a glob). */
  readonly listed?: boolean;
}

/** The name shown for standard input. */
export const STDIN = '-';

/**
 * True when a command-line argument is a glob pattern (contains `*`, `?`, `[` or `{`).
 *
 * @example
 * ```ts
 * isGlob('schemas/**\/*.xml'); // true
 * isGlob('schema.xml'); // false
 * ```
 */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * Compiles a glob into a regular expression over `/`-separated relative paths: `**` matches any number of
 * path segments (including none), `*` any characters except `/`, `?` one such character, `[abc]` / `[!a-z]`
 * a character class and `{a,b}` alternatives. Dotfiles are matched like any other name.
 *
 * @example
 * ```ts
 * globToRegExp('**\/*.xdf.xml').test('land/bw/s1.xdf.xml'); // true
 * ```
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && (slashAfter || i + 2 === glob.length)) {
          re += slashAfter ? '(?:[^/]*/)*' : '.*';
          i += slashAfter ? 2 : 1;
          continue;
        }
        i++;
      }
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else {
      re += c.replace(/[.+^$()|\\\]{}\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

/** The directory part of a glob before its first segment with a wildcard (`''` for none). */
function globBase(glob: string): string {
  const segments = glob.split('/');
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    base.push(segment);
  }
  return base.join('/');
}

async function expandGlob(given: string, cwd: string): Promise<Input[]> {
  const pattern = given.split(path.sep).join('/');
  const base = globBase(pattern);
  const baseAbsolute = path.resolve(cwd, base === '' ? '.' : base);
  const rest = base === '' ? pattern : pattern.slice(base.length + 1);
  const matcher = globToRegExp(rest);
  let names: string[] = [];
  try {
    names = (await readdir(baseAbsolute, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(baseAbsolute, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((name) => matcher.test(name))
      .sort();
  } catch {
    names = [];
  }
  if (names.length === 0) {
    return [
      {
        file: given,
        absolute: path.resolve(cwd, given),
        problem: diagnostic('error', 'cli/no-match', `No files match the pattern ${given}.`, 'cli'),
      },
    ];
  }
  return names.map((name) => ({
    file: base === '' ? name : `${base}/${name}`,
    absolute: path.join(baseAbsolute, name),
  }));
}

const isXml = (name: string): boolean => name.toLowerCase().endsWith('.xml');

/**
 * Expands files, directories (recursively, `*.xml` only, sorted), glob patterns (quoted, so the shell
 * leaves them alone; any extension, sorted) and `-` (standard input) into inputs. A path that does not
 * exist, a directory without XML files or a pattern without matches becomes an input with a `problem`;
 * named files are taken whatever their extension. An existing path is never treated as a pattern.
 *
 * @example
 * ```ts
 * const inputs = await expandInputs(['fixtures/', 'exports/**\/*.xdf.xml', '-'], process.cwd());
 * ```
 */
export async function expandInputs(paths: readonly string[], cwd: string): Promise<Input[]> {
  const out: Input[] = [];
  for (const given of paths) {
    if (given === STDIN) {
      out.push({ file: STDIN, absolute: STDIN, stdin: true });
      continue;
    }
    const absolute = path.resolve(cwd, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      if (isGlob(given)) out.push(...(await expandGlob(given, cwd)));
      else out.push({ file: given, absolute, problem: unreadable(given, error) });
      continue;
    }
    if (!info.isDirectory()) {
      out.push({ file: given, absolute });
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(absolute, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && isXml(e.name))
        .map((e) => path.relative(absolute, path.join(e.parentPath, e.name)))
        .sort();
    } catch (error) {
      out.push({ file: given, absolute, problem: unreadable(given, error) });
      continue;
    }
    if (names.length === 0) {
      out.push({
        file: given,
        absolute,
        problem: diagnostic(
          'error',
          'cli/no-xml-files',
          `No *.xml files found in directory ${given}.`,
          'cli',
        ),
      });
    }
    for (const name of names) {
      out.push({ file: path.join(given, name), absolute: path.join(absolute, name), listed: true });
    }
  }
  return out;
}

/**
 * Reads an input's bytes (standard input for `-`, from `io.stdin` when given, else `process.stdin`);
 * returns a `cli/unreadable` diagnostic instead of throwing.
 *
 * @example
 * ```ts
 * const read = await readInput(input, io);
 * if ('problem' in read) report(read.problem);
 * ```
 */
export async function readInput(
  input: Input,
  io?: Pick<CliIo, 'stdin'>,
): Promise<{ bytes: Uint8Array } | { problem: Diagnostic }> {
  if (input.problem !== undefined) return { problem: input.problem };
  if (input.stdin === true) {
    try {
      return { bytes: await readStdin(io?.stdin ?? process.stdin) };
    } catch (error) {
      return { problem: unreadable('standard input', error) };
    }
  }
  try {
    return { bytes: await readFile(input.absolute) };
  } catch (error) {
    return { problem: unreadable(input.file, error) };
  }
}

function unreadable(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory'
          : error instanceof Error
            ? error.message
            : String(error);
  return diagnostic('error', 'cli/unreadable', `Cannot read ${file}: ${reason}.`, 'cli');
}

/**
 * Reads a whole stream (standard input) into bytes.
 *
 * @example
 * ```ts
 * const bytes = await readStdin(process.stdin);
 * ```
 */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
