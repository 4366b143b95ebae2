/**
 * The fuzz targets: every parser of fimkit, its builder (where there is one) and its seeds (the corpus in
 * ../shared/corpus and the project's fixtures of that kind).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildCodeList } from '../../src/codelist/build.js';
import { parseCodeList } from '../../src/codelist/parse.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { detect } from '../../src/detect/detect.js';
import { build as buildXdf2 } from '../../src/xdatenfelder/v2/build.js';
import { parse as parseXdf2 } from '../../src/xdatenfelder/v2/parse.js';
import { build as buildXdf3 } from '../../src/xdatenfelder/v3/build.js';
import { parse as parseXdf3 } from '../../src/xdatenfelder/v3/parse.js';
import { build as buildXprozess } from '../../src/xprozess/v2/build.js';
import { parse as parseXprozess } from '../../src/xprozess/v2/parse.js';
import { build as buildXzufi } from '../../src/xzufi/v2_2/build.js';
import { parse as parseXzufi } from '../../src/xzufi/v2_2/parse.js';
import { type CorpusFolder, corpusFiles, repoRoot } from '../support/shared.js';

/** What a parser gave: a value or not, and diagnostics. */
export interface Parsed {
  readonly value: unknown;
  readonly diagnostics: readonly Diagnostic[];
}

/** One parser under fuzzing. */
export interface Target {
  readonly name: string;
  parse(bytes: Uint8Array): Parsed;
  /** The builder, for parse → build → parse stability. */
  readonly build?: (value: never) => string;
  /** Seed files (absolute paths). */
  readonly seeds: readonly string[];
}

/** XML files below a fixtures folder, recursively. */
function fixtures(dir: string): string[] {
  const abs = path.join(repoRoot, 'fixtures', dir);
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.xml'))
    .map((f) => path.join(abs, f))
    .sort();
}

const corpus = (folder: CorpusFolder, under = '') =>
  corpusFiles(folder).filter((f) => under === '' || f.includes(`${path.sep}${under}${path.sep}`));

/** Reads a seed once. */
const cache = new Map<string, Uint8Array>();
export function seedBytes(file: string): Uint8Array {
  let b = cache.get(file);
  if (b === undefined) {
    b = new Uint8Array(readFileSync(file));
    cache.set(file, b);
  }
  return b;
}

/** Seeds up to `maxBytes`, for properties with many runs. */
export const smallSeeds = (t: Target, maxBytes: number): string[] =>
  t.seeds.filter((f) => statSync(f).size <= maxBytes);

const xdf2Seeds = [
  ...corpus('xdatenfelder2'),
  ...corpus('synthetic', 'v2'),
  ...fixtures('xdatenfelder/v2'),
  path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf2.xml'),
];
const xdf3Seeds = [...corpus('xdatenfelder3'), ...corpus('synthetic', 'v3'), ...fixtures('xdatenfelder/v3')];
const codelistSeeds = [
  ...corpus('codelists'),
  ...fixtures('codelist'),
  path.join(repoRoot, 'fixtures/demo/hundeart.gc.xml'),
];
const xzufiSeeds = [
  ...fixtures('xzufi/v2_2'),
  path.join(repoRoot, 'fixtures/leika/leistungen-2025.xzufi.xml'),
  ...fixtures('leika/documents/xzufi'),
];
const xprozessSeeds = [...corpus('xprozess'), ...fixtures('xprozess/v2')];

/** Every parser of fimkit. */
export const TARGETS: readonly Target[] = [
  { name: 'xdatenfelder v2', parse: parseXdf2, build: buildXdf2, seeds: xdf2Seeds },
  { name: 'xdatenfelder v3', parse: parseXdf3, build: buildXdf3, seeds: xdf3Seeds },
  { name: 'codelist', parse: parseCodeList, build: buildCodeList, seeds: codelistSeeds },
  { name: 'xzufi 2.2', parse: parseXzufi, build: buildXzufi, seeds: xzufiSeeds },
  { name: 'xprozess 2', parse: parseXprozess, build: buildXprozess, seeds: xprozessSeeds },
  {
    name: 'detect',
    parse: detect,
    seeds: [
      ...xdf2Seeds,
      ...xdf3Seeds,
      ...codelistSeeds,
      ...xzufiSeeds,
      ...xprozessSeeds,
      ...corpus('xdatenfelder1'),
    ],
  },
];
