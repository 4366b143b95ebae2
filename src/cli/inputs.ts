/**
 * Turning the command line's `<file|dir>...` into a list of files, and reading them.
 *
 * @module
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';

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
  /** Why the path cannot be used (`cli/unreadable`, `cli/no-xml-files`). */
  readonly problem?: Diagnostic;
}

const isXml = (name: string): boolean => name.toLowerCase().endsWith('.xml');

/**
 * Expands files and directories (recursively, `*.xml` only, sorted) into inputs. A path that does not
 * exist, or a directory without XML files, becomes an input with a `problem`; named files are taken
 * whatever their extension.
 *
 * @example
 * ```ts
 * const inputs = await expandInputs(['fixtures/'], process.cwd());
 * ```
 */
export async function expandInputs(paths: readonly string[], cwd: string): Promise<Input[]> {
  const out: Input[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      out.push({ file: given, absolute, problem: unreadable(given, error) });
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
    for (const name of names) out.push({ file: path.join(given, name), absolute: path.join(absolute, name) });
  }
  return out;
}

/**
 * Reads an input's bytes; returns a `cli/unreadable` diagnostic instead of throwing.
 *
 * @example
 * ```ts
 * const read = await readInput(input);
 * if ('problem' in read) report(read.problem);
 * ```
 */
export async function readInput(input: Input): Promise<{ bytes: Uint8Array } | { problem: Diagnostic }> {
  if (input.problem !== undefined) return { problem: input.problem };
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
