/**
 * A small, fast, deterministic XML writer. Output is always UTF-8 text with a declaration naming UTF-8.
 *
 * @module
 */
import type { XmlDocument, XmlElement, XmlNode } from './model.js';

/** Options for {@link createXmlWriter}. */
export interface XmlWriterOptions {
  /** Indentation per level (for example `'  '`). Omit for compact output. Mixed content is never indented. */
  readonly indent?: string;
  /** Write `<?xml version="1.0" encoding="UTF-8"?>` first. Default true. */
  readonly declaration?: boolean;
}

/** Attributes to write: name/value pairs in order. Namespace declarations are written as attributes. */
export type XmlAttributeList = readonly (readonly [name: string, value: string])[];

/** The writer returned by {@link createXmlWriter}. */
export interface XmlWriter {
  /** Opens an element. */
  start(name: string, attributes?: XmlAttributeList): void;
  /** Writes escaped text into the open element. */
  text(value: string): void;
  /** Writes a CDATA section (split where it contains `]]>`; a CR is written as `&#13;` between sections). */
  cdata(value: string): void;
  /** Writes a comment (a `--` inside is broken up so that the comment stays well-formed). */
  comment(value: string): void;
  /** Closes the innermost open element; an element with no content becomes `<a/>`. */
  end(): void;
  /** Writes `<name attrs>text</name>` in one call. */
  leaf(name: string, text: string, attributes?: XmlAttributeList): void;
  /** Writes a parsed element subtree verbatim (names as parsed, namespace declarations as parsed). */
  node(node: XmlNode): void;
  /** The document written so far. Throws when elements are still open. */
  toString(): string;
}

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;

/** Escapes text content (`&`, `<`, `>` and carriage returns, which would otherwise be normalised away). */
export function escapeText(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value;
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value for double quotes, keeping tabs and newlines through character references. */
export function escapeAttribute(value: string): string {
  if (!ATTR_SPECIAL.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * Creates a writer. Element and attribute order is exactly the call order, so the same calls always give
 * the same bytes.
 *
 * @example
 * ```ts
 * const w = createXmlWriter({ indent: '  ' });
 * w.start('xdf3:name', [['xmlns:xdf3', 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0']]);
 * w.text('Vorname');
 * w.end();
 * w.toString();
 * ```
 */
export function createXmlWriter(options: XmlWriterOptions = {}): XmlWriter {
  const out: string[] = [];
  const indent = options.indent;
  if (options.declaration ?? true) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  if (indent !== undefined && out.length > 0) out.push('\n');
  // For each open element: its name, whether its start tag is still unclosed ('>' pending),
  // whether it has element children, and whether it has text (mixed content is never indented).
  const names: string[] = [];
  const pending: boolean[] = [];
  const hasElements: boolean[] = [];
  const hasText: boolean[] = [];
  // With indentation: for each open element, the indexes in `out` of the line breaks written before its
  // child elements, blanked when text turns out to follow them (mixed content is never indented).
  const breaks: (number[] | undefined)[] = [];

  const closePending = () => {
    const top = pending.length - 1;
    if (top >= 0 && pending[top]) {
      out.push('>');
      pending[top] = false;
    }
  };
  const newline = (depth: number) => {
    if (indent !== undefined) out.push(`\n${indent.repeat(depth)}`);
  };
  const markText = () => {
    const top = names.length - 1;
    if (hasText[top]) return;
    hasText[top] = true;
    const b = breaks[top];
    if (b !== undefined) {
      for (const i of b) out[i] = '';
      breaks[top] = undefined;
    }
  };

  const writer: XmlWriter = {
    start(name, attributes) {
      const depth = names.length;
      if (depth > 0) {
        closePending();
        hasElements[depth - 1] = true;
        if (indent !== undefined && !hasText[depth - 1]) {
          (breaks[depth - 1] ??= []).push(out.length);
          newline(depth);
        }
      }
      let tag = `<${name}`;
      if (attributes !== undefined) {
        for (const [n, v] of attributes) tag += ` ${n}="${escapeAttribute(v)}"`;
      }
      out.push(tag);
      names.push(name);
      pending.push(true);
      hasElements.push(false);
      hasText.push(false);
      if (indent !== undefined) breaks.push(undefined);
    },
    text(value) {
      if (names.length === 0) throw new Error('XmlWriter.text() outside an element');
      if (value === '') return;
      closePending();
      markText();
      out.push(escapeText(value));
    },
    cdata(value) {
      if (names.length === 0) throw new Error('XmlWriter.cdata() outside an element');
      closePending();
      markText();
      // A CR inside CDATA would be read back as LF, so it leaves the section as a character reference.
      out.push(
        `<![CDATA[${value.split(']]>').join(']]]]><![CDATA[>').replace(/\r/g, ']]>&#13;<![CDATA[')}]]>`,
      );
    },
    comment(value) {
      closePending();
      out.push(`<!--${value.replace(/-(?=-)/g, '- ').replace(/-$/, '- ')}-->`);
    },
    end() {
      const name = names.pop();
      if (name === undefined) throw new Error('XmlWriter.end() without an open element');
      const wasPending = pending.pop();
      const elements = hasElements.pop();
      const text = hasText.pop();
      if (indent !== undefined) breaks.pop();
      if (wasPending) {
        out.push('/>');
        return;
      }
      if (elements && !text) newline(names.length);
      out.push(`</${name}>`);
    },
    leaf(name, text, attributes) {
      writer.start(name, attributes);
      writer.text(text);
      writer.end();
    },
    node(node) {
      writeNode(writer, node);
    },
    toString() {
      if (names.length > 0) throw new Error(`XmlWriter: <${names[names.length - 1]}> is still open`);
      return indent !== undefined ? `${out.join('')}\n` : out.join('');
    },
  };
  return writer;
}

function writeNode(w: XmlWriter, node: XmlNode): void {
  switch (node.type) {
    case 'element': {
      const attrs: [string, string][] = [];
      for (const prefix in node.namespaces) {
        attrs.push([prefix === '' ? 'xmlns' : `xmlns:${prefix}`, node.namespaces[prefix]!]);
      }
      for (const a of node.attributes) attrs.push([a.name, a.value]);
      w.start(node.name, attrs);
      for (const c of node.children) writeNode(w, c);
      w.end();
      return;
    }
    case 'text':
      if (node.cdata) w.cdata(node.value);
      else w.text(node.value);
      return;
    case 'comment':
      w.comment(node.value);
      return;
    case 'pi':
      return;
  }
}

/**
 * Serialises a parsed document back to text (compact unless `indent` is given).
 *
 * @example
 * ```ts
 * serializeXml(parseXml('<a><b/></a>').value!); // '<?xml version="1.0" encoding="UTF-8"?><a><b/></a>'
 * ```
 */
export function serializeXml(doc: XmlDocument | XmlElement, options: XmlWriterOptions = {}): string {
  const w = createXmlWriter(options);
  w.node('type' in doc && doc.type === 'element' ? doc : (doc as XmlDocument).root);
  return w.toString();
}
