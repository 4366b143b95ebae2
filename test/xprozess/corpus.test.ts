import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import {
  activitiesInFlowOrder,
  build,
  createXprozessXsdValidator,
  embeddedFiles,
  parse,
  processModels,
  prozesseOf,
  withXsdListUris,
  type XprozessXsdValidator,
} from '../../src/xprozess/v2/index.js';
import { corpusFiles, describeShared } from '../support/shared.js';
import { lenientXsd, lineOf } from './support.js';

describeShared('XProzess corpus (ADONIS NP export)', () => {
  const [file] = corpusFiles('xprozess');
  let text: string;
  let validator: XprozessXsdValidator;
  beforeAll(() => {
    text = readFileSync(file!, 'utf8');
    validator = createXprozessXsdValidator(lenientXsd);
  });
  afterAll(() => validator.dispose());

  it('parses with exactly the known defect: the empty abgeloesteProzessklasse', () => {
    const r = parse(text);
    expect(r.value?.message).toBe('alleInhalte.export.0303');
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['xprozess/missing-element', lineOf(text, '<xprozess:abgeloesteProzessklasse/>')],
    ]);
  });

  it('round-trips canonically, with embedded files byte-identical', () => {
    const r = parse(text);
    const xml = build(r.value!, { indent: '    ' });
    expect(canonicalDifference(text, xml)).toBeUndefined();
    const inhalte = (s: string) => [...s.matchAll(/<xprozess:inhalt>([^<]*)</g)].map((m) => m[1]);
    expect(inhalte(xml)).toEqual(inhalte(text));
    expect(inhalte(text).length).toBe(3);
  });

  it('the built XML has the same XSD result as the input: only the abgeloesteProzessklasse defect', () => {
    const xml = build(parse(text).value!);
    const before = validator.validate(text);
    const after = validator.validate(xml);
    expect(before.map((d) => d.code)).toEqual(['xsd/invalid']);
    expect(before[0]!.message).toContain('abgeloesteProzessklasse');
    expect(after.map((d) => [d.code, d.message])).toEqual(before.map((d) => [d.code, d.message]));
  });

  it('withXsdListUris: the strict reconstructed XSD then reports only the same defect', () => {
    const strict = createXprozessXsdValidator({
      ...lenientXsd,
      schema: lenientXsd.schema.replace('-lenient', ''),
    });
    try {
      const doc = parse(text).value!;
      // As exported, the fixed listURI/listVersionID values are violated many times (fact sheet §9: 77 errors).
      expect(strict.validate(text).length).toBeGreaterThan(1);
      const rewritten = build(withXsdListUris(doc));
      expect(strict.validate(rewritten).map((d) => d.message)).toEqual(
        validator.validate(text).map((d) => d.message),
      );
      // The original model is not touched, and codes stay what they were.
      expect(canonicalDifference(text, build(doc))).toBeUndefined();
      expect(rewritten.match(/<code>[^<]*<\/code>/g)).toEqual(text.match(/<code>[^<]*<\/code>/g));
    } finally {
      strict.dispose();
    }
  });

  it('opens the three embedded archives', () => {
    const opened = embeddedFiles(parse(text).value!);
    expect(opened.map((o) => [o.role, o.files.map((f) => f.name)])).toEqual([
      ['prozessmodelldatei', ['BPMN DI-Export.xml']],
      ['visualisierungsdatei', ['Modellgrafik.pdf']],
      ['beschreibungsdatei', ['Standard Report.pdf']],
    ]);
    expect(opened.flatMap((o) => o.diagnostics)).toEqual([]);
    // PDFs start with %PDF.
    expect(Buffer.from(opened[1]!.files[0]!.bytes.subarray(0, 4)).toString('latin1')).toBe('%PDF');
  });

  it('parses the embedded BPMN: counts match the BPMN XML, counted independently', () => {
    // Independent oracle: decode and unzip without fimkit, count start tags with regular expressions.
    const b64 = /<xprozess:prozessmodelldatei>[\s\S]*?<xprozess:inhalt>([^<]*)</.exec(text)![1]!;
    const zip = unzipSync(new Uint8Array(Buffer.from(b64, 'base64')));
    const bpmnText = Buffer.from(zip['BPMN DI-Export.xml']!).toString('utf8');
    const count = (tag: string) => (bpmnText.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
    const names = (tag: string) =>
      [...bpmnText.matchAll(new RegExp(`<${tag}\\s[^>]*?name="([^"]*)"`, 'g'))].map((m) => m[1]);

    const r = parse(text);
    const { models, diagnostics } = processModels(r.value!, {}, r.sourceMap);
    expect(diagnostics).toEqual([]);
    expect(models.length).toBe(1);
    const bpmn = models[0]!.bpmn;
    const kinds = (k: string) => bpmn.nodes.filter((n) => n.kind === k).length;
    expect(kinds('activity')).toBe(count('subProcess') + count('callActivity') + count('task'));
    expect(kinds('event')).toBe(count('startEvent') + count('endEvent') + count('boundaryEvent'));
    expect(kinds('gateway')).toBe(count('exclusiveGateway') + count('parallelGateway'));
    expect(bpmn.sequenceFlows.length).toBe(count('sequenceFlow'));
    expect(bpmn.messageFlows.length).toBe(count('messageFlow'));
    expect(bpmn.participants.length).toBe(count('participant'));
    expect(bpmn.lanes.length).toBe(count('lane'));
    expect(bpmn.processes.length).toBe(count('process'));

    // The activity list: every subProcess and callActivity of the file, each exactly once.
    const activities = activitiesInFlowOrder(bpmn);
    expect(activities.map((a) => a.name).sort()).toEqual(
      [...names('subProcess'), ...names('callActivity')].sort(),
    );
    // grep of the unzipped file: 12 <subProcess> and 2 <callActivity> start tags.
    expect(activities.length).toBe(14);
    // The flow starts at the only start event, "Anzeige eingegangen", whose successor is the receipt.
    expect(count('startEvent')).toBe(1);
    expect(activities[0]!.name).toBe('Anzeige empfangen');

    // Every Aktivitaetengruppe points at a BPMN sub-process of the model.
    const gruppen = prozesseOf(r.value!)[0]!.prozessstrukturbeschreibung!.strukturbeschreibungFIM!
      .aktivitaetengruppe;
    const subIds = new Set(bpmn.nodes.filter((n) => n.type === 'subProcess').map((n) => n.id));
    expect(gruppen.length).toBeGreaterThan(0);
    for (const g of gruppen) expect(subIds.has(g.subProzessID)).toBe(true);
  });
});
