import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles, describeShared } from '../support/shared.js';
import { runCli } from './run.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'fimkit-inspect-'));
const notFim = path.join(tmp, 'not-fim.xml');
writeFileSync(notFim, '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>\n');
const malformed = path.join(tmp, 'malformed.xml');
writeFileSync(
  malformed,
  '<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">\n<x:a></x:b>\n',
);

describe('fimkit inspect', () => {
  it('reports the demo fixtures as JSON Lines, one object per input, exit 0', async () => {
    const r = await runCli(['inspect', 'fixtures/demo/*.xml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.records.map((x) => x.file)).toEqual([
      'fixtures/demo/hundeart.gc.xml',
      'fixtures/demo/hundesteuer.xdf2.xml',
      'fixtures/demo/hundesteuer.xdf3.xml',
    ]);
    expect(r.records[2]).toEqual({
      file: 'fixtures/demo/hundesteuer.xdf3.xml',
      standard: 'xdatenfelder',
      version: '3.0.0',
      message: 'xdatenfelder.stammdatenschema.0102',
      messageCode: '0102',
      title: 'Stammdatenschema',
      namespace: 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0',
      supported: true,
      id: 'S99000000001',
      idVersion: '1.0.0',
      counts: { datenfeldgruppe: 2, datenfeld: 6, regel: 1, struktur: 8, codelisteReferenz: 0, wert: 3 },
      encoding: 'utf-8',
      diagnostics: [],
    });
    expect(r.records[0]).toMatchObject({ standard: 'genericode', version: '1.0', message: 'CodeList' });
    expect(r.records[1]).toMatchObject({ standard: 'xdatenfelder', version: '2.0', id: 'S99000001' });
  });

  it('text output names standard, version, message, id and counts', async () => {
    const r = await runCli(['inspect', 'fixtures/demo/hundesteuer.xdf3.xml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('XDatenfelder 3.0.0 · xdatenfelder.stammdatenschema.0102 (Stammdatenschema)');
    expect(r.stdout).toContain('id S99000000001 version 1.0.0');
    expect(r.stdout).toContain('datenfeld 6');
    expect(r.stdout).toContain('1 file: 1 clean, 0 with findings');
  });

  it('non-FIM XML: detect/not-fim, exit 1', async () => {
    const r = await runCli(['inspect', notFim, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.records[0]).toMatchObject({ standard: null, version: null, message: null });
    const [d] = r.records[0]!.diagnostics as { code: string; message: string }[];
    expect(d?.code).toBe('detect/not-fim');
    expect(d?.message).toContain('http://www.w3.org/2000/svg');
  });

  it('malformed XML: the reader diagnostics with line and column, exit 1', async () => {
    const r = await runCli(['inspect', malformed]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ {2}2:\d+ {2}error {2}xml\/malformed/);
  });

  it('an unreadable input gives exit 2 but the other inputs are still reported', async () => {
    const r = await runCli([
      'inspect',
      'fixtures/demo/hundeart.gc.xml',
      'no/such/file.xml',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(2);
    expect(r.records).toHaveLength(2);
    expect(r.records[0]).toMatchObject({ standard: 'genericode', diagnostics: [] });
    expect(r.records[1]).toMatchObject({
      file: 'no/such/file.xml',
      standard: null,
      diagnostics: [{ severity: 'error', code: 'cli/unreadable', source: 'cli' }],
    });
  });

  it('a directory without XML files is an input error', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'fimkit-empty-'));
    const r = await runCli(['inspect', empty]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cli/no-xml-files');
  });

  it('usage errors: exit 2 on stderr', async () => {
    expect((await runCli(['inspect'])).stderr).toContain('no file or directory given');
    const bad = await runCli(['inspect', 'fixtures/demo', '--format', 'yaml']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('--format must be text, json, md or html');
    expect((await runCli(['inspect', '--frob', 'x'])).code).toBe(2);
  });

  it('relative paths are resolved against the injected cwd', async () => {
    const r = await runCli(['inspect', 'not-fim.xml'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('detect/not-fim');
  });
});

describeShared('fimkit inspect over the corpus', () => {
  it('names standard and version of every file, XDF1 with a clear diagnostic', async () => {
    const r = await runCli(['inspect', corpusDir, '--format', 'json']);
    const all = [
      ...corpusFiles('xdatenfelder1'),
      ...corpusFiles('xdatenfelder2'),
      ...corpusFiles('xdatenfelder3'),
      ...corpusFiles('codelists'),
      ...corpusFiles('xprozess'),
      ...corpusFiles('synthetic'),
    ];
    expect(r.records).toHaveLength(all.length);
    expect(r.code).toBe(1);
    const byFolder = (folder: string) =>
      r.records.filter((x) => path.relative(corpusDir, x.file as string).startsWith(`${folder}/`));
    for (const x of byFolder('xdatenfelder3')) {
      expect(x).toMatchObject({ standard: 'xdatenfelder', version: '3.0.0', diagnostics: [] });
      expect(x.id).toMatch(/^S\d{11}$/);
    }
    for (const x of byFolder('codelists'))
      expect(x).toMatchObject({ standard: 'genericode', version: '1.0' });
    const [xdf1] = byFolder('xdatenfelder1');
    expect(xdf1).toMatchObject({ standard: 'xdatenfelder', version: '1', supported: false });
    expect((xdf1!.diagnostics as { code: string }[]).map((d) => d.code)).toEqual([
      'detect/unsupported-version',
    ]);
  });

  it('shows progress on a terminal for many files, and not otherwise', async () => {
    const dir = path.join(corpusDir, 'codelists');
    const tty = await runCli(['inspect', dir, '--format', 'json'], { isTTY: true });
    expect(tty.stderr.startsWith('\r\u001b[K[1/73] ')).toBe(true);
    expect(tty.stderr).toMatch(/\[73\/73\]/);
    const pipe = await runCli(['inspect', dir, '--format', 'json'], { isTTY: false });
    expect(pipe.stderr).toBe('');
    const few = await runCli(['inspect', 'fixtures/demo'], { isTTY: true });
    expect(few.stderr).toBe('');
  });
});

describe('fimkit inspect --format html|md', () => {
  it('writes one HTML report over all inputs, naming every file', async () => {
    const out = path.join(tmp, 'inspect.html');
    const r = await runCli(['inspect', 'fixtures/demo/*.xml', '--format', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`report written to ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const f of ['hundeart.gc.xml', 'hundesteuer.xdf2.xml', 'hundesteuer.xdf3.xml'])
      expect(html).toContain(f);
  });

  it('prints Markdown to stdout', async () => {
    const r = await runCli(['inspect', 'fixtures/demo/hundesteuer.xdf3.xml', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /m);
    expect(r.stdout).toContain('hundesteuer.xdf3.xml');
  });
});
