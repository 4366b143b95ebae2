/**
 * Writes that are killed half-way: `fimkit leika migrate --write` (in place and with --out) and an `-o`
 * write (`fimkit convert -o`) run in a child process whose `writeFile` stops after half the data (or whose
 * rename never happens) and is then killed with SIGKILL. Every target must afterwards hold either its old
 * content or its complete new content, never a part. A read-only target gives a clear error and stays
 * untouched (as root, the child runs as `nobody` so that file modes apply).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared.js';

const work = mkdtempSync(path.join(tmpdir(), 'fimkit-hostile-writes-'));
chmodSync(work, 0o755);
const harness = path.join(work, 'harness.mjs');
const fixtures = path.join(repoRoot, 'fixtures/leika');
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

beforeAll(async () => {
  await build({
    entryPoints: [path.join(repoRoot, 'test/hostile/write-harness.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: harness,
    logLevel: 'error',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  chmodSync(harness, 0o644);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the harness; with `kill`, sends SIGKILL as soon as it prints READY (and fails if it never does). */
function run(
  mode: 'half' | 'rename' | 'none',
  args: readonly string[],
  cwd: string,
  kill: boolean,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [harness, mode, ...args], { cwd, ...asUser });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (kill && stdout.includes('READY')) child.kill('SIGKILL');
    });
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** All regular files below `dir`, relative, except atomic-write temporaries and backups. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.tmp') && !/\.bak\d*$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

let n = 0;
/** A fresh, world-writable copy of the LeiKa documents and the mapping. */
function freshCase(): { dir: string; docs: string; mapping: string } {
  const dir = path.join(work, `case-${++n}`);
  cpSync(path.join(fixtures, 'documents'), path.join(dir, 'docs'), { recursive: true });
  cpSync(path.join(fixtures, 'mapping-2024-2025.csv'), path.join(dir, 'mapping.csv'));
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    chmodSync(path.join(e.parentPath, e.name), e.isDirectory() ? 0o777 : 0o666);
  }
  chmodSync(dir, 0o777);
  return { dir, docs: path.join(dir, 'docs'), mapping: path.join(dir, 'mapping.csv') };
}

const old = (rel: string) => readFileSync(path.join(fixtures, 'documents', rel));
const migrated = (rel: string) => readFileSync(path.join(fixtures, 'documents-migrated', rel));

describe('leika migrate --write, killed mid-write', () => {
  it('a complete run (the control) writes exactly the migrated files', async () => {
    const c = freshCase();
    const r = await run('none', ['leika', 'migrate', '--map', c.mapping, c.docs, '--write'], c.dir, false);
    expect(r.stdout).toContain('EXIT');
    for (const rel of files(c.docs)) expect(readFileSync(path.join(c.docs, rel)), rel).toEqual(migrated(rel));
  });

  it.each(['half', 'rename'] as const)('in place, killed at %s: every file is old or new', async (mode) => {
    const c = freshCase();
    const r = await run(mode, ['leika', 'migrate', '--map', c.mapping, c.docs, '--write'], c.dir, true);
    expect(r.signal).toBe('SIGKILL');
    const rels = files(c.docs);
    expect(rels).toEqual(files(path.join(fixtures, 'documents')));
    let same = 0;
    for (const rel of rels) {
      const now = readFileSync(path.join(c.docs, rel));
      const isOld = now.equals(old(rel));
      expect(isOld || now.equals(migrated(rel)), rel).toBe(true);
      if (isOld) same++;
    }
    // the kill came during the first write: at least that file is still the old one
    expect(same).toBeGreaterThan(0);
  });

  it.each(['half', 'rename'] as const)(
    'with --out over earlier results, killed at %s: old or new',
    async (mode) => {
      const c = freshCase();
      const out = path.join(c.dir, 'out');
      cpSync(c.docs, out, { recursive: true }); // an earlier run's results: the "old" content
      const r = await run(
        mode,
        ['leika', 'migrate', '--map', c.mapping, c.docs, '--write', '--out', out],
        c.dir,
        true,
      );
      expect(r.signal).toBe('SIGKILL');
      for (const rel of files(out)) {
        const now = readFileSync(path.join(out, rel));
        expect(now.equals(old(rel)) || now.equals(migrated(rel)), rel).toBe(true);
      }
    },
  );
});

describe('-o writes, killed mid-write', () => {
  const input = path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf2.xml');

  it.each(['half', 'rename'] as const)(
    'convert -o over an existing file, killed at %s: the old file stays',
    async (mode) => {
      const c = freshCase();
      const target = path.join(c.dir, 'result.xml');
      writeFileSync(target, 'OLD CONTENT');
      chmodSync(target, 0o666);
      const r = await run(mode, ['convert', '--to', 'xdf3', input, '-o', target], c.dir, true);
      expect(r.signal).toBe('SIGKILL');
      expect(readFileSync(target, 'utf8')).toBe('OLD CONTENT');
    },
  );

  it('convert -o, complete (the control): the new file is whole', async () => {
    const c = freshCase();
    const target = path.join(c.dir, 'result.xml');
    writeFileSync(target, 'OLD CONTENT');
    chmodSync(target, 0o666);
    const r = await run('none', ['convert', input, '--to', 'xdf3', '-o', target], c.dir, false);
    expect(r.stdout).toContain('EXIT');
    const xml = readFileSync(target, 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toMatch(/<\/\w+:xdatenfelder\.stammdatenschema\.0102>\s*$/);
  });
});

describe('read-only targets', () => {
  it('leika migrate --write on a read-only file: a clear error, the file untouched', async () => {
    const c = freshCase();
    const rel = 'xzufi/leistung-fischereischein.xml';
    chmodSync(path.join(c.docs, rel), 0o444);
    const r = await run('none', ['leika', 'migrate', '--map', c.mapping, c.docs, '--write'], c.dir, false);
    // the error leaves the command (the real CLI's main prints it as "fimkit: internal error: …", exit 2)
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain('EXIT');
    expect(r.stderr).toMatch(/EACCES|permission denied/);
    expect(r.stderr).toContain('leistung-fischereischein.xml');
    expect(readFileSync(path.join(c.docs, rel))).toEqual(old(rel));
  });

  it('convert -o to a read-only file or into a read-only directory: an error naming it, nothing changed', async () => {
    const c = freshCase();
    const input = path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf2.xml');
    const target = path.join(c.dir, 'readonly.xml');
    writeFileSync(target, 'OLD CONTENT');
    chmodSync(target, 0o444);
    const r = await run('none', ['convert', input, '--to', 'xdf3', '-o', target], c.dir, false);
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain('EXIT 0');
    expect(r.stderr).toMatch(/EACCES|permission denied/);
    expect(r.stderr).toContain('readonly.xml');
    expect(readFileSync(target, 'utf8')).toBe('OLD CONTENT');
    const locked = path.join(c.dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const r2 = await run(
      'none',
      ['convert', input, '--to', 'xdf3', '-o', path.join(locked, 'x.xml')],
      c.dir,
      false,
    );
    expect(r2.stderr).toMatch(/EACCES|permission denied/);
    expect(readdirSync(locked)).toEqual([]);
  });
});
