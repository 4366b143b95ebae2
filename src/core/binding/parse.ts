/**
 * Binding XML to plain model objects, driven by {@link TypeSpec}s, in one streaming pass. Every problem
 * is reported (not just the first), and nothing the spec does not know is dropped: unknown elements and
 * attributes are kept verbatim on the object they appear in.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../diagnostics.js';
import type { XmlAttribute, XmlElement } from '../xml/model.js';
import { type RawTag, readRawXml, toElement, type XmlReadOptions } from '../xml/read.js';
import { createXmlWriter, type XmlWriter } from '../xml/write.js';
import { type Plan, planOf, slotOf, slotPlan } from './plan.js';
import { SourceMapBuilder } from './source-map.js';
import type { ElementSpec, MessageSpec, UnknownAttribute, UnknownElement, Vocabulary } from './spec.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The result of binding a document: the model, all diagnostics, positions, and the root's name. */
export interface BindResult<T> extends Result<T> {
  /** Positions of the model's objects. */
  readonly sourceMap: SourceMapBuilder;
  /** The message that matched the root element, when one did. */
  readonly message?: MessageSpec;
  /** The encoding the input was decoded with. */
  readonly encoding: string;
}

type Obj = Record<string, unknown>;

/**
 * An open element. Frames are reused by depth (one per nesting level, not one per element): on
 * million-element files the allocations, not the work, dominated the parse.
 */
interface Frame {
  tag: RawTag;
  line: number;
  column: number;
  /** Spec of this element in its parent; undefined for the root. */
  spec: ElementSpec | undefined;
  /** Plan of this element's type; undefined for simple-typed elements. */
  plan: Plan | undefined;
  obj: Obj | undefined;
  text: string;
  /** Index in the parent's sequence of the last element seen, for order checks. */
  lastIndex: number;
  /** Number of element children seen. */
  children: number;
  reportedText: boolean;
  /** Source map row of this element; -1 for simple-typed elements (their position goes to the parent's). */
  row: number;
}

/**
 * Reads a document and binds its root to one of the given messages.
 *
 * @example
 * ```ts
 * const r = bindDocument(bytes, [stammdatenschemaMessage], { namespace: NS, prefix: 'xdf3', source: 'xdf3' });
 * ```
 */
export function bindDocument<T>(
  input: Uint8Array | string,
  messages: readonly MessageSpec[],
  vocabulary: Vocabulary,
  options: XmlReadOptions = {},
): BindResult<T> {
  const diagnostics: Diagnostic[] = [];
  const sourceMap = new SourceMapBuilder();
  const src = vocabulary.source;
  // The document's own string for the namespace: the tokenizer hands every element the same string object,
  // so comparing against it is a pointer comparison instead of a 40-character one per element.
  let namespace = vocabulary.namespace;
  const frames: Frame[] = [];
  let sp = 0;
  let root: Obj | undefined;
  let message: MessageSpec | undefined;
  let capture: { writer: XmlWriter; depth: number; into: Obj | undefined; index: number } | undefined;

  const path = () => {
    let p = '';
    for (let i = 0; i < sp; i++) p += `/${frames[i]!.tag.local}`;
    return p;
  };
  const report = (
    severity: Diagnostic['severity'],
    code: string,
    msg: string,
    line: number,
    column: number,
    where = path(),
  ) => diagnostics.push(diagnostic(severity, `${src}/${code}`, msg, src, { path: where, line, column }));

  const startCapture = (el: XmlElement, into: Obj | undefined, index: number) => {
    // Namespace declarations in scope matter only when an element is kept verbatim; computed then.
    const scope = scopeOf(frames, sp, el);
    const writer = createXmlWriter({ declaration: false });
    const attrs: [string, string][] = [];
    for (const p in scope) attrs.push([p === '' ? 'xmlns' : `xmlns:${p}`, scope[p]!]);
    for (const a of el.attributes) attrs.push([a.name, a.value]);
    writer.start(el.name, attrs);
    capture = { writer, depth: 1, into, index };
  };

  const push = (
    tag: RawTag,
    line: number,
    column: number,
    spec: ElementSpec | undefined,
    plan: Plan | undefined,
  ): void => {
    let obj: Obj | undefined;
    let row = -1;
    if (plan !== undefined) {
      obj = {};
      bindAttributes(plan, obj, line, column);
      // The spec's name equals the tag's local name, and is one shared string instead of one per element.
      const name = spec === undefined ? tag.local : spec.name;
      row = sourceMap.openRow(line, column, name, sp === 0 ? -1 : frames[sp - 1]!.row);
    }
    let frame = frames[sp];
    if (frame === undefined) {
      frame = {
        tag,
        line,
        column,
        spec,
        plan,
        obj,
        text: '',
        lastIndex: -1,
        children: 0,
        reportedText: false,
        row,
      };
      frames.push(frame);
    } else {
      frame.tag = tag;
      frame.line = line;
      frame.column = column;
      frame.spec = spec;
      frame.plan = plan;
      frame.obj = obj;
      frame.text = '';
      frame.lastIndex = -1;
      frame.children = 0;
      frame.reportedText = false;
      frame.row = row;
    }
    sp++;
  };

  // The attributes of the current start tag without namespace declarations, collected once (for the
  // reader's limit check) and bound from there: the tokenizer keeps them in a dictionary-mode object.
  const attributes: XmlAttribute[] = [];
  let attributeCount = 0;
  const collectAttributes = (tag: RawTag): RawTag => {
    let n = 0;
    const all = tag.attributes;
    for (const key in all) {
      const a = all[key]!;
      if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attributes[n++] = a;
    }
    attributeCount = n;
    return tag;
  };

  const bindAttributes = (plan: Plan, obj: Obj, line: number, column: number): void => {
    for (let i = 0; i < attributeCount; i++) {
      const a = attributes[i]!;
      if (a.uri === '' && plan.attributeNames.includes(a.local)) {
        obj[a.local] = a.value;
        continue;
      }
      const list = (obj.$unknownAttributes ??= []) as UnknownAttribute[];
      list.push({ name: a.name, uri: a.uri, value: a.value });
      if (a.uri !== XSI) {
        report(
          'warning',
          'unknown-attribute',
          `Attribute ${a.name} is not defined on ${plan.type.name}; kept verbatim.`,
          line,
          column,
        );
      }
    }
  };

  const open = (tag: RawTag, line: number, column: number): void => {
    if (capture !== undefined) {
      const el = toElement(tag, line, column);
      const attrs: [string, string][] = [];
      for (const p in el.namespaces) attrs.push([p === '' ? 'xmlns' : `xmlns:${p}`, el.namespaces[p]!]);
      for (const a of el.attributes) attrs.push([a.name, a.value]);
      capture.writer.start(el.name, attrs);
      capture.depth++;
      return;
    }
    if (sp === 0) {
      if (tag.uri === namespace) namespace = tag.uri;
      message = tag.uri === namespace ? messages.find((m) => m.root === tag.local) : undefined;
      if (message === undefined) {
        report(
          'error',
          'unknown-message',
          `Root element {${tag.uri}}${tag.local} is not a message of ${src}.`,
          line,
          column,
        );
        startCapture(toElement(tag, line, column), undefined, 0);
        return;
      }
      push(tag, line, column, undefined, planOf(message.type));
      return;
    }
    const parent = frames[sp - 1]!;
    parent.children++;
    const index = parent.children - 1;
    const parentPlan = parent.plan;
    if (parentPlan === undefined || parentPlan.type.simpleContent) {
      report(
        'error',
        'unexpected-element',
        `<${tag.name}> is not allowed inside <${parent.tag.name}>; dropped.`,
        line,
        column,
      );
      startCapture(toElement(tag, line, column), undefined, index);
      return;
    }
    const parentType = parentPlan.type;
    const slot = slotOf(parentPlan, parent.lastIndex, tag.local);
    const spec = slot?.spec;
    if (slot === undefined || spec === undefined || tag.uri !== (spec.unqualified ? '' : namespace)) {
      report(
        'warning',
        'unknown-element',
        `<${tag.name}> is not defined in ${parentType.name}; kept verbatim.`,
        line,
        column,
      );
      startCapture(toElement(tag, line, column), parent.obj, index);
      return;
    }
    const obj = parent.obj!;
    if (spec.max === 1 && obj[spec.name] !== undefined) {
      report(
        'error',
        'duplicate-element',
        `<${tag.name}> may occur only once in ${parentType.name}; the repetition is kept verbatim.`,
        line,
        column,
      );
      startCapture(toElement(tag, line, column), obj, index);
      return;
    }
    if (slot.index < parent.lastIndex && !parentType.choice) {
      report(
        'error',
        'element-order',
        `<${tag.name}> is out of XSD order in ${parentType.name}.`,
        line,
        column,
      );
    }
    parent.lastIndex = slot.index;
    if (parentType.choice && parentType.elements().some((e) => e !== spec && obj[e.name] !== undefined)) {
      report(
        'error',
        'choice',
        `${parentType.name} is a choice; <${tag.name}> is a second alternative.`,
        line,
        column,
      );
    }
    if (spec.type === 'text') {
      if (attributeCount > 0) {
        const names = toElement(tag, line, column).attributes.map((a) => a.name);
        report(
          'error',
          'unexpected-attribute',
          `<${tag.name}> takes no attributes; ${names.join(', ')} dropped.`,
          line,
          column,
        );
      }
      push(tag, line, column, spec, undefined);
      return;
    }
    push(tag, line, column, spec, slotPlan(slot));
  };

  const close = (): void => {
    if (capture !== undefined) {
      capture.writer.end();
      if (--capture.depth === 0) {
        const { into, index, writer } = capture;
        capture = undefined;
        if (into !== undefined) {
          const list = (into.$unknownElements ??= []) as UnknownElement[];
          list.push({ index, xml: writer.toString() });
        }
      }
      return;
    }
    if (sp === 0) return;
    const frame = frames[--sp]!;
    const parent = sp === 0 ? undefined : frames[sp - 1];
    if (frame.plan === undefined) {
      assign(parent?.obj, frame.spec!, frame.text);
      if (parent !== undefined) sourceMap.addField(parent.row, frame.spec!.name, frame.line, frame.column);
      return;
    }
    const obj = finish(frame);
    sourceMap.bindRow(obj, frame.row);
    if (frame.spec !== undefined) assign(parent?.obj, frame.spec, obj);
    else root = obj;
  };

  /** Checks required members, fills empty arrays, and completes the object in place. */
  const finish = (frame: Frame): Obj => {
    // Completes the object in place (one allocation per element matters on million-element files):
    // absent repeated elements become empty arrays, simple content goes to `value`. Key order is not
    // significant; builders and schemas follow the spec's order.
    const plan = frame.plan!;
    const obj = frame.obj!;
    const error = (msg: string) =>
      report('error', 'missing-element', msg, frame.line, frame.column, sourceMap.pathOfRow(frame.row));
    for (const name of plan.requiredAttributes) {
      if (obj[name] === undefined) {
        report(
          'error',
          'missing-attribute',
          `<${frame.tag.name}> lacks the required attribute ${name}.`,
          frame.line,
          frame.column,
          sourceMap.pathOfRow(frame.row),
        );
      }
    }
    if (plan.type.simpleContent) obj.value = frame.text;
    for (const name of plan.required) {
      const v = obj[name];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) {
        error(`<${frame.tag.name}> lacks the required element ${name}.`);
      }
    }
    for (const name of plan.repeated) if (obj[name] === undefined) obj[name] = [];
    if (
      plan.type.choice &&
      !plan.names.some(
        (n) => obj[n] !== undefined && !(Array.isArray(obj[n]) && (obj[n] as unknown[]).length === 0),
      )
    ) {
      error(`<${frame.tag.name}> must contain one of ${plan.names.join(', ')}.`);
    }
    return obj;
  };

  const summary = readRawXml<RawTag>(
    input,
    {
      element: collectAttributes,
      attributeCount: () => attributeCount,
      open,
      close,
      text(value) {
        if (capture !== undefined) {
          capture.writer.text(value);
          return;
        }
        if (sp === 0) return;
        const top = frames[sp - 1]!;
        const plan = top.plan;
        if (plan === undefined || plan.type.simpleContent) top.text += value;
        else if (!top.reportedText && value.trim() !== '') {
          top.reportedText = true;
          report(
            'error',
            'unexpected-text',
            `<${top.tag.name}> has element content; text "${value.trim().slice(0, 40)}" dropped.`,
            top.line,
            top.column,
          );
        }
      },
    },
    options,
  );

  diagnostics.unshift(...summary.diagnostics);
  const result: { -readonly [K in keyof BindResult<T>]: BindResult<T>[K] } = {
    value: root as T | undefined,
    diagnostics,
    sourceMap,
    encoding: summary.encoding,
  };
  if (message !== undefined) result.message = message;
  return result;
}

/** The namespace declarations in scope at `el`: those of the open elements, then its own. */
function scopeOf(frames: readonly Frame[], sp: number, el: XmlElement): Record<string, string> {
  const scope: Record<string, string> = {};
  for (let i = 0; i < sp; i++) {
    const f = frames[i]!;
    Object.assign(scope, toElement(f.tag, f.line, f.column).namespaces);
  }
  return Object.assign(scope, el.namespaces);
}

function assign(parent: Obj | undefined, spec: ElementSpec, value: unknown): void {
  if (parent === undefined) return;
  if (spec.max === 1) parent[spec.name] = value;
  else ((parent[spec.name] ??= []) as unknown[]).push(value);
}
