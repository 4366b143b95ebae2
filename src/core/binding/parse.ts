/**
 * Binding XML to plain model objects, driven by {@link TypeSpec}s, in one streaming pass. Every problem
 * is reported (not just the first), and nothing the spec does not know is dropped: unknown elements and
 * attributes are kept verbatim on the object they appear in.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../diagnostics.js';
import type { XmlElement } from '../xml/model.js';
import { readXml, type XmlReadOptions } from '../xml/read.js';
import { createXmlWriter, type XmlWriter } from '../xml/write.js';
import { entryPath, type SourceEntry, SourceMapBuilder } from './source-map.js';
import type {
  ElementSpec,
  MessageSpec,
  TypeSpec,
  UnknownAttribute,
  UnknownElement,
  Vocabulary,
} from './spec.js';

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

interface Frame {
  readonly element: XmlElement;
  /** Spec of this element in its parent; undefined for the root. */
  readonly spec: ElementSpec | undefined;
  /** Type of this element; undefined for simple-typed elements. */
  readonly type: TypeSpec | undefined;
  readonly obj: Obj | undefined;
  text: string;
  /** Index in the parent's sequence of the last element seen, for order checks. */
  lastIndex: number;
  /** Number of element children seen. */
  children: number;
  reportedText: boolean;
  /** Source map entry of this element; simple-typed elements have none (their position goes to the parent's). */
  readonly entry: SourceEntry | undefined;
}

const byName = new WeakMap<TypeSpec, Map<string, [ElementSpec, number]>>();
function lookup(type: TypeSpec, local: string): [ElementSpec, number] | undefined {
  let m = byName.get(type);
  if (m === undefined) {
    m = new Map();
    for (const [i, e] of type.elements().entries()) m.set(e.name, [e, i]);
    byName.set(type, m);
  }
  return m.get(local);
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
  const stack: Frame[] = [];
  let root: Obj | undefined;
  let message: MessageSpec | undefined;
  let capture: { writer: XmlWriter; depth: number; into: Obj | undefined; index: number } | undefined;

  const path = () => {
    let p = '';
    for (const f of stack) p += `/${f.element.local}`;
    return p;
  };
  const report = (
    severity: Diagnostic['severity'],
    code: string,
    msg: string,
    at: { line: number; column: number },
    where = path(),
  ) =>
    diagnostics.push(
      diagnostic(severity, `${src}/${code}`, msg, src, { path: where, line: at.line, column: at.column }),
    );

  const startCapture = (
    el: XmlElement,
    into: Obj | undefined,
    index: number,
    scope: Record<string, string>,
  ) => {
    const writer = createXmlWriter({ declaration: false });
    const attrs: [string, string][] = [];
    for (const p in scope) attrs.push([p === '' ? 'xmlns' : `xmlns:${p}`, scope[p]!]);
    for (const a of el.attributes) attrs.push([a.name, a.value]);
    writer.start(el.name, attrs);
    capture = { writer, depth: 1, into, index };
  };

  const summary = readXml(
    input,
    {
      openElement(el) {
        if (capture !== undefined) {
          const attrs: [string, string][] = [];
          for (const p in el.namespaces) attrs.push([p === '' ? 'xmlns' : `xmlns:${p}`, el.namespaces[p]!]);
          for (const a of el.attributes) attrs.push([a.name, a.value]);
          capture.writer.start(el.name, attrs);
          capture.depth++;
          return;
        }
        const parent = stack[stack.length - 1];
        // Namespace declarations in scope matter only when an element is kept verbatim; computed then.
        const scope = () => scopeOf(stack, el);
        if (parent === undefined) {
          message = el.uri === vocabulary.namespace ? messages.find((m) => m.root === el.local) : undefined;
          if (message === undefined) {
            report(
              'error',
              'unknown-message',
              `Root element {${el.uri}}${el.local} is not a message of ${src}.`,
              el,
            );
            startCapture(el, undefined, 0, scope());
            return;
          }
          stack.push(open(el, undefined, message.type, {}));
          return;
        }
        parent.children++;
        const index = parent.children - 1;
        if (parent.type === undefined || parent.type.simpleContent) {
          report(
            'error',
            'unexpected-element',
            `<${el.name}> is not allowed inside <${parent.element.name}>; dropped.`,
            el,
          );
          startCapture(el, undefined, index, scope());
          return;
        }
        const found = lookup(parent.type, el.local);
        const spec = found?.[0];
        const expectedUri = spec?.unqualified ? '' : vocabulary.namespace;
        if (found === undefined || spec === undefined || el.uri !== expectedUri) {
          report(
            'warning',
            'unknown-element',
            `<${el.name}> is not defined in ${parent.type.name}; kept verbatim.`,
            el,
          );
          startCapture(el, parent.obj, index, scope());
          return;
        }
        if (spec.max === 1 && parent.obj![spec.name] !== undefined) {
          report(
            'error',
            'duplicate-element',
            `<${el.name}> may occur only once in ${parent.type.name}; the repetition is kept verbatim.`,
            el,
          );
          startCapture(el, parent.obj, index, scope());
          return;
        }
        if (found[1] < parent.lastIndex && !parent.type.choice) {
          report('error', 'element-order', `<${el.name}> is out of XSD order in ${parent.type.name}.`, el);
        }
        parent.lastIndex = found[1];
        const obj = parent.obj!;
        if (
          parent.type.choice &&
          parent.type.elements().some((e) => e !== spec && obj[e.name] !== undefined)
        ) {
          report(
            'error',
            'choice',
            `${parent.type.name} is a choice; <${el.name}> is a second alternative.`,
            el,
          );
        }
        if (spec.type === 'text') {
          if (el.attributes.length > 0) {
            report(
              'error',
              'unexpected-attribute',
              `<${el.name}> takes no attributes; ${el.attributes.map((a) => a.name).join(', ')} dropped.`,
              el,
            );
          }
          stack.push(open(el, spec, undefined, undefined));
          return;
        }
        stack.push(open(el, spec, spec.type, {}));
      },
      text(value) {
        if (capture !== undefined) {
          capture.writer.text(value);
          return;
        }
        const top = stack[stack.length - 1];
        if (top === undefined) return;
        if (top.type === undefined || top.type.simpleContent) top.text += value;
        else if (!top.reportedText && value.trim() !== '') {
          top.reportedText = true;
          report(
            'error',
            'unexpected-text',
            `<${top.element.name}> has element content; text "${value.trim().slice(0, 40)}" dropped.`,
            top.element,
          );
        }
      },
      closeElement() {
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
        const frame = stack.pop();
        if (frame === undefined) return;
        const parent = stack[stack.length - 1];
        if (frame.type === undefined) {
          assign(parent?.obj, frame.spec!, frame.text);
          if (parent !== undefined) {
            (parent.entry!.fields ??= []).push(frame.spec!.name, frame.element.line, frame.element.column);
          }
          return;
        }
        const obj = finish(frame, (code, msg) =>
          report('error', code, msg, frame.element, entryPath(frame.entry!)),
        );
        sourceMap.add(obj, frame.entry!);
        if (frame.spec !== undefined) assign(parent?.obj, frame.spec, obj);
        else root = obj;
      },
    },
    options,
  );

  function open(
    element: XmlElement,
    spec: ElementSpec | undefined,
    type: TypeSpec | undefined,
    obj: Obj | undefined,
  ): Frame {
    if (type !== undefined && obj !== undefined) {
      bindAttributes(element, type, obj, (code, msg) => report('warning', code, msg, element));
    }
    return {
      element,
      spec,
      type,
      obj,
      text: '',
      lastIndex: -1,
      children: 0,
      reportedText: false,
      entry:
        type === undefined
          ? undefined
          : {
              line: element.line,
              column: element.column,
              name: element.local,
              parent: stack[stack.length - 1]?.entry,
              fields: undefined,
            },
    };
  }

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
function scopeOf(stack: readonly Frame[], el: XmlElement): Record<string, string> {
  const scope: Record<string, string> = {};
  for (const f of stack) Object.assign(scope, f.element.namespaces);
  return Object.assign(scope, el.namespaces);
}

function bindAttributes(
  el: XmlElement,
  type: TypeSpec,
  obj: Obj,
  warn: (code: string, msg: string) => void,
): void {
  for (const a of el.attributes) {
    if (a.uri === '' && type.attributes.some((s) => s.name === a.local)) {
      obj[a.local] = a.value;
      continue;
    }
    const list = (obj.$unknownAttributes ??= []) as UnknownAttribute[];
    list.push({ name: a.name, uri: a.uri, value: a.value });
    if (a.uri !== XSI)
      warn('unknown-attribute', `Attribute ${a.name} is not defined on ${type.name}; kept verbatim.`);
  }
}

function assign(parent: Obj | undefined, spec: ElementSpec, value: unknown): void {
  if (parent === undefined) return;
  if (spec.max === 1) parent[spec.name] = value;
  else ((parent[spec.name] ??= []) as unknown[]).push(value);
}

/** Checks required members, fills empty arrays, and returns the object with keys in XSD order. */
interface FinishPlan {
  readonly requiredAttributes: readonly string[];
  readonly repeated: readonly string[];
  readonly required: readonly string[];
  readonly names: readonly string[];
}

const plans = new WeakMap<TypeSpec, FinishPlan>();
function planOf(type: TypeSpec): FinishPlan {
  let plan = plans.get(type);
  if (plan === undefined) {
    const elements = type.elements();
    plan = {
      requiredAttributes: type.attributes.filter((a) => a.required).map((a) => a.name),
      repeated: elements.filter((e) => e.max !== 1).map((e) => e.name),
      required: type.choice ? [] : elements.filter((e) => e.min === 1).map((e) => e.name),
      names: elements.map((e) => e.name),
    };
    plans.set(type, plan);
  }
  return plan;
}

function finish(frame: Frame, error: (code: string, msg: string) => void): Obj {
  // Completes the object in place (one allocation per element matters on million-element files):
  // absent repeated elements become empty arrays, simple content goes to `value`. Key order is not
  // significant; builders and schemas follow the spec's order.
  const type = frame.type!;
  const obj = frame.obj!;
  const plan = planOf(type);
  for (const name of plan.requiredAttributes) {
    if (obj[name] === undefined) {
      error('missing-attribute', `<${frame.element.name}> lacks the required attribute ${name}.`);
    }
  }
  if (type.simpleContent) obj.value = frame.text;
  for (const name of plan.required) {
    const v = obj[name];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) {
      error('missing-element', `<${frame.element.name}> lacks the required element ${name}.`);
    }
  }
  for (const name of plan.repeated) if (obj[name] === undefined) obj[name] = [];
  if (
    type.choice &&
    !plan.names.some(
      (n) => obj[n] !== undefined && !(Array.isArray(obj[n]) && (obj[n] as unknown[]).length === 0),
    )
  ) {
    error('missing-element', `<${frame.element.name}> must contain one of ${plan.names.join(', ')}.`);
  }
  return obj;
}
