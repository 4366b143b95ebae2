import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TypeSpec } from '../../src/core/binding/index.js';
import { canonicalDifference, parseXml, type XmlElement } from '../../src/core/xml/index.js';
import {
  build,
  documentSchema,
  type Leistung,
  parse,
  strukturVariante,
  type Transfer,
} from '../../src/xzufi/v2_2/index.js';
import { xzufi22Objects } from '../../src/xzufi/v2_2/messages.js';
import { Transfer as TransferSpec } from '../../src/xzufi/v2_2/specs-objekte.js';
import { repoRoot } from '../support/shared.js';

const dir = path.join(repoRoot, 'fixtures/xzufi/v2_2');
const read = (name: string) => readFileSync(path.join(dir, name));
const XZUFI22 = 'http://xoev.de/schemata/xzufi/2_2_0';

/** Fixtures that parse into a model (the others are failure cases). */
const GOOD = [
  'leistung-lovd.xml',
  'transfer.xml',
  'organisationseinheit.xml',
  'leistung-unknown-elements.xml',
  'missing-id.xml',
];

describe('XZuFi 2.2 fixtures', () => {
  it.each(GOOD)('%s round-trips canonically through parse and build', (name) => {
    const xml = read(name);
    const r = parse(xml);
    expect(r.value).toBeDefined();
    expect(canonicalDifference(xml, build(r.value!))).toBeUndefined();
    expect(canonicalDifference(xml, build(r.value!, { indent: '  ' }))).toBeUndefined();
  });

  it.each(GOOD.filter((n) => n !== 'missing-id.xml'))(
    '%s: the JSON form passes documentSchema and builds the same XML',
    (name) => {
      const value = parse(read(name)).value!;
      const json = JSON.parse(JSON.stringify(value));
      const checked = documentSchema.safeParse(json);
      expect(checked.success).toBe(true);
      expect(build(json)).toBe(build(value));
    },
  );

  it('documentSchema rejects a model without its required id', () => {
    const value = JSON.parse(JSON.stringify(parse(read('missing-id.xml')).value));
    const checked = documentSchema.safeParse(value);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((i) => i.path.join('.'))).toEqual(['model.id']);
  });

  it('documentSchema rejects keys the model does not define', () => {
    const value = JSON.parse(JSON.stringify(parse(read('organisationseinheit.xml')).value));
    value.model.telefon = '0000';
    const checked = documentSchema.safeParse(value);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues[0]?.path).toEqual(['model']);
  });

  it('reads the complete Leistung without any diagnostic', () => {
    const r = parse(read('leistung-lovd.xml'));
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.kind).toBe('leistung');
  });

  it('keeps HTML content verbatim, entity-escaped or CDATA, one inhalt per language', () => {
    const l = parse(read('leistung-lovd.xml')).value!.model as Leistung;
    const volltext = l.modulText.find((m) => m.leikaTextmodul.code === '06')!;
    expect(volltext.inhalt.map((i) => i.languageCode)).toEqual(['de', 'en', 'tr']);
    expect(volltext.inhalt[0]!.value).toContain('<strong>gefährlichen Hund</strong>');
    // CDATA: the character reference is not expanded inside CDATA, so it stays literal.
    expect(volltext.inhalt[1]!.value).toBe(
      '<p>If you want to keep a <strong>dangerous dog</strong> in Musterstadt, you need a permit.&#xa0;</p>',
    );
  });

  it('covers every LeiKa Textmodul code of the fact sheet (02–25)', () => {
    const l = parse(read('leistung-lovd.xml')).value!.model as Leistung;
    const codes = l.modulText.map((m) => m.leikaTextmodul.code).sort();
    expect(codes).toEqual([
      '02',
      '03',
      '05',
      '06',
      '07',
      '08',
      '09',
      '11',
      '14',
      '15',
      '16',
      '18',
      '22',
      '23',
      '24',
      '25',
    ]);
  });

  it('covers the three struktur variants', () => {
    const lovd = parse(read('leistung-lovd.xml')).value!.model as Leistung;
    const transfer = parse(read('transfer.xml')).value!.model as Transfer;
    const variants = [lovd, ...transfer.schreibe.flatMap((s) => (s.leistung ? [s.leistung] : []))].map((l) =>
      strukturVariante(l.struktur!),
    );
    expect(variants.sort()).toEqual([
      'LeistungsstrukturObjekt',
      'LeistungsstrukturObjektMitVerrichtung',
      'LeistungsstrukturObjektMitVerrichtungUndDetail',
    ]);
  });

  it('reads a transfer message with every object kind, schreibe and loesche', () => {
    const r = parse(read('transfer.xml'));
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.kind).toBe('transfer');
    expect(r.value?.root).toBe('transfer.operation');
    const t = r.value!.model as Transfer;
    expect(t.xzufiVersion).toBe('2.2.0');
    const kinds = t.schreibe.map((s) => Object.keys(xzufi22Objects).find((k) => k in s));
    expect(new Set(kinds)).toEqual(new Set(Object.keys(xzufi22Objects)));
    expect(t.loesche.map((l) => l.klasse)).toEqual([
      'Leistung',
      'Organisationseinheit',
      'Zustaendigkeit',
      'LeistungSpezialisierung',
      'Onlinedienst',
    ]);
  });

  it('uses every element of the model in some fixture', () => {
    // Every element name the specs define (reachable from the transfer message), against the local
    // names of the elements written in the fixtures.
    const defined = new Set<string>();
    const seen = new Set<TypeSpec>();
    const walk = (t: TypeSpec) => {
      if (seen.has(t)) return;
      seen.add(t);
      for (const e of t.elements()) {
        defined.add(`${t.name}/${e.name}`);
        if (e.type !== 'text') walk(e.type);
      }
    };
    walk(TransferSpec);
    const used = new Set<string>();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
      const doc = parseXml(read(name)).value!;
      if (doc.root.uri !== XZUFI22) continue;
      const visit = (el: XmlElement) => {
        for (const c of el.children) {
          if (c.type !== 'element') continue;
          used.add(c.local);
          visit(c);
        }
      };
      used.add(doc.root.local);
      visit(doc.root);
    }
    const missing = [...defined].filter((d) => !used.has(d.slice(d.indexOf('/') + 1)));
    expect(missing).toEqual([]);
  });

  it('keeps unknown elements in place, each with a warning at its line', () => {
    const r = parse(read('leistung-unknown-elements.xml'));
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['xzufi/unknown-element', 'warning', 10],
      ['xzufi/unknown-element', 'warning', 16],
    ]);
    const l = r.value!.model as Leistung;
    // children: id(0) referenzLeiKa(1) modulText(2) modulBarrierefreiheit(3) modulFrist(4) ext:intern(5)
    expect(l.$unknownElements?.map((u) => u.index)).toEqual([3, 5]);
    expect(l.$unknownElements?.[1]?.xml).toContain('nur für die Redaktion');
  });

  it('reports a missing id and an unknown text module code with their lines', () => {
    const r = parse(read('missing-id.xml'));
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['xzufi/missing-element', 3],
      ['xzufi/unknown-code', 5],
    ]);
  });

  it.each([
    ['xzufi-2_1_0.xml', /2\.1\.0 is a legacy version/],
    ['xzufi-2_3_1.xml', /XZuFi 2\.3\.1, not XZuFi 2\.2\.0 .*read it with fimkit\/xzufi\/v2_3/],
  ])('%s: unsupported version, no model', (name, message) => {
    const r = parse(read(name));
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'xzufi/unsupported-version', line: 3, column: 1 });
    expect(r.diagnostics[0]!.message).toMatch(message);
  });

  it('reports malformed XML with the reader diagnostics only', () => {
    const r = parse(
      '<xzufi:leistung xmlns:xzufi="http://xoev.de/schemata/xzufi/2_2_0"><xzufi:id>1</xzufi:leistung>',
    );
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.code.startsWith('xml/'))).toBe(true);
  });
});
