/** Key migration over a directory of XZuFi, XProzess and XDatenfelder files. */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import {
  checkMapping,
  invertMapping,
  type MappingRow,
  type MigrationPlan,
  migrateDirectory,
  migrateDocument,
  parseMapping,
  writeAtomic,
} from '../../src/leika/index.js';
import { corpusDir, describeShared } from '../support/shared.js';
import { fixtureBytes, fixtureDir } from './support.js';

const documents = path.join(fixtureDir, 'documents');
const expectedDir = path.join(fixtureDir, 'documents-migrated');
const FILES = [
  'xdatenfelder/schema-hundesteuer.xdf.xml',
  'xprozess/prozess-sondernutzung.xml',
  'xzufi/leistung-fischereischein.xml',
];

function fixturePlan(): MigrationPlan {
  const rows = parseMapping(new TextDecoder().decode(fixtureBytes('mapping-2024-2025.csv'))).value ?? [];
  const plan = checkMapping(rows).value;
  if (plan === undefined) throw new Error('fixture mapping has errors');
  return plan;
}

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fimkit-leika-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('migrateDirectory on fixtures/leika/documents', () => {
  it('dry run: lists every reference file by file and element by element, writes nothing', async () => {
    const report = await migrateDirectory(documents, fixturePlan());
    expect(report.map((f) => [f.file, f.changed, f.written])).toEqual(FILES.map((f) => [f, true, undefined]));
    const xzufi = report.find((f) => f.file.startsWith('xzufi/'));
    expect(
      xzufi?.references.map((r) => [r.key, r.line, r.path, r.action, r.replacement ?? r.candidates]),
    ).toEqual([
      ['99050012001000', 4, '/leistung/id', 'replace', '99050013001000'],
      ['99050012001000', 5, '/leistung/idSekundaer', 'replace', '99050013001000'],
      ['99050012001000', 7, '/leistung/referenzLeiKa/code', 'replace', '99050013001000'],
      ['99102005261000', 10, '/leistung/referenzLeiKa/code', 'decide', ['99102005261001', '99102005261002']],
    ]);
    expect(xzufi?.references[0]?.column).toBe(38);
    expect(xzufi?.diagnostics.map((d) => [d.code, d.line])).toEqual([['leika/migrate-split-decision', 10]]);
    const xdf = report.find((f) => f.file.startsWith('xdatenfelder/'));
    expect(xdf?.references.map((r) => [r.key, r.path, r.action])).toEqual([
      ['99050012001000', '/xdatenfelder.stammdatenschema.0102/stammdatenschema/beschreibung', 'replace'],
      ['99001001001000', '/xdatenfelder.stammdatenschema.0102/stammdatenschema/beschreibung', 'keep'],
      ['99050012001000', '/xdatenfelder.stammdatenschema.0102/stammdatenschema/stichwort', 'replace'],
    ]);
    const xprozess = report.find((f) => f.file.startsWith('xprozess/'));
    expect(xprozess?.references.map((r) => r.replacement)).toEqual(Array(4).fill('99077003012000'));
  });

  it('write --out: the migrated set equals the hand-made expectation, canonically and byte for byte', async () => {
    const out = await tempDir();
    await migrateDirectory(documents, fixturePlan(), { mode: 'write', outDir: out });
    for (const f of FILES) {
      const got = await readFile(path.join(out, f));
      const want = await readFile(path.join(expectedDir, f));
      expect(canonicalDifference(got, want), f).toBeUndefined();
      expect(got.equals(want), f).toBe(true);
      // and it differs from its original (only in the keys)
      expect(canonicalDifference(got, await readFile(path.join(documents, f))), f).toBeDefined();
    }
  });

  it('is idempotent: migrating the migrated set changes nothing more', async () => {
    const report = await migrateDirectory(expectedDir, fixturePlan());
    expect(report.every((f) => !f.changed)).toBe(true);
    expect(report.flatMap((f) => f.references.filter((r) => r.action === 'replace'))).toEqual([]);
  });

  it('write in place: keeps a .bak copy of each changed original and never overwrites a backup', async () => {
    const dir = await tempDir();
    await cp(documents, dir, { recursive: true });
    await migrateDirectory(dir, fixturePlan(), { mode: 'write' });
    for (const f of FILES) {
      expect((await readFile(path.join(dir, f))).equals(await readFile(path.join(expectedDir, f)))).toBe(
        true,
      );
      expect(
        (await readFile(path.join(dir, `${f}.bak`))).equals(await readFile(path.join(documents, f))),
      ).toBe(true);
    }
    // migrating back with the inverse of the renames keeps the first backup and adds a second one
    const back = checkMapping([{ old: '99050013001000', new: '99050012001000', kind: 'rename' }]).value;
    if (back === undefined) throw new Error('inverse mapping has errors');
    await migrateDirectory(dir, back, { mode: 'write' });
    const xzufi = 'xzufi/leistung-fischereischein.xml';
    expect(
      (await readFile(path.join(dir, `${xzufi}.bak`))).equals(await readFile(path.join(documents, xzufi))),
    ).toBe(true);
    expect(
      (await readFile(path.join(dir, `${xzufi}.bak2`))).equals(await readFile(path.join(expectedDir, xzufi))),
    ).toBe(true);
    // no temporary files are left behind
    const names = await readdir(path.join(dir, 'xzufi'));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writeAtomic', () => {
  it('leaves the old file and no temporary file when the final rename fails', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.xml');
    await mkdir(path.join(target, 'blocker'), { recursive: true }); // a non-empty directory cannot be replaced
    await expect(writeAtomic(target, new TextEncoder().encode('<a/>'))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['a.xml']);
    expect(await readdir(target)).toEqual(['blocker']);
  });

  it('replaces an existing file completely', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.xml');
    await writeFile(target, '<old>much longer content than the new one</old>');
    await writeAtomic(target, new TextEncoder().encode('<a/>'));
    expect(await readFile(target, 'utf8')).toBe('<a/>');
    expect(await readdir(dir)).toEqual(['a.xml']);
  });
});

describe('migrateDocument', () => {
  it('leaves longer numbers and non-99 numbers alone', () => {
    const plan = checkMapping([{ old: '99001001001000', new: '99001001002000', kind: 'rename' }]).value;
    if (plan === undefined) throw new Error('mapping has errors');
    const xml = '<a n="199001001001000">20240101120000 99001001001000 990010010010001</a>';
    const m = migrateDocument(new TextEncoder().encode(xml), plan);
    expect(new TextDecoder().decode(m.bytes)).toBe(
      '<a n="199001001001000">20240101120000 99001001002000 990010010010001</a>',
    );
    expect(m.references.map((r) => [r.key, r.column, r.path])).toEqual([['99001001001000', 39, '/a']]);
  });

  it('keeps ISO-8859-1 bytes untouched', () => {
    const plan = checkMapping([{ old: '99001001001000', new: '99001001002000', kind: 'rename' }]).value;
    if (plan === undefined) throw new Error('mapping has errors');
    const head = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Gr';
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(head),
      0xfc,
      ...new TextEncoder().encode('n 99001001001000</a>'),
    ]);
    const m = migrateDocument(bytes, plan);
    expect([...m.bytes]).toEqual([
      ...new TextEncoder().encode(head),
      0xfc,
      ...new TextEncoder().encode('n 99001001002000</a>'),
    ]);
  });

  const key = fc.stringMatching(/^99[0-9]{12}$/);
  test.prop([
    fc.uniqueArray(key, { minLength: 2, maxLength: 8 }),
    fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
  ])('migrating with a rename mapping and then its inverse restores the original', (keys, picks) => {
    const half = Math.floor(keys.length / 2);
    const rows: MappingRow[] = keys
      .slice(0, half)
      .map((old, i) => ({ old, new: keys[half + i] ?? old, kind: 'rename' }));
    // documents only mention old keys and keys the mapping does not touch as targets
    const usable = [...keys.slice(0, half), ...(keys.length % 2 === 1 ? [keys[keys.length - 1] ?? ''] : [])];
    const body = picks.map((p, i) => `<k n="${i}">${usable[p % usable.length]}</k>`).join('\n');
    const original = new TextEncoder().encode(`<doc>\n${body}\n</doc>`);
    const forward = checkMapping(rows).value;
    const backward = checkMapping(invertMapping(rows)).value;
    expect(forward).toBeDefined();
    expect(backward).toBeDefined();
    if (forward === undefined || backward === undefined) return;
    const there = migrateDocument(original, forward);
    const back = migrateDocument(there.bytes, backward);
    expect(new TextDecoder().decode(back.bytes)).toBe(new TextDecoder().decode(original));
    expect(migrateDocument(there.bytes, forward).changed).toBe(false);
  });
});

describeShared('leika migrate --dry-run over the real corpus', () => {
  it('finds the LeiKa key in the real XProzess export and in the XDF3 files that mention one', async () => {
    const plan = checkMapping([]).value;
    if (plan === undefined) throw new Error('empty mapping has errors');
    const xprozess = await migrateDirectory(path.join(corpusDir, 'xprozess'), plan);
    const gerps = xprozess.find((f) => f.file.startsWith('gerps-onto/99006028261000'));
    expect(
      gerps?.references.some((r) => r.key === '99006028261000' && r.path?.endsWith('/prozessklasse/id')),
    ).toBe(true);
    const xdf3 = await migrateDirectory(path.join(corpusDir, 'xdatenfelder3'), plan);
    const hit = xdf3.find((f) => f.file === 'bund-t-prototype/S00000000364/schema.xdf.xml');
    expect(
      hit?.references.map((r) => [r.key, r.path?.endsWith('/stammdatenschema/beschreibung')]),
    ).toContainEqual(['99006047261000', true]);
    // every corpus file whose text contains a 99-key is listed with at least one reference
    for (const f of xdf3) {
      const text = await readFile(path.join(corpusDir, 'xdatenfelder3', f.file), 'latin1');
      expect(f.references.length > 0, f.file).toBe(/(?<![0-9])99[0-9]{12}(?![0-9])/.test(text));
    }
  });
});

describe('columns', () => {
  it('counts characters, not bytes, in UTF-8 files', () => {
    const plan = checkMapping([]).value;
    if (plan === undefined) throw new Error('empty mapping has errors');
    const m = migrateDocument(new TextEncoder().encode('<a>Schlüssel 99001001001000</a>'), plan);
    expect(m.references[0]?.column).toBe(14);
  });
});

describe('typed models as oracle: the migrated fixtures differ from their originals only in the mapped keys', () => {
  const renames: [string, string][] = [
    ['99050012001000', '99050013001000'],
    ['99077003012001', '99077003012000'],
    ['99077003012002', '99077003012000'],
  ];
  const expectOnlyKeysChanged = (before: unknown, after: unknown) => {
    let json = JSON.stringify(before);
    for (const [from, to] of renames) json = json.replaceAll(from, to);
    expect(JSON.stringify(after)).toBe(json);
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
  };
  const pair = async (f: string) => [
    await readFile(path.join(documents, f)),
    await readFile(path.join(expectedDir, f)),
  ];

  it('XZuFi 2.2.0 (referenzLeiKa, id, idSekundaer)', async () => {
    const { parse } = await import('../../src/xzufi/v2_2/index.js');
    const [a, b] = await pair('xzufi/leistung-fischereischein.xml');
    const before = parse(a ?? '').value;
    const after = parse(b ?? '').value;
    expect(before?.kind).toBe('leistung');
    if (before?.kind === 'leistung' && after?.kind === 'leistung') {
      expect(after.model.referenzLeiKa.map((c) => c.code)).toEqual(['99050013001000', '99102005261000']);
    }
    expectOnlyKeysChanged(before, after);
  });

  it('XProzess 2.0 (Prozessklasse ids and klasseID)', async () => {
    const { parse } = await import('../../src/xprozess/v2/index.js');
    const [a, b] = await pair('xprozess/prozess-sondernutzung.xml');
    const before = parse(a ?? '').value;
    expect(before).toBeDefined();
    expectOnlyKeysChanged(before, parse(b ?? '').value);
  });

  it('XDatenfelder 3 (beschreibung, stichwort)', async () => {
    const { parse } = await import('../../src/xdatenfelder/v3/index.js');
    const [a, b] = await pair('xdatenfelder/schema-hundesteuer.xdf.xml');
    const before = parse(a ?? '').value;
    expect(before).toBeDefined();
    expectOnlyKeysChanged(before, parse(b ?? '').value);
  });
});
