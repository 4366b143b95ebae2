/**
 * XZuFi service-text harmonisation: the demo Stammtext with its two regional variants, checked module by
 * module against the truth written down in fixtures/demo/harmonisation/README.md; filled-module counts
 * taken from the XML with a plain pattern count; properties over generated Leistungen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyText,
  harmoniseServiceTexts,
  OVERRIDDEN,
  renderServiceTextReportHtml,
  renderServiceTextReportMarkdown,
  type ServiceTextReport,
  type TextStatus,
  textUnitsOf,
} from '../../src/harmonise/index.js';
import { type Leistung, parse, type Transfer, type Xzufi22Document } from '../../src/xzufi/v2_2/index.js';
import { repoRoot } from '../support/shared.js';

const demo = path.join(repoRoot, 'fixtures/demo/harmonisation');
const xml = (name: string) => readFileSync(path.join(demo, name), 'utf8');
const load = (name: string) => {
  const r = parse(xml(name));
  expect(r.diagnostics, name).toEqual([]);
  return { source: name, document: r.value! };
};
const STAMM = 'stammtext.xzufi.xml';
const LAND = 'stammtext-land.xzufi.xml';
const STADT = 'stammtext-musterstadt.xzufi.xml';

/**
 * Filled text units of a file, counted from the XML alone: `<xzufi:inhalt>` elements (of `modulText`)
 * whose text, after removing the escaped tags, still holds a letter.
 */
function filledUnitsInXml(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<xzufi:modulText>([\s\S]*?)<\/xzufi:modulText>/g)) {
    const code = /<code>(\d+)<\/code>/.exec(m[1]!)?.[1];
    for (const i of m[1]!.matchAll(/<xzufi:inhalt languageCode="([^"]+)">([\s\S]*?)<\/xzufi:inhalt>/g)) {
      if (/\p{L}/u.test(i[2]!.replace(/&lt;[^&]*&gt;/g, ''))) out.push(`${code}/${i[1]}`);
    }
  }
  return out.sort();
}

describe('demo Stammtext with two regional variants (fixtures README truth)', () => {
  const report = harmoniseServiceTexts(load(STAMM), [load(LAND), load(STADT)]);
  const statusOf = (variant: number) =>
    Object.fromEntries(report.variants[variant]!.texts.map((t) => [t.key, t.status]));

  it('reads the Stamm: LeiKa key, Redaktion, no diagnostics', () => {
    expect(report.leikaKey).toBe('99000000000000');
    expect(report.stamm).toMatchObject({ redaktion: 'B100019', bezeichnung: 'Hundesteuer Anmeldung' });
    expect(report.diagnostics).toEqual([]);
    expect(report.variants.map((v) => v.diagnostics)).toEqual([[], []]);
  });

  it('Land: every module as the README says', () => {
    expect(statusOf(0)).toEqual({
      '02/de': 'unchanged',
      '03/de': 'unchanged',
      '06/de': 'extended',
      '06/en': 'unchanged',
      '07/de': 'rephrased',
      '08/de': 'unchanged',
      '09/de': 'unchanged',
      '11/de': 'unchanged',
      '15/de': 'added',
      '16/de': 'rephrased',
      '24/de': 'unchanged',
      '25/de': 'unchanged',
    });
    const t11 = report.variants[0]!.texts.find((t) => t.key === '11/de')!;
    expect(t11.markupChanged).toBe(true);
    // 03 differs only in whitespace: not even a markup change.
    expect(report.variants[0]!.texts.find((t) => t.key === '03/de')!.markupChanged).toBeUndefined();
  });

  it('Musterstadt: every module as the README says', () => {
    expect(statusOf(1)).toEqual({
      '02/de': 'unchanged',
      '03/de': 'unchanged',
      '06/de': 'replaced',
      '06/en': 'missing',
      '07/de': 'unchanged',
      '08/de': 'extended',
      '09/de': 'empty',
      '11/de': 'unchanged',
      '16/de': 'rephrased',
      '22/de': 'added',
      '24/de': 'missing',
      '25/de': 'unchanged',
    });
  });

  it('completeness: the Stamm units (counted in the XML) the variant fills too', () => {
    const stammUnits = filledUnitsInXml(xml(STAMM));
    expect(stammUnits).toHaveLength(11);
    for (const [i, file] of [LAND, STADT].entries()) {
      const local = new Set(filledUnitsInXml(xml(file)));
      const both = stammUnits.filter((u) => local.has(u)).length;
      const v = report.variants[i]!;
      expect([v.filledOfStamm, v.stammFilled], file).toEqual([both, stammUnits.length]);
      expect(v.completeness).toBeCloseTo(both / stammUnits.length, 10);
    }
    // And the README's figures: 11/11 and 8/11.
    expect(report.variants.map((v) => `${v.filledOfStamm}/${v.stammFilled}`)).toEqual(['11/11', '8/11']);
    expect(report.totals.meanCompleteness).toBeCloseTo((1 + 8 / 11) / 2, 10);
  });

  it('counts per variant and findings (missing + empty)', () => {
    expect(report.variants[0]!.counts).toEqual({
      unchanged: 8,
      rephrased: 2,
      extended: 1,
      replaced: 0,
      added: 1,
      empty: 0,
      missing: 0,
    });
    expect(report.variants[1]!.counts).toEqual({
      unchanged: 5,
      rephrased: 1,
      extended: 1,
      replaced: 1,
      added: 1,
      empty: 1,
      missing: 2,
    });
    expect(report.totals.findings).toBe(3);
  });

  it('across variants: module 16 overridden by both, and one cluster of equal texts', () => {
    const row = (key: string) => report.modules.find((m) => m.key === key)!;
    expect(row('16/de').overridden).toBe(2);
    expect(row('06/de').overridden).toBe(2);
    expect(row('07/de').overridden).toBe(1);
    expect(row('15/de')).toMatchObject({ stammFilled: false, overridden: 0 });
    expect(row('15/de').counts.added).toBe(1);
    expect(report.clusters).toHaveLength(1);
    expect(report.clusters[0]).toMatchObject({
      kind: 'text',
      key: '16/de',
      statuses: ['rephrased'],
      variants: [LAND, STADT],
      adoptable: true,
    });
    expect(report.k).toBe(2);
  });

  it('fields: Kosten, Bearbeitungsdauer and Gültigkeitsgebiet as the README says', () => {
    const fields = (i: number) =>
      Object.fromEntries(report.variants[i]!.fields.map((f) => [f.field, f.status]));
    expect(fields(0)).toEqual({
      modulKosten: 'unchanged',
      modulFrist: 'unchanged',
      typisierung: 'unchanged',
      gueltigkeitGebietID: 'added',
      leistungsadressat: 'unchanged',
    });
    expect(fields(1)).toEqual({
      modulKosten: 'changed',
      modulFrist: 'unchanged',
      modulBearbeitungsdauer: 'added',
      typisierung: 'unchanged',
      gueltigkeitGebietID: 'added',
      leistungsadressat: 'unchanged',
    });
    const kosten = report.variants[1]!.fields.find((f) => f.field === 'modulKosten')!;
    expect(kosten.removedLines).toEqual([]);
    expect(kosten.addedLines).toHaveLength(2);
    expect(kosten.addedLines.join(' ')).toMatch(/120\.00 EUR.*180\.00 EUR/);
    expect(report.variants[1]!.fields.find((f) => f.field === 'gueltigkeitGebietID')!.local).toEqual([
      '990010000000',
    ]);
  });
});

describe('renderers', () => {
  const report = harmoniseServiceTexts(load(STAMM), [load(LAND), load(STADT)]);

  it('HTML page: self-contained, German labels, completeness chart, navigation by module', () => {
    const html = renderServiceTextReportHtml(report);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="http/);
    for (const label of ['Textmodul', 'übernommen', 'ergänzt', 'leer', 'entfallen', 'Vollständigkeit'])
      expect(html).toContain(label);
    // One bar per variant, its value the completeness in percent.
    const bars = [...html.matchAll(/<rect class="bar [a-z]+"[^>]*data-value="([\d.]+)"/g)].map((m) => m[1]);
    expect(bars).toEqual(['100', '72.7']);
    // A heading with an anchor per text unit, and a navigation link to each.
    const headings = [...html.matchAll(/<h3 id="([^"]+)">Textmodul (\S+) .*?\((\S+)\)<\/span><\/h3>/g)];
    expect(headings.map((h) => `${h[2]}/${h[3]}`)).toEqual(report.modules.map((m) => m.key));
    const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    for (const h of headings) expect(nav).toContain(`href="#${h[1]}"`);
  });

  it('HTML fragment: one <section>, no page shell, headings from h2', () => {
    const section = renderServiceTextReportHtml(report, { fragment: true, anchorScope: 'p1' });
    expect(section.startsWith('<section class="service-texts"')).toBe(true);
    expect(section.trimEnd().endsWith('</section>')).toBe(true);
    expect(section).not.toMatch(/<!DOCTYPE|<html|<head|<body|<h1/);
    expect(section).toContain('<h2>Dienstleistungstexte: Hundesteuer Anmeldung (LeiKa 99000000000000)</h2>');
    expect(section).toContain('id="p1-el-');
  });

  it('escapes text from the documents', () => {
    const hostile = structuredClone(report) as ServiceTextReport & { stamm: { bezeichnung: string } };
    hostile.stamm.bezeichnung = '<img src=x onerror=alert(1)>';
    const html = renderServiceTextReportHtml(hostile);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('Markdown: tables with the counts and the word diff', () => {
    const md = renderServiceTextReportMarkdown(report);
    expect(md).toContain('# Dienstleistungstexte: Hundesteuer Anmeldung (LeiKa 99000000000000)');
    expect(md).toContain(
      '| stammtext-musterstadt.xzufi.xml | S100099 (Stadt Musterstadt (Demo)) | 5 | 1 | 1 | 1 | 1 | 1 | 2 | 72.7 % (8/11) |',
    );
    expect(md).toContain('~~des Landes~~ **Musterland (KAG MU)**');
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties over generated Leistungen

const CODES = ['02', '03', '05', '06', '07', '08', '09', '11', '14', '15', '16', '22', '23', '24', '25'];
const WORDS = [
  'Antrag',
  'Hund',
  'Gemeinde',
  'Steuer',
  'Bescheid',
  'online',
  'Frist',
  'Marke',
  'Halter',
  'Satzung',
];

function leistung(modules: readonly { code: string; html: string }[], key = '99000000000000'): Leistung {
  return {
    id: { value: 'x', schemeAgencyID: 'B100019' },
    idSekundaer: [],
    referenzLeiKa: [{ code: key }],
    modulText: modules.map((m) => ({
      idSekundaer: [],
      gueltigkeit: [],
      leikaTextmodul: { code: m.code },
      leikaTextmodulAbweichendeBezeichnung: [],
      inhalt: [{ value: m.html, languageCode: 'de' }],
      weiterfuehrenderLink: [],
    })),
    modulTextIndividuell: [],
    modulBegriffImKontext: [],
    modulUrsprungsportal: [],
    typisierung: [],
    leistungsadressat: [],
    kategorie: [],
    klassifizierung: [],
    informationsbereichSDG: [],
    idLeistungImKontext: [],
    idProzess: [],
    gueltigkeitGebietID: [],
    relevantFuerWirtschaftszweig: [],
    relevantFuerRechtsform: [],
    relevantFuerStaatsangehoerigkeit: [],
    sprachversion: [],
    gueltigkeit: [],
  };
}

/** A Stamm: distinct module codes, each with 2–12 words in a paragraph. */
const stammArb = fc.uniqueArray(
  fc.record({
    code: fc.constantFrom(...CODES),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }),
  }),
  { selector: (m) => m.code, minLength: 1, maxLength: CODES.length },
);

const para = (words: readonly string[]) => `<p>${words.join(' ')}</p>`;
const statuses = (r: ServiceTextReport) => r.variants[0]!.texts.map((t) => [t.key, t.status] as const);

describe('properties', () => {
  it('a variant equal to the Stamm up to markup and whitespace: everything unchanged, complete', () => {
    fc.assert(
      fc.property(stammArb, (mods) => {
        const stamm = leistung(mods.map((m) => ({ code: m.code, html: para(m.words) })));
        const variant = leistung(
          mods.map((m) => ({ code: m.code, html: `<div>\n  ${m.words.join('\n ')} </div>` })),
        );
        const r = harmoniseServiceTexts(stamm, [stamm, variant]);
        for (const v of r.variants) {
          expect(v.texts.every((t) => t.status === 'unchanged')).toBe(true);
          expect(v.texts).toHaveLength(mods.length);
          expect(v.completeness).toBe(1);
        }
        expect(r.clusters).toEqual([]);
        expect(r.totals.findings).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('k modules given own words: exactly those k overridden, extended when words are only appended', () => {
    fc.assert(
      fc.property(
        stammArb.chain((mods) =>
          fc.tuple(
            fc.constant(mods),
            fc.subarray(mods.map((m) => m.code)),
            fc.constantFrom('append', 'replace-one', 'rewrite'),
          ),
        ),
        ([mods, changed, how]) => {
          const stamm = leistung(mods.map((m) => ({ code: m.code, html: para(m.words) })));
          const variant = leistung(
            mods.map((m) => {
              if (!changed.includes(m.code)) return { code: m.code, html: para(m.words) };
              if (how === 'append') return { code: m.code, html: para([...m.words, 'Zusatzhinweis']) };
              if (how === 'replace-one')
                return { code: m.code, html: para(['Ortsrecht', ...m.words.slice(1)]) };
              return { code: m.code, html: para(['Eigener', 'Text', 'der', 'Kommune']) };
            }),
          );
          const r = harmoniseServiceTexts(stamm, [variant]);
          const overridden = statuses(r).filter(([, s]) => OVERRIDDEN.includes(s));
          expect(overridden.map(([k]) => k).sort()).toEqual(changed.map((c) => `${c}/de`).sort());
          if (how === 'append') expect(overridden.every(([, s]) => s === 'extended')).toBe(true);
          if (how === 'rewrite') expect(overridden.every(([, s]) => s === 'replaced')).toBe(true);
          expect(r.variants[0]!.completeness).toBe(1);
          expect(
            r.modules
              .filter((m) => m.overridden === 1)
              .map((m) => m.module)
              .sort(),
          ).toEqual([...changed].sort());
        },
      ),
      { numRuns: 80 },
    );
  });

  it('dropping or emptying modules: missing / empty, completeness = kept / all', () => {
    fc.assert(
      fc.property(
        stammArb.chain((mods) =>
          fc.tuple(
            fc.constant(mods),
            fc.array(fc.constantFrom<'keep' | 'drop' | 'empty'>('keep', 'drop', 'empty'), {
              minLength: mods.length,
              maxLength: mods.length,
            }),
          ),
        ),
        ([mods, fate]) => {
          const stamm = leistung(mods.map((m) => ({ code: m.code, html: para(m.words) })));
          const variant = leistung(
            mods.flatMap((m, i) =>
              fate[i] === 'drop'
                ? []
                : [{ code: m.code, html: fate[i] === 'empty' ? '<p> </p>' : para(m.words) }],
            ),
          );
          const r = harmoniseServiceTexts(stamm, [variant]);
          const expected: TextStatus[] = fate.map((f) =>
            f === 'keep' ? 'unchanged' : f === 'drop' ? 'missing' : 'empty',
          );
          const byKey = new Map(statuses(r));
          expect(mods.map((m) => byKey.get(`${m.code}/de`))).toEqual(expected);
          const kept = fate.filter((f) => f === 'keep').length;
          expect(r.variants[0]!.completeness).toBeCloseTo(kept / mods.length, 10);
          expect(r.totals.findings).toBe(mods.length - kept);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('single cases', () => {
  const units = (html: string) => textUnitsOf(leistung([{ code: '06', html }])).get('06/de');

  it('classifyText: rephrased vs replaced by word similarity', () => {
    const s = units('<p>Die Steuer wird jährlich durch Bescheid festgesetzt.</p>');
    expect(classifyText(s, units('<p>Die Steuer wird jährlich per Bescheid festgesetzt.</p>'))?.status).toBe(
      'rephrased',
    );
    expect(classifyText(s, units('<p>Zahlen Sie bitte bis zum 15. Mai.</p>'))?.status).toBe('replaced');
    expect(classifyText(s, undefined)?.status).toBe('missing');
    expect(classifyText(undefined, undefined)).toBeUndefined();
    expect(classifyText(units('<p></p>'), units(''))?.status).toBe('unchanged');
  });

  it('a variant with another LeiKa key is reported; a Stamm without key too', () => {
    const stamm = leistung([{ code: '02', html: 'Hund anmelden' }]);
    const other = leistung([{ code: '02', html: 'Hund anmelden' }], '99000000001000');
    const r = harmoniseServiceTexts({ source: 'stamm', document: stamm }, [{ source: 'b', document: other }]);
    expect(r.variants[0]!.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'harmonise/leika-key-mismatch'],
    ]);
    expect(r.variants[0]!.diagnostics[0]!.message).toContain('99000000001000');
    expect(r.totals.findings).toBe(1);
    const noKey = { ...stamm, referenzLeiKa: [] };
    expect(harmoniseServiceTexts(noKey, [stamm]).diagnostics.map((d) => d.code)).toEqual([
      'harmonise/no-leika-key',
    ]);
  });

  it('a transfer message as variant: the Leistungen with the Stamm key, named file#id', () => {
    const stamm = leistung([{ code: '02', html: 'Hund anmelden' }]);
    const a = { ...leistung([{ code: '02', html: 'Hund anmelden' }]), id: { value: 'A' } };
    const b = {
      ...leistung([{ code: '02', html: 'Fischereischein' }], '99050012001000'),
      id: { value: 'B' },
    };
    const transfer = {
      kind: 'transfer',
      root: 'transfer',
      model: { nachrichtenkopf: {}, schreibe: [{ leistung: a }, { leistung: b }], loesche: [] } as Transfer,
    } as Xzufi22Document;
    const r = harmoniseServiceTexts(stamm, [{ source: 'pvog.xml', document: transfer }]);
    expect(r.variants.map((v) => v.leistung.source)).toEqual(['pvog.xml#A']);
    const oe = {
      kind: 'organisationseinheit',
      root: 'organisationseinheit',
      model: { id: { value: 'OE' }, name: [], anschrift: [], zustaendigkeit: [] },
    } as Xzufi22Document;
    const r2 = harmoniseServiceTexts(stamm, [{ source: 'oe.xml', document: oe }]);
    expect(r2.variants).toEqual([]);
    expect(r2.diagnostics.map((d) => d.code)).toEqual(['harmonise/not-a-leistung']);
  });
});
