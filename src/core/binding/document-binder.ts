/**
 * The reader's handler of `bindDocument`: it binds start tags, text and end tags to model objects as the
 * tokenizer reports them, with frames reused by depth.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { XmlAttribute, XmlElement } from '../xml/model.js';
import { type RawTag, toElement } from '../xml/read.js';
import { keepShapes } from '../xml/scanner.js';
import { createXmlWriter, type XmlWriter } from '../xml/write.js';
import { hasAlternative, otherAlternative, type Plan, planOf, slotOf, slotPlan } from './plan.js';
import { SourceMapBuilder } from './source-map.js';
import type { ElementSpec, MessageSpec, UnknownAttribute, UnknownElement, Vocabulary } from './spec.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

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

/** An element being kept verbatim. */
interface Capture {
  readonly writer: XmlWriter;
  depth: number;
  readonly into: Obj | undefined;
  readonly index: number;
}

/**
 * The reader's handler of `bindDocument`. A class with prototype methods, not closures made per
 * document: optimised tokenizer code inlines its handler's methods, and per-document closures (with their
 * contexts) were embedded in that code and died with the document, so every full GC after a read threw
 * the code away (see decision 0005).
 *
 * @internal
 * @example
 * ```ts
 * const binder = new DocumentBinder([stammdatenschemaMessage], xdf3Vocabulary);
 * readRawXml(bytes, binder);
 * binder.root; // the bound model
 * ```
 */
export class DocumentBinder {
  readonly diagnostics: Diagnostic[] = [];
  readonly sourceMap = new SourceMapBuilder();
  root: Obj | undefined = undefined;
  message: MessageSpec | undefined = undefined;
  private readonly messages: readonly MessageSpec[];
  private readonly src: string;
  /**
   * The document's own string for the namespace: the tokenizer hands every element the same string object,
   * so comparing against it is a pointer comparison instead of a 40-character one per element.
   */
  private namespace: string;
  private readonly frames: Frame[] = [];
  private sp = 0;
  private capture: Capture | undefined = undefined;
  /**
   * The attributes of the current start tag without namespace declarations, collected once (for the
   * reader's limit check) and bound from there: the tokenizer keeps them in a dictionary-mode object.
   */
  private readonly attributes: XmlAttribute[] = [];
  private count = 0;

  constructor(messages: readonly MessageSpec[], vocabulary: Vocabulary) {
    this.messages = messages;
    this.src = vocabulary.source;
    this.namespace = vocabulary.namespace;
  }

  element(tag: RawTag): RawTag {
    let n = 0;
    const all = tag.attributes;
    const attributes = this.attributes;
    for (const key in all) {
      const a = all[key]!;
      if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attributes[n++] = a;
    }
    this.count = n;
    return tag;
  }

  attributeCount(): number {
    return this.count;
  }

  open(tag: RawTag, line: number, column: number): void {
    if (this.capture !== undefined) {
      const el = toElement(tag, line, column);
      const attrs: [string, string][] = [];
      for (const p in el.namespaces) attrs.push([p === '' ? 'xmlns' : `xmlns:${p}`, el.namespaces[p]!]);
      for (const a of el.attributes) attrs.push([a.name, a.value]);
      this.capture.writer.start(el.name, attrs);
      this.capture.depth++;
      return;
    }
    const sp = this.sp;
    if (sp === 0) {
      if (tag.uri === this.namespace) this.namespace = tag.uri;
      const message = tag.uri === this.namespace ? findMessage(this.messages, tag.local) : undefined;
      this.message = message;
      if (message === undefined) {
        this.report(
          'error',
          'unknown-message',
          `Root element {${tag.uri}}${tag.local} is not a message of ${this.src}.`,
          line,
          column,
        );
        this.startCapture(toElement(tag, line, column), undefined, 0);
        return;
      }
      this.push(tag, line, column, undefined, planOf(message.type));
      return;
    }
    const parent = this.frames[sp - 1]!;
    parent.children++;
    const index = parent.children - 1;
    const parentPlan = parent.plan;
    if (parentPlan === undefined || parentPlan.type.simpleContent) {
      this.report(
        'error',
        'unexpected-element',
        `<${tag.name}> is not allowed inside <${parent.tag.name}>; dropped.`,
        line,
        column,
      );
      this.startCapture(toElement(tag, line, column), undefined, index);
      return;
    }
    const parentType = parentPlan.type;
    const slot = slotOf(parentPlan, parent.lastIndex, tag.local);
    const spec = slot?.spec;
    if (slot === undefined || spec === undefined || tag.uri !== (spec.unqualified ? '' : this.namespace)) {
      this.report(
        'warning',
        'unknown-element',
        `<${tag.name}> is not defined in ${parentType.name}; kept verbatim.`,
        line,
        column,
      );
      this.startCapture(toElement(tag, line, column), parent.obj, index);
      return;
    }
    const obj = parent.obj!;
    if (spec.max === 1 && obj[spec.name] !== undefined) {
      this.report(
        'error',
        'duplicate-element',
        `<${tag.name}> may occur only once in ${parentType.name}; the repetition is kept verbatim.`,
        line,
        column,
      );
      this.startCapture(toElement(tag, line, column), obj, index);
      return;
    }
    if (slot.index < parent.lastIndex && !parentType.choice) {
      this.report(
        'error',
        'element-order',
        `<${tag.name}> is out of XSD order in ${parentType.name}.`,
        line,
        column,
      );
    }
    parent.lastIndex = slot.index;
    if (parentType.choice && otherAlternative(parentPlan, spec, obj)) {
      this.report(
        'error',
        'choice',
        `${parentType.name} is a choice; <${tag.name}> is a second alternative.`,
        line,
        column,
      );
    }
    if (spec.type === 'text') {
      if (this.count > 0) {
        const names = toElement(tag, line, column).attributes.map((a) => a.name);
        this.report(
          'error',
          'unexpected-attribute',
          `<${tag.name}> takes no attributes; ${names.join(', ')} dropped.`,
          line,
          column,
        );
      }
      this.push(tag, line, column, spec, undefined);
      return;
    }
    this.push(tag, line, column, spec, slotPlan(slot));
  }

  close(): void {
    const capture = this.capture;
    if (capture !== undefined) {
      capture.writer.end();
      if (--capture.depth === 0) {
        this.capture = undefined;
        if (capture.into !== undefined) {
          const list = (capture.into.$unknownElements ??= []) as UnknownElement[];
          list.push({ index: capture.index, xml: capture.writer.toString() });
        }
      }
      return;
    }
    if (this.sp === 0) return;
    const sp = --this.sp;
    const frame = this.frames[sp]!;
    const parent = sp === 0 ? undefined : this.frames[sp - 1];
    if (frame.plan === undefined) {
      assign(parent?.obj, frame.spec!, frame.text);
      if (parent !== undefined)
        this.sourceMap.addField(parent.row, frame.spec!.name, frame.line, frame.column);
      return;
    }
    const obj = this.finish(frame);
    this.sourceMap.bindRow(obj, frame.row);
    if (frame.spec !== undefined) assign(parent?.obj, frame.spec, obj);
    else this.root = obj;
  }

  text(value: string): void {
    if (this.capture !== undefined) {
      this.capture.writer.text(value);
      return;
    }
    if (this.sp === 0) return;
    const top = this.frames[this.sp - 1]!;
    const plan = top.plan;
    if (plan === undefined || plan.type.simpleContent) top.text += value;
    else if (!top.reportedText && value.trim() !== '') {
      top.reportedText = true;
      this.report(
        'error',
        'unexpected-text',
        `<${top.tag.name}> has element content; text "${value.trim().slice(0, 40)}" dropped.`,
        top.line,
        top.column,
      );
    }
  }

  private path(): string {
    let p = '';
    for (let i = 0; i < this.sp; i++) p += `/${this.frames[i]!.tag.local}`;
    return p;
  }

  private report(
    severity: Diagnostic['severity'],
    code: string,
    msg: string,
    line: number,
    column: number,
    where = this.path(),
  ): void {
    const src = this.src;
    this.diagnostics.push(diagnostic(severity, `${src}/${code}`, msg, src, { path: where, line, column }));
  }

  private startCapture(el: XmlElement, into: Obj | undefined, index: number): void {
    // Namespace declarations in scope matter only when an element is kept verbatim; computed then.
    const scope = scopeOf(this.frames, this.sp, el);
    const writer = createXmlWriter({ declaration: false });
    const attrs: [string, string][] = [];
    for (const p in scope) attrs.push([p === '' ? 'xmlns' : `xmlns:${p}`, scope[p]!]);
    for (const a of el.attributes) attrs.push([a.name, a.value]);
    writer.start(el.name, attrs);
    this.capture = { writer, depth: 1, into, index };
  }

  private push(
    tag: RawTag,
    line: number,
    column: number,
    spec: ElementSpec | undefined,
    plan: Plan | undefined,
  ): void {
    const sp = this.sp;
    let obj: Obj | undefined;
    let row = -1;
    if (plan !== undefined) {
      obj = {};
      this.bindAttributes(plan, obj, line, column);
      // The spec's name equals the tag's local name, and is one shared string instead of one per element.
      const name = spec === undefined ? tag.local : spec.name;
      row = this.sourceMap.openRow(line, column, name, sp === 0 ? -1 : this.frames[sp - 1]!.row);
    }
    const frame = this.frames[sp];
    if (frame === undefined) {
      this.frames.push({
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
      });
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
    this.sp = sp + 1;
  }

  private bindAttributes(plan: Plan, obj: Obj, line: number, column: number): void {
    const attributes = this.attributes;
    for (let i = 0; i < this.count; i++) {
      const a = attributes[i]!;
      if (a.uri === '' && plan.attributeNames.includes(a.local)) {
        obj[a.local] = a.value;
        continue;
      }
      const list = (obj.$unknownAttributes ??= []) as UnknownAttribute[];
      list.push({ name: a.name, uri: a.uri, value: a.value });
      if (a.uri !== XSI) {
        this.report(
          'warning',
          'unknown-attribute',
          `Attribute ${a.name} is not defined on ${plan.type.name}; kept verbatim.`,
          line,
          column,
        );
      }
    }
  }

  /**
   * Checks required members and completes the object in place (one allocation per element matters on
   * million-element files): absent repeated elements become empty arrays, simple content goes to
   * `value`. Key order is not significant; builders and schemas follow the spec's order.
   */
  private finish(frame: Frame): Obj {
    const plan = frame.plan!;
    const obj = frame.obj!;
    for (const name of plan.requiredAttributes) {
      if (obj[name] === undefined) {
        this.missing('missing-attribute', `<${frame.tag.name}> lacks the required attribute ${name}.`, frame);
      }
    }
    if (plan.type.simpleContent) obj.value = frame.text;
    for (const name of plan.required) {
      const v = obj[name];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) {
        this.missing('missing-element', `<${frame.tag.name}> lacks the required element ${name}.`, frame);
      }
    }
    for (const name of plan.repeated) if (obj[name] === undefined) obj[name] = [];
    if (plan.type.choice && !hasAlternative(plan, obj)) {
      this.missing(
        'missing-element',
        `<${frame.tag.name}> must contain one of ${plan.names.join(', ')}.`,
        frame,
      );
    }
    return obj;
  }

  private missing(code: string, msg: string, frame: Frame): void {
    this.report('error', code, msg, frame.line, frame.column, this.sourceMap.pathOfRow(frame.row));
  }
}

// One binder lives as long as the process (see `keepShapes` in `core/xml/scanner.ts`).
keepShapes.push(new DocumentBinder([], { namespace: '', prefix: '', source: '' }));

function findMessage(messages: readonly MessageSpec[], local: string): MessageSpec | undefined {
  for (const m of messages) if (m.root === local) return m;
  return undefined;
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
