/**
 * Hostile archives embedded in XProzess (`Datei/inhalt`): zip bombs (ratio, declared size, total size,
 * lying sizes), names that escape the target directory (`../`, absolute, drive letters, backslashes),
 * symbolic links, duplicate names and corrupt central directories. `openDatei` reports each with a
 * diagnostic, and `fimkit xprozess extract` refuses each clearly: exit code 1, the code on stderr, and no
 * byte written outside the target directory (nor the refused entry inside it).
 */
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command } from '../../src/cli/xprozess.js';
import { openDatei } from '../../src/xprozess/v2/archive.js';
import { repoRoot } from '../support/shared.js';
import { base64, type RawEntry, rawZip } from './zip.js';

const MiB = 2 ** 20;
const enc = (s: string) => new TextEncoder().encode(s);
const work = mkdtempSync(path.join(tmpdir(), 'fimkit-hostile-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = readFileSync(
  path.join(repoRoot, 'fixtures/xprozess/v2/valid/0203-prozessbibliothek-export.xml'),
  'utf8',
);

/** The fixture with its first embedded archive replaced by `zip`. */
const documentWith = (zip: Uint8Array) =>
  fixture.replace(/<xprozess:inhalt>[^<]*</, `<xprozess:inhalt>${base64(zip)}<`);

/** Every file and link below `dir`, relative. */
function listing(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !lstatSync(path.join(dir, f)).isDirectory())
    .sort();
}

let n = 0;
/** Runs `fimkit xprozess extract` on a document whose first archive is `zip`. */
async function extract(zip: Uint8Array) {
  const dir = path.join(work, `case-${++n}`);
  const input = path.join(work, `case-${n}.xml`);
  writeFileSync(input, documentWith(zip));
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: work,
    isTTY: false,
  };
  const code = await command.run(['extract', input, '-o', path.join(dir, 'out')], io);
  return { code, stdout, stderr, dir, written: listing(path.join(dir, 'out')), outside: listing(dir) };
}

const codesOf = (zip: Uint8Array, limits = {}) =>
  openDatei({ dateiname: 'Modell.zip', inhalt: base64(zip) }, limits).diagnostics.map((d) => d.code);

const ok: RawEntry = { name: 'ok.bpmn', data: enc('<definitions/>') };

describe('zip bombs', () => {
  it('a 30 MiB entry of zeros (ratio ~1000) is refused before it is inflated', async () => {
    const zip = rawZip([ok, { name: 'bomb.xml', data: new Uint8Array(30 * MiB) }]);
    expect(zip.length).toBeLessThan(MiB);
    expect(codesOf(zip)).toEqual(['xprozess/archive-limit']);
    const r = await extract(zip);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xprozess/archive-limit');
    expect(r.stderr).toContain('bomb.xml');
    expect(r.written.some((f) => f.endsWith('bomb.xml'))).toBe(false);
    expect(r.written.some((f) => f.endsWith('ok.bpmn'))).toBe(true);
  });

  it('a declared size above the per-file limit is refused without inflating (absolute limit)', () => {
    expect(codesOf(rawZip([{ name: 'big.xml', data: enc('x'), declaredSize: 2 ** 31 }]))).toEqual([
      'xprozess/archive-limit',
    ]);
  });

  it('the total of all entries is bounded', () => {
    // incompressible entries, each under the per-file limit, together above the total limit
    const noise = (seed: number) => {
      const b = new Uint8Array(300 * 1024);
      let x = seed;
      for (let i = 0; i < b.length; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        b[i] = x >>> 24;
      }
      return b;
    };
    const zip = rawZip([1, 2, 3, 4].map((i) => ({ name: `n${i}.bin`, data: noise(i) })));
    expect(codesOf(zip, { maxTotalSize: MiB })).toEqual(['xprozess/archive-limit']);
    expect(codesOf(zip, { maxEntries: 2 })).toEqual(['xprozess/archive-limit', 'xprozess/archive-limit']);
  });

  it('a lying (too small) declared size does not truncate silently: the CRC check refuses the entry', async () => {
    const zip = rawZip([ok, { name: 'liar.xml', data: new Uint8Array(8 * MiB), declaredSize: 1000 }]);
    expect(codesOf(zip)).toEqual(['xprozess/corrupt-archive']);
    const r = await extract(zip);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('liar.xml');
    expect(r.written.some((f) => f.endsWith('liar.xml'))).toBe(false);
  });
});

describe('paths that escape the target directory', () => {
  it.each([
    '../escaped.txt',
    '../../escaped.txt',
    'a/../../escaped.txt',
    '/tmp/fimkit-absolute-escaped.txt',
    'C:/escaped.txt',
    '..\\escaped.txt',
  ])('%s is refused', async (name) => {
    const zip = rawZip([ok, { name, data: enc('pwned') }]);
    expect(codesOf(zip)).toEqual(['xprozess/unsafe-path']);
    const r = await extract(zip);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xprozess/unsafe-path');
    // the case folder holds nothing but what is inside out/, and nothing of the refused entry
    expect(r.outside.every((f) => f.startsWith(`out${path.sep}`))).toBe(true);
    expect(r.written.filter((f) => f.includes('escaped'))).toEqual([]);
    expect(existsSync('/tmp/fimkit-absolute-escaped.txt')).toBe(false);
    expect(existsSync(path.join(work, 'escaped.txt'))).toBe(false);
  });

  it('a symbolic link entry is refused, so nothing can be written through it', async () => {
    const zip = rawZip([
      { name: 'link', data: enc('/etc'), unixMode: 0o120777, method: 0 },
      { name: 'link/passwd', data: enc('pwned') },
    ]);
    const codes = codesOf(zip);
    expect(codes).toContain('xprozess/unsafe-path');
    const r = await extract(zip);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('symbolic link');
    for (const f of r.written) expect(lstatSync(path.join(r.dir, 'out', f)).isSymbolicLink()).toBe(false);
    expect(r.written.some((f) => f.endsWith(`${path.sep}link`))).toBe(false);
  });
});

describe('duplicates and corruption', () => {
  it('duplicate names (also after normalisation) are reported; the first is kept', async () => {
    const zip = rawZip([
      { name: 'm.bpmn', data: enc('first') },
      { name: 'm.bpmn', data: enc('second') },
      { name: './m.bpmn', data: enc('third') },
    ]);
    const opened = openDatei({ dateiname: 'M.zip', inhalt: base64(zip) });
    expect(opened.diagnostics.map((d) => d.code)).toEqual([
      'xprozess/duplicate-entry',
      'xprozess/duplicate-entry',
    ]);
    expect(opened.value?.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['m.bpmn', 'first'],
    ]);
    const r = await extract(zip);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xprozess/duplicate-entry');
  });

  it('a corrupt central directory (signature, offset, count, truncation) is a corrupt-archive diagnostic', async () => {
    const good = rawZip([ok, { name: 'b.xml', data: enc('<b/>') }]);
    const cd = good.length - 22 - (46 + 7) - (46 + 5);
    const broken: Uint8Array[] = [];
    const patched = (at: number, value: number, bytes = 4) => {
      const z = good.slice();
      const v = new DataView(z.buffer);
      if (bytes === 4) v.setUint32(at, value, true);
      else v.setUint16(at, value, true);
      return z;
    };
    broken.push(patched(cd, 0xdeadbeef)); // central header signature
    broken.push(patched(good.length - 6, 0x7fffffff)); // central directory offset
    broken.push(patched(good.length - 12, 1000, 2)); // entry count
    broken.push(good.subarray(0, good.length - 30)); // truncated
    broken.push(patched(cd + 42, 0x7fffff00)); // local header offset of the first entry
    for (const [i, zip] of broken.entries()) {
      const codes = codesOf(zip);
      expect(codes, `case ${i}`).toContain('xprozess/corrupt-archive');
    }
    const r = await extract(broken[0]!);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xprozess/corrupt-archive');
  });
});
