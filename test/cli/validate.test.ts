import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, describeShared, repoRoot, sharedXsdDir } from '../support/shared.js';
import { runCli } from './run.js';

describe('fimkit validate: setup', () => {
  it('without --xsd-dir or FIMKIT_XSD_DIR: exit 2 with a message naming both', async () => {
    const r = await runCli(['validate', 'fixtures/demo'], { env: {} });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--xsd-dir');
    expect(r.stderr).toContain('FIMKIT_XSD_DIR');
    expect(r.stderr).toContain('xdatenfelder-3.0.0/xdatenfelder.xsd');
  });

  it('a missing XSD directory: exit 2 naming the directory and where it came from', async () => {
    const r = await runCli(['validate', 'fixtures/demo'], { env: { FIMKIT_XSD_DIR: 'nowhere' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(repoRoot, 'nowhere'));
    expect(r.stderr).toContain('(from FIMKIT_XSD_DIR)');
  });

  it('usage errors: exit 2', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', 'x.xml', '--format', 'csv'])).code).toBe(2);
    expect((await runCli(['validate', 'x.xml', '--xsd-dir'])).code).toBe(2);
  });
});

describeShared('fimkit validate against ../shared/xsd', () => {
  it('the demo fixtures are valid: exit 0', async () => {
    const r = await runCli([
      'validate',
      '--xsd-dir',
      sharedXsdDir,
      'fixtures/demo/*.xml',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.records.map((x) => [x.file, x.valid, x.schema])).toEqual([
      ['fixtures/demo/hundeart.gc.xml', true, 'genericode-1.0/genericode.xsd'],
      ['fixtures/demo/hundesteuer.xdf2.xml', true, 'xdatenfelder-2.0/xdatenfelder.xsd'],
      ['fixtures/demo/hundesteuer.xdf3.xml', true, 'xdatenfelder-3.0.0/xdatenfelder.xsd'],
    ]);
  });

  it('FIMKIT_XSD_DIR works the same, resolved against the cwd', async () => {
    const rel = path.relative(repoRoot, sharedXsdDir);
    const r = await runCli(['validate', 'fixtures/demo/*.xml'], { env: { FIMKIT_XSD_DIR: rel } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fixtures/demo/hundesteuer.xdf3.xml: valid (XDatenfelder 3.0.0');
    expect(r.stdout).toContain('3 files: 3 valid, 0 invalid, 0 not validated');
  });

  it('gives the corpus verdicts: XDF3 valid, GerPS XDF2 invalid with lines, XDF1 not validated', async () => {
    const r = await runCli(['validate', '--xsd-dir', sharedXsdDir, corpusDir, '--format', 'json']);
    expect(r.code).toBe(1);
    const rec = (rel: string) => r.records.find((x) => x.file === path.join(corpusDir, rel));
    for (const x of r.records.filter((x) => (x.file as string).includes('/xdatenfelder3/'))) {
      expect(x, x.file as string).toMatchObject({ valid: true, diagnostics: [] });
    }
    expect(rec('xdatenfelder2/glykon/S05000058V1.0_xdf2.xml')).toMatchObject({ valid: true });
    const gerps = rec('xdatenfelder2/gerps-onto/S00000094V1.0_xdf2.xml')!;
    expect(gerps.valid).toBe(false);
    expect(
      (gerps.diagnostics as { code: string; line?: number }[]).every((d) => typeof d.line === 'number'),
    ).toBe(true);
    expect(rec('codelists/glykon/S05000058V1.0/C60000016_genericode.xml')).toMatchObject({ valid: false });
    const xdf1 = rec('xdatenfelder1/lilithwittmann-ozg/WaBeKa.xml')!;
    expect(xdf1).toMatchObject({ standard: 'xdatenfelder', version: '1', valid: null, schema: null });
    expect((xdf1.diagnostics as { code: string }[])[0]?.code).toBe('detect/unsupported-version');
    const xprozess = r.records.find((x) => (x.file as string).includes('/xprozess/'))!;
    expect(xprozess).toMatchObject({ standard: 'xprozess', valid: null, schema: null });
    expect((xprozess.diagnostics as { code: string }[]).map((d) => d.code)).toEqual(['validate/no-xsd']);
  });

  it('an incomplete XSD set is a setup problem: exit 2 with the xsd/* code', async () => {
    // The demo folder is a directory but holds no XSD sets.
    const r = await runCli([
      'validate',
      '--xsd-dir',
      'fixtures/demo',
      'fixtures/demo/hundeart.gc.xml',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(2);
    expect((r.records[0]!.diagnostics as { code: string }[])[0]?.code).toBe('xsd/schema-missing');
  });
});
