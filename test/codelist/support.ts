/**
 * Helpers for the code list tests.
 *
 * @module
 */
import { serializeAny } from '../../src/codelist/any-content.js';
import { type CodeList, GENERICODE_NAMESPACE } from '../../src/codelist/model.js';
import { parseXml, type XmlElement } from '../../src/core/xml/index.js';

function normalise(el: XmlElement, root: boolean, use: ReadonlyMap<string, string>): XmlElement {
  const children = el.children.map((c) => (c.type === 'element' ? normalise(c, false, use) : c));
  if (root || el.uri !== GENERICODE_NAMESPACE) return { ...el, children };
  let attributes = el.attributes;
  const id = el.attributes.find((a) => a.local === 'Id')?.value;
  if (el.local === 'Column' && id !== undefined && !el.attributes.some((a) => a.local === 'Use')) {
    attributes = [
      ...attributes,
      { name: 'Use', prefix: '', local: 'Use', uri: '', value: use.get(id) ?? '' },
    ];
  }
  return { ...el, name: el.local, prefix: '', uri: '', attributes, children };
}

/**
 * The input in the form that `buildCodeList(parseCodeList(x).value)` is canonically equal to:
 * genericode's local elements moved out of the genericode namespace (as the XSD requires), and a
 * missing `Column/@Use` filled in as the parser defaulted it (`codelist/missing-use`).
 */
export function normalisedInput(xml: Uint8Array | string, list: CodeList): string {
  const doc = parseXml(xml).value;
  if (doc === undefined) throw new Error('not well-formed');
  const use = new Map(
    (list.ColumnSet?.Column ?? []).map((c) => [c.Id, c.kind === 'ColumnRef' ? (c.Use ?? '') : c.Use]),
  );
  return serializeAny(normalise(doc.root, true, use));
}
