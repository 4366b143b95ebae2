import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cachedSearchIndex } from '../../src/search/index.js';
import { corpusFiles, describeShared } from '../support/shared.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-search-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeShared('search index cache', () => {
  it('is reused while the files are unchanged and rebuilt when one changes', async () => {
    const source = corpusFiles('xdatenfelder2').find((f) => f.endsWith('S05000058V1.0_xdf2.xml'))!;
    const data = path.join(dir, 'schemas');
    mkdirSync(data);
    const copy = path.join(data, 'schema.xml');
    copyFileSync(source, copy);
    const cache = path.join(dir, 'index.json');
    const first = await cachedSearchIndex(data, cache);
    expect(first.fromCache).toBe(false);
    const second = await cachedSearchIndex(data, cache);
    expect(second.fromCache).toBe(true);
    expect(second.index).toEqual(first.index);
    appendFileSync(copy, '\n');
    expect((await cachedSearchIndex(data, cache)).fromCache).toBe(false);
  });
});
