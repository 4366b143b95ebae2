import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TypeSpec } from '../../src/core/binding/index.js';
import { canonicalDifference, parseXml, type XmlElement } from '../../src/core/xml/index.js';
import { parse as parse22 } from '../../src/xzufi/v2_2/index.js';
import { Transfer as Transfer22Spec } from '../../src/xzufi/v2_2/specs-objekte.js';
import {
  build,
  documentSchema,
  type Leistung,
  leikaKeysOf,
  parse,
  streamTransfer,
  strukturVariante,
  summarizeTransfer,
  type Transfer,
  textOf,
  xzufi23Objects,
} from '../../src/xzufi/v2_3/index.js';
import { Transfer as TransferSpec } from '../../src/xzufi/v2_3/specs-leistung.js';
import { repoRoot } from '../support/shared.js';

const dir = path.join(repoRoot, 'fixtures/xzufi/v2_3');
const read = (name: string) => readFileSync(path.join(dir, name));
const XZUFI23 = 'http://xoev.de/schemata/xzufi/2_3_1';
const GOOD = ['leistung.xml', 'transfer.xml', 'leistung-2_2-names.xml'];

/** The elements with local name `local` anywhere below `el`. */
function all(el: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.local === local) found.push(c);
    found.push(...all(c, local));
  }
  return found;
}

describe('XZuFi 2.3.1 fixtures', () => {
  it.each(GOOD)('%s round-trips canonically through parse and build', (name) => {
    const xml = read(name);
    const r = parse(xml);
    expect(r.value).toBeDefined();
    expect(canonicalDifference(xml, build(r.value!))).toBeUndefined();
    expect(canonicalDifference(xml, build(r.value!, { indent: '  ' }))).toBeUndefined();
  });

  it.each(GOOD)('%s: the JSON form passes documentSchema and builds the same XML', (name) => {
    const value = parse(read(name)).value!;
    const json = JSON.parse(JSON.stringify(value));
    expect(documentSchema.safeParse(json).success).toBe(true);
    expect(build(json)).toBe(build(value));
  });

  it('reads the complete 2.3.1 Leistung without any diagnostic, with the 2.3.1 members', () => {
    const xml = read('leistung.xml');
    const r = parse(xml);
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.kind).toBe('leistung');
    const l = r.value!.model as Leistung;
    const tree = parseXml(xml).value!.root;
    // Counted over the XML: every module carries its zugangskanal, in document order.
    const kanäle = all(tree, 'zugangskanal').map((z) => all(z, 'code')[0]!.children[0]);
    const modules = [
      ...l.modulText,
      ...l.modulTextIndividuell,
      ...l.modulFrist,
      ...l.modulBearbeitungsdauer,
      ...l.modulKosten,
      ...l.modulDokument,
      ...l.modulBegriffImKontext,
      ...l.modulFachlicheFreigabe,
      ...l.modulAuskunftshinweis,
      ...l.modulUrsprungsportal,
    ];
    expect(modules.map((m) => m.zugangskanal.code)).toEqual(
      kanäle.map((t) => (t?.type === 'text' ? t.value : undefined)),
    );
    expect(l.modulFrist).toHaveLength(all(tree, 'modulFrist').length);
    expect(l.modulKosten[0]!.kosten[0]!.linkKostenbildung.map((k) => k.uri)).toEqual([
      'https://www.musterstadt.example/gebuehrensatzung',
      'https://www.musterstadt.example/en/fees',
    ]);
    expect(l.modulDokument[0]!.dokumentEingehend.map((d) => d.dokument.art.code?.code ?? null)).toEqual([
      '001',
      null,
    ]);
    expect(l.modulUrsprungsportal[0]!.dynamischeParameter.map((p) => p.parameterName)).toEqual([
      'ars',
      'lang',
    ]);
    expect(l.informationsbereicheSDG?.informationsbereichSDG2[0]?.code).toBe('0000');
    expect(l.relevantFuerStaatsangehoerigkeit?.staatengruppe[0]?.code).toBe('01');
    expect(l.versionsinformationen?.version).toBe('4');
    expect(l.sprachversion.map((s) => s.kennzeichenMaschinelleUebersetzung)).toEqual(['false', 'true']);
    expect(l.sprachversion[1]!.maschinelleUebersetzung?.originalSprache).toBe('de');
    expect(l.kategorie[0]!.klasse[0]!.typ?.code).toBe('002');
    expect(l.struktur?.leistungsgruppierungLeiKa.code).toBe('037');
    expect(strukturVariante(l.struktur as never)).toBe('LeistungsstrukturObjektMitVerrichtungUndDetail');
    expect(leikaKeysOf(l)).toEqual(['99037010062001']);
    expect(textOf(l, '06', { language: 'en' })).toContain("residents' parking zone");
    expect(textOf(l, '02', { language: 'uk' })).toBeUndefined();
  });

  it('reads the transfer message: every object kind, schreibe and loesche', () => {
    const r = parse(read('transfer.xml'));
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.kind).toBe('transfer');
    const t = r.value!.model as Transfer;
    expect(t.xzufiVersion).toBe('2.3.1');
    const kinds = t.schreibe.map((s) => Object.keys(xzufi23Objects).find((k) => k in s));
    expect(new Set(kinds)).toEqual(new Set(Object.keys(xzufi23Objects)));
    expect(t.loesche.map((l) => l.klasse)).toEqual(['Leistung', 'Zustaendigkeit']);
    expect(t.schreibe[3]!.onlinedienst?.sprachversion[0]?.kennzeichenMaschinelleUebersetzung).toBe('true');
  });

  it('keeps 2.2.0 element names in a 2.3.1 file verbatim, in place, with a warning each', () => {
    const xml = read('leistung-2_2-names.xml');
    const r = parse(xml);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['xzufi/unknown-element', 5],
      ['xzufi/unknown-element', 11],
      ['xzufi/unknown-element', 12],
    ]);
    const l = r.value!.model as Leistung;
    // children: id(0) referenzLeiKa(1) modulText(2) kennzeichenEA(3) versionsinformation(4)
    expect(l.$unknownElements?.map((u) => u.index)).toEqual([1, 3, 4]);
  });

  it('streams the transfer message with the same entries as the whole-document parse', async () => {
    const xml = read('transfer.xml');
    const whole = parse(xml).value!.model as Transfer;
    const items = [];
    for await (const item of streamTransfer([xml.subarray(0, 700), xml.subarray(700)])) items.push(item);
    expect(items[0]).toMatchObject({ type: 'root', version: '2.3.1', namespace: XZUFI23 });
    expect(items.flatMap((i) => (i.type === 'schreibe' ? [i.value] : []))).toEqual(whole.schreibe);
    expect(items.flatMap((i) => (i.type === 'loesche' ? [i.value] : []))).toEqual(whole.loesche);
    expect(items.every((i) => i.diagnostics.length === 0)).toBe(true);
  });

  it('lists the LeiKa keys of 2.3.1 entries, the URN form normalised', async () => {
    const summaries = [];
    for await (const s of summarizeTransfer([read('transfer.xml')])) summaries.push(s);
    expect(summaries.map((s) => [s.operation, s.kind, s.id, s.leika])).toEqual([
      ['schreibe', 'leistung', 'L-200', ['99037010000000']],
      ['schreibe', 'leistung', 'L-201', ['99037010062000']],
      ['schreibe', 'organisationseinheit', 'OE-9', []],
      ['schreibe', 'onlinedienst', 'OD-9', []],
      ['schreibe', 'zustaendigkeitTransferObjekt', 'Z-9', []],
      ['schreibe', 'spezialisierung', 'SP-9', []],
      ['loesche', 'Leistung', 'L-150', []],
      ['loesche', 'Zustaendigkeit', 'Z-8', []],
    ]);
    expect(summaries[1]!.name).toBe('Parkausweis ausstellen');
  });

  it('sends each version to the module that reads it', async () => {
    const v22 = readFileSync(path.join(repoRoot, 'fixtures/xzufi/v2_2/transfer.xml'));
    const r = parse(v22);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('xzufi/unsupported-version');
    expect(r.diagnostics[0]?.message).toMatch(/read it with fimkit\/xzufi\/v2_2/);
    const items = [];
    for await (const item of streamTransfer([v22])) items.push(item);
    expect(items.map((i) => i.type)).toEqual(['error']);
    expect(items[0]!.diagnostics[0]?.message).toMatch(/read it with fimkit\/xzufi\/v2_2/);
    expect(parse22(read('leistung.xml')).diagnostics[0]?.message).toMatch(/fimkit\/xzufi\/v2_3/);
  });

  it('uses every element the 2.3.1 specs add in some 2.3.1 fixture', () => {
    // Types shared with 2.2.0 are covered by the 2.2.0 fixtures; here only the types 2.3.1 defines.
    const shared = new Set<TypeSpec>();
    const collect = (t: TypeSpec) => {
      if (shared.has(t)) return;
      shared.add(t);
      for (const e of t.elements()) if (e.type !== 'text') collect(e.type);
    };
    collect(Transfer22Spec);
    const defined = new Set<string>();
    const seen = new Set<TypeSpec>();
    const walk = (t: TypeSpec) => {
      if (seen.has(t) || shared.has(t)) return;
      seen.add(t);
      for (const e of t.elements()) {
        defined.add(`${t.name}/${e.name}`);
        if (e.type !== 'text') walk(e.type);
      }
    };
    walk(TransferSpec);
    expect(defined.size).toBeGreaterThan(80);
    const used = new Set<string>();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
      const root = parseXml(read(name)).value!.root;
      used.add(root.local);
      const visit = (el: XmlElement) => {
        for (const c of el.children) {
          if (c.type !== 'element') continue;
          used.add(c.local);
          visit(c);
        }
      };
      visit(root);
    }
    const missing = [...defined].filter((d) => !used.has(d.slice(d.indexOf('/') + 1)));
    expect(missing).toEqual([]);
  });
});
