/** Paths and loaders of the LeiKa fixtures. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type LeikaKatalog, parseCatalogueCsv } from '../../src/leika/index.js';
import { repoRoot } from '../support/shared.js';

export const fixtureDir = path.join(repoRoot, 'fixtures/leika');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(fixtureDir, name)));
}

/** Loads a fixture catalogue and fails the test when it has any diagnostic. */
export function fixtureCatalogue(name: string): LeikaKatalog {
  const r = parseCatalogueCsv(fixtureBytes(name));
  if (r.value === undefined || r.diagnostics.length > 0) {
    throw new Error(`${name}: ${JSON.stringify(r.diagnostics)}`);
  }
  return r.value;
}
