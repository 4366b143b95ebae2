/**
 * The real XProzess export (ADONIS NP, Mutterschutz-Anzeige) against a mutated copy of itself: one step
 * renamed, one dropped, one added and a Handlungsgrundlage dropped from a step that stays. Expectations
 * are counted from the XML text, not from the implementation.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { classifyProcess, harmoniseProcesses } from '../../../src/harmonise/xprozess/index.js';
import { corpusFiles, describeShared } from '../../support/shared.js';
import { bpmnOf, doc, withBpmn, withoutGroup, withoutNode } from './support.js';

const RENAME = ['Anzeige fachlich prüfen', 'Anzeige fachlich und arbeitsschutzrechtlich prüfen'] as const;
const DROP = '_1169fb06-dae2-43c5-83fd-8e9a241f5a3c'; // Notwendigkeit von Überwachungsmaßnahmen prüfen
const HINT = '_4476807b-2e49-4a15-ad62-9f3fee43b40a'; // Auf zuständige Behörde hinweisen, cites § 25 VwVfG
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describeShared('XProzess harmonisation on the real corpus export', () => {
  const file = corpusFiles('xprozess')[0]!;
  const xml = readFileSync(file, 'utf8');
  const bpmn = bpmnOf(xml);
  const stamm = doc(xml);
  // Counted from the text: every Aktivitätengruppe is one step, and so is every BPMN activity no
  // group names (the two callActivities); Handlungsgrundlagen are distinct by trimmed name.
  const groups = count(xml, /<xprozess:aktivitaetengruppe>/g);
  const calls = count(bpmn, /<callActivity\b/g);
  const hgNames = new Set(
    [...xml.matchAll(/<xprozess:handlungsgrundlage>\s*<xprozess:name>([^<]*)<\/xprozess:name>/g)].map((m) =>
      m[1]!.trim(),
    ),
  );

  it('against itself: every element unchanged, the counts as in the XML', () => {
    const r = classifyProcess(stamm, stamm);
    expect(r.elements.filter((e) => e.status !== 'unchanged')).toEqual([]);
    expect(r.byKind.schritt.unchanged).toBe(groups + calls);
    expect(r.byKind.handlungsgrundlage.unchanged).toBe(hgNames.size);
    expect([groups, calls, hgNames.size]).toEqual([12, 2, 11]);
    expect(r.violations).toEqual([]);
  });

  it('against a mutated copy: the four changes and nothing else', () => {
    const hint = new RegExp(
      `(<xprozess:subProzessID>${HINT}</xprozess:subProzessID>[\\s\\S]*?)<xprozess:handlungsgrundlage>[\\s\\S]*?</xprozess:handlungsgrundlage>`,
    );
    let local = withoutGroup(xml, DROP).replace(hint, '$1');
    local = local.replace(
      `<xprozess:name>${RENAME[0]}</xprozess:name>`,
      `<xprozess:name>${RENAME[1]}</xprozess:name>`,
    );
    let model = withoutNode(bpmn, DROP).replace(`name="${RENAME[0]}"`, `name="${RENAME[1]}"`);
    model = model.replace(
      '</subProcess>',
      '</subProcess>\n<subProcess id="_lokal_1" name="Eingangsbestätigung versenden"/>',
    );
    local = withBpmn(local, model);
    const r = classifyProcess(stamm, doc(local));
    const changed = r.elements
      .filter((e) => e.kind !== 'prozess' && e.status !== 'unchanged')
      .map((e) => `${e.status} ${e.kind} ${e.name}`)
      .sort();
    expect(changed).toEqual(
      [
        `adapted schritt ${RENAME[1]}`,
        'dropped schritt Notwendigkeit von Überwachungsmaßnahmen prüfen',
        'added schritt Eingangsbestätigung versenden',
        'dropped handlungsgrundlage § 25 VwVfG',
        // § 29 (3) MuSchG was also cited by the dropped step; it stays with the other two.
        'adapted handlungsgrundlage § 29 (3) MuSchG',
      ].sort(),
    );
    expect(r.violations.map((v) => `${v.rule} ${v.name}`)).toEqual(['handlungsgrundlage § 25 VwVfG']);
    expect(r.byKind.schritt).toEqual({ unchanged: groups + calls - 2, adapted: 1, added: 1, dropped: 1 });

    const report = harmoniseProcesses(
      stamm,
      [
        { source: 'kopie-1.xml', document: doc(local) },
        { source: 'kopie-2.xml', document: doc(local) },
      ],
      { k: 2 },
    );
    expect(
      report.clusters
        .filter((c) => c.adoptable)
        .map((c) => c.example.name)
        .sort(),
    ).toEqual(['§ 29 (3) MuSchG', 'Eingangsbestätigung versenden', RENAME[1]].sort());
  });
});
