/** Directories given to reuse/similar/harmonise may hold other FIM artefacts: skipped with one note. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { repoRoot } from '../support/shared.js';

const demo = 'fixtures/demo/harmonisation';
const files = readdirSync(path.join(repoRoot, demo));
const schemas = files.filter((f) => f.endsWith('.xdf3.xml')).length;
const texts = files.filter((f) => f.endsWith('.xzufi.xml')).length;

describe('directory inputs with other standards', () => {
  it('reuse over the demo folder reads the schemas and skips the service texts with one note', async () => {
    expect(texts).toBeGreaterThan(0);
    const r = await runCli(['reuse', demo, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `fimkit: skipped files in directories that are not XDatenfelder: ${texts} XZuFi 2.2.0\n`,
    );
    expect(JSON.parse(r.stdout).schemas).toHaveLength(schemas);
  });

  it('a service text named explicitly is still an error', async () => {
    const r = await runCli(['reuse', `${demo}/stammtext.xzufi.xml`, '--format', 'json']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/stammtext\.xzufi\.xml: +3:1 +error +harmonise\/not-xdatenfelder/);
  });
});
