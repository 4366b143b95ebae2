/**
 * Reading a whole document into an {@link XmlDocument} tree, on top of the streaming reader.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../diagnostics.js';
import type {
  XmlComment,
  XmlDeclaration,
  XmlDocument,
  XmlElement,
  XmlProcessingInstruction,
} from './model.js';
import { readXml, type XmlHandler, type XmlReadOptions } from './read.js';
import { keepShapes } from './scanner.js';

/**
 * Parses XML into a tree. Returns the tree when a root element was read, even when there were
 * well-formedness errors (the diagnostics say what went wrong); `value` is `undefined` when no root
 * element could be read at all.
 *
 * @example
 * ```ts
 * const { value: doc, diagnostics } = parseXml('<a x="1"><b>t</b></a>');
 * doc?.root.children.length; // 1
 * ```
 */
export function parseXml(input: Uint8Array | string, options: XmlReadOptions = {}): Result<XmlDocument> {
  const tree = new TreeBuilder();
  const summary = readXml(input, tree, options);
  const { root, decl: declaration, prolog, epilog } = tree;
  const diagnostics: Diagnostic[] = summary.diagnostics;
  if (root === undefined) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(
        diagnostic('error', 'xml/no-root', 'The document has no root element.', 'xml', {
          line: 1,
          column: 1,
        }),
      );
    }
    return { value: undefined, diagnostics };
  }
  const doc: { -readonly [K in keyof XmlDocument]: XmlDocument[K] } = {
    root,
    prolog,
    epilog,
    encoding: summary.encoding,
  };
  if (declaration !== undefined) doc.declaration = declaration;
  return { value: doc, diagnostics };
}

/** The text content of an element: its text children concatenated (elements' text is not included). */
export function textOf(element: XmlElement): string {
  let out = '';
  for (const c of element.children) if (c.type === 'text') out += c.value;
  return out;
}

/** The element children of an element. */
export function elementsOf(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) if (c.type === 'element') out.push(c);
  return out;
}

/** The value of an attribute by namespace URI (default `''`) and local name. */
export function attributeOf(element: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/**
 * {@link parseXml}'s handler. A class with prototype methods, not closures made per document: the reader's
 * optimised code inlines its handler, and per-document closures die with the document (decision 0005).
 */
class TreeBuilder implements XmlHandler {
  readonly stack: XmlElement[] = [];
  root: XmlElement | undefined = undefined;
  decl: XmlDeclaration | undefined = undefined;
  readonly prolog: (XmlComment | XmlProcessingInstruction)[] = [];
  readonly epilog: (XmlComment | XmlProcessingInstruction)[] = [];

  openElement(streamed: XmlElement): void {
    const element: XmlElement = { ...streamed, children: [] };
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) parent.children.push(element);
    else this.root ??= element;
    this.stack.push(element);
  }

  closeElement(): void {
    this.stack.pop();
  }

  text(value: string, cdata: boolean): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) return;
    const children = parent.children;
    const last = children[children.length - 1];
    if (!cdata && last?.type === 'text' && last.cdata === undefined) {
      children[children.length - 1] = { type: 'text', value: last.value + value };
    } else {
      children.push(cdata ? { type: 'text', value, cdata: true } : { type: 'text', value });
    }
  }

  comment(value: string): void {
    this.outside({ type: 'comment', value });
  }

  processingInstruction(target: string, body: string): void {
    this.outside({ type: 'pi', target, body });
  }

  declaration(decl: XmlDeclaration): void {
    this.decl = decl;
  }

  private outside(node: XmlComment | XmlProcessingInstruction): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) parent.children.push(node);
    else (this.root === undefined ? this.prolog : this.epilog).push(node);
  }
}

// One builder lives as long as the process (see `keepShapes` in `scanner.ts`).
keepShapes.push(new TreeBuilder());
