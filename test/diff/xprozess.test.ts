/**
 * XProzess diffs: the typed message (process classes, processes, activity groups; patchable) and the
 * BPMN graph summary, on the real export in ../shared/corpus/xprozess and on fixtures/xprozess/v2, each
 * against a modified copy made here. patch(a, diff(a, b)) built is canonically b; diff(a, a) is empty.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { canonical } from '../../src/diff/json.js';
import type { Diff } from '../../src/diff/model.js';
import { diffXprozess, patchXprozess } from '../../src/diff/xprozess.js';
import { diffBpmn } from '../../src/diff/xprozess-graph.js';
import {
  XPROZESS_DESCRIPTIVE_PROPERTIES,
  XPROZESS_HISTORY_PROPERTIES,
  XPROZESS_LABEL_PROPERTIES,
  xprozessPropertyLevel,
} from '../../src/diff/xprozess-profile.js';
import {
  describeBpmnChange,
  renderXprozessHtml,
  renderXprozessMarkdown,
} from '../../src/diff/xprozess-render.js';
import { treeToXprozess, xprozessToTree } from '../../src/diff/xprozess-tree.js';
import {
  build,
  decodeBase64,
  isZip,
  parse,
  parseBpmn,
  processModels,
  type XprozessDocument,
} from '../../src/xprozess/v2/index.js';
import { safeText } from '../support/binding-arbitrary.js';
import { corpusFiles, describeShared, repoRoot } from '../support/shared.js';

type Obj = Record<string, unknown>;
const readDoc = (file: string): XprozessDocument => {
  const r = parse(readFileSync(file));
  if (r.value === undefined) throw new Error(`cannot parse ${file}`);
  return r.value;
};
const clone = (doc: XprozessDocument): XprozessDocument => structuredClone(doc);
const lib = (doc: XprozessDocument): Obj[] =>
  ((doc.model as unknown as Obj).prozessbibliothek as Obj).prozess as Obj[];
const katalog = (doc: XprozessDocument): Obj[] =>
  ((doc.model as unknown as Obj).prozesskatalog as Obj).prozessklasse as Obj[];
const groups = (p: Obj): Obj[] =>
  ((p.prozessstrukturbeschreibung as Obj).strukturbeschreibungFIM as Obj).aktivitaetengruppe as Obj[];

function diffOf(a: XprozessDocument, b: XprozessDocument) {
  const r = diffXprozess(a, b);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!;
}

function expectPatchGives(a: XprozessDocument, b: XprozessDocument, diff: Diff): void {
  const r = patchXprozess(a, diff);
  expect(r.diagnostics).toEqual([]);
  expect(canonical(r.value!.model)).toBe(canonical(b.model));
  expect(canonicalDifference(build(r.value!), build(b))).toBeUndefined();
}

/** Rewrites the BPMN XML inside the first process model file of the first process. */
function rewriteBpmn(doc: XprozessDocument, edit: (xml: string) => string): void {
  const datei = ((lib(doc)[0]!.prozessmodell as Obj).prozessmodelldatei as Obj[])[0]!;
  const bytes = decodeBase64(String(datei.inhalt))!;
  let out: Uint8Array;
  if (isZip(bytes)) {
    const files = unzipSync(bytes);
    for (const [name, content] of Object.entries(files)) {
      if (/\.(xml|bpmn)$/i.test(name))
        files[name] = new TextEncoder().encode(edit(new TextDecoder().decode(content)));
    }
    out = zipSync(files);
  } else out = new TextEncoder().encode(edit(new TextDecoder().decode(bytes)));
  datei.inhalt = Buffer.from(out).toString('base64');
}

/** The start tag that carries `id="…"`. */
function startTag(xml: string, id: string): { start: number; end: number; tag: string; name: string } {
  const at = xml.indexOf(`id="${id}"`);
  const start = xml.lastIndexOf('<', at);
  const end = xml.indexOf('>', at) + 1;
  const tag = xml.slice(start, end);
  return { start, end, tag, name: /^<([^\s>/]+)/.exec(tag)![1]! };
}
const setAttr = (xml: string, id: string, attr: string, value: string): string => {
  const t = startTag(xml, id);
  const re = new RegExp(`\\s${attr}="[^"]*"`);
  const tag = re.test(t.tag)
    ? t.tag.replace(re, ` ${attr}="${value}"`)
    : t.tag.replace(/(\/?>)$/, ` ${attr}="${value}"$1`);
  return xml.slice(0, t.start) + tag + xml.slice(t.end);
};
const removeElement = (xml: string, id: string): string => {
  const t = startTag(xml, id);
  if (t.tag.endsWith('/>')) return xml.slice(0, t.start) + xml.slice(t.end);
  const close = `</${t.name}>`;
  return xml.slice(0, t.start) + xml.slice(xml.indexOf(close, t.end) + close.length);
};
const insertTask = (xml: string, processId: string, id: string, name: string): string => {
  const t = startTag(xml, processId);
  const prefix = t.name.includes(':') ? `${t.name.split(':')[0]}:` : '';
  return `${xml.slice(0, t.end)}<${prefix}task id="${id}" name="${name}"/>${xml.slice(t.end)}`;
};

describe('XProzess tree', () => {
  it('round-trips every valid fixture losslessly', () => {
    for (const f of [
      '0103-prozesskatalog-export.xml',
      '0203-prozessbibliothek-export.xml',
      '0303-alleInhalte-export.xml',
    ]) {
      const doc = readDoc(path.join(repoRoot, 'fixtures/xprozess/v2/valid', f));
      expect(canonical(treeToXprozess(xprozessToTree(doc).tree))).toBe(canonical(doc));
    }
  });
});

describe('diffXprozess on fixtures/xprozess/v2', () => {
  const file = path.join(repoRoot, 'fixtures/xprozess/v2/valid/0303-alleInhalte-export.xml');
  const a = readDoc(file);

  it('finds nothing between a message and itself', () => {
    const d = diffOf(a, readDoc(file));
    expect(d.changes).toEqual([]);
    expect(d.graphs).toEqual([]);
  });

  it('reports process class metadata, a version bump and activity group edits, and patches back', () => {
    const b = clone(a);
    const klasse = katalog(b)[0]!;
    const oldName = klasse.name;
    klasse.name = 'Anzeige bearbeiten (neu)';
    const p = lib(b)[0]!;
    const oldVersion = String(p.version);
    p.version = '02.00.00';
    const g = groups(p);
    const removed = g.splice(1, 1)[0]!;
    g[0]!.name = 'Anzeige formell und inhaltlich prüfen';
    const d = diffOf(a, b);
    const name = d.changes.find((c) => c.elementType === 'processClass' && c.property === 'name');
    expect(name).toMatchObject({
      kind: 'changed',
      level: 2,
      before: oldName,
      after: 'Anzeige bearbeiten (neu)',
    });
    const bump = d.changes.find((c) => c.elementType === 'process' && c.property === 'version');
    expect(bump).toMatchObject({
      before: oldVersion,
      after: '02.00.00',
      previousKey: `prozess/${String(p.id)}@${oldVersion}`,
    });
    const groupKey = (x: Obj) => `aktivitaetengruppe/${String(p.id)}/${String(x.id)}`;
    expect(d.changes.find((c) => c.key === groupKey(g[0]!) && c.property === 'name')?.after).toBe(
      'Anzeige formell und inhaltlich prüfen',
    );
    expect(d.changes.filter((c) => c.key === groupKey(removed) && c.kind === 'removed')).toHaveLength(2);
    expect(d.graphs).toEqual([]); // the model file is untouched
    expectPatchGives(a, b, d);
  });

  it('summarises BPMN graph edits: added, removed, renamed, rewired', () => {
    const model = processModels(a).models[0]!.bpmn;
    const activity = model.nodes.find((n) => n.kind === 'activity' && n.name !== undefined)!;
    const flow = model.sequenceFlows.find((f) => f.sourceRef !== activity.id && f.targetRef !== activity.id)!;
    const otherTarget = model.nodes.find((n) => n.id !== flow.targetRef && n.id !== flow.sourceRef)!;
    const b = clone(a);
    rewriteBpmn(b, (xml) => {
      let x = setAttr(xml, activity.id, 'name', 'Umbenannt');
      x = setAttr(x, flow.id, 'targetRef', otherTarget.id);
      return insertTask(x, activity.processId, 'fimkit_new_task', 'Neue Prüfung');
    });
    const d = diffOf(a, b);
    const g = d.graphs[0]!;
    expect(g.presence).toBe('both');
    expect(g.changes).toContainEqual({
      kind: 'renamed',
      element: 'activity',
      id: activity.id,
      name: 'Umbenannt',
      before: activity.name,
      after: 'Umbenannt',
    });
    expect(g.changes).toContainEqual({
      kind: 'rewired',
      element: 'sequenceFlow',
      id: flow.id,
      ...(flow.name === undefined ? {} : { name: flow.name }),
      flow: {
        before: { sourceRef: flow.sourceRef, targetRef: flow.targetRef },
        after: { sourceRef: flow.sourceRef, targetRef: otherTarget.id },
      },
    });
    expect(g.changes).toContainEqual({
      kind: 'added',
      element: 'activity',
      id: 'fimkit_new_task',
      name: 'Neue Prüfung',
    });
    expect(g.summary).toEqual({ renamed: 1, rewired: 1, added: 1 });
    const renamed = g.changes.find((c) => c.kind === 'renamed')!;
    expect(describeBpmnChange(renamed)).toBe(
      `activity ${activity.id} renamed: "${activity.name}" → "Umbenannt"`,
    );
    const rewired = g.changes.find((c) => c.kind === 'rewired')!;
    expect(describeBpmnChange(rewired)).toContain(
      `rewired: ${flow.sourceRef} → ${flow.targetRef} became ${flow.sourceRef} → ${otherTarget.id}`,
    );
    const md = renderXprozessMarkdown(d);
    expect(md).toContain(
      `## Process model ${String(lib(a)[0]!.id)} / antrag.bpmn: 1 renamed, 1 added, 1 rewired`,
    );
    expect(md).toContain('renamed: "'); // one bullet per graph change
    expect(renderXprozessHtml(d)).toContain('<section class="graph">');
    // the typed diff sees the model file change, at level 3
    const file = d.changes.find((c) => c.property === 'prozessmodell');
    expect(file?.level).toBe(3);
    expectPatchGives(a, b, d);
  });
});

describe('diffBpmn', () => {
  const xml = readFileSync(path.join(repoRoot, 'fixtures/xprozess/v2/bpmn/antrag.bpmn'), 'utf8');
  const left = parseBpmn(xml).value!;

  it('pairs a node that got a new id by kind, type and name, and keeps its flows', () => {
    const node = left.nodes.find((n) => n.kind === 'activity' && n.name !== undefined)!;
    const right = parseBpmn(xml.replaceAll(`"${node.id}"`, '"renamed_id"')).value!;
    expect(diffBpmn(left, right)).toEqual([
      {
        kind: 'reidentified',
        element: 'activity',
        id: 'renamed_id',
        name: node.name,
        before: node.id,
        after: 'renamed_id',
      },
    ]);
  });

  it('reports a removed event and its removed flow', () => {
    const end = left.nodes.find((n) => n.type === 'endEvent')!;
    const incoming = left.sequenceFlows.find((f) => f.targetRef === end.id)!;
    const right = parseBpmn(removeElement(removeElement(xml, incoming.id), end.id)).value!;
    const changes = diffBpmn(left, right);
    expect(changes).toContainEqual({
      kind: 'removed',
      element: 'event',
      id: end.id,
      ...(end.name === undefined ? {} : { name: end.name }),
    });
    expect(
      changes.filter((c) => c.kind === 'removed' && c.element === 'sequenceFlow').map((c) => c.id),
    ).toEqual([incoming.id]);
  });
});

describe('fast-check mutations of the 0303 fixture', () => {
  const a = readDoc(path.join(repoRoot, 'fixtures/xprozess/v2/valid/0303-alleInhalte-export.xml'));
  const ops = fc.array(
    fc.record({
      kind: fc.constantFrom('name', 'drop', 'swap', 'version', 'klasse'),
      i: fc.nat(),
      text: safeText(12),
    }),
    {
      minLength: 1,
      maxLength: 5,
    },
  );
  it('patch(a, diff(a, b)) is b and diff(b, b) is empty', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const b = clone(a);
        for (const o of list) {
          const g = groups(lib(b)[0]!);
          if (o.kind === 'name' && g.length > 0) g[o.i % g.length]!.name = o.text;
          if (o.kind === 'drop' && g.length > 0) g.splice(o.i % g.length, 1);
          if (o.kind === 'swap' && g.length > 1) g.reverse();
          if (o.kind === 'version') lib(b)[0]!.version = `0${o.i % 9}.00.00`;
          if (o.kind === 'klasse')
            katalog(b).push({ ...structuredClone(katalog(b)[0]!), id: `K${o.i}`, name: o.text });
        }
        const d = diffXprozess(a, b, { graphs: false }).value!;
        expectPatchGives(a, b, d);
        expect(diffXprozess(b, b, { graphs: false }).value!.changes).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describeShared('diffXprozess on the real export', () => {
  const files = corpusFiles('xprozess');
  const a = readDoc(files[0]!);

  it('finds nothing between the export and itself', () => {
    const d = diffOf(a, readDoc(files[0]!));
    expect(d.changes).toEqual([]);
    expect(d.graphs).toEqual([]);
  });

  it('explains a modified copy: metadata, activity groups and the BPMN graph, and patches back', () => {
    const model = processModels(a).models[0]!.bpmn;
    const end = model.nodes.find(
      (n) => n.type === 'endEvent' && model.sequenceFlows.some((f) => f.targetRef === n.id),
    )!;
    const incoming = model.sequenceFlows.filter((f) => f.targetRef === end.id);
    const activity = model.nodes.find((n) => n.kind === 'activity' && n.name !== undefined)!;
    const b = clone(a);
    const p = lib(b)[0]!;
    (p.zustandsangaben as Obj).letzterBearbeiter = 'Redaktion Test';
    p.schlagwort = [...(p.schlagwort as string[]), 'Mutterschutz'];
    groups(p)[0]!.name = 'Anzeige formell prüfen (geändert)';
    rewriteBpmn(b, (xml) => {
      let x = setAttr(xml, activity.id, 'name', 'Umbenannte Aktivität');
      for (const f of incoming) x = removeElement(x, f.id);
      return removeElement(x, end.id);
    });
    const d = diffOf(a, b);
    const byProp = new Map(d.changes.filter((c) => c.elementType === 'process').map((c) => [c.property, c]));
    expect(byProp.get('zustandsangaben')?.level).toBe(0);
    expect(byProp.get('schlagwort')?.level).toBe(1);
    expect(byProp.get('prozessmodell')?.level).toBe(3);
    expect(d.changes.find((c) => c.elementType === 'activityGroup')).toMatchObject({
      property: 'name',
      level: 2,
      after: 'Anzeige formell prüfen (geändert)',
    });
    const g = d.graphs[0]!;
    expect(g.prozessId).toBe(String(p.id));
    expect(g.changes).toContainEqual({
      kind: 'removed',
      element: 'event',
      id: end.id,
      ...(end.name === undefined ? {} : { name: end.name }),
    });
    expect(g.changes).toContainEqual(
      expect.objectContaining({ kind: 'renamed', id: activity.id, before: activity.name }),
    );
    expect(g.summary).toEqual({ removed: 1 + incoming.length, renamed: 1 });
    expect(diffXprozess(a, b, { level: 3 }).value!.changes.map((c) => c.property)).toEqual(['prozessmodell']);
    expectPatchGives(a, b, d);
  });
});

describe('XProzess relevance levels as documented', () => {
  const doc = readFileSync(path.join(repoRoot, 'docs/diff-format.md'), 'utf8');
  const documented = (level: number): string[] => {
    const row = doc.split('\n').find((x) => x.startsWith(`| XProzess ${level} |`));
    if (row === undefined) throw new Error(`no XProzess row for level ${level}`);
    return [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  };

  it('level-0, level-1 and level-2 properties are exactly the documented lists', () => {
    expect(documented(0)).toEqual([...XPROZESS_HISTORY_PROPERTIES]);
    expect(documented(1)).toEqual([...XPROZESS_DESCRIPTIVE_PROPERTIES]);
    expect(documented(2)).toEqual([...XPROZESS_LABEL_PROPERTIES]);
    for (const level of [0, 1, 2] as const) {
      for (const p of documented(level)) expect(xprozessPropertyLevel('x', p), p).toBe(level);
    }
  });
});
