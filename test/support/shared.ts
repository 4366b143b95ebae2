/**
 * Access to `../shared` (official XSDs, real-world corpus) for tests.
 *
 * `../shared` lives next to the repository and is not part of it. In CI (`CI=true`) a missing folder fails
 * the suite loudly; elsewhere suites that need it are skipped with a visible message.
 *
 * @module
 */

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** Repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of `../shared`. */
export const sharedDir = path.resolve(repoRoot, '../shared');

/** True when `../shared` exists. */
export const hasShared = existsSync(path.join(sharedDir, 'corpus'));

/** Absolute path of the official XSD sets in `../shared/xsd`. */
export const sharedXsdDir = path.join(sharedDir, 'xsd');

/** Absolute path of the corpus in `../shared/corpus`. */
export const corpusDir = path.join(sharedDir, 'corpus');

/** Top-level folders of the corpus. */
export type CorpusFolder =
  | 'xdatenfelder1'
  | 'xdatenfelder2'
  | 'xdatenfelder3'
  | 'codelists'
  | 'xprozess'
  | 'synthetic';

/**
 * `describe` for suites that need `../shared`: runs normally when it exists, fails in CI when it is
 * missing, and is skipped (with a console message) everywhere else.
 */
export function describeShared(name: string, fn: () => void): void {
  if (hasShared) {
    describe(name, fn);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs ../shared', () => {
        throw new Error(`[fimkit] ${sharedDir} not found – ${name} cannot run in CI`);
      });
    });
  } else {
    console.log(`[fimkit] ../shared not found – skipping ${name}`);
    describe.skip(name, fn);
  }
}

/**
 * Lists the XML files of one corpus folder, recursively, as sorted absolute paths (empty when
 * `../shared` is missing).
 */
export function corpusFiles(folder: CorpusFolder): string[] {
  const dir = path.join(corpusDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.xml'))
    .map((f) => path.join(dir, f))
    .sort();
}
