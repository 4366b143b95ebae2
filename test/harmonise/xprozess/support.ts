/** Fixtures of the XProzess harmonisation tests and helpers to derive variants from XML text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse, type XprozessDocument } from '../../../src/xprozess/v2/index.js';
import { repoRoot } from '../../support/shared.js';

/** `fixtures/xprozess/v2/harmonisation`. */
export const harmonisationDir = path.join(repoRoot, 'fixtures/xprozess/v2/harmonisation');

/** The text of a fixture. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(harmonisationDir, name), 'utf8');
}

/** Parses XProzess XML text; throws when it does not parse. */
export function doc(xml: string): XprozessDocument {
  const r = parse(xml);
  if (r.value === undefined) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value;
}

const MODEL = /(<xprozess:prozessmodelldatei>[\s\S]*?<xprozess:inhalt>)([^<]*)(<\/xprozess:inhalt>)/;

/** The BPMN text inside the first `prozessmodelldatei` (base64 ZIP with one entry). */
export function bpmnOf(xml: string): string {
  const m = MODEL.exec(xml);
  if (m === null) throw new Error('no prozessmodelldatei');
  const files = unzipSync(new Uint8Array(Buffer.from(m[2]!, 'base64')));
  const first = Object.values(files)[0];
  if (first === undefined) throw new Error('empty archive');
  return strFromU8(first);
}

/** Replaces the BPMN text inside the first `prozessmodelldatei` (re-zipped as `BPMN DI-Export.xml`). */
export function withBpmn(xml: string, bpmn: string): string {
  const zipped = zipSync({ 'BPMN DI-Export.xml': strToU8(bpmn) });
  const b64 = Buffer.from(zipped).toString('base64');
  return xml.replace(MODEL, (_, a: string, _b: string, c: string) => `${a}${b64}${c}`);
}

/** Removes the `<xprozess:aktivitaetengruppe>` whose `subProzessID` is `sub`. */
export function withoutGroup(xml: string, sub: string): string {
  const re = /[ \t]*<xprozess:aktivitaetengruppe>[\s\S]*?<\/xprozess:aktivitaetengruppe>\n?/g;
  return xml.replace(re, (g) =>
    g.includes(`<xprozess:subProzessID>${sub}</xprozess:subProzessID>`) ? '' : g,
  );
}

/** Removes the BPMN flow node with id `id` (self-closing or paired, any prefix, attributes in any order). */
export function withoutNode(bpmn: string, id: string): string {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `[ \\t]*<((?:\\w+:)?\\w+)\\b[^>]*\\bid="${escaped}"[^>]*?(?:/>|>[\\s\\S]*?</\\1>)\\n?`,
  );
  if (!re.test(bpmn)) throw new Error(`no node ${id}`);
  return bpmn.replace(re, '');
}
