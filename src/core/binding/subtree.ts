/**
 * Binding element subtrees that arrive as events from a reader someone else drives: the streaming
 * readers of large messages (an XZuFi transfer message) run one tokenizer over the whole input and bind
 * each entry from that token stream, instead of cutting the entry out and reading it again.
 *
 * The model, the diagnostics (codes, messages, positions) and the source map are those of
 * {@link bindDocument} for the same element; positions are the reader's, so they are positions in the whole
 * document. A class with prototype methods and frames reused by depth: it runs per token, and per-call
 * closures on that path get deoptimised after a full GC (see `core/xml/scanner.ts`).
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { XmlAttribute } from '../xml/model.js';
import type { RawTag } from '../xml/read.js';
import { createXmlWriter, type XmlWriter } from '../xml/write.js';
import { hasAlternative, otherAlternative, type Plan, planOf, slotOf, slotPlan } from './plan.js';
import { SourceMapBuilder } from './source-map.js';
import type { ElementSpec, MessageSpec, UnknownAttribute, UnknownElement, Vocabulary } from './spec.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type Obj = Record<string, unknown>;

/** An open element of the subtree (reused by depth). */
interface Frame {
  tag: RawTag;
  line: number;
  column: number;
  spec: ElementSpec | undefined;
  plan: Plan | undefined;
  obj: Obj | undefined;
  text: string;
  lastIndex: number;
  /** No child so far came before an earlier one in sequence order. */
  ordered: boolean;
  /** Element content (a complex type without simple content): text is only whitespace. */
  complex: boolean;
  /** The repeated member the last child was appended to, and its array (runs of siblings skip the lookup). */
  runName: string;
  run: unknown[] | undefined;
  children: number;
  reportedText: boolean;
  row: number;
}

/** An element being kept verbatim. */
interface Capture {
  readonly writer: XmlWriter;
  depth: number;
  readonly into: Obj | undefined;
  readonly index: number;
}

/** What {@link SubtreeBinder.end} returns for one subtree. */
export interface SubtreeResult {
  /** The bound object; undefined only if the subtree never started. */
  readonly value: Record<string, unknown> | undefined;
  /** Binding problems (the reader's own problems are the reader's). */
  readonly diagnostics: Diagnostic[];
  /** Positions of the subtree's objects; valid until the next {@link SubtreeBinder.begin}. */
  readonly sourceMap: SourceMapBuilder;
}

/**
 * Binds one element subtree at a time from reader events: `begin` with the subtree's start tag, then
 * `open`/`text`/`close` for everything inside it, then `end` after the subtree's own end tag. Internal to
 * fimkit's streaming readers (not exported from `fimkit/core/binding`).
 *
 * @internal
 * @example
 * ```ts
 * const binder = new SubtreeBinder(vocabulary);
 * binder.begin({ root: 'schreibe', type: Schreibe }, tag, line, column, { xzufi: NS }, '/transfer');
 * // ... binder.open(...), binder.text(...), binder.close() for the inner events ...
 * const { value, diagnostics } = binder.end();
 * ```
 */
export class SubtreeBinder {
  /** Namespace, prefix and diagnostic source; may change between subtrees. */
  vocabulary: Vocabulary;
  private namespace: string;
  private readonly frames: Frame[] = [];
  private sp = 0;
  private root: Obj | undefined = undefined;
  private diagnostics: Diagnostic[] = [];
  private readonly sourceMap = new SourceMapBuilder();
  private capture: Capture | undefined = undefined;
  /** Namespace declarations in scope outside the subtree (for elements kept verbatim). */
  private outerScope: Readonly<Record<string, string>> = {};
  /** Path of the subtree's parent, prefixed to every diagnostic path. */
  private pathPrefix = '';
  /** The current start tag's attributes without namespace declarations (reused). */
  private readonly attributes: XmlAttribute[] = [];
  private attributeCount = 0;
  /** The tag whose attributes are in `attributes`. */
  private collected: RawTag | undefined = undefined;
  /** The tag last counted by {@link countAttributes}, and the reader's count of its attributes. */
  private counted: RawTag | undefined = undefined;
  private written = -1;

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
    this.namespace = vocabulary.namespace;
  }

  /**
   * Starts a subtree: its start tag, bound as the root of `message`. `scope` holds the namespace
   * declarations of the elements around it; `pathPrefix` is the path of its parent (`/transfer.operation`).
   */
  begin(
    message: MessageSpec,
    tag: RawTag,
    line: number,
    column: number,
    scope: Readonly<Record<string, string>>,
    pathPrefix: string,
  ): void {
    this.sp = 0;
    this.root = undefined;
    this.capture = undefined;
    this.diagnostics = [];
    this.sourceMap.reset();
    this.outerScope = scope;
    this.pathPrefix = pathPrefix;
    this.namespace = tag.uri === this.vocabulary.namespace ? tag.uri : this.vocabulary.namespace;
    this.collect(tag);
    this.push(tag, line, column, undefined, planOf(message.type));
  }

  /**
   * The number of attributes of a start tag inside the subtree, namespace declarations not counted, for
   * the reader's limit check; collected here once for {@link open}. `written` is the reader's count of
   * attributes in the start tag (declarations included), when known: 0 skips the look. When `written`
   * is within `limit`, so is the count, and `written` is returned without enumerating the attributes
   * (they are then looked up by name in `open`).
   */
  countAttributes(tag: RawTag, written = -1, limit = -1): number {
    this.counted = tag;
    this.written = written;
    if (written >= 0 && written <= limit) return written;
    this.collect(tag);
    return this.attributeCount;
  }

  /** A start tag inside the subtree. */
  open(tag: RawTag, line: number, column: number): void {
    const capture = this.capture;
    if (capture !== undefined) {
      capture.writer.start(tag.name, ownAttributes(tag, false));
      capture.depth++;
      return;
    }
    const parent = this.frames[this.sp - 1]!;
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
      this.startCapture(tag, undefined, index);
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
      this.startCapture(tag, parent.obj, index);
      return;
    }
    const obj = parent.obj!;
    // In sequence order, a slot after the last one seen cannot have been seen yet: no lookup needed.
    const later = parent.ordered && slot.index > parent.lastIndex;
    if (spec.max === 1 && !later && obj[spec.name] !== undefined) {
      this.report(
        'error',
        'duplicate-element',
        `<${tag.name}> may occur only once in ${parentType.name}; the repetition is kept verbatim.`,
        line,
        column,
      );
      this.startCapture(tag, obj, index);
      return;
    }
    if (slot.index < parent.lastIndex) parent.ordered = false;
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
      if (this.counted !== tag || this.written !== 0) {
        if (this.collected !== tag) this.collect(tag);
      } else this.attributeCount = 0;
      if (this.attributeCount > 0) {
        const names = this.attributes.slice(0, this.attributeCount).map((a) => a.name);
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

  /** Character data inside the subtree. */
  text(value: string): void {
    const capture = this.capture;
    if (capture !== undefined) {
      capture.writer.text(value);
      return;
    }
    if (this.sp === 0) return;
    const top = this.frames[this.sp - 1]!;
    if (!top.complex) top.text += value;
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

  /** An end tag inside the subtree (not the subtree's own: that is {@link end}). */
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
    const frame = this.frames[--this.sp]!;
    const parent = this.sp === 0 ? undefined : this.frames[this.sp - 1];
    if (frame.plan === undefined) {
      if (parent !== undefined) {
        store(parent, frame.spec!, frame.text);
        this.sourceMap.addField(parent.row, frame.spec!.name, frame.line, frame.column);
      }
      return;
    }
    const obj = this.finish(frame);
    this.sourceMap.bindRow(obj, frame.row);
    if (parent !== undefined) store(parent, frame.spec!, obj);
    else this.root = obj;
  }

  /** Closes the subtree's own element and returns what was bound. */
  end(): SubtreeResult {
    while (this.capture !== undefined) this.close();
    while (this.sp > 0) this.close();
    const result = { value: this.root, diagnostics: this.diagnostics, sourceMap: this.sourceMap };
    this.root = undefined;
    this.collected = undefined;
    return result;
  }

  /**
   * Drops a subtree that never ended (the read stopped inside it) and returns the problems found in it so
   * far; no model is returned, as for a document whose root never closed.
   */
  abandon(): Diagnostic[] {
    const diagnostics = this.diagnostics;
    this.diagnostics = [];
    this.sp = 0;
    this.root = undefined;
    this.capture = undefined;
    this.collected = undefined;
    return diagnostics;
  }

  /** Collects the start tag's attributes without namespace declarations into the reused array. */
  private collect(tag: RawTag): void {
    let n = 0;
    const all = tag.attributes;
    for (const key in all) {
      const a = all[key]!;
      if (a.prefix !== 'xmlns' && a.name !== 'xmlns') this.attributes[n++] = a;
    }
    this.attributeCount = n;
    this.collected = tag;
  }

  private push(
    tag: RawTag,
    line: number,
    column: number,
    spec: ElementSpec | undefined,
    plan: Plan | undefined,
  ): void {
    let obj: Obj | undefined;
    let row = -1;
    const sp = this.sp;
    if (plan !== undefined) {
      obj = {};
      if (this.counted !== tag || this.written !== 0) this.bindAttributes(tag, plan, obj, line, column);
      const name = spec === undefined ? tag.local : spec.name;
      row = this.sourceMap.openRow(line, column, name, sp === 0 ? -1 : this.frames[sp - 1]!.row);
    }
    let frame = this.frames[sp];
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
        ordered: true,
        complex: plan !== undefined && plan.type.simpleContent !== true,
        runName: '',
        run: undefined,
        children: 0,
        reportedText: false,
        row,
      };
      this.frames.push(frame);
    } else {
      frame.tag = tag;
      frame.line = line;
      frame.column = column;
      frame.spec = spec;
      frame.plan = plan;
      frame.obj = obj;
      frame.text = '';
      frame.lastIndex = -1;
      frame.ordered = true;
      frame.complex = plan !== undefined && plan.type.simpleContent !== true;
      frame.runName = '';
      frame.run = undefined;
      frame.children = 0;
      frame.reportedText = false;
      frame.row = row;
    }
    this.sp = sp + 1;
  }

  private bindAttributes(tag: RawTag, plan: Plan, obj: Obj, line: number, column: number): void {
    if (this.counted === tag && this.written > 0) {
      // Look the known attributes up by name; enumerate only when something else was written
      // (namespace declarations, unknown attributes): the tokenizer keeps attributes in a dictionary-mode
      // object, whose enumeration cost more than the rest of the element's binding.
      const all = tag.attributes;
      const names = plan.attributeNames;
      let matched = 0;
      for (let i = 0; i < names.length; i++) {
        const a = all[names[i]!];
        if (a !== undefined) {
          obj[a.local] = a.value;
          matched++;
        }
      }
      if (matched === this.written) return;
    }
    if (this.collected !== tag) this.collect(tag);
    for (let i = 0; i < this.attributeCount; i++) {
      const a = this.attributes[i]!;
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

  /** Checks required members, fills empty arrays, and completes the object in place (as `bindDocument`). */
  private finish(frame: Frame): Obj {
    const plan = frame.plan!;
    const obj = frame.obj!;
    for (const name of plan.requiredAttributes) {
      if (obj[name] === undefined) {
        this.reportAt(
          'missing-attribute',
          `<${frame.tag.name}> lacks the required attribute ${name}.`,
          frame,
        );
      }
    }
    if (plan.type.simpleContent) obj.value = frame.text;
    for (const name of plan.required) {
      const v = obj[name];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) {
        this.reportAt('missing-element', `<${frame.tag.name}> lacks the required element ${name}.`, frame);
      }
    }
    const repeated = plan.repeated;
    for (let i = 0; i < repeated.length; i++) {
      const name = repeated[i]!;
      if (obj[name] === undefined) obj[name] = [];
    }
    if (plan.type.choice && !hasAlternative(plan, obj)) {
      this.reportAt(
        'missing-element',
        `<${frame.tag.name}> must contain one of ${plan.names.join(', ')}.`,
        frame,
      );
    }
    return obj;
  }

  private startCapture(tag: RawTag, into: Obj | undefined, index: number): void {
    // Namespace declarations in scope matter only when an element is kept verbatim; computed then.
    const scope: Record<string, string> = { ...this.outerScope };
    for (let i = 0; i < this.sp; i++) declarationsInto(scope, this.frames[i]!.tag);
    declarationsInto(scope, tag);
    const attrs: [string, string][] = [];
    for (const p in scope) attrs.push([p === '' ? 'xmlns' : `xmlns:${p}`, scope[p]!]);
    for (const a of ownAttributes(tag, true)) attrs.push(a);
    const writer = createXmlWriter({ declaration: false });
    writer.start(tag.name, attrs);
    this.capture = { writer, depth: 1, into, index };
  }

  private path(): string {
    let p = this.pathPrefix;
    for (let i = 0; i < this.sp; i++) p += `/${this.frames[i]!.tag.local}`;
    return p;
  }

  private report(
    severity: Diagnostic['severity'],
    code: string,
    message: string,
    line: number,
    column: number,
  ): void {
    const src = this.vocabulary.source;
    this.diagnostics.push(
      diagnostic(severity, `${src}/${code}`, message, src, { path: this.path(), line, column }),
    );
  }

  private reportAt(code: string, message: string, frame: Frame): void {
    const src = this.vocabulary.source;
    const path = `${this.pathPrefix}${this.sourceMap.pathOfRow(frame.row)}`;
    this.diagnostics.push(
      diagnostic('error', `${src}/${code}`, message, src, { path, line: frame.line, column: frame.column }),
    );
  }
}

/** Stores a bound child in its parent's object (as `assign`), remembering the array of a run of siblings. */
function store(parent: Frame, spec: ElementSpec, value: unknown): void {
  const obj = parent.obj;
  if (obj === undefined) return;
  const name = spec.name;
  if (spec.max === 1) {
    obj[name] = value;
    return;
  }
  if (parent.runName === name) {
    parent.run!.push(value);
    return;
  }
  let list = obj[name] as unknown[] | undefined;
  if (list === undefined) {
    list = [value];
    obj[name] = list;
  } else list.push(value);
  parent.runName = name;
  parent.run = list;
}

/** Adds the namespace declarations of `tag` to `scope`. */
function declarationsInto(scope: Record<string, string>, tag: RawTag): void {
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    if (a.name === 'xmlns') scope[''] = a.value;
    else if (a.prefix === 'xmlns') scope[a.local] = a.value;
  }
}

/** The attributes of `tag` as written, namespace declarations first unless `skipDeclarations`. */
function ownAttributes(tag: RawTag, skipDeclarations: boolean): [string, string][] {
  const decls: [string, string][] = [];
  const attrs: [string, string][] = [];
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    const declaration = a.name === 'xmlns' || a.prefix === 'xmlns';
    if (declaration) {
      if (!skipDeclarations) decls.push([a.name, a.value]);
    } else attrs.push([a.name, a.value]);
  }
  return decls.length === 0 ? attrs : [...decls, ...attrs];
}
