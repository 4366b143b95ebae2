/** Shared paths and helpers of the XProzess tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, sharedDir } from '../support/shared.js';

/** `fixtures/xprozess/v2`. */
export const fixtureDir = path.join(repoRoot, 'fixtures/xprozess/v2');

/** Absolute paths of the fixtures in one folder (`valid`, `invalid`). */
export function fixtures(folder: 'valid' | 'invalid'): string[] {
  const dir = path.join(fixtureDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads a fixture by its path below `fixtures/xprozess/v2`. */
export function fixture(rel: string): Buffer {
  return readFileSync(path.join(fixtureDir, rel));
}

/** The lenient reconstructed XProzess 2.0 XSD and the root it loads its imports from. */
export const lenientXsd = {
  schema: path.join(sharedDir, 'spec/xprozess-2.0-reconstructed/xprozess-2.0-reconstructed-lenient.xsd'),
  root: sharedDir,
};

/** 1-based line of the first occurrence of `needle` in `text` (an oracle independent of the parser). */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`${needle} not found`);
  return text.slice(0, at).split('\n').length;
}
