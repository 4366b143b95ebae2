/** `fimkit leika`, run in-process through its command object (it is registered in main.ts separately). */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { command } from '../../src/cli/leika.js';
import { parseCatalogueCsv } from '../../src/leika/index.js';
import { repoRoot } from '../support/shared.js';
import { fixtureBytes, fixtureDir } from './support.js';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: repoRoot,
    isTTY: false,
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('fimkit leika key', () => {
  it('explains a key', async () => {
    const r = await run(['key', '99006028261000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('99006028261000  lov  urn:de:fim:leika:leistung:99006028261000');
    expect(r.stdout).toContain('Leistungsobjekt 99006028000000');
  });

  it('prints JSON Lines and exits 1 for a malformed key', async () => {
    const r = await run(['key', '99006028261000', '123', '--format', 'json']);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { key: unknown; diagnostics: { code: string }[] });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.key).toMatchObject({ typ: 'lov', verrichtung: '261' });
    expect(lines[1]?.key).toBeNull();
    expect(lines[1]?.diagnostics.map((d) => d.code)).toEqual(['leika/key-length']);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['key'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['key', '1', '--format', 'xml'])).code).toBe(2);
  });
});

describe('fimkit leika import', () => {
  it('imports the ISO-8859-1 CSV as JSON and back to CSV', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fimkit-leika-cli-'));
    temps.push(dir);
    const json = path.join(dir, 'catalogue.json');
    const csv = path.join(dir, 'catalogue.csv');
    expect((await run(['import', 'fixtures/leika/catalogue-2024.latin1.csv', '-o', json])).code).toBe(0);
    const back = await run(['import', json, '--to', 'csv', '--out-encoding', 'iso-8859-1', '-o', csv]);
    expect(back.code).toBe(0);
    const original = parseCatalogueCsv(fixtureBytes('catalogue-2024.latin1.csv'));
    const written = parseCatalogueCsv(new Uint8Array(await readFile(csv)));
    expect(written.encoding).toBe('iso-8859-1');
    expect(written.value).toEqual(original.value);
  });

  it('maps renamed columns', async () => {
    const r = await run(['import', 'fixtures/leika/catalogue-2024.utf8.csv', '--column', 'typ=Typisierung']);
    // the fixture's column is called Typ, so with the renamed column the Typisierung is not read
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { eintraege: { typ: string[] }[]; weitereSpalten: string[] };
    expect(data.eintraege.every((e) => e.typ.length === 0)).toBe(true);
    expect(data.weitereSpalten).toEqual(['Typ']);
    expect((await run(['import', 'x.csv', '--column', 'nonsense=X'])).code).toBe(2);
  });

  it('imports XZuFi Leistungen', async () => {
    const r = await run(['import', 'fixtures/leika/leistungen-2025.xzufi.xml']);
    const data = JSON.parse(r.stdout) as { eintraege: { schluessel: string }[] };
    expect(data.eintraege.map((e) => e.schluessel)).toEqual(['99050013001000', '99123456001000']);
    // the Landesleistung without a key is only an info, so the import is clean
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('info  leika/xzufi-no-key')]);
    expect(r.code).toBe(0);
  });

  it('exits 2 for XML that is not XZuFi 2.2.0', async () => {
    const r = await run(['import', 'fixtures/leika/documents/xprozess/prozess-sondernutzung.xml']);
    expect(r.code).toBe(2);
  });
});

describe('fimkit leika diff', () => {
  it('lists the changes between the fixture releases and exits 1', async () => {
    const r = await run([
      'diff',
      'fixtures/leika/catalogue-2024.utf8.csv',
      'fixtures/leika/catalogue-2025.latin1.csv',
    ]);
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('  ')[0]),
    ).toEqual([
      'renamed',
      'split',
      'merged',
      'removed',
      'added',
      'text-changed',
      'text-changed',
      'typisierung-changed',
    ]);
  });

  it('renders Markdown and JSON Lines, and exits 0 without changes', async () => {
    const old = 'fixtures/leika/catalogue-2024.utf8.csv';
    const md = await run(['diff', old, 'fixtures/leika/catalogue-2025.utf8.csv', '--format', 'markdown']);
    expect(md.stdout).toContain('## Merged (1)');
    const json = await run(['diff', old, 'fixtures/leika/catalogue-2025.utf8.csv', '--format', 'json']);
    expect(
      json.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { kind: string }).kind),
    ).toContain('split');
    const same = await run(['diff', old, 'fixtures/leika/catalogue-2024.latin1.csv']);
    expect(same).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('fimkit leika migrate', () => {
  const map = 'fixtures/leika/mapping-2024-2025.csv';

  it('dry run lists the references and exits 1 because files would change', async () => {
    const r = await run(['migrate', '--map', map, 'fixtures/leika/documents', '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('xzufi/leistung-fischereischein.xml\n');
    expect(r.stdout).toContain('99050012001000  -> 99050013001000  (/leistung/referenzLeiKa/code)');
    expect(r.stdout).toContain('99102005261000  split: decide between 99102005261001, 99102005261002');
  });

  it('checks the mapping against the releases', async () => {
    const r = await run([
      'migrate',
      '--map',
      map,
      'fixtures/leika/documents',
      '--old',
      'fixtures/leika/catalogue-2025.utf8.csv',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('leika/map-unknown-old');
    expect(r.stderr).toContain('nothing was migrated');
  });

  it('writes the migrated set into --out', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fimkit-leika-cli-'));
    temps.push(dir);
    const r = await run([
      'migrate',
      '--map',
      map,
      'fixtures/leika/documents',
      '--write',
      '--out',
      dir,
      '--format',
      'json',
    ]);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; changed: boolean });
    expect(records.map((x) => [x.file, x.changed])).toEqual([
      ['xdatenfelder/schema-hundesteuer.xdf.xml', true],
      ['xprozess/prozess-sondernutzung.xml', true],
      ['xzufi/leistung-fischereischein.xml', true],
    ]);
    // the split needs a decision, so the run reports findings
    expect(r.code).toBe(1);
    const f = 'xprozess/prozess-sondernutzung.xml';
    expect(
      (await readFile(path.join(dir, f))).equals(
        await readFile(path.join(fixtureDir, 'documents-migrated', f)),
      ),
    ).toBe(true);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['migrate', 'fixtures/leika/documents'])).code).toBe(2);
    expect((await run(['migrate', '--map', map, 'fixtures/leika/documents', '--out', 'x'])).code).toBe(2);
    expect((await run(['migrate', '--map', map, 'fixtures/leika/nope'])).code).toBe(2);
  });
});
