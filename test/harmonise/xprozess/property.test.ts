/**
 * Properties of the process classification: a process against itself is all unchanged; removing k random
 * steps (and renaming one more) from the Stammprozess gives exactly k dropped steps, the Handlungsgrundlagen
 * and data that only those steps cite dropped, those they share adapted, and one violation per removed
 * mandatory step.
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classifyProcess } from '../../../src/harmonise/xprozess/index.js';
import { doc, fixtureText, withBpmn, withoutGroup, withoutNode } from './support.js';

// Hand-made from the fixture README: step (BPMN id) -> name, mandatory; element -> the steps citing it.
const STEPS: Record<string, readonly [string, boolean]> = {
  sp_empfangen: ['Antrag empfangen', true],
  sp_zustaendigkeit: ['Zuständigkeit prüfen', true],
  sp_formell: ['Antrag formell prüfen', true],
  sp_nachfordern: ['Unterlagen nachfordern', false],
  sp_fachlich: ['Antrag fachlich prüfen', true],
  sp_stellungnahme: ['Stellungnahme der Straßenverkehrsbehörde einholen', true],
  sp_entscheiden: ['Über den Antrag entscheiden', true],
  sp_erlaubnis: ['Erlaubnis bekanntgeben', false],
  sp_ablehnung: ['Ablehnung bekanntgeben', false],
  sp_gebuehr: ['Gebührenbescheid übermitteln', true],
};
const CITED: Record<string, readonly string[]> = {
  '§ 8 FStrG': [],
  '§ 22 VwVfG': ['sp_empfangen'],
  '§ 3 VwVfG': ['sp_zustaendigkeit'],
  '§ 8 Abs. 1 FStrG': ['sp_formell', 'sp_fachlich'],
  '§ 26 VwVfG': ['sp_nachfordern'],
  '§ 8 Abs. 2 FStrG': ['sp_fachlich', 'sp_entscheiden'],
  '§ 45 StVO': ['sp_stellungnahme'],
  '§ 41 VwVfG': ['sp_erlaubnis', 'sp_ablehnung'],
  '§ 39 VwVfG': ['sp_ablehnung'],
  '§ 8 Abs. 3 FStrG': ['sp_gebuehr'],
  D00000123: [],
  'Erlaubnis- oder Ablehnungsbescheid': [],
  'Antrag auf Sondernutzungserlaubnis': ['sp_empfangen'],
  'Nachforderung fehlender Unterlagen': ['sp_nachfordern'],
  'Nachgereichte Unterlagen': ['sp_nachfordern'],
  'Anfrage zur Stellungnahme': ['sp_stellungnahme'],
  'Stellungnahme der Straßenverkehrsbehörde': ['sp_stellungnahme'],
  Erlaubnisbescheid: ['sp_erlaubnis'],
  Ablehnungsbescheid: ['sp_ablehnung'],
  Gebührenbescheid: ['sp_gebuehr'],
};
const FIXED = [
  'Sondernutzungserlaubnis an Bundesfernstraßen erteilen', // the Prozessklasse
  'Antrag stellen',
  'Antragsteller',
  'Straßenbaubehörde',
  'Straßenverkehrsbehörde',
  'Poststelle',
  'Sachbearbeitung',
];

const stammXml = fixtureText('stamm.xml');
const stammBpmn = fixtureText('stamm.bpmn');
const stamm = doc(stammXml);
const ids = Object.keys(STEPS);

/** The Stamm without the given steps and with `renamed` (if any) given a new name. */
function mutate(removed: readonly string[], renamed: string | undefined, suffix: string): string {
  let xml = stammXml;
  let bpmn = stammBpmn;
  for (const id of removed) {
    xml = withoutGroup(xml, id);
    bpmn = withoutNode(bpmn, id);
  }
  if (renamed !== undefined) {
    const name = STEPS[renamed]![0];
    xml = xml.replace(
      `<xprozess:name>${name}</xprozess:name>`,
      `<xprozess:name>${name} ${suffix}</xprozess:name>`,
    );
    bpmn = bpmn.replace(`name="${name}"`, `name="${name} ${suffix}"`);
  }
  return withBpmn(xml, bpmn);
}

const mutation = fc
  .record({
    removed: fc.subarray(ids),
    pick: fc.nat(),
    rename: fc.boolean(),
    suffix: fc.stringMatching(/^[a-zäöüß]{3,12}$/),
  })
  .map(({ removed, pick, rename, suffix }) => {
    const kept = ids.filter((id) => !removed.includes(id));
    const renamed = rename && kept.length > 0 ? kept[pick % kept.length] : undefined;
    return { removed, renamed, suffix };
  });

describe('process classification properties', () => {
  it.prop([mutation], { numRuns: 40 })(
    'a process against itself is all unchanged',
    ({ removed, renamed, suffix }) => {
      const x = doc(mutate(removed, renamed, suffix));
      const r = classifyProcess(x, x);
      expect(r.elements.filter((e) => e.status !== 'unchanged')).toEqual([]);
      expect(r.violations).toEqual([]);
      expect(r.figures.reuseShare).toBe(1);
    },
  );

  it.prop([mutation], { numRuns: 40 })(
    'removing k steps drops exactly those k, and what only they cite',
    ({ removed, renamed, suffix }) => {
      const r = classifyProcess(stamm, doc(mutate(removed, renamed, suffix)));
      const expected = new Map<string, string>();
      for (const name of FIXED) expected.set(name, 'unchanged');
      for (const id of ids) {
        const [name] = STEPS[id]!;
        if (removed.includes(id)) expected.set(name, 'dropped');
        else if (id === renamed) expected.set(`${name} ${suffix}`, 'adapted');
        else expected.set(name, 'unchanged');
      }
      for (const [name, steps] of Object.entries(CITED)) {
        const gone = steps.filter((s) => removed.includes(s)).length;
        expected.set(name, gone === 0 ? 'unchanged' : gone === steps.length ? 'dropped' : 'adapted');
      }
      const got = new Map(r.elements.filter((e) => e.kind !== 'prozess').map((e) => [e.name, e.status]));
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
      expect(r.byKind.schritt.dropped).toBe(removed.length);
      expect(r.byKind.schritt.added).toBe(0);
      const mandatory = removed.filter((id) => STEPS[id]![1]).map((id) => STEPS[id]![0]);
      expect(r.violations.map((v) => `${v.rule} ${v.name}`).sort()).toEqual(
        mandatory.map((n) => `pflichtschritt ${n}`).sort(),
      );
    },
  );
});
