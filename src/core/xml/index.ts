/**
 * `fimkit/core/xml`: the secure streaming reader, the tree, the writer and canonical comparison.
 *
 * @module
 */
export { type CanonicalDifference, canonicalDifference, canonicallyEqual } from './canonical.js';
export { type Decoded, decodeXml } from './decode.js';
export {
  defaultXmlLimits,
  type XmlAttribute,
  type XmlComment,
  type XmlDeclaration,
  type XmlDocument,
  type XmlElement,
  type XmlLimits,
  type XmlNode,
  type XmlProcessingInstruction,
  type XmlText,
} from './model.js';
export { pathOf, readXml, type XmlHandler, type XmlReadOptions, type XmlReadSummary } from './read.js';
export { attributeOf, elementsOf, parseXml, textOf } from './tree.js';
export {
  createXmlWriter,
  escapeAttribute,
  escapeText,
  serializeXml,
  type XmlAttributeList,
  type XmlWriter,
  type XmlWriterOptions,
} from './write.js';
