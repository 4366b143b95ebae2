import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import * as v2 from '../../src/xdatenfelder/v2/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { exportXsd, exportXsdV2, sampleInstance } from '../../src/xsdexport/index.js';
import { corpusFiles, describeShared } from '../support/shared.js';
import { compileXsd } from './libxml.js';

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describeShared('xsd export of XDatenfelder 2.0 (through the converter)', () => {
  const files = corpusFiles('xdatenfelder2');
  it.each(files.map((f) => [path.basename(f), f] as const))(
    '%s exports a schema; its sample validates except where the export warned of contradicting facets',
    (_n, file) => {
      const parsed = v2.parse(readFileSync(file));
      const r = exportXsdV2(parsed.value!);
      expect(r.value).toBeDefined();
      const flagged = r.diagnostics
        .filter((d) => d.code === 'xsdexport/pattern-length-conflict')
        .map((d) => /^Datenfeld (\S+):/.exec(d.message)?.[1]);
      const flaggedElements = new Set<string>();
      for (const t of r.value!.model.complexTypes.values()) {
        for (const p of t.particles) if (flagged.includes(p.type)) flaggedElements.add(p.name);
      }
      using xsd = compileXsd(r.value!.xsd);
      for (const error of xsd.validate(sampleInstance(r.value!.model))) {
        const element = /\}(\w+)'/.exec(error.message)?.[1] ?? '';
        expect(flaggedElements.has(element), error.message).toBe(true);
      }
    },
  );
});

describeShared('xmllint agrees', () => {
  const files = corpusFiles('xdatenfelder3').slice(0, 3);
  it.runIf(hasXmllint() || process.env.CI === 'true')(
    'compiles exported schemas and validates their samples',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-xsdexport-'));
      try {
        for (const file of files) {
          const r = exportXsd(v3.parse(readFileSync(file)).value!);
          const xsd = path.join(dir, 'schema.xsd');
          const xml = path.join(dir, 'sample.xml');
          writeFileSync(xsd, r.value!.xsd);
          writeFileSync(xml, sampleInstance(r.value!.model));
          // Throws (non-zero exit) when the schema does not compile or the sample is invalid.
          execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, xml], { stdio: 'pipe' });
          writeFileSync(xml, sampleInstance(r.value!.model).replace(/(<S\d+[^>]*>)/, '$1<Unbekannt/>'));
          expect(() =>
            execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, xml], { stdio: 'pipe' }),
          ).toThrow();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
