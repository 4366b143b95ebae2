/** Validation against the official XSD sets in ../shared/xsd. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diag, XsdValidator as LibXsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { FimkitError } from '../../src/core/diagnostics.js';
import { createXsdValidator, type XsdValidator } from '../../src/core/xsd/index.js';
import { describeShared, sharedXsdDir } from '../support/shared.js';
import { INVALID_CODELIST, removeTree, tempTree, VALID_CODELIST } from './fixtures.js';

const GC = { standard: 'genericode', version: '1.0' } as const;

describeShared('core/xsd validator', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
  });
  afterAll(() => validator.dispose());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('compiles every set of the manifest', () => {
    for (const [standard, version] of [
      ['xdatenfelder', '2.0'],
      ['xdatenfelder', '3.0.0'],
      ['genericode', '1.0'],
    ] as const) {
      expect(validator.compile(standard, version).entryPath).toMatch(/\.xsd$/);
    }
  });

  it('returns no diagnostics for a valid document, as string or bytes', () => {
    expect(validator.validate(VALID_CODELIST, GC)).toEqual([]);
    expect(validator.validate(new TextEncoder().encode(VALID_CODELIST), GC)).toEqual([]);
  });

  it('reports every XSD error with its line, an element path and no column', () => {
    const found = validator.validate(INVALID_CODELIST, { ...GC, fileName: 'bad.xml' });
    expect(found).toEqual([
      {
        severity: 'error',
        code: 'xsd/invalid',
        message: "Element 'Bogus': This element is not expected. Expected is ( CanonicalUri ).",
        path: '/gc:CodeList/Identification/Bogus',
        line: 6,
        source: 'xsd',
      },
      {
        severity: 'error',
        code: 'xsd/invalid',
        message: "Element 'Row', attribute 'Foo': The attribute 'Foo' is not allowed.",
        path: '/gc:CodeList/SimpleCodeList/Row',
        line: 21,
        source: 'xsd',
      },
    ]);
  });

  it('keeps line numbers above 65535 (libxml2 takes them from a neighbouring node there: +-1)', () => {
    const row =
      '    <Row>\n      <Value ColumnRef="code">\n        <SimpleValue>A</SimpleValue>\n      </Value>\n    </Row>\n';
    const xml = VALID_CODELIST.replace(
      / {4}<Row>[\s\S]*<\/Row>\n/,
      `${row.repeat(14000)}    <Row Foo="x"/>\n`,
    );
    const line = xml.split('\n').findIndex((l) => l.includes('Foo="x"')) + 1;
    expect(line).toBeGreaterThan(70000);
    const found = validator.validate(xml, GC);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.line).toBeGreaterThanOrEqual(line);
      expect(d.line).toBeLessThanOrEqual(line + 1);
      expect(d.path).toBe('/gc:CodeList/SimpleCodeList/Row[14001]');
    }
  });

  it('reports a document that cannot be parsed as xsd/not-well-formed with line and column', () => {
    const found = validator.validate('<a>\n  <b></a>', GC);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({
      severity: 'error',
      code: 'xsd/not-well-formed',
      line: 2,
      source: 'xsd',
    });
    expect(found[0]?.column).toBeGreaterThan(0);
    expect(validator.validate('', GC)[0]?.code).toBe('xsd/not-well-formed');
  });

  it('parses a string as UTF-8 whatever its declaration says, bytes by their declaration', () => {
    const latin = VALID_CODELIST.replace('UTF-8', 'ISO-8859-1').replace('>test<', '>Größe<');
    expect(validator.validate(latin, GC)).toEqual([]);
    expect(validator.validate(Buffer.from(latin, 'latin1'), GC)).toEqual([]);
  });

  it('never loads external entities or DTDs of the document', () => {
    const dir = tempTree({ 'secret.txt': 'TOP-SECRET', 'secret.dtd': '<!ENTITY leak "TOP-SECRET">' });
    const secret = path.join(dir, 'secret.txt');
    const dtd = path.join(dir, 'secret.dtd');
    const attempts: string[] = [];
    // Registered last, so libxml2 asks it first about every resource it wants to load.
    xmlRegisterInputProvider({
      match: (uri) => {
        attempts.push(uri);
        return false;
      },
      open: () => undefined,
      read: () => -1,
      close: () => true,
    });
    const doctype =
      `<!DOCTYPE gc:CodeList SYSTEM "${dtd}" [\n` +
      `  <!ENTITY xxe SYSTEM "${secret}">\n  <!ENTITY % pe SYSTEM "file://${secret}">\n  %pe;\n]>\n`;
    const xml = VALID_CODELIST.replace('?>\n', `?>\n${doctype}`).replace('>test<', '>&xxe;&leak;<');
    const found = validator.validate(xml, GC);
    removeTree(dir);
    expect(JSON.stringify(found)).not.toContain('TOP-SECRET');
    expect(attempts).toEqual([]);
    // Unexpanded entity references cannot be XSD-validated; they are reported, not expanded.
    expect(found.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'xsd/entity-reference',
        line: 9,
        message: expect.stringContaining('&xxe;'),
      }),
      expect.objectContaining({
        code: 'xsd/entity-reference',
        line: 9,
        message: expect.stringContaining('&leak;'),
      }),
    ]);
    // The spy does see the loads libxml2 makes (here: genericode.xsd importing xml.xsd).
    const fresh = createXsdValidator({ xsdDir: sharedXsdDir });
    fresh.compile('genericode', '1.0');
    fresh.dispose();
    expect(attempts).toEqual([expect.stringMatching(/^fimkit-xsd:\/\/root\d+\/genericode-1\.0\/xml\.xsd$/)]);
  });

  it('compiles each set once per validator and hands out the same compiled object', () => {
    const fromDoc = vi.spyOn(LibXsdValidator, 'fromDoc');
    const fresh = createXsdValidator({ xsdDir: sharedXsdDir });
    const first = fresh.compile('genericode', '1.0');
    fresh.validate(VALID_CODELIST, GC);
    fresh.validate(INVALID_CODELIST, GC);
    expect(fresh.compile('genericode', '1.0')).toBe(first);
    expect(fromDoc).toHaveBeenCalledTimes(1);
    fresh.compile('xdatenfelder', '3.0.0');
    expect(fromDoc).toHaveBeenCalledTimes(2);
    fresh.dispose();
  });

  it('frees every libxml2 object on dispose and refuses to work afterwards', () => {
    diag.configure({ enabled: true });
    try {
      const fresh = createXsdValidator({ xsdDir: sharedXsdDir });
      fresh.validate(INVALID_CODELIST, GC);
      fresh.validate('<broken', GC);
      fresh.validate(readFileSync(path.join(sharedXsdDir, 'xdatenfelder-2.0', 'xoev-code.xsd')), {
        standard: 'xdatenfelder',
        version: '2.0',
      });
      expect(Object.keys(diag.report())).toEqual(expect.arrayContaining(['XsdValidator', 'XmlDocument']));
      fresh[Symbol.dispose]();
      expect(diag.report()).toEqual({});
      fresh.dispose();
      const e = (() => {
        try {
          fresh.validate(VALID_CODELIST, GC);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(FimkitError);
      expect((e as FimkitError).code).toBe('xsd/disposed');
    } finally {
      diag.configure({ enabled: false });
    }
  });
});
