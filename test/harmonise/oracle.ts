/**
 * Independent oracle for the harmonisation tests: works on the generic XML tree (core/xml parseXml),
 * not on the typed model or the harmonisation code.
 */
import { readFileSync } from 'node:fs';
import type { XmlElement } from '../../src/core/xml/index.js';
import { elementsOf, parseXml, textOf } from '../../src/core/xml/index.js';

const HISTORY = new Set([
  'identifikation',
  'name',
  'freigabestatus',
  'statusGesetztAm',
  'statusGesetztDurch',
  'versionshinweis',
  'veroeffentlichungsdatum',
  'letzteAenderung',
  'relation',
  'gueltigAb',
  'gueltigBis',
]);

const child = (e: XmlElement, local: string) => elementsOf(e).find((c) => c.local === local);

export function keyOfElement(e: XmlElement): string {
  const ident = child(e, 'identifikation');
  const id = ident === undefined ? '' : textOf(child(ident, 'id') ?? ident).trim();
  const v = ident === undefined ? undefined : child(ident, 'version');
  return v === undefined ? id : `${id}@${textOf(v).trim()}`;
}

function flat(e: XmlElement): string {
  const attrs = e.attributes
    .map((a) => `${a.local}=${a.value}`)
    .sort()
    .join(',');
  const kids = elementsOf(e);
  if (kids.length === 0) return `${e.local}[${attrs}]:${textOf(e).trim()}`;
  return `${e.local}[${attrs}](${kids.map(flat).join(';')})`;
}

/** Own content of a field/group/schema without history, with struktur children replaced by key+anzahl+bezug. */
function ownContent(e: XmlElement): string {
  const parts: string[] = [];
  for (const c of elementsOf(e)) {
    if (HISTORY.has(c.local)) continue;
    if (c.local === 'struktur') {
      const enth = child(c, 'enthaelt');
      const el = enth === undefined ? undefined : elementsOf(enth)[0];
      const bez = elementsOf(c)
        .filter((x) => x.local === 'bezug')
        .map(flat)
        .join(';');
      parts.push(
        `struktur(${el === undefined ? '' : keyOfElement(el)},${textOf(child(c, 'anzahl') ?? c).trim()},${bez})`,
      );
      continue;
    }
    parts.push(flat(c));
  }
  return parts.join('|');
}

export interface OracleElement {
  readonly key: string;
  readonly kind: string;
  readonly content: string;
  readonly schemaelementart: string | undefined;
}

/** Distinct fields and groups (first occurrence) plus the root. */
export function oracleElements(file: string): { root: OracleElement; elements: Map<string, OracleElement> } {
  const doc = parseXml(readFileSync(file)).value;
  if (doc === undefined) throw new Error(`unreadable ${file}`);
  const rootMsg = doc.root;
  const schema = elementsOf(rootMsg).find((c) => c.local === 'stammdatenschema');
  if (schema === undefined) throw new Error('no schema');
  const elements = new Map<string, OracleElement>();
  const visit = (e: XmlElement) => {
    for (const c of elementsOf(e)) {
      if (c.local === 'datenfeld' || c.local === 'datenfeldgruppe') {
        const key = keyOfElement(c);
        if (!elements.has(key)) {
          const art = child(c, 'schemaelementart');
          elements.set(key, {
            key,
            kind: c.local,
            content: ownContent(c),
            schemaelementart: art === undefined ? undefined : textOf(child(art, 'code') ?? art).trim(),
          });
        }
      }
      if (c.local !== 'regel') visit(c);
    }
  };
  visit(schema);
  return {
    root: {
      key: keyOfElement(schema),
      kind: 'stammdatenschema',
      content: ownContent(schema),
      schemaelementart: undefined,
    },
    elements,
  };
}

/** Every `struktur` reference: parent key (schema or group) -> child key, as in the XML. */
export function oracleReferences(file: string): { root: string; refs: { parent: string; child: string }[] } {
  const doc = parseXml(readFileSync(file)).value;
  if (doc === undefined) throw new Error(`unreadable ${file}`);
  const schema = elementsOf(doc.root).find((c) => c.local === 'stammdatenschema');
  if (schema === undefined) throw new Error('no schema');
  const refs: { parent: string; child: string }[] = [];
  const visit = (owner: XmlElement) => {
    const parent = keyOfElement(owner);
    for (const s of elementsOf(owner).filter((c) => c.local === 'struktur')) {
      const enth = child(s, 'enthaelt');
      const el = enth === undefined ? undefined : elementsOf(enth)[0];
      if (el === undefined) continue;
      refs.push({ parent, child: keyOfElement(el) });
      if (el.local === 'datenfeldgruppe') visit(el);
    }
  };
  visit(schema);
  return { root: keyOfElement(schema), refs };
}
