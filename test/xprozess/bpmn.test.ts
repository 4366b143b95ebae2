import { describe, expect, it } from 'vitest';
import { activitiesInFlowOrder, parseBpmn } from '../../src/xprozess/v2/index.js';
import { fixture } from './support.js';

const text = fixture('bpmn/antrag.bpmn').toString('utf8');

describe('parseBpmn (fixture antrag.bpmn)', () => {
  const { value: model, diagnostics } = parseBpmn(text, 'antrag.bpmn');

  it('reads participants, processes, lanes and flows', () => {
    expect(diagnostics).toEqual([]);
    expect(model?.participants.map((p) => [p.name, p.processRef])).toEqual([
      ['Antragsteller', 'proc_antragsteller'],
      ['Behörde', 'proc_behoerde'],
    ]);
    expect(model?.processes.map((p) => p.id)).toEqual(['proc_antragsteller', 'proc_behoerde']);
    expect(model?.lanes.map((l) => [l.name, l.flowNodeRefs.length])).toEqual([
      ['Poststelle', 2],
      ['Sachbearbeitung', 5],
    ]);
    expect(model?.messageFlows.map((f) => [f.name, f.sourceRef, f.targetRef])).toEqual([
      ['Antrag', 'send_antrag', 'sp_empfangen'],
      ['Bescheid', 'sp_bescheid', 'pool_antragsteller'],
    ]);
    expect(model?.sequenceFlows.length).toBe((text.match(/<bpmn:sequenceFlow /g) ?? []).length);
  });

  it('types the nodes and keeps nesting, boundary hosts and event definitions', () => {
    const byId = new Map(model!.nodes.map((n) => [n.id, n]));
    expect(byId.get('gw')).toMatchObject({
      kind: 'gateway',
      type: 'exclusiveGateway',
      name: 'Antrag vollständig?',
    });
    expect(byId.get('t_formal')).toMatchObject({ kind: 'activity', type: 'task', parentId: 'sp_pruefen' });
    expect(byId.get('b1')).toMatchObject({
      kind: 'event',
      attachedToRef: 'sp_pruefen',
      eventDefinitions: ['timerEventDefinition'],
    });
    expect(byId.get('s1')?.eventDefinitions).toEqual(['messageEventDefinition']);
    expect(byId.get('send_antrag')?.line).toBe(
      text.split('\n').findIndex((l) => l.includes('id="send_antrag"')) + 1,
    );
  });

  it('lists activities in flow order, not document order', () => {
    // Antragsteller pool first (participant order); in the Behörde pool the walk goes
    // start -> empfangen -> prüfen (with its nested task) -> gateway -> Bescheid | ablehnen.
    expect(activitiesInFlowOrder(model!).map((a) => a.name)).toEqual([
      'Antrag senden',
      'Antrag empfangen',
      'Antrag prüfen',
      'Formalien prüfen',
      'Bescheid erlassen',
      'Antrag ablehnen',
    ]);
  });
});

describe('parseBpmn failures', () => {
  it('reports a non-BPMN XML file', () => {
    const r = parseBpmn('<?xml version="1.0"?>\n<notes><p>kein Modell</p></notes>', 'notes.xml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['xprozess/not-bpmn', 2]]);
  });
  it('reports malformed XML', () => {
    const r = parseBpmn('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process>');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.some((d) => d.code.startsWith('xml/'))).toBe(true);
  });
  it('warns about flows without both ends', () => {
    const r = parseBpmn(
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"><sequenceFlow id="f" sourceRef="a"/></process></definitions>',
    );
    expect(r.value?.sequenceFlows).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['xprozess/bpmn-incomplete']);
  });
});
