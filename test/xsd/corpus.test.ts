/**
 * Every XSD-bearing corpus file gets the same verdict and the same error lines from fimkit as from
 * `xmllint --noout --schema <entry> <file>` (Debian package libxml2-utils).
 */

import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hasErrors } from '../../src/core/diagnostics.js';
import {
  createXsdValidator,
  findXsdSetByNamespace,
  type XsdSet,
  type XsdValidator,
} from '../../src/core/xsd/index.js';
import { corpusDir, corpusFiles, describeShared, sharedXsdDir } from '../support/shared.js';

/** The root element's namespace, read with a cheap regex from the first 2 KB. */
function rootNamespace(file: string): string | undefined {
  const buf = Buffer.alloc(2048);
  const fd = openSync(file, 'r');
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const head = buf
    .subarray(0, n)
    .toString('utf8')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][\s\S]*?>/g, '');
  const root = /<(?:([\w.-]+):)?[\w.-]+([^>]*)>/.exec(head);
  if (root === null) return undefined;
  const prefix = root[1] === undefined ? '' : `:${root[1]}`;
  return new RegExp(`\\sxmlns${prefix}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? '')?.[1];
}

interface Expected {
  readonly valid: boolean;
  readonly lines: readonly number[];
}

/** Runs xmllint once per schema set over all its files and collects each file's verdict and error lines. */
function runXmllint(set: XsdSet, files: readonly string[]): Map<string, Expected> {
  const entry = path.join(sharedXsdDir, set.dir, set.entry);
  const run = spawnSync('xmllint', ['--noout', '--schema', entry, ...files], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const out = new Map<string, Expected>();
  const stderr = run.stderr.split('\n');
  for (const file of files) {
    const lines = new Set<number>();
    let valid: boolean | undefined;
    for (const line of stderr) {
      if (line === `${file} validates`) valid = true;
      else if (line === `${file} fails to validate`) valid = false;
      else if (line.startsWith(`${file}:`)) {
        const m = /^:(\d+): element [^:]*: Schemas validity error : /.exec(line.slice(file.length));
        if (m?.[1] !== undefined) lines.add(Number(m[1]));
      }
    }
    if (valid === undefined)
      throw new Error(`xmllint gave no verdict for ${file}:\n${run.stderr.slice(0, 2000)}`);
    out.set(file, { valid, lines: [...lines].sort((a, b) => a - b) });
  }
  return out;
}

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

const files = (['xdatenfelder2', 'xdatenfelder3', 'codelists'] as const)
  .flatMap((folder) => corpusFiles(folder))
  .flatMap((file) => {
    const ns = rootNamespace(file);
    const set = ns === undefined ? undefined : findXsdSetByNamespace(ns);
    return set === undefined ? [] : [{ file, set, name: path.relative(corpusDir, file) }];
  });

describeShared('core/xsd against xmllint on the corpus', () => {
  if (!hasXmllint) {
    if (process.env.CI === 'true') {
      it('needs xmllint', () => {
        throw new Error('[fimkit] xmllint not found – install libxml2-utils');
      });
    } else {
      console.log(
        '[fimkit] xmllint not found – skipping the corpus comparison (apt-get install libxml2-utils)',
      );
      it.skip('needs xmllint', () => {});
    }
    return;
  }

  let validator: XsdValidator;
  const expected = new Map<string, Expected>();
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
    const bySet = new Map<XsdSet, string[]>();
    for (const f of files) bySet.set(f.set, [...(bySet.get(f.set) ?? []), f.file]);
    for (const [set, list] of bySet) for (const [k, v] of runXmllint(set, list)) expected.set(k, v);
  });
  afterAll(() => validator?.dispose());

  it('finds the corpus files of every schema set', () => {
    const count = (dir: string) => files.filter((f) => f.set.dir === dir).length;
    expect(count('xdatenfelder-2.0')).toBeGreaterThanOrEqual(5);
    expect(count('xdatenfelder-3.0.0')).toBeGreaterThanOrEqual(73);
    expect(count('genericode-1.0')).toBeGreaterThanOrEqual(73);
    // The comparison below is only meaningful if xmllint finds errors somewhere.
    expect([...expected.values()].some((e) => !e.valid && e.lines.length > 0)).toBe(true);
  });

  it.each(files)('$name', ({ file, set, name }) => {
    const found = validator.validate(readFileSync(file), {
      standard: set.standard,
      version: set.version,
      fileName: name,
    });
    const lines = [...new Set(found.filter((d) => d.code === 'xsd/invalid').map((d) => d.line))].sort(
      (a, b) => (a ?? 0) - (b ?? 0),
    );
    expect({ valid: !hasErrors(found), lines }).toEqual(expected.get(file));
  });
});
