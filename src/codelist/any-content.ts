/**
 * Foreign-namespace content (`xsd:any`, for example XÖV code list annotations) as self-contained XML strings.
 *
 * @module
 */
import { createXmlWriter, parseXml, type XmlElement, type XmlWriter } from '../core/xml/index.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function writeElement(w: XmlWriter, el: XmlElement, scope: ReadonlyMap<string, string>): void {
  let inner: Map<string, string> | undefined;
  const attrs: [string, string][] = [];
  const need = (prefix: string, uri: string) => {
    if ((inner ?? scope).get(prefix) === uri) return;
    inner ??= new Map(scope);
    inner.set(prefix, uri);
    attrs.push([prefix === '' ? 'xmlns' : `xmlns:${prefix}`, uri]);
  };
  need(el.prefix, el.uri);
  for (const a of el.attributes) if (a.prefix !== '' && a.uri !== XML_NS) need(a.prefix, a.uri);
  for (const a of el.attributes) attrs.push([a.name, a.value]);
  w.start(el.name, attrs);
  const elements = el.children.some((c) => c.type === 'element');
  const mixed = elements && el.children.some((c) => c.type === 'text' && c.value.trim() !== '');
  for (const c of el.children) {
    if (c.type === 'element') writeElement(w, c, inner ?? scope);
    else if (c.type === 'text' && (!elements || mixed)) w.text(c.value);
  }
  w.end();
}

const EMPTY_SCOPE: ReadonlyMap<string, string> = new Map([['', '']]);

/**
 * Serialises one element compactly and self-contained: it declares exactly the prefixes its subtree uses,
 * drops comments, processing instructions and whitespace between elements. Parsing the result and
 * serialising it again gives the same string.
 */
export function serializeAny(el: XmlElement): string {
  const w = createXmlWriter({ declaration: false });
  writeElement(w, el, EMPTY_SCOPE);
  return w.toString();
}

/** Parses a string made by {@link serializeAny} (or by a user) back into an element, or `undefined`. */
export function parseAny(xml: string): XmlElement | undefined {
  const { value, diagnostics } = parseXml(xml);
  if (value === undefined || diagnostics.some((d) => d.severity === 'error')) return undefined;
  return value.root;
}
