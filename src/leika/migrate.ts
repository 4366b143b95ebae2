/**
 * Applies a {@link MigrationPlan} to a directory of XML documents: a dry-run report, or a write that
 * is atomic per file and never loses data (a target directory, or a `.bak` copy beside each changed
 * original).
 *
 * @module
 */

import { constants, copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { writeAtomic } from '../node/write-atomic.js';
import type { MigrationPlan } from './mapping.js';
import { type KeyReference, migrateDocument } from './references.js';

/** How {@link migrateDirectory} runs. */
export interface MigrateOptions {
  /** `dry-run` (default) reports only; `write` writes. */
  readonly mode?: 'dry-run' | 'write';
  /**
   * With `write`: the directory the migrated set is written to (every XML file, changed or not, under
   * its relative path). Without it, changed files are replaced in place after a copy to the first free
   * `<file>.bak`, `<file>.bak2`, ... (earlier backups are never overwritten).
   */
  readonly outDir?: string;
}

/**
 * The outcome for one file.
 *
 * @example
 * ```ts
 * const f: FileMigration = { file: 'a.xml', references: [], changed: false, diagnostics: [] };
 * ```
 */
export interface FileMigration {
  /** Path relative to the directory, with `/` separators. */
  readonly file: string;
  readonly references: readonly KeyReference[];
  /** True when a key was (or in a dry run: would be) replaced. */
  readonly changed: boolean;
  /** Where the file was written, in write mode. */
  readonly written?: string;
  readonly diagnostics: readonly Diagnostic[];
}

async function xmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.xml'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Copies `source` to the first free `<source>.bak`, `<source>.bak2`, ...: an earlier backup is never overwritten. */
async function backup(source: string): Promise<void> {
  for (let n = 1; ; n++) {
    try {
      await copyFile(source, `${source}.bak${n === 1 ? '' : n}`, constants.COPYFILE_EXCL);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Migrates every `*.xml` file below `dir` (recursively, in path order). Throws only for unreadable
 * directories or files (`Error` from `node:fs`); content problems are diagnostics per file.
 *
 * @example
 * ```ts
 * const report = await migrateDirectory('texts/', plan, { mode: 'write', outDir: 'migrated/' });
 * report.filter((f) => f.changed).map((f) => f.file);
 * ```
 */
export async function migrateDirectory(
  dir: string,
  plan: MigrationPlan,
  options: MigrateOptions = {},
): Promise<FileMigration[]> {
  const report: FileMigration[] = [];
  for (const rel of await xmlFiles(dir)) {
    const source = path.join(dir, rel);
    const m = migrateDocument(new Uint8Array(await readFile(source)), plan);
    const file = rel.split(path.sep).join('/');
    const base = { file, references: m.references, changed: m.changed, diagnostics: m.diagnostics };
    if (options.mode !== 'write') {
      report.push(base);
      continue;
    }
    if (options.outDir !== undefined) {
      const target = path.join(options.outDir, rel);
      await writeAtomic(target, m.bytes);
      report.push({ ...base, written: target });
    } else if (m.changed) {
      await backup(source);
      await writeAtomic(source, m.bytes);
      report.push({ ...base, written: source });
    } else report.push(base);
  }
  return report;
}
