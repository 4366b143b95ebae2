/**
 * Writing bound model objects back to XML, in XSD order, driven by the same {@link TypeSpec}s that
 * parsed them. Unknown elements and attributes kept by the parser are written back where they were.
 *
 * @module
 */
import { parseXml } from '../xml/tree.js';
import {
  createXmlWriter,
  type XmlAttributeList,
  type XmlWriter,
  type XmlWriterOptions,
} from '../xml/write.js';
import type {
  ElementSpec,
  MessageSpec,
  TypeSpec,
  UnknownAttribute,
  UnknownElement,
  Vocabulary,
} from './spec.js';

type Obj = Readonly<Record<string, unknown>>;

/** Options for {@link buildDocument}. */
export interface BuildOptions extends XmlWriterOptions {}

/**
 * Builds the XML of a message from its model.
 *
 * @example
 * ```ts
 * const xml = buildDocument(model, stammdatenschemaMessage, { namespace: NS, prefix: 'xdf3', source: 'xdf3' });
 * ```
 */
export function buildDocument(
  value: unknown,
  message: MessageSpec,
  vocabulary: Vocabulary,
  options: BuildOptions = {},
): string {
  const w = createXmlWriter(options);
  const qualify = (local: string) => `${vocabulary.prefix}:${local}`;
  const rootDecls: [string, string][] = [[`xmlns:${vocabulary.prefix}`, vocabulary.namespace]];
  writeElement(w, qualify(message.root), message.type, value as Obj, qualify, rootDecls);
  return w.toString();
}

function attributesOf(type: TypeSpec, obj: Obj, extra: [string, string][]): XmlAttributeList {
  const attrs: [string, string][] = extra;
  for (const a of type.attributes) {
    const v = obj[a.name];
    if (typeof v === 'string') attrs.push([a.name, v]);
  }
  const unknown = obj.$unknownAttributes as readonly UnknownAttribute[] | undefined;
  if (unknown !== undefined) {
    for (const u of unknown) {
      const colon = u.name.indexOf(':');
      if (colon > 0 && u.uri !== '') {
        const decl = `xmlns:${u.name.slice(0, colon)}`;
        if (!attrs.some(([n]) => n === decl)) attrs.push([decl, u.uri]);
      }
      attrs.push([u.name, u.value]);
    }
  }
  return attrs;
}

function writeElement(
  w: XmlWriter,
  name: string,
  type: TypeSpec,
  obj: Obj,
  qualify: (local: string) => string,
  decls: [string, string][] = [],
): void {
  w.start(name, attributesOf(type, obj, decls));
  if (type.simpleContent) {
    w.text(typeof obj.value === 'string' ? obj.value : '');
    w.end();
    return;
  }
  const unknown = (obj.$unknownElements as readonly UnknownElement[] | undefined) ?? [];
  let next = 0;
  let written = 0;
  const flushUnknown = () => {
    while (next < unknown.length && unknown[next]!.index <= written) {
      const doc = parseXml(unknown[next]!.xml).value;
      if (doc !== undefined) w.node(doc.root);
      next++;
      written++;
    }
  };
  for (const spec of type.elements()) {
    const v = obj[spec.name];
    if (v === undefined) continue;
    const items = spec.max === 1 ? [v] : (v as readonly unknown[]);
    for (const item of items) {
      flushUnknown();
      writeChild(w, spec, item, qualify);
      written++;
    }
  }
  while (next < unknown.length) {
    const doc = parseXml(unknown[next]!.xml).value;
    if (doc !== undefined) w.node(doc.root);
    next++;
  }
  w.end();
}

function writeChild(
  w: XmlWriter,
  spec: ElementSpec,
  item: unknown,
  qualify: (local: string) => string,
): void {
  const name = spec.unqualified ? spec.name : qualify(spec.name);
  if (spec.type === 'text') {
    w.start(name);
    w.text(typeof item === 'string' ? item : String(item));
    w.end();
    return;
  }
  writeElement(w, name, spec.type, item as Obj, qualify);
}
