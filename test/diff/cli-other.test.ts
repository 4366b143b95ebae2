/** `fimkit diff` / `fimkit patch` on XZuFi and XProzess inputs (scratch check of the proposed dispatch). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { command as diffCommand } from '../../src/cli/diff.js';
import type { CliIo } from '../../src/cli/io.js';
import { command as patchCommand } from '../../src/cli/patch.js';
import { canonicalDifference } from '../../src/core/xml/index.js';
import * as xprozess from '../../src/xprozess/v2/index.js';
import * as xzufi from '../../src/xzufi/v2_2/index.js';
import { repoRoot } from '../support/shared.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-diff-other-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Obj = Record<string, unknown>;
const list = (o: unknown, key: string): Obj[] => (o as Obj)[key] as Obj[];

async function run(cmd: typeof diffCommand, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (x: string) => (stdout += x) },
    stderr: { write: (x: string) => (stderr += x) },
    env: {},
    cwd: dir,
    isTTY: false,
  };
  const code = await cmd.run(args, io);
  return { code, stdout, stderr };
}

it('diffs and patches an XZuFi Leistung', async () => {
  const a = readFileSync(path.join(repoRoot, 'fixtures/xzufi/v2_2/leistung-lovd.xml'), 'utf8');
  const doc = xzufi.parse(a).value!;
  const m = structuredClone(doc.model) as unknown as Obj;
  ((list(m.modulKosten, 'kosten')[0]!.kostenFix as Obj).betrag as Obj).value = '99.00';
  list(list(m, 'modulText')[1], 'inhalt')[1]!.value = 'changed wording';
  const b = xzufi.build({ ...doc, model: m } as unknown as xzufi.Xzufi22Document);
  writeFileSync(path.join(dir, 'a.xml'), a);
  writeFileSync(path.join(dir, 'b.xml'), b);
  const md = await run(diffCommand, ['a.xml', 'b.xml']);
  expect(md.code).toBe(1);
  expect(md.stdout).toContain('## Texts');
  const json = await run(diffCommand, ['a.xml', 'b.xml', '--format', 'json', '-o', 'd.json']);
  expect(json.code).toBe(1);
  const html = await run(diffCommand, ['a.xml', 'b.xml', '--format', 'html']);
  expect(html.stdout).toContain('<del>');
  const p = await run(patchCommand, ['a.xml', 'd.json']);
  expect(p.stderr).toBe('');
  expect(p.code).toBe(0);
  expect(canonicalDifference(p.stdout, b)).toBeUndefined();
  expect((await run(diffCommand, ['a.xml', 'a.xml'])).code).toBe(0);
});

it('diffs and patches an XProzess message', async () => {
  const a = readFileSync(
    path.join(repoRoot, 'fixtures/xprozess/v2/valid/0303-alleInhalte-export.xml'),
    'utf8',
  );
  const doc = xprozess.parse(a).value!;
  const m = structuredClone(doc.model) as unknown as Obj;
  list(m.prozessbibliothek, 'prozess')[0]!.name = 'Neuer Name';
  const b = xprozess.build({ ...doc, model: m } as unknown as xprozess.XprozessDocument);
  writeFileSync(path.join(dir, 'pa.xml'), a);
  writeFileSync(path.join(dir, 'pb.xml'), b);
  const md = await run(diffCommand, ['pa.xml', 'pb.xml', '--level', '2']);
  expect(md.code).toBe(1);
  expect(md.stdout).toContain('Neuer Name');
  await run(diffCommand, ['pa.xml', 'pb.xml', '--format', 'json', '-o', 'pd.json']);
  const p = await run(patchCommand, ['pa.xml', 'pd.json']);
  expect(p.stderr).toBe('');
  expect(canonicalDifference(p.stdout, b)).toBeUndefined();
});
