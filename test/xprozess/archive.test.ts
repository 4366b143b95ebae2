import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64, isZip, openDatei, safeEntryPath } from '../../src/xprozess/v2/index.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const datei = (inhalt: string) => ({ dateiname: 'Modell', inhalt });
const enc = (s: string) => new TextEncoder().encode(s);

describe('safeEntryPath', () => {
  it.each([
    ['a.xml', 'a.xml'],
    ['dir/sub/a.xml', 'dir/sub/a.xml'],
    ['./a.xml', 'a.xml'],
    ['dir//a.xml', 'dir/a.xml'],
  ])('accepts %s as %s', (name, expected) => expect(safeEntryPath(name)).toBe(expected));
  it.each(['../a.xml', 'dir/../../a.xml', '/etc/passwd', 'C:/x.xml', 'c:x', 'a\\..\\b', '..', '', 'a\0b'])(
    'refuses %j',
    (name) => expect(safeEntryPath(name)).toBeUndefined(),
  );
});

describe('decodeBase64 / isZip', () => {
  it('decodes with line breaks and refuses non-base64', () => {
    expect([...decodeBase64('UEsD\nBA==')!]).toEqual([0x50, 0x4b, 3, 4]);
    expect(decodeBase64('kein*base64')).toBeUndefined();
    expect(decodeBase64('abc')).toBeUndefined();
  });
  it('recognises the ZIP signature', () => {
    expect(isZip(zipSync({ 'a.txt': enc('x') }))).toBe(true);
    expect(isZip(enc('%PDF-1.4'))).toBe(false);
  });
});

describe('openDatei', () => {
  it('unpacks every entry', () => {
    const zip = zipSync({ 'a.txt': enc('eins'), 'd/b.txt': enc('zwei') });
    const r = openDatei(datei(b64(zip)));
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['a.txt', 'eins'],
      ['d/b.txt', 'zwei'],
    ]);
  });

  it('exposes a payload that is no archive as one file, with an info', () => {
    const r = openDatei(datei(b64(enc('%PDF-1.4'))));
    expect(r.value?.map((f) => f.name)).toEqual(['Modell']);
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'xprozess/not-an-archive']]);
  });

  it('refuses entries escaping the target directory and keeps the others', () => {
    const zip = zipSync({ '../../evil.sh': enc('x'), '/abs.txt': enc('y'), 'ok.txt': enc('z') });
    const r = openDatei(datei(b64(zip)));
    expect(r.value?.map((f) => f.name)).toEqual(['ok.txt']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['xprozess/unsafe-path', 'xprozess/unsafe-path']);
  });

  it('refuses a zip bomb by ratio before inflating it', () => {
    const zip = zipSync({ 'bomb.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    // 4 MiB of zeros deflate to a few KiB: a ratio far above the default limit of 200.
    expect(zip.length * 200).toBeLessThan(4 * 1024 * 1024);
    const r = openDatei(datei(b64(zip)));
    expect(r.value).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['xprozess/archive-limit']);
    expect(r.diagnostics[0]!.message).toContain('ratio');
  });

  it('applies the size, total and entry-count limits', () => {
    const zip = zipSync(
      { 'a.bin': new Uint8Array(1000), 'b.bin': new Uint8Array(1000), 'c.bin': new Uint8Array(10) },
      { level: 0 },
    );
    expect(openDatei(datei(b64(zip)), { maxFileSize: 500 }).value?.map((f) => f.name)).toEqual(['c.bin']);
    expect(openDatei(datei(b64(zip)), { maxTotalSize: 1500 }).value?.map((f) => f.name)).toEqual([
      'a.bin',
      'c.bin',
    ]);
    const counted = openDatei(datei(b64(zip)), { maxEntries: 2 });
    expect(counted.value?.map((f) => f.name)).toEqual(['a.bin', 'b.bin']);
    expect(counted.diagnostics.map((d) => d.code)).toEqual(['xprozess/archive-limit']);
  });

  it('reports a truncated archive as corrupt', () => {
    const zip = zipSync({ 'a.txt': enc('x'.repeat(100)) });
    const r = openDatei(datei(b64(zip.subarray(0, 40))));
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['xprozess/corrupt-archive']);
  });
});
