/**
 * XZuFi Leistung diffs on the fixture (modified copies made here): per-module-and-language text changes
 * with markup vs wording, Kosten, Fristen, Unterlagen; patch(a, diff(a, b)) built is canonically b;
 * diff(a, a) is empty; fast-check mutations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { canonical } from '../../src/diff/json.js';
import type { Diff } from '../../src/diff/model.js';
import { diffXzufi, patchXzufi } from '../../src/diff/xzufi.js';
import {
  XZUFI_DESCRIPTIVE_PROPERTIES,
  XZUFI_HISTORY_PROPERTIES,
  XZUFI_TEXT_PROPERTIES,
  xzufiPropertyLevel,
} from '../../src/diff/xzufi-profile.js';
import { renderXzufiHtml, renderXzufiMarkdown } from '../../src/diff/xzufi-render.js';
import { treeToXzufi, xzufiToTree } from '../../src/diff/xzufi-tree.js';
import { build, parse, type Xzufi22Document } from '../../src/xzufi/v2_2/index.js';
import { safeText } from '../support/binding-arbitrary.js';
import { repoRoot } from '../support/shared.js';

const dir = path.join(repoRoot, 'fixtures/xzufi/v2_2');
const read = (name: string): Xzufi22Document => {
  const r = parse(readFileSync(path.join(dir, name)));
  if (r.value === undefined) throw new Error(`cannot parse ${name}`);
  return r.value;
};
const base = read('leistung-lovd.xml');

type Obj = Record<string, unknown>;
/** A mutable deep copy of the Leistung model. */
const copy = (doc: Xzufi22Document = base): Obj => structuredClone(doc.model) as unknown as Obj;
const asDoc = (model: Obj): Xzufi22Document =>
  ({ kind: 'leistung', root: 'leistung', model }) as unknown as Xzufi22Document;
const list = (o: unknown, key: string): Obj[] => (o as Obj)[key] as Obj[];
const textModule = (m: Obj, code: string): Obj =>
  list(m, 'modulText').find((t) => (t.leikaTextmodul as Obj).code === code)!;
const inhalt = (m: Obj, code: string, lang: string): Obj =>
  list(textModule(m, code), 'inhalt').find((t) => t.languageCode === lang)!;

function diffOf(a: Xzufi22Document, b: Xzufi22Document) {
  const r = diffXzufi(a, b);
  expect(r.diagnostics).toEqual([]);
  return r.value!;
}

/** patch(a, diff(a, b)) is b: as a model and as built XML, canonically. */
function expectPatchGives(a: Xzufi22Document, b: Xzufi22Document, diff: Diff): void {
  const r = patchXzufi(a, diff);
  expect(r.diagnostics).toEqual([]);
  expect(canonical(r.value!.model)).toBe(canonical(b.model));
  expect(canonicalDifference(build(r.value!), build(b))).toBeUndefined();
}

describe('XZuFi tree', () => {
  it('round-trips the fixture losslessly', () => {
    expect(canonical(treeToXzufi(xzufiToTree(base.model as never)))).toBe(canonical(base.model));
  });

  it('keys text modules by LeiKa code and their texts by language', () => {
    const tree = xzufiToTree(base.model as never);
    expect(tree.nodes.get('text/06')?.type).toBe('textModule');
    expect(tree.nodes.get('text/06/de')?.props.languageCode).toBe('de');
    expect(tree.nodes.get('text/06/tr')?.type).toBe('text');
    // two Kosten, two Fristen typed by their code, Unterlagen in both directions
    expect(tree.nodes.get('kosten/001')?.type).toBe('cost');
    expect(tree.nodes.get('frist/005')?.type).toBe('deadline');
    expect(tree.nodes.get('dokumentEingehend/001')?.type).toBe('document');
    expect(tree.nodes.get('dokumentAusgehend/Erlaubnisplakette')?.type).toBe('document');
  });
});

describe('diffXzufi', () => {
  it('finds nothing between a Leistung and itself', () => {
    const d = diffOf(base, read('leistung-lovd.xml'));
    expect(d.changes).toEqual([]);
    expect(d.texts).toEqual([]);
  });

  it('tells a markup change from a wording change, per module and language', () => {
    const m = copy();
    const de = inhalt(m, '06', 'de');
    // markup only: the <strong> around "gefährlichen Hund" goes, the words stay
    de.value = String(de.value).replace('<strong>gefährlichen Hund</strong>', 'gefährlichen Hund');
    const en = inhalt(m, '06', 'en');
    en.value = String(en.value).replace('need a permit', 'need a licence');
    const b = asDoc(m);
    const d = diffOf(base, b);
    const texts = new Map(d.texts.map((t) => [`${t.module}/${t.language}`, t]));
    expect(texts.get('06/de')?.diff.kind).toBe('markup');
    expect(texts.get('06/de')?.diff.tagsRemoved).toBe(2);
    expect(texts.get('06/de')?.diff.wordsAdded).toBe(0);
    expect(texts.get('06/en')?.diff.kind).toBe('wording');
    expect(texts.get('06/en')?.diff.ops).toContainEqual({ op: 'delete', type: 'word', text: 'permit.' });
    expect(texts.get('06/en')?.diff.ops).toContainEqual({ op: 'insert', type: 'word', text: 'licence.' });
    expect(texts.has('06/tr')).toBe(false);
    const valueChanges = d.changes.filter((c) => c.property === 'value');
    expect(valueChanges.map((c) => c.key).sort()).toEqual(['text/06/de', 'text/06/en']);
    expect(valueChanges.every((c) => c.elementType === 'text')).toBe(true);
    // wording is a text change (level 2), markup only is presentation (level 1)
    expect(valueChanges.find((c) => c.key === 'text/06/en')?.level).toBe(2);
    expect(valueChanges.find((c) => c.key === 'text/06/de')?.level).toBe(1);
    expectPatchGives(base, b, d);
    const md = renderXzufiMarkdown(d);
    expect(md).toContain('## Texts');
    expect(md).toContain('~~permit.~~ **licence.**');
    const html = renderXzufiHtml(d);
    expect(html).toContain('<del>permit.</del> <ins>licence.</ins>');
    expect(html).toContain('<del><code>&lt;strong&gt;</code></del>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('reports a language added to a module as an added text node', () => {
    const m = copy();
    list(textModule(m, '02'), 'inhalt').push({ value: 'Izin', languageCode: 'tr' });
    const b = asDoc(m);
    const d = diffOf(base, b);
    const added = d.changes.filter((c) => c.kind === 'added');
    expect(added.map((c) => c.key)).toContain('text/02/tr');
    expect(d.texts.find((t) => t.key === 'text/02/tr')?.diff.wordsAdded).toBe(1);
    expectPatchGives(base, b, d);
  });

  it('reports Kosten, Fristen and Unterlagen changes', () => {
    const m = copy();
    const kosten = list(m.modulKosten, 'kosten');
    (kosten[0]!.kostenFix as Obj).betrag = { value: '95.00', currencyID: 'EUR' };
    kosten.splice(2, 1); // Kostenfreiheit removed
    const frist = list(m.modulFrist, 'frist');
    (frist[0]!.fristDauer as Obj).dauer = '3';
    list(m.modulDokument, 'dokumentEingehend').push({
      typ: { nichtGelisteterWert: 'Sachkundenachweis' },
      bezeichnung: [{ value: 'Sachkundenachweis', languageCode: 'de' }],
      beschreibung: [],
      referenzFormularID: [],
    });
    const b = asDoc(m);
    const d = diffOf(base, b);
    const fix = d.changes.find((c) => c.key === 'kosten/001' && c.property === 'kostenFix');
    expect(fix).toMatchObject({ kind: 'changed', elementType: 'cost', level: 3 });
    expect(fix?.after).toEqual({ betrag: { value: '95.00', currencyID: 'EUR' } });
    const gone = d.changes.filter((c) => c.kind === 'removed' && c.key === 'kosten/003');
    expect(gone.length).toBe(2); // the reference and the element
    const dauer = d.changes.find((c) => c.key === 'frist/001' && c.property === 'fristDauer');
    expect(dauer?.elementType).toBe('deadline');
    const doc = d.changes.find(
      (c) => c.kind === 'added' && c.key === 'dokumentEingehend/Sachkundenachweis' && c.to === undefined,
    );
    expect(doc?.elementType).toBe('document');
    expect(d.summary.elements.added).toBe(1);
    expect(d.summary.elements.removed).toBe(1);
    expectPatchGives(base, b, d);
  });

  it('filters texts out at level 3 but keeps Kosten', () => {
    const m = copy();
    const de = inhalt(m, '02', 'de');
    de.value = `${String(de.value)} neu`;
    (list(m.modulKosten, 'kosten')[0]!.kostenFix as Obj).betrag = { value: '1.00', currencyID: 'EUR' };
    const r = diffXzufi(base, asDoc(m), { level: 3 });
    expect(r.value?.changes.map((c) => c.property)).toEqual(['kostenFix']);
    expect(r.value?.texts).toEqual([]);
    const full = diffXzufi(base, asDoc(m), { level: 2 });
    expect(full.value?.changes.map((c) => c.property).sort()).toEqual(['kostenFix', 'value']);
  });

  it('puts markup-only text changes at level 1 and whitespace-only ones at level 0', () => {
    const m = copy();
    const de = inhalt(m, '06', 'de');
    de.value = String(de.value).replace('<strong>gefährlichen Hund</strong>', 'gefährlichen Hund');
    const en = inhalt(m, '06', 'en');
    en.value = `  ${String(en.value)}\n`;
    const at = (level: 0 | 1 | 2) => diffXzufi(base, asDoc(m), { level }).value!;
    expect(at(0).changes.map((c) => [c.key, c.level])).toEqual([
      ['text/06/de', 1],
      ['text/06/en', 0],
    ]);
    expect(at(1).changes.map((c) => c.key)).toEqual(['text/06/de']);
    expect(at(1).texts.map((t) => t.key)).toEqual(['text/06/de']);
    expect(at(2).changes).toEqual([]);
    expect(at(2).texts).toEqual([]);
  });

  it('refuses other object kinds and filtered diffs', () => {
    const oe = read('organisationseinheit.xml');
    expect(diffXzufi(base, oe).diagnostics.map((d) => d.code)).toEqual(['diff/unsupported-kind']);
    const filtered = diffXzufi(base, base, { level: 1 }).value!;
    expect(patchXzufi(base, filtered).diagnostics.map((d) => d.code)).toEqual(['diff/not-patchable']);
  });

  it('reports a patch against the wrong Leistung as a conflict', () => {
    const m = copy();
    (list(m.modulKosten, 'kosten')[0]!.kostenFix as Obj).betrag = { value: '1.00', currencyID: 'EUR' };
    const d = diffOf(base, asDoc(m));
    const other = copy();
    (list(other.modulKosten, 'kosten')[0]!.kostenFix as Obj).betrag = { value: '2.00', currencyID: 'EUR' };
    const r = patchXzufi(asDoc(other), d);
    expect(r.diagnostics.map((x) => x.code)).toEqual(['diff/patch-conflict']);
  });
});

const OPS = ['text', 'dropModule', 'swapModules', 'kosten', 'dropFrist', 'dropLang', 'dokument'] as const;
const opArb = fc.record({ kind: fc.constantFrom(...OPS), i: fc.nat(), text: safeText(16) });

function mutate(ops: readonly { kind: (typeof OPS)[number]; i: number; text: string }[]): Xzufi22Document {
  const m = copy();
  for (const o of ops) {
    const mods = list(m, 'modulText');
    const mod = mods[o.i % Math.max(mods.length, 1)];
    switch (o.kind) {
      case 'text': {
        const t = mod === undefined ? undefined : list(mod, 'inhalt')[o.i % 3];
        if (t !== undefined) t.value = `<p>${o.text}</p>${String(t.value)}`;
        break;
      }
      case 'dropModule':
        if (mods.length > 0) mods.splice(o.i % mods.length, 1);
        break;
      case 'swapModules':
        if (mods.length > 1) mods.reverse();
        break;
      case 'kosten': {
        const k = list(m.modulKosten, 'kosten');
        k.push({ typ: { code: String(o.i % 5) }, beschreibung: [], gueltigkeit: [] });
        break;
      }
      case 'dropFrist': {
        const f = list(m.modulFrist, 'frist');
        if (f.length > 0) f.splice(o.i % f.length, 1);
        break;
      }
      case 'dropLang': {
        const t = mod === undefined ? [] : list(mod, 'inhalt');
        if (t.length > 0) t.splice(o.i % t.length, 1);
        break;
      }
      case 'dokument':
        list(m.modulDokument, 'dokumentAusgehend').unshift({
          typ: { nichtGelisteterWert: o.text },
          bezeichnung: [],
          beschreibung: [],
          referenzFormularID: [],
        });
        break;
    }
  }
  return asDoc(m);
}

it('patch(a, diff(a, b)) is b and diff(b, b) is empty for random edits', () => {
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 6 }), (ops) => {
      const b = mutate(ops);
      expectPatchGives(base, b, diffOf(base, b));
      expect(diffOf(b, b).changes).toEqual([]);
    }),
    { numRuns: 40 },
  );
});

describe('XZuFi relevance levels as documented', () => {
  const doc = readFileSync(path.join(repoRoot, 'docs/diff-format.md'), 'utf8');
  const documented = (level: number): string[] => {
    const row = doc.split('\n').find((x) => x.startsWith(`| XZuFi ${level} |`));
    if (row === undefined) throw new Error(`no XZuFi row for level ${level}`);
    return [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  };

  it('level-0, level-1 and level-2 properties are exactly the documented lists', () => {
    expect(documented(0)).toEqual([...XZUFI_HISTORY_PROPERTIES]);
    expect(documented(1)).toEqual([...XZUFI_DESCRIPTIVE_PROPERTIES]);
    expect(documented(2)).toEqual([...XZUFI_TEXT_PROPERTIES]);
    for (const level of [0, 1, 2] as const) {
      for (const p of documented(level)) expect(xzufiPropertyLevel('x', p), p).toBe(level);
    }
  });
});
