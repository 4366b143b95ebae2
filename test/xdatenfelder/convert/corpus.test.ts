/**
 * Every XDF2 corpus file converts to XDF3 that validates against the 3.0.0 XSD and agrees with the
 * FIM-XSLT oracle (`shared/oracle/fim-xslt/convert`) on the element tree (ids, versions, parent-child
 * structure) and on freigabestatus. Differences by design are asserted explicitly (docs/conversion.md).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hasErrors } from '../../../src/core/diagnostics.js';
import { createXsdValidator, type XsdValidator } from '../../../src/core/xsd/index.js';
import { convertV2ToV3, convertV3ToV2 } from '../../../src/xdatenfelder/convert-v2-v3.js';
import * as V2 from '../../../src/xdatenfelder/v2/index.js';
import * as V3 from '../../../src/xdatenfelder/v3/index.js';
import { describeShared, sharedXsdDir } from '../../support/shared.js';
import { oracleCases, resolverFor, treeLines, walkV2, walkV3 } from './support.js';

function loadV2(file: string): V2.Xdf2Document {
  const { value } = V2.parse(readFileSync(file));
  if (value === undefined) throw new Error(`cannot parse ${file}`);
  return value;
}

function schemaOf3(doc: V3.Xdf3Document | undefined): V3.Stammdatenschema {
  if (doc?.message !== 'xdatenfelder.stammdatenschema.0102') throw new Error('not a 0102');
  return doc.model.stammdatenschema;
}

function schemaOf2(doc: V2.Xdf2Document | undefined): V2.Stammdatenschema {
  if (doc?.message !== 'xdatenfelder.stammdatenschema.0102') throw new Error('not a 0102');
  return doc.model.stammdatenschema;
}

describeShared('convertV2ToV3 on the corpus, against the FIM-XSLT oracle', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
  });
  afterAll(() => validator?.[Symbol.dispose]());

  const cases = oracleCases();
  it('has the five oracle cases', () => {
    expect(cases.map((c) => c.key).sort()).toEqual([
      'S00000009',
      'S00000094__gerps-onto',
      'S00000094__gerps-onto-2022-export',
      'S00000186',
      'S05000058',
    ]);
  });

  for (const c of cases) {
    it(`${c.key}: XSD-valid XDF3 with the oracle's tree and freigabestatus`, () => {
      const v2 = loadV2(c.input);
      const { value, audit, diagnostics } = convertV2ToV3(v2, { resolveCodeliste: resolverFor(c) });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const xml = V3.build(value as V3.Xdf3Document);
      const xsd = validator.validate(xml, {
        standard: 'xdatenfelder',
        version: '3.0.0',
        fileName: `${c.key}.xdf3.xml`,
      });
      expect(xsd.filter((d) => d.severity === 'error')).toEqual([]);

      const oracle = V3.parse(readFileSync(c.output));
      expect(hasErrors(oracle.diagnostics)).toBe(false);
      const ours = walkV3(schemaOf3(value));
      const theirs = walkV3(schemaOf3(oracle.value));
      // ids, versions and structure, in document order
      expect(treeLines(ours)).toEqual(treeLines(theirs));
      // freigabestatus per element (rules have none)
      const status = (w: typeof ours) =>
        w.map((e) => (e.kind === 'regel' ? '-' : (e.element as V3.AllgemeineAngaben).freigabestatus.code));
      expect(status(ours)).toEqual(status(theirs));
      // werte vs codelisteReferenz, per field
      const lists = (w: typeof ours) =>
        w.map((e) =>
          e.kind !== 'datenfeld'
            ? '-'
            : (e.element as V3.Datenfeld).werte !== undefined
              ? `werte ${(e.element as V3.Datenfeld).werte?.wert.map((x) => `${x.code}|${x.name}|${x.hilfe ?? ''}`).join(',')}`
              : ((e.element as V3.Datenfeld).codelisteReferenz?.canonicalIdentification?.trim() ?? ''),
        );
      expect(lists(ours)).toEqual(lists(theirs));
      // statusGesetztAm, statusGesetztDurch, veroeffentlichungsdatum, letzteAenderung, bezug
      const meta = (w: typeof ours) =>
        w.map((e) => {
          const el = e.element as Partial<V3.AllgemeineAngaben> & {
            letzteAenderung: string;
            bezug: readonly V3.Rechtsbezug[];
          };
          return [
            el.statusGesetztAm,
            el.statusGesetztDurch,
            el.veroeffentlichungsdatum,
            el.letzteAenderung,
            el.bezug.map((b) => b.value),
          ];
        });
      expect(meta(ours)).toEqual(meta(theirs));
      // rule texts: ids widened; the oracle also strips CR characters (we keep the text verbatim)
      const rules = (w: typeof ours) =>
        w
          .filter((e) => e.kind === 'regel')
          .map((e) => (e.element as V3.Regel).freitextRegel?.replace(/\r\n?/g, '\n'));
      expect(rules(ours)).toEqual(rules(theirs));

      // Differences by design (docs/conversion.md):
      // 1. no "Originalwerte" block in beschreibung by default; the audit carries the original values.
      expect(
        ours.some((e) => (e.element as { beschreibung?: string }).beschreibung?.includes('Originalwerte')),
      ).toBe(false);
      expect(
        theirs.every((e) => (e.element as { beschreibung?: string }).beschreibung?.includes('Originalwerte')),
      ).toBe(true);
      for (const e of walkV2(schemaOf2(v2))) {
        const id = e.element.identifikation.id;
        expect(
          audit.some((a) => a.elementId === id && a.property === 'identifikation.id' && a.kind === 'changed'),
        ).toBe(true);
      }
      // 2. freigabestatus listVersionID: the version FIM exports write today, not the oracle's 2020-03-19.
      expect(schemaOf3(value).freigabestatus.listVersionID).toBe('2022-07-12');
      expect(schemaOf3(oracle.value).freigabestatus.listVersionID).toBe('2020-03-19');
    });
  }

  it('reproduces the oracle beschreibung text with originalwerteInBeschreibung (S00000009)', () => {
    const c = cases.find((x) => x.key === 'S00000009');
    if (c === undefined) throw new Error('missing case');
    const { value } = convertV2ToV3(loadV2(c.input), { originalwerteInBeschreibung: true });
    const norm = (s: string | undefined) => s?.replace(/\r\n?/g, '\n');
    const desc = (doc: V3.Xdf3Document | undefined) =>
      walkV3(schemaOf3(doc)).map((e) => norm((e.element as { beschreibung?: string }).beschreibung));
    expect(desc(value)).toEqual(desc(V3.parse(readFileSync(c.output)).value));
  });

  for (const c of cases) {
    it(`${c.key}: v2 -> v3 -> v2 keeps ids, versions and structure`, () => {
      const v2 = loadV2(c.input);
      const there = convertV2ToV3(v2, { resolveCodeliste: resolverFor(c) });
      const back = convertV3ToV2(there.value as V3.Xdf3Document);
      expect(treeLines(walkV2(schemaOf2(back.value)))).toEqual(treeLines(walkV2(schemaOf2(v2))));
      expect(
        back.diagnostics.filter(
          (d) => d.code.startsWith('convert/id') || d.code.startsWith('convert/version'),
        ),
      ).toEqual([]);
      // the v2 built from it is well-formed XDF2 that parses again
      const xml = V2.build(back.value as V2.Xdf2Document);
      expect(V2.parse(xml).value?.message).toBe('xdatenfelder.stammdatenschema.0102');
    });
  }
});
