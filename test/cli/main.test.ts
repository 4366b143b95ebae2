import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { repoRoot } from '../support/shared.js';
import { runCli } from './run.js';

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

describe('fimkit (dispatcher)', () => {
  it('--help lists every command and the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(r.stdout).toContain(`  ${name}`);
    expect(r.stdout).toMatch(/Exit codes: 0 clean, 1 findings.*2 usage/);
    expect(r.stdout).toContain('Examples:');
    expect((await runCli(['-h'])).stdout).toBe(r.stdout);
    expect((await runCli(['help'])).stdout).toBe(r.stdout);
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('no arguments: help on stderr, exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: fimkit <command>');
  });

  it('unknown command or option: exit 2 with the list of commands', async () => {
    for (const argv of [['frobnicate'], ['--frob'], ['toString']]) {
      const r = await runCli(argv);
      expect(r.code, argv[0]).toBe(2);
      expect(r.stderr).toContain('Commands: inspect, validate');
    }
  });

  const DOCUMENT_COMMANDS = new Set(['parse', 'build', 'convert', 'patch', 'json-schema', 'xsd', 'preview']);

  it.each(Object.keys(COMMANDS))('%s --help shows usage and examples', async (name) => {
    const r = await runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: fimkit ${name}`);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('-h, --help');
    // Commands that write a report offer --format with text or md and json; commands that write a
    // document (XML, a JSON model, a patched file) write exactly that.
    if (!DOCUMENT_COMMANDS.has(name))
      expect(r.stdout).toMatch(/--format (F|(text|md)\|json|(text|md)\|[a-z|]*json)/);
    expect((await runCli(['help', name])).stdout).toBe(r.stdout);
  });

  it('the bin points to dist/cli/main.js', () => {
    expect(pkg.bin).toEqual({ fimkit: 'dist/cli/main.js' });
  });

  it.skipIf(!existsSync(path.join(repoRoot, 'dist/cli/main.js')))(
    'the built binary runs as a script (shebang, self-invocation)',
    () => {
      const bin = path.join(repoRoot, 'dist/cli/main.js');
      expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
      const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${pkg.version}\n`);
      const bad = spawnSync(process.execPath, [bin, 'inspect', 'does-not-exist.xml'], {
        encoding: 'utf8',
        cwd: repoRoot,
      });
      expect(bad.status).toBe(2);
    },
  );
});

describe('options every command takes', () => {
  it('--quiet silences the notes on stderr of any command, without changing its result', async () => {
    const args = [
      'harmonise',
      '--stamm',
      'fixtures/demo/harmonisation/stamm.xdf3.xml',
      'fixtures/demo/harmonisation/variante-c.xdf3.xml',
      '--format',
      'json',
      '-o',
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-quiet-'));
    const loud = await runCli([...args, path.join(dir, 'a.json')]);
    const quiet = await runCli([...args, path.join(dir, 'b.json'), '--quiet']);
    expect(loud.stderr).toContain('report written to');
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(loud.code);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'a.json'), 'utf8'),
    );
  });

  it('--no-color and -q are accepted by commands that have no options of their own for them', async () => {
    const r = await runCli(['inspect', 'fixtures/demo/hundesteuer.xdf3.xml', '--no-color', '-q']);
    expect(r.code).toBe(0);
  });
});
