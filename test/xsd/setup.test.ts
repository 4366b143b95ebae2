/** Locating XSD sets and the sandbox around includes/imports; uses throw-away XSD directories only. */

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FimkitError } from '../../src/core/diagnostics.js';
import { createXsdValidator, resolveXsdDir, xsdEntryPath } from '../../src/core/xsd/index.js';
import { removeTree, TINY_SCHEMA, tempTree } from './fixtures.js';

const trees: string[] = [];
afterAll(() => {
  for (const t of trees) removeTree(t);
});

/** An XSD root whose `genericode-1.0/genericode.xsd` (a stand-in schema) includes `include`. */
function fakeRoot(include: string, extra: Record<string, string> = {}): string {
  const dir = tempTree({
    'xsd/genericode-1.0/genericode.xsd': TINY_SCHEMA.main.replace('INCLUDE', include),
    ...extra,
  });
  trees.push(dir);
  return path.join(dir, 'xsd');
}

function thrown(fn: () => unknown): FimkitError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FimkitError) return e;
    throw e;
  }
  throw new Error('expected a FimkitError');
}

describe('resolveXsdDir', () => {
  it('throws xsd/dir-missing with a hint when neither option nor FIMKIT_XSD_DIR is set', () => {
    const e = thrown(() => resolveXsdDir(undefined, {}));
    expect(e.code).toBe('xsd/dir-missing');
    expect(e.message).toContain('FIMKIT_XSD_DIR');
    expect(e.message).toContain('xdatenfelder-3.0.0/xdatenfelder.xsd');
  });

  it('prefers the option over the environment and returns an absolute path', () => {
    const a = fakeRoot('part.xsd');
    const b = fakeRoot('part.xsd');
    expect(resolveXsdDir(undefined, { FIMKIT_XSD_DIR: a })).toBe(a);
    expect(resolveXsdDir(b, { FIMKIT_XSD_DIR: a })).toBe(b);
    expect(resolveXsdDir(path.relative(process.cwd(), b), {})).toBe(b);
  });

  it('throws xsd/dir-missing for a directory that does not exist', () => {
    const e = thrown(() => resolveXsdDir('/nonexistent/fimkit-xsd', {}));
    expect(e.code).toBe('xsd/dir-missing');
    expect(e.message).toContain('/nonexistent/fimkit-xsd');
    expect(thrown(() => createXsdValidator({ xsdDir: '/nonexistent/fimkit-xsd' })).code).toBe(
      'xsd/dir-missing',
    );
  });
});

describe('schema sets', () => {
  it('throws xsd/schema-missing when the entry XSD is not there', () => {
    const root = fakeRoot('part.xsd');
    expect(thrown(() => xsdEntryPath(root, 'xdatenfelder', '3.0.0')).code).toBe('xsd/schema-missing');
    const validator = createXsdValidator({ xsdDir: root });
    const e = thrown(() => validator.validate('<x/>', { standard: 'xdatenfelder', version: '2.0' }));
    expect(e.code).toBe('xsd/schema-missing');
    expect(e.message).toContain(path.join(root, 'xdatenfelder-2.0', 'xdatenfelder.xsd'));
    validator.dispose();
  });

  it('throws xsd/unknown-schema for a version without a set', () => {
    const validator = createXsdValidator({ xsdDir: fakeRoot('part.xsd') });
    expect(thrown(() => validator.compile('xdatenfelder', '3.0.2')).code).toBe('xsd/unknown-schema');
    validator.dispose();
  });

  it('serves includes from inside the XSD directory, also from sub-folders', () => {
    const root = fakeRoot('parts/part.xsd', { 'xsd/genericode-1.0/parts/part.xsd': TINY_SCHEMA.part });
    const validator = createXsdValidator({ xsdDir: root });
    const target = { standard: 'genericode', version: '1.0' } as const;
    expect(validator.validate('<root xmlns="urn:t">x</root>', target)).toEqual([]);
    const [d, ...rest] = validator.validate('<root xmlns="urn:t">\n  <a/>\n</root>', target);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', code: 'xsd/invalid', line: 1, source: 'xsd' });
    validator.dispose();
  });

  it('throws xsd/schema-missing naming the include that is not there', () => {
    const root = fakeRoot('part.xsd');
    const e = thrown(() => createXsdValidator({ xsdDir: root }).compile('genericode', '1.0'));
    expect(e.code).toBe('xsd/schema-missing');
    expect(e.message).toContain(path.join(root, 'genericode-1.0', 'part.xsd'));
  });

  it('treats an unused import that cannot be loaded as a missing file (libxml2 only warns)', () => {
    const main = TINY_SCHEMA.part.replace(
      '<xs:element',
      '<xs:import namespace="urn:other" schemaLocation="other.xsd"/>\n  <xs:element',
    );
    const dir = tempTree({ 'genericode-1.0/genericode.xsd': main });
    trees.push(dir);
    const e = thrown(() => createXsdValidator({ xsdDir: dir }).compile('genericode', '1.0'));
    expect(e.code).toBe('xsd/schema-missing');
    expect(e.message).toContain(path.join(dir, 'genericode-1.0', 'other.xsd'));
    expect(e.cause).toBeUndefined(); // libxml2 compiled it; fimkit refuses the incomplete set
  });

  it('cannot climb out of the XSD directory with ../ (refused, the file next to the root is never read)', () => {
    const root = fakeRoot('../../outside.xsd', { 'outside.xsd': TINY_SCHEMA.part });
    const e = thrown(() => createXsdValidator({ xsdDir: root }).compile('genericode', '1.0'));
    expect(e.code).toBe('xsd/schema-refused');
    expect(e.message).toContain('../outside.xsd');
  });

  it('refuses file URLs and reads absolute paths relative to the XSD directory', () => {
    const outside = path.join(
      path.dirname(fakeRoot('x.xsd', { 'outside.xsd': TINY_SCHEMA.part })),
      'outside.xsd',
    );
    const url = pathToFileURL(outside).href;
    const refused = thrown(() => createXsdValidator({ xsdDir: fakeRoot(url) }).compile('genericode', '1.0'));
    expect(refused.code).toBe('xsd/schema-refused');
    expect(refused.message).toContain(url);
    const root = fakeRoot(outside);
    const missing = thrown(() => createXsdValidator({ xsdDir: root }).compile('genericode', '1.0'));
    expect(missing.code).toBe('xsd/schema-missing');
    expect(missing.message).toContain(path.join(root, outside));
  });

  it('refuses network URLs without trying them', () => {
    const e = thrown(() =>
      createXsdValidator({ xsdDir: fakeRoot('http://127.0.0.1:9/part.xsd') }).compile('genericode', '1.0'),
    );
    expect(e.code).toBe('xsd/schema-refused');
    expect(e.message).toContain('http://127.0.0.1:9/part.xsd');
  });
});
