/**
 * Helpers for the per-rule quality fixtures in `fixtures/quality/`: parse a fixture of either
 * XDatenfelder version and check it with a fixed stub registry and resolver.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import {
  checkQuality,
  type QualityRegistry,
  type QualityReport,
  type QualityResolver,
} from '../../src/quality/index.js';
import { parse as parseV2 } from '../../src/xdatenfelder/v2/index.js';
import { parse as parseV3 } from '../../src/xdatenfelder/v3/index.js';
import { repoRoot } from '../support/shared.js';

/** The only code list the stub registry knows (version `1`, codes `rot` and `gruen`, columns `code` and `name`). */
export const FARBEN = 'urn:xoev-de:test:codeliste:farben';

/** Offline code list content for 1076 and 1122. */
export const registry: QualityRegistry = {
  lookup: (uri, version) =>
    uri === FARBEN && version === '1' ? { codes: ['rot', 'gruen'], columns: ['code', 'name'] } : undefined,
};

/**
 * Stub answers for the online rules: code lists ending in `:unbekannt` are missing from XRepository
 * (1115), only the Dokumentsteckbrief `D60000000001` exists (1125), and the Sammelrepository holds
 * `F60000001126` in version 1.0.10 (1126).
 */
export const resolver: QualityResolver = {
  codeListAvailable: (uri) => !uri.endsWith(':unbekannt'),
  dokumentsteckbriefAvailable: (id) => id === 'D60000000001',
  latestVersion: (id) => (id === 'F60000001126' ? '1.0.10' : undefined),
};

/** The text of a fixture in `fixtures/quality/`. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(repoRoot, 'fixtures/quality', name), 'utf8');
}

/** Parses a fixture (`xdf2-*` with the XDF2 parser, everything else with XDF3) and checks it. */
export function checkFixture(name: string): { report: QualityReport; diagnostics: readonly Diagnostic[] } {
  const bytes = readFileSync(path.join(repoRoot, 'fixtures/quality', name));
  const options = { registry, resolver };
  if (name.startsWith('xdf2-')) {
    const r = parseV2(bytes);
    if (r.value === undefined) throw new Error(`${name} did not parse`);
    const report = checkQuality({ format: 'xdf2', value: r.value, sourceMap: r.sourceMap }, options);
    return { report, diagnostics: r.diagnostics };
  }
  const r = parseV3(bytes);
  if (r.value === undefined) throw new Error(`${name} did not parse`);
  const report = checkQuality({ format: 'xdf3', value: r.value, sourceMap: r.sourceMap }, options);
  return { report, diagnostics: r.diagnostics };
}
