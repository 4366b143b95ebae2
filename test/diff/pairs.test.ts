/**
 * Real pairs from ../shared/corpus: the two exports of XDF2 S00000094 (rules exchanged), XDF3
 * S00000000395 against its origin S00000000367. Expected facts come from the raw XML (regular
 * expressions), not from the engine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import type { Change } from '../../src/diff/model.js';
import { diffXdatenfelder, patchXdatenfelder } from '../../src/diff/xdatenfelder.js';
import { corpusDir, describeShared } from '../support/shared.js';
import { buildXdfDoc, modelJson, readXdf } from './support.js';

const OLD94 = 'xdatenfelder2/gerps-onto-2022-export/S00000094V1.0_xdf2.xml';
const NEW94 = 'xdatenfelder2/gerps-onto/S00000094V1.0_xdf2.xml';
const S367 = 'xdatenfelder3/bund-t-prototype/S00000000367/schema.xdf.xml';
const S395 = 'xdatenfelder3/bund-t-prototype/S00000000395/schema.xdf.xml';

/** `id@version` of every element of one kind, read with a regular expression from the raw XML. */
function rawIds(file: string, element: string, prefix: string): Set<string> {
  const xml = readFileSync(path.join(corpusDir, file), 'utf8');
  const re = new RegExp(
    `<${prefix}:${element}>\\s*<${prefix}:identifikation>\\s*<${prefix}:id>([^<]*)</${prefix}:id>\\s*<${prefix}:version>([^<]*)<`,
    'g',
  );
  return new Set([...xml.matchAll(re)].map((m) => `${m[1]}@${m[2]}`));
}

const nodeLevel = (c: Change) => c.from === undefined && c.to === undefined;

function checkPatch(oldFile: string, newFile: string) {
  const a = readXdf(oldFile);
  const b = readXdf(newFile);
  const diff = diffXdatenfelder(a, b).value!;
  const patched = patchXdatenfelder(a, diff);
  expect(patched.diagnostics).toEqual([]);
  expect(modelJson(patched.value!.document)).toBe(modelJson(b.document));
  expect(canonicalDifference(buildXdfDoc(patched.value!), buildXdfDoc(b))).toBeUndefined();
  // the JSON form is what the CLI hands to patch: it must survive a round trip too
  const reread = JSON.parse(JSON.stringify(diff)) as typeof diff;
  expect(modelJson(patchXdatenfelder(a, reread).value!.document)).toBe(modelJson(b.document));
  expect(diffXdatenfelder(a, a).value!.changes).toEqual([]);
  expect(diffXdatenfelder(b, b).value!.changes).toEqual([]);
}

describeShared('diff: XDF2 S00000094, export 2022 vs 2023', () => {
  it('explains the exchanged rules: every rule only in one export is added, removed or re-identified', () => {
    const before = rawIds(OLD94, 'regel', 'xdf');
    const after = rawIds(NEW94, 'regel', 'xdf');
    const gone = [...before].filter((k) => !after.has(k));
    const fresh = [...after].filter((k) => !before.has(k));
    expect(gone.length + fresh.length).toBeGreaterThan(0);
    const diff = diffXdatenfelder(readXdf(OLD94), readXdf(NEW94)).value!;
    const rules = diff.changes.filter((c) => c.elementType === 'rule' && nodeLevel(c));
    const keyOf = (v: unknown) => {
      const o = v as { id: string; version: string };
      return `${o.id}@${o.version}`;
    };
    const explainedGone = new Set([
      ...rules.filter((c) => c.kind === 'removed').map((c) => c.key),
      ...rules.filter((c) => c.kind === 'reidentified').map((c) => keyOf(c.before)),
    ]);
    const explainedFresh = new Set([
      ...rules.filter((c) => c.kind === 'added').map((c) => c.key),
      ...rules.filter((c) => c.kind === 'reidentified').map((c) => keyOf(c.after)),
    ]);
    expect([...explainedGone].sort()).toEqual(gone.sort());
    expect([...explainedFresh].sort()).toEqual(fresh.sort());
    for (const c of rules.filter((x) => x.kind === 'reidentified')) {
      expect(c.match?.by).toBe('similarity');
      expect(c.match?.score).toBeGreaterThanOrEqual(0.5);
    }
    // rules present in both exports are never reported as added or removed
    for (const c of rules)
      if (c.kind === 'added' || c.kind === 'removed')
        expect(before.has(c.key) && after.has(c.key)).toBe(false);
  });

  it('reports the new message header only at level 0', () => {
    const a = readXdf(OLD94);
    const b = readXdf(NEW94);
    const all = diffXdatenfelder(a, b).value!.changes;
    expect(all.some((c) => c.elementType === 'message' && c.property === 'header')).toBe(true);
    const l1 = diffXdatenfelder(a, b, { level: 1 }).value!.changes;
    expect(l1.some((c) => c.elementType === 'message')).toBe(false);
    expect(l1.length).toBeLessThan(all.length);
  });

  it('patch(a, diff(a, b)) is b, and diff(a, a) is empty', () => checkPatch(OLD94, NEW94));
});

describeShared('diff: XDF3 S00000000395 against its origin S00000000367', () => {
  it('matches the derived schema through its ABL relation', () => {
    const diff = diffXdatenfelder(readXdf(S367), readXdf(S395)).value!;
    const re = diff.changes.find((c) => c.kind === 'reidentified' && c.elementType === 'schema');
    expect(re?.before).toEqual({ id: 'S00000000367', version: '1.0.0' });
    expect(re?.after).toEqual({ id: 'S00000000395', version: '1.0.0' });
    expect(re?.match?.by).toBe('derivation');
  });

  it('adds or removes exactly the groups and fields that only one side contains', () => {
    const diff = diffXdatenfelder(readXdf(S367), readXdf(S395)).value!;
    for (const element of ['datenfeldgruppe', 'datenfeld'] as const) {
      const l = rawIds(S367, element, 'xdf3');
      const r = rawIds(S395, element, 'xdf3');
      const type = element === 'datenfeld' ? 'field' : 'group';
      const added = diff.changes.filter((c) => c.kind === 'added' && nodeLevel(c) && c.elementType === type);
      const removed = diff.changes.filter(
        (c) => c.kind === 'removed' && nodeLevel(c) && c.elementType === type,
      );
      expect(added.map((c) => c.key).sort()).toEqual([...r].filter((k) => !l.has(k)).sort());
      expect(removed.map((c) => c.key).sort()).toEqual([...l].filter((k) => !r.has(k)).sort());
    }
  });

  it('patch(a, diff(a, b)) is b, and diff(a, a) is empty', () => checkPatch(S367, S395));
});
