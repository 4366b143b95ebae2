import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { command } from '../../src/cli/xprozess.js';
import { fixture, fixtureDir } from './support.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'fimkit-xprozess-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: tmp,
    isTTY: false,
  };
  const code = await command.run(args, io);
  const records = args.includes('json')
    ? stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];
  return { code, stdout, stderr, records };
}

const export0303 = path.join(fixtureDir, 'valid/0303-alleInhalte-export.xml');

describe('fimkit xprozess', () => {
  it('inspect lists classes, processes, groups, BPMN activity counts and files', async () => {
    const r = await run(['inspect', export0303, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.records.map((x) => x.type)).toEqual(['message', 'prozessklasse', 'prozessklasse', 'prozess']);
    const prozess = r.records[3]!;
    // antrag.bpmn: Antrag senden, empfangen, prüfen, Formalien prüfen, Bescheid erlassen, ablehnen.
    expect(prozess).toMatchObject({
      id: '99006028261000',
      aktivitaetengruppen: 8,
      bpmnActivities: 6,
      detaillierungsstufe: '101',
    });
    const text = await run(['inspect', export0303]);
    expect(text.stdout).toContain('Prozessklasse 99006028261000 01.00.00  Anzeige bearbeiten');
    expect(text.stdout).toContain('8 Aktivitaetengruppen, 6 BPMN activities');
  });

  it('activities lists the BPMN activities in flow order with lane and group', async () => {
    const r = await run(['activities', export0303, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.records.map((x) => x.name)).toEqual([
      'Antrag senden',
      'Antrag empfangen',
      'Antrag prüfen',
      'Formalien prüfen',
      'Bescheid erlassen',
      'Antrag ablehnen',
    ]);
    // sp_empfangen is the subProzessID of groups 01 (RAG 1) and 07 (RAG 7) in the fixture.
    expect(r.records[1]).toMatchObject({
      lane: 'Poststelle',
      participant: 'Behörde',
      aktivitaetengruppen: [
        { id: '01', typ: '1' },
        { id: '07', typ: '7' },
      ],
    });
    const text = await run(['activities', export0303]);
    expect(text.stdout).toContain(
      '2. Antrag empfangen  (subProcess, Behörde / Poststelle)  [RAG 1, Gruppe 01]  [RAG 7, Gruppe 07]',
    );
  });

  it('extract writes the embedded files', async () => {
    const out = path.join(tmp, 'out1');
    const r = await run(['extract', export0303, '-o', out]);
    expect(r.code).toBe(0);
    const bpmn = path.join(out, '99006028261000_01.00.00/prozessmodelldatei/antrag.bpmn');
    expect(readFileSync(bpmn)).toEqual(fixture('bpmn/antrag.bpmn'));
    expect(existsSync(path.join(out, '99006028261000_01.00.00/visualisierungsdatei/Modellgrafik.pdf'))).toBe(
      true,
    );
  });

  it('extract refuses entries that would escape the target directory', async () => {
    const evil = Buffer.from(
      zipSync({ '../../escaped.txt': new TextEncoder().encode('x'), 'ok.txt': new Uint8Array([1]) }),
    ).toString('base64');
    const xml = fixture('valid/0203-prozessbibliothek-export.xml')
      .toString('utf8')
      .replace(/(<xprozess:prozessmodelldatei>[\s\S]*?<xprozess:inhalt>)[^<]*/, `$1${evil}`);
    writeFileSync(path.join(tmp, 'evil.xml'), xml);
    const out = path.join(tmp, 'nested', 'out2');
    const r = await run(['extract', 'evil.xml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xprozess/unsafe-path');
    expect(existsSync(path.join(tmp, 'escaped.txt'))).toBe(false);
    expect(existsSync(path.join(tmp, 'nested', 'escaped.txt'))).toBe(false);
    expect(readdirSync(path.join(out, '99006028261000_01.00.00/prozessmodelldatei'))).toEqual(['ok.txt']);
  });

  it('reports findings with exit 1 and usage problems with exit 2', async () => {
    const bad = await run(['inspect', path.join(fixtureDir, 'invalid/non-bpmn-model.xml')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('xprozess/not-bpmn');
    expect((await run(['frobnicate', export0303])).code).toBe(2);
    expect((await run(['extract', export0303])).code).toBe(2);
    expect((await run(['inspect', path.join(tmp, 'missing.xml')])).code).toBe(2);
    writeFileSync(path.join(tmp, 'other.xml'), '<a xmlns="urn:x"/>');
    expect((await run(['inspect', 'other.xml'])).code).toBe(2);
  });
});
