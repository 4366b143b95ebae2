import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXml } from '../../src/core/xml/index.js';
import { detect, detectRoot, FORMATS, lookupFormat, summarize } from '../../src/detect/index.js';
import {
  type CorpusFolder,
  corpusDir,
  corpusFiles,
  describeShared,
  repoRoot,
  sharedXsdDir,
} from '../support/shared.js';

const codes = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('detect: registry', () => {
  it('has one format per namespace and unique roots per format', () => {
    const namespaces = FORMATS.map((f) => f.namespace);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const f of FORMATS) {
      const roots = f.messages.map((m) => m.root);
      expect(new Set(roots).size, f.label).toBe(roots.length);
    }
  });

  it('marks XDatenfelder 1 and XZuFi 2.1 unsupported, with a note', () => {
    const unsupported = FORMATS.filter((f) => !f.supported);
    expect(unsupported.map((f) => f.label)).toEqual(['XDatenfelder 1', 'XZuFi 2.1.0']);
    for (const f of unsupported) expect(f.note).toBeTruthy();
  });

  it('accepts any root for XZuFi 2.2 (root names unconfirmed) but not for XDatenfelder', () => {
    expect(
      lookupFormat('http://xoev.de/schemata/xzufi/2_2_0', 'transfer.operation.0301')?.message?.code,
    ).toBe('0301');
    expect(lookupFormat('urn:xoev-de:fim:standard:xdatenfelder_2', 'foo')?.message).toBeUndefined();
  });
});

describe('detect: single documents', () => {
  it('names standard, version and message of XDatenfelder 3.0.0', () => {
    const { value, diagnostics } = detect(
      '<?xml version="1.0"?>\n<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"/>',
    );
    expect(diagnostics).toEqual([]);
    expect(value).toMatchObject({
      standard: 'xdatenfelder',
      version: '3.0.0',
      message: 'xdatenfelder.datenfeld.0104',
      code: '0104',
      title: 'Datenfeld',
      supported: true,
      line: 2,
      column: 1,
    });
  });

  it('reports non-FIM XML with detect/not-fim naming the namespace and root', () => {
    const r = detect('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
    expect(r.value).toBeUndefined();
    expect(codes(r)).toEqual(['detect/not-fim']);
    expect(r.diagnostics[0]?.message).toContain('http://www.w3.org/1999/xhtml');
    expect(r.diagnostics[0]?.message).toContain('<html>');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 1, column: 1, source: 'detect' });
  });

  it('reports a root in no namespace as not FIM', () => {
    const r = detect('<CodeList/>');
    expect(codes(r)).toEqual(['detect/not-fim']);
    expect(r.diagnostics[0]?.message).toContain('no namespace');
  });

  it('recognises XZuFi 2.1 but says it is unsupported', () => {
    const r = detect(
      '<xzufi:leistungsverzeichnis.antwort.leistungsbericht.030108 xmlns:xzufi="http://xoev.de/schemata/xzufi/2_1_0"/>',
    );
    expect(r.value).toMatchObject({ standard: 'xzufi', version: '2.1.0', supported: false, code: '030108' });
    expect(codes(r)).toEqual(['detect/unsupported-version']);
  });

  it('recognises XZuFi 2.2.0 and 2.3.1 by namespace, whatever the root', () => {
    for (const [ns, version] of [
      ['http://xoev.de/schemata/xzufi/2_2_0', '2.2.0'],
      ['http://xoev.de/schemata/xzufi/2_3_1', '2.3.1'],
    ] as const) {
      const r = detect(`<x:someMessage xmlns:x="${ns}"><x:nachrichtenkopf/></x:someMessage>`);
      expect(r.diagnostics).toEqual([]);
      expect(r.value).toMatchObject({ standard: 'xzufi', version, message: 'someMessage', supported: true });
    }
  });

  it('reports an unknown version of a known standard', () => {
    const r = detect(
      '<x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_4"/>',
    );
    expect(codes(r)).toEqual(['detect/unknown-version']);
    expect(r.diagnostics[0]?.message).toContain('3.0.0');
  });

  it('reports an unknown message in a known namespace', () => {
    const r = detect('<x:nachricht xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_2"/>');
    expect(codes(r)).toEqual(['detect/unknown-message']);
  });

  it('returns the reader diagnostics when the root cannot be read', () => {
    expect(codes(detect(''))).toEqual(['xml/empty']);
    expect(codes(detect('<!DOCTYPE x [<!ENTITY a "b">]><x/>'))).toEqual(['xml/doctype-forbidden']);
    const garbage = detect('just text, no markup');
    expect(garbage.value).toBeUndefined();
    expect(garbage.diagnostics.length).toBeGreaterThan(0);
    expect(garbage.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('stops at the root start tag (content after it is not read)', () => {
    const r = detect(
      '<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"><broken',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.standard).toBe('genericode');
  });

  it('reads bytes with a BOM and ISO-8859-1 documents', () => {
    const xml = '<x:CodeList xmlns:x="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"/>';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
    expect(detect(bom).value?.message).toBe('CodeList');
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${xml}`, 'latin1');
    expect(detect(latin1).value?.line).toBe(2);
  });

  it('detectRoot gives the same answer as detect for a streamed root', () => {
    const xml = '<p:alleInhalte.export.0303 xmlns:p="http://www.regierung-mv.de/xprozess/2"/>';
    let result: ReturnType<typeof detectRoot> | undefined;
    readXml(xml, {
      openElement(el, depth) {
        if (depth === 1) result = detectRoot(el);
      },
    });
    expect(result).toEqual(detect(xml));
  });
});

describe('summarize', () => {
  const demo = (name: string) => readFileSync(path.join(repoRoot, 'fixtures/demo', name));

  it('gives id, version and counts of the demo XDatenfelder 3 schema', () => {
    const { value, diagnostics } = summarize(demo('hundesteuer.xdf3.xml'));
    expect(diagnostics).toEqual([]);
    expect(value).toMatchObject({
      detection: { standard: 'xdatenfelder', version: '3.0.0', code: '0102' },
      id: 'S99000000001',
      idVersion: '1.0.0',
      counts: { datenfeldgruppe: 2, datenfeld: 6, regel: 1, struktur: 8, wert: 3 },
    });
  });

  it('gives ShortName and Version of a code list', () => {
    const { value } = summarize(demo('hundeart.gc.xml'));
    expect(value).toMatchObject({ id: 'hundeart', idVersion: '2026-11-20', counts: { Column: 2, Row: 3 } });
  });

  it('reports every well-formedness error and detection once', () => {
    const r = summarize('<a xmlns="urn:x"><b></a><c/>');
    expect(codes(r).filter((c) => c === 'detect/not-fim')).toHaveLength(1);
    expect(codes(r)).toContain('xml/malformed');
  });
});

const EXPECTED: Record<
  CorpusFolder,
  { standard: string; version: string; message: RegExp; supported: boolean }
> = {
  xdatenfelder1: {
    standard: 'xdatenfelder',
    version: '1',
    message: /^xdatenfelder\.stammdatenschema\.0102001$/,
    supported: false,
  },
  xdatenfelder2: {
    standard: 'xdatenfelder',
    version: '2.0',
    message: /^xdatenfelder\.stammdatenschema\.0102$/,
    supported: true,
  },
  xdatenfelder3: {
    standard: 'xdatenfelder',
    version: '3.0.0',
    message: /^xdatenfelder\.stammdatenschema\.0102$/,
    supported: true,
  },
  codelists: { standard: 'genericode', version: '1.0', message: /^CodeList$/, supported: true },
  xprozess: { standard: 'xprozess', version: '2.0', message: /^alleInhalte\.export\.0303$/, supported: true },
  synthetic: {
    standard: 'xdatenfelder',
    version: '',
    message: /^xdatenfelder\.\w+\.010\d$/,
    supported: true,
  },
};

describeShared('detect: every corpus file', () => {
  for (const folder of Object.keys(EXPECTED) as CorpusFolder[]) {
    it(`${folder}: right standard, version and message`, () => {
      const files = corpusFiles(folder);
      expect(files.length).toBeGreaterThan(0);
      const want = EXPECTED[folder];
      for (const file of files) {
        const rel = path.relative(corpusDir, file);
        const r = detect(readFileSync(file));
        if (folder === 'synthetic') {
          if (rel.endsWith('unknown-namespace.xml')) {
            expect(codes(r), rel).toEqual(['detect/unknown-version']);
            continue;
          }
          expect(r.value?.version, rel).toBe(rel.includes('/v2/') ? '2.0' : '3.0.0');
        } else {
          expect(r.value?.version, rel).toBe(want.version);
        }
        expect(r.value?.standard, rel).toBe(want.standard);
        expect(r.value?.message, rel).toMatch(want.message);
        expect(r.value?.supported, rel).toBe(want.supported);
        expect(codes(r), rel).toEqual(want.supported ? [] : ['detect/unsupported-version']);
      }
    });
  }

  it('XDatenfelder 1 gets a clear diagnostic', () => {
    const [file] = corpusFiles('xdatenfelder1');
    const r = detect(readFileSync(file!));
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'detect/unsupported-version',
      line: 2,
    });
    expect(r.diagnostics[0]?.message).toMatch(/XDatenfelder 1.*not supported.*2\.0 or 3\.0\.0/);
  });

  it('knows every message root the official XDatenfelder XSDs declare', () => {
    for (const [dir, namespace] of [
      ['xdatenfelder-2.0', 'urn:xoev-de:fim:standard:xdatenfelder_2'],
      ['xdatenfelder-3.0.0', 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0'],
    ] as const) {
      for (const xsd of [
        'xdatenfelder.xsd',
        'xdatenfelder_verzeichnis.xsd',
        'xdatenfelder_such.xsd',
        'xdatenfelder_sync.xsd',
      ]) {
        let text: string;
        try {
          text = readFileSync(path.join(sharedXsdDir, dir, xsd), 'utf8');
        } catch {
          continue;
        }
        for (const m of text.matchAll(/<xs:element name="([\w.]+\.\d{4})"/g)) {
          expect(lookupFormat(namespace, m[1]!)?.message, `${dir}/${xsd} ${m[1]}`).toBeDefined();
        }
      }
    }
  });
});
