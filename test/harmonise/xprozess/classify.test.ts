import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyProcess,
  harmoniseProcesses,
  mandatoryActivities,
  type ProcessVsStamm,
  processView,
} from '../../../src/harmonise/xprozess/index.js';
import { parseBpmn } from '../../../src/xprozess/v2/index.js';
import { repoRoot } from '../../support/shared.js';
import { bpmnOf, doc, fixtureText, withBpmn } from './support.js';

// The truth of fixtures/xprozess/v2/harmonisation (README.md), written out by hand: the Stamm's
// elements by name, and per variant every element that is not taken over unchanged.
const STEPS = [
  'Antrag stellen',
  'Antrag empfangen',
  'Zuständigkeit prüfen',
  'Antrag formell prüfen',
  'Unterlagen nachfordern',
  'Antrag fachlich prüfen',
  'Stellungnahme der Straßenverkehrsbehörde einholen',
  'Über den Antrag entscheiden',
  'Erlaubnis bekanntgeben',
  'Ablehnung bekanntgeben',
  'Gebührenbescheid übermitteln',
];
const MANDATORY = [
  'Antrag stellen',
  'Antrag empfangen',
  'Zuständigkeit prüfen',
  'Antrag formell prüfen',
  'Antrag fachlich prüfen',
  'Stellungnahme der Straßenverkehrsbehörde einholen',
  'Über den Antrag entscheiden',
  'Gebührenbescheid übermitteln',
];
const HANDLUNGSGRUNDLAGEN = [
  '§ 8 FStrG',
  '§ 22 VwVfG',
  '§ 3 VwVfG',
  '§ 8 Abs. 1 FStrG',
  '§ 26 VwVfG',
  '§ 8 Abs. 2 FStrG',
  '§ 45 StVO',
  '§ 41 VwVfG',
  '§ 39 VwVfG',
  '§ 8 Abs. 3 FStrG',
];
const DATEN = [
  'D00000123',
  'Erlaubnis- oder Ablehnungsbescheid',
  'Antrag auf Sondernutzungserlaubnis',
  'Nachforderung fehlender Unterlagen',
  'Nachgereichte Unterlagen',
  'Anfrage zur Stellungnahme',
  'Stellungnahme der Straßenverkehrsbehörde',
  'Erlaubnisbescheid',
  'Ablehnungsbescheid',
  'Gebührenbescheid',
];
const TEILNEHMER = [
  'Antragsteller',
  'Straßenbaubehörde',
  'Straßenverkehrsbehörde',
  'Poststelle',
  'Sachbearbeitung',
];
const RENAMED = 'Antrag fachlich und straßenrechtlich prüfen';

/** Per variant: `status kind name` of every element that is not unchanged, and the violations. */
const TRUTH: Record<string, { changed: string[]; violations: string[] }> = {
  'variante-a.xml': {
    changed: [
      `adapted schritt ${RENAMED}`,
      'added schritt Ortstermin durchführen',
      'adapted handlungsgrundlage § 26 VwVfG',
    ],
    violations: [],
  },
  'variante-b.xml': {
    changed: [
      `adapted schritt ${RENAMED}`,
      'dropped schritt Unterlagen nachfordern',
      'dropped handlungsgrundlage § 26 VwVfG',
      'adapted daten Antrag auf Sondernutzungserlaubnis',
      'dropped daten Nachforderung fehlender Unterlagen',
      'dropped daten Nachgereichte Unterlagen',
    ],
    violations: [],
  },
  'variante-c.xml': {
    changed: [
      'added schritt Ortstermin durchführen',
      'dropped schritt Gebührenbescheid übermitteln',
      'adapted handlungsgrundlage § 26 VwVfG',
      'dropped handlungsgrundlage § 45 StVO',
      'dropped handlungsgrundlage § 8 Abs. 3 FStrG',
      'dropped daten Gebührenbescheid',
    ],
    violations: ['handlungsgrundlage § 45 StVO', 'pflichtschritt Gebührenbescheid übermitteln'],
  },
};

const stammXml = fixtureText('stamm.xml');
const stamm = doc(stammXml);
const classify = (name: string): ProcessVsStamm => classifyProcess(stamm, doc(fixtureText(name)));

describe('XProzess harmonisation fixtures', () => {
  it('embed exactly the BPMN files next to them', () => {
    for (const name of ['stamm', 'variante-a', 'variante-b', 'variante-c'])
      expect(bpmnOf(fixtureText(`${name}.xml`))).toBe(fixtureText(`${name}.bpmn`));
  });

  it('flatten the Stammprozess into the elements the README lists', () => {
    const { view, diagnostics } = processView(stamm);
    expect(diagnostics).toEqual([]);
    const names = (kind: string) =>
      [...view.elements.values()].filter((e) => e.kind === kind).map((e) => e.name);
    expect(view.steps.map((s) => s.name).sort()).toEqual([...STEPS].sort());
    expect(
      view.steps
        .filter((s) => s.mandatory)
        .map((s) => s.name)
        .sort(),
    ).toEqual([...MANDATORY].sort());
    expect(names('handlungsgrundlage').sort()).toEqual([...HANDLUNGSGRUNDLAGEN].sort());
    expect(names('daten').sort()).toEqual([...DATEN].sort());
    expect(names('teilnehmer').sort()).toEqual([...TEILNEHMER].sort());
    expect(view.klasseID).toBe('99108012261000');
    expect(view.elements.size).toBe(1 + 11 + 10 + 10 + 5);
  });
});

describe('local process vs Stammprozess, element by element', () => {
  for (const [variant, truth] of Object.entries(TRUTH)) {
    it(variant, () => {
      const r = classify(variant);
      const changed = r.elements
        .filter((e) => e.kind !== 'prozess' && e.status !== 'unchanged')
        .map((e) => `${e.status} ${e.kind} ${e.name}`);
      expect(changed.sort()).toEqual([...truth.changed].sort());
      expect(r.violations.map((v) => `${v.rule} ${v.name}`).sort()).toEqual([...truth.violations].sort());
      // Every Stamm element is either matched or dropped, never both.
      const stammKeys = r.elements.filter((e) => e.status !== 'added' && e.kind !== 'prozess');
      expect(stammKeys.length).toBe(37);
      const dropped = truth.changed.filter((c) => c.startsWith('dropped')).length;
      const added = truth.changed.filter((c) => c.startsWith('added')).length;
      const adapted = truth.changed.filter((c) => c.startsWith('adapted')).length;
      const total = 37 - dropped + added;
      expect(r.figures).toEqual({
        total,
        unchanged: total - added - adapted,
        adapted,
        added,
        dropped,
        reuseShare: (total - added - adapted) / total,
        adaptationShare: adapted / total,
        localShare: added / total,
        violations: truth.violations.length,
      });
    });
  }

  it('says what changed: the rename, the Datenfeld and the new place of a Handlungsgrundlage', () => {
    const a = classify('variante-a.xml');
    const step = a.elements.find((e) => e.name === RENAMED);
    expect(step?.matchedBy).toBe('key');
    expect(step?.mandatory).toBe(true);
    expect(step?.differences).toEqual([
      { property: 'name', before: 'Antrag fachlich prüfen', after: RENAMED },
    ]);
    expect(step?.graphChanges?.map((c) => c.kind)).toEqual(['renamed']);
    expect(step?.changes?.some((c) => c.property === 'name')).toBe(true);
    const hg = a.elements.find((e) => e.name === '§ 26 VwVfG');
    expect(hg?.differences).toEqual([
      {
        property: 'fundstellen',
        before: 'Prozessschritt „Unterlagen nachfordern“',
        after: 'Prozessschritt „Ortstermin durchführen (ergänzt)“, Prozessschritt „Unterlagen nachfordern“',
      },
    ]);
    const b = classify('variante-b.xml');
    const form = b.elements.find((e) => e.name === 'Antrag auf Sondernutzungserlaubnis');
    expect(form?.differences).toEqual([
      {
        property: 'elementIds',
        before: 'F00000000345, F00000000346, F60000000001, G60000000002',
        after: 'F00000000345, F00000000346, F05000000777, F60000000001, G60000000002',
      },
    ]);
  });

  it('ignores history and local metadata, but not the process description', () => {
    const a = classify('variante-a.xml');
    expect(a.elements.find((e) => e.kind === 'prozess')?.status).toBe('unchanged');
    const c = classify('variante-c.xml');
    expect(c.elements.find((e) => e.kind === 'prozess')?.differences).toEqual([
      {
        property: 'bezeichnung',
        before: 'Sondernutzungserlaubnis erteilen',
        after: 'Sondernutzungserlaubnis erteilen (Musterstadt)',
      },
    ]);
  });

  it('inherits the Stamm Prozessklasse when the variant has no catalogue, and flags another reference', () => {
    const a = classify('variante-a.xml');
    expect(a.elements.find((e) => e.kind === 'prozessklasse')?.status).toBe('unchanged');
    const moved = fixtureText('variante-a.xml').replace(
      '<xprozess:klasseID>99108012261000</xprozess:klasseID>',
      '<xprozess:klasseID>99108012262000</xprozess:klasseID>',
    );
    const r = classifyProcess(stamm, doc(moved));
    expect(r.violations.map((v) => [v.rule, v.before, v.after])).toEqual([
      ['prozessklasse', '99108012261000', '99108012262000'],
    ]);
    expect(r.elements.find((e) => e.kind === 'prozessklasse')?.status).toBe('adapted');
  });

  it('compares without the model when only one side has one', () => {
    const noModel = fixtureText('variante-a.xml').replace(
      /<xprozess:prozessmodell>[\s\S]*?<\/xprozess:prozessmodell>\s*/,
      '',
    );
    const r = classifyProcess(stamm, doc(noModel));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['harmonise/xprozess-model-missing']);
    const changed = r.elements
      .filter((e) => e.kind !== 'prozess' && e.status !== 'unchanged')
      .map((e) => `${e.status} ${e.kind} ${e.name}`);
    // As with the model, minus what only the model knows (Antrag stellen, pools, lanes).
    expect(changed.sort()).toEqual([...TRUTH['variante-a.xml']!.changed].sort());
    expect(r.figures.total).toBe(38 - 1 - 2);
  });

  it('pairs a step renamed under a new BPMN id by label similarity', () => {
    const xml = stammXml
      .replaceAll('sp_fachlich', 'sp_fachlich_neu')
      .replace(
        '<xprozess:name>Antrag fachlich prüfen</xprozess:name>',
        '<xprozess:name>Antrag fachlich genau prüfen</xprozess:name>',
      );
    const bpmn = fixtureText('stamm.bpmn')
      .replaceAll('sp_fachlich', 'sp_fachlich_neu')
      .replace('name="Antrag fachlich prüfen"', 'name="Antrag fachlich genau prüfen"');
    const r = classifyProcess(stamm, doc(withBpmn(xml, bpmn)));
    const step = r.elements.find((e) => e.name === 'Antrag fachlich genau prüfen');
    expect(step?.status).toBe('adapted');
    expect(step?.matchedBy).toBe('similarity');
    expect(r.figures.added + r.figures.dropped).toBe(0);
  });
});

describe('harmonisation across the three variants', () => {
  const variants = ['variante-a.xml', 'variante-b.xml', 'variante-c.xml'];
  const load = () => variants.map((source) => ({ source, document: doc(fixtureText(source)) }));

  it('clusters the changes two variants share and ranks them (k = 2)', () => {
    const r = harmoniseProcesses(stamm, load(), { k: 2 });
    const clusters = r.clusters.map((c) => [c.status, c.kind, c.variants.join(','), c.adoptable]);
    expect(clusters.slice(0, 3).sort()).toEqual(
      [
        ['adapted', 'handlungsgrundlage', 'variante-a.xml,variante-c.xml', true],
        ['adapted', 'schritt', 'variante-a.xml,variante-b.xml', true],
        ['added', 'schritt', 'variante-a.xml,variante-c.xml', true],
      ].sort(),
    );
    expect(clusters[3]).toEqual(['adapted', 'daten', 'variante-b.xml', false]);
    expect(r.clusters).toHaveLength(4);
    // local elements: a 2 adapted + 1 added, b 2 adapted, c 1 adapted + 1 added = 7; in clusters of 2: 6.
    expect(r.potential).toEqual({ localElements: 7, adoptable: 6, share: 6 / 7 });
    expect(r.totals).toEqual({
      elements: 38 + 33 + 34,
      unchanged: 98,
      adapted: 5,
      added: 2,
      dropped: 8,
      violations: 2,
    });
  });

  it('uses k = 3 by default, so no candidate is adoptable', () => {
    const r = harmoniseProcesses(stamm, load());
    expect(r.k).toBe(3);
    expect(r.clusters.filter((c) => c.adoptable)).toEqual([]);
    expect(r.potential.share).toBe(0);
  });
});

describe('mandatory steps', () => {
  it('are the activities no path from start to end avoids (antrag.bpmn, counted by hand)', () => {
    const bpmn = readFileSync(path.join(repoRoot, 'fixtures/xprozess/v2/bpmn/antrag.bpmn'));
    const model = parseBpmn(bpmn).value!;
    // sp_bescheid / sp_ablehnen are the two branches of the gateway; t_formal is inside sp_pruefen.
    expect([...mandatoryActivities(model)].sort()).toEqual([
      'send_antrag',
      'sp_empfangen',
      'sp_pruefen',
      't_formal',
    ]);
  });

  it('are none when the end cannot be reached', () => {
    const model = parseBpmn(
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"><startEvent id="s"/><task id="t"/><endEvent id="e"/><sequenceFlow id="f" sourceRef="s" targetRef="t"/></process></definitions>',
    ).value!;
    expect(mandatoryActivities(model).size).toBe(0);
  });
});
