/**
 * Smoke test of the whole CLI: every registered command answers `--help` with usage and examples, and
 * runs one real invocation on the project's fixtures. Plus the conventions every command shares: globs
 * and `-` as inputs, `--quiet`, `--no-color` / `NO_COLOR`.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp, isGlob, readInput } from '../../src/cli/inputs.js';
import { type CliIo, colorEnabled, paint } from '../../src/cli/io.js';
import { COMMANDS } from '../../src/cli/main.js';
import { command as quality } from '../../src/cli/quality.js';
import { createProgress } from '../../src/cli/report.js';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { hasShared, repoRoot, sharedXsdDir } from '../support/shared.js';
import { type CliRun, runCli } from './run.js';

const demo = 'fixtures/demo';
const xdf3 = `${demo}/hundesteuer.xdf3.xml`;
const xdf2 = `${demo}/hundesteuer.xdf2.xml`;

let tmp: string;
/** A small tree of copies of the demo files (the demo folder itself grows as others add data). */
let tree: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fimkit-smoke-'));
  tree = path.join(tmp, 'tree');
  mkdirSync(path.join(tree, 'a/deep'), { recursive: true });
  mkdirSync(path.join(tree, 'b'), { recursive: true });
  copyFileSync(path.join(repoRoot, xdf3), path.join(tree, 'a/deep/hundesteuer.xdf3.xml'));
  copyFileSync(path.join(repoRoot, xdf2), path.join(tree, 'b/hundesteuer.xdf2.xml'));
  copyFileSync(path.join(repoRoot, demo, 'hundeart.gc.xml'), path.join(tree, 'hundeart.gc.xml'));
  writeFileSync(path.join(tree, 'notes.txt'), 'not xml');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const out = (name: string) => path.join(tmp, name);
const findingsOrClean = (r: CliRun) => expect([0, 1]).toContain(r.code);

/** One real invocation per command, with what its result must show. */
const INVOCATIONS: Readonly<Record<string, () => Promise<void>>> = {
  async inspect() {
    const r = await runCli(['inspect', 'tree', '--format', 'json'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.records.map((x) => [x.file, x.standard, x.version])).toEqual([
      ['tree/a/deep/hundesteuer.xdf3.xml', 'xdatenfelder', '3.0.0'],
      ['tree/b/hundesteuer.xdf2.xml', 'xdatenfelder', '2.0'],
      ['tree/hundeart.gc.xml', 'genericode', '1.0'],
    ]);
  },
  async validate() {
    if (hasShared) {
      // fixtures/demo/README.md: all three demo files validate against the official XSDs.
      const r = await runCli(['validate', '--xsd-dir', sharedXsdDir, demo]);
      expect(r.code).toBe(0);
    } else {
      const r = await runCli(['validate', demo]);
      expect(r.code).toBe(2);
      expect(r.stderr.toLowerCase()).toContain('xsd');
    }
  },
  async parse() {
    const r = await runCli(['parse', xdf3, '-o', out('parse.json')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out('parse.json'), 'utf8')) as { standard: string; version: string };
    expect([json.standard, json.version]).toEqual(['xdatenfelder', '3.0.0']);
  },
  async build() {
    expect((await runCli(['parse', xdf3, '-o', out('build-in.json')])).code).toBe(0);
    const r = await runCli(['build', out('build-in.json'), '-o', out('build.xml')]);
    expect(r.code).toBe(0);
    const original = readFileSync(path.join(repoRoot, xdf3), 'utf8');
    expect(canonicalDifference(original, readFileSync(out('build.xml'), 'utf8'))).toBeUndefined();
  },
  async convert() {
    const r = await runCli(['convert', xdf2, '--to', 'xdf3', '-o', out('convert.xml')]);
    findingsOrClean(r);
    expect(readFileSync(out('convert.xml'), 'utf8')).toContain('urn:xoev-de:fim:standard:xdatenfelder_3.0.0');
  },
  async quality() {
    const r = await runCli(['quality', xdf3, '--format', 'json']);
    // The demo schema is not a published Stamm: it lacks e.g. Handlungsgrundlagen, so findings exist.
    expect(r.code).toBe(1);
    expect(r.records).toHaveLength(1);
  },
  async xprozess() {
    const r = await runCli([
      'xprozess',
      'inspect',
      'fixtures/xprozess/v2/valid/0301-alleInhalte-anfrage.xml',
    ]);
    findingsOrClean(r);
    expect(r.stdout).not.toBe('');
  },
  async 'json-schema'() {
    const r = await runCli(['json-schema', xdf3, '-o', out('schema.json')]);
    findingsOrClean(r);
    const schema = JSON.parse(readFileSync(out('schema.json'), 'utf8')) as Record<string, unknown>;
    expect(typeof schema.$schema).toBe('string');
  },
  async diff() {
    // A file compared with itself has no changes: exit 0.
    const r = await runCli(['diff', xdf3, xdf3]);
    expect(r.code).toBe(0);
  },
  async patch() {
    const d = await runCli(['diff', xdf2, xdf2, '--format', 'json', '-o', out('changes.json')]);
    expect(d.code).toBe(0);
    const r = await runCli(['patch', xdf2, out('changes.json'), '-o', out('patched.xml')]);
    expect(r.code).toBe(0);
    const original = readFileSync(path.join(repoRoot, xdf2), 'utf8');
    expect(canonicalDifference(original, readFileSync(out('patched.xml'), 'utf8'))).toBeUndefined();
  },
  async xzufi() {
    const r = await runCli(['xzufi', 'list', 'fixtures/xzufi/v2_2/transfer.xml', '--format', 'json']);
    findingsOrClean(r);
    // The fixture's first schreibe entry is the Leistung L-100.
    expect(JSON.stringify(r.records)).toContain('L-100');
  },
  async leika() {
    const r = await runCli(['leika', 'key', '99006028261000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('99006028261000');
  },
  async xsd() {
    const r = await runCli(['xsd', xdf3, '-o', out('demo.xsd'), '--sample', out('demo-sample.xml')]);
    findingsOrClean(r);
    expect(readFileSync(out('demo.xsd'), 'utf8')).toContain('http://www.w3.org/2001/XMLSchema');
    expect(readFileSync(out('demo-sample.xml'), 'utf8')).toContain('<');
  },
  async preview() {
    const r = await runCli(['preview', xdf3, '-o', out('preview.html')]);
    findingsOrClean(r);
    const html = readFileSync(out('preview.html'), 'utf8');
    // Every Datenfeld label of the demo schema appears in the page (read independently from the XML).
    const labels = [
      ...readFileSync(path.join(repoRoot, xdf3), 'utf8').matchAll(/<xdf3:bezeichnungEingabe>([^<]+)</g),
    ];
    expect(labels.length).toBeGreaterThan(0);
    for (const [, label] of labels) expect(html).toContain(label!.replace(/&/g, '&amp;'));
  },
  async search() {
    const r = await runCli(['search', demo, 'Hund', '--format', 'json']);
    findingsOrClean(r);
    expect(r.records.length).toBeGreaterThan(0);
  },
};

/**
 * The first `fimkit <name> …` example of a command's help (continuation lines joined), with `-o` targets
 * moved to the temp directory: the real invocation of commands not (yet) in {@link INVOCATIONS}.
 */
function exampleArgs(help: string, name: string): string[] | undefined {
  const text = help.replace(/\\\n\s*/g, ' ');
  const line = text.split('\n').find((l) => l.trim().startsWith(`fimkit ${name} `));
  if (line === undefined) return undefined;
  const words = line.trim().split(/\s+/).slice(1);
  return words.map((w, i) => {
    const prev = words[i - 1];
    return prev === '-o' || prev === '--output' || prev === '--out' ? out(`example-${name}-${i}`) : w;
  });
}

describe('every command: --help and one real invocation', () => {
  for (const [name, load] of Object.entries(COMMANDS)) {
    it(`${name} --help shows usage and examples`, async () => {
      const r = await runCli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: fimkit ${name}\\b`));
      expect(r.stdout).toMatch(/Examples?:/);
      expect(r.stdout).toContain(`fimkit ${name} `);
      const { command } = await load();
      expect(command.name).toBe(name);
    });

    it(`${name}: one real invocation`, async () => {
      const run = INVOCATIONS[name];
      if (run !== undefined) return run();
      const { command } = await load();
      const args = exampleArgs(command.help, name);
      expect(args, `${name}: no smoke invocation and no runnable example in its help`).toBeDefined();
      const r = await runCli(args!);
      expect([0, 1], `${name} ${args!.join(' ')}\n${r.stderr}`).toContain(r.code);
    });
  }

  it('main --help lists every command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(r.stdout).toContain(`  ${name} `);
  });
});

describe('inputs: globs, directories and - for stdin', () => {
  it('compiles globs the way a shell would match them', () => {
    const cases: [string, string, boolean][] = [
      ['*.xml', 'a.xml', true],
      ['*.xml', 'sub/a.xml', false],
      ['**/*.xml', 'a.xml', true],
      ['**/*.xml', 'x/y/a.xml', true],
      ['x/**', 'x/y/z.xml', true],
      ['hundesteuer.xdf?.xml', 'hundesteuer.xdf3.xml', true],
      ['hundesteuer.xdf?.xml', 'hundesteuer.xdf.xml', false],
      ['*.{gc,xdf3}.xml', 'a.gc.xml', true],
      ['*.{gc,xdf3}.xml', 'a.xdf2.xml', false],
      ['[!h]*.xml', 'hund.xml', false],
      ['[a-c]*.xml', 'b.xml', true],
      ['a+b(1).xml', 'a+b(1).xml', true],
      ['a.xml', 'abxml', false],
    ];
    for (const [glob, name, expected] of cases)
      expect([glob, name, globToRegExp(glob).test(name)]).toEqual([glob, name, expected]);
    expect(isGlob('fixtures/demo')).toBe(false);
  });

  it('expands a glob relative to cwd, sorted, and reports a pattern without matches', async () => {
    const inputs = await expandInputs(['tree/*/*.xml', 'tree/*.txt', 'tree/nothing-*.xml'], tmp);
    expect(inputs.map((i) => i.file)).toEqual([
      'tree/b/hundesteuer.xdf2.xml',
      'tree/notes.txt',
      'tree/nothing-*.xml',
    ]);
    expect(inputs[0]!.absolute).toBe(path.join(tree, 'b/hundesteuer.xdf2.xml'));
    expect(inputs[2]!.problem?.code).toBe('cli/no-match');
    expect(existsSync(inputs[1]!.absolute)).toBe(true);
    const absolute = await expandInputs([path.join(tree, '**', '*.xdf?.xml')], repoRoot);
    expect(absolute.map((i) => i.absolute)).toEqual([
      path.join(tree, 'a/deep/hundesteuer.xdf3.xml'),
      path.join(tree, 'b/hundesteuer.xdf2.xml'),
    ]);
  });

  it('quality takes a glob', async () => {
    const r = await runCli(['quality', 'tree/**/*.xdf?.xml', '--format', 'json'], { cwd: tmp });
    expect(r.records.map((x) => x.file)).toEqual([
      'tree/a/deep/hundesteuer.xdf3.xml',
      'tree/b/hundesteuer.xdf2.xml',
    ]);
  });

  it('reads - from the injected stdin', async () => {
    const bytes = readFileSync(path.join(repoRoot, xdf3));
    const [input] = await expandInputs(['-'], repoRoot);
    expect(input).toMatchObject({ file: '-', stdin: true });
    const read = await readInput(input!, { stdin: chunks(bytes) });
    expect('bytes' in read && Buffer.from(read.bytes).equals(bytes)).toBe(true);

    let stdout = '';
    const io: CliIo = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      env: {},
      cwd: repoRoot,
      isTTY: false,
      stdin: chunks(bytes),
    };
    const code = await quality.run(['-', '--format', 'json'], io);
    const viaFile = await runCli(['quality', xdf3, '--format', 'json']);
    expect(code).toBe(viaFile.code);
    const record = JSON.parse(stdout) as { file: string; findings: unknown[] };
    expect(record.file).toBe('-');
    expect(record.findings).toEqual((viaFile.records[0] as { findings: unknown[] }).findings);
  });
});

describe('--quiet, --no-color and NO_COLOR', () => {
  const io = (env: Record<string, string>, isTTY: boolean): CliIo => ({
    stdout: { write: () => true },
    stderr: { write: () => true },
    env,
    cwd: repoRoot,
    isTTY,
  });

  it('colours only on a terminal without --no-color and without NO_COLOR', () => {
    expect(colorEnabled(io({}, true))).toBe(true);
    expect(colorEnabled(io({}, false))).toBe(false);
    expect(colorEnabled(io({}, true), true)).toBe(false);
    expect(colorEnabled(io({ NO_COLOR: '1' }, true))).toBe(false);
    // no-color.org: an empty NO_COLOR does not switch colours off.
    expect(colorEnabled(io({ NO_COLOR: '' }, true))).toBe(true);
    expect(paint('error', 'Fehler', false)).toBe('Fehler');
    expect(paint('error', 'Fehler', true)).toBe('\u001b[31mFehler\u001b[0m');
  });

  it('--quiet silences progress on a terminal', async () => {
    let stderr = '';
    const tty: CliIo = { ...io({}, true), stderr: { write: (s: string) => (stderr += s) } };
    const loud = createProgress(tty, 50);
    loud.tick('a.xml');
    expect(stderr).toContain('[1/50]');
    stderr = '';
    const quiet = createProgress(tty, 50, { quiet: true });
    quiet.tick('a.xml');
    quiet.done();
    expect(stderr).toBe('');
  });

  it('quality --quiet -o writes the report without a note on stderr', async () => {
    const loud = await runCli(['quality', xdf3, '--format', 'md', '-o', out('q.md')]);
    expect(loud.stderr).toContain(out('q.md'));
    const quiet = await runCli([
      'quality',
      xdf3,
      '--format',
      'md',
      '-o',
      out('q2.md'),
      '--quiet',
      '--no-color',
    ]);
    expect(quiet.stderr).toBe('');
    expect(readFileSync(out('q2.md'), 'utf8')).toBe(readFileSync(out('q.md'), 'utf8'));
  });
});

async function* chunks(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes.subarray(0, 100);
  yield bytes.subarray(100);
}
