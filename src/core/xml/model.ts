/**
 * The XML tree that fimkit's reader produces: plain data, with the source position of every element.
 *
 * @module
 */

/** An attribute with its resolved namespace. Namespace declarations (`xmlns`, `xmlns:p`) are not attributes. */
export interface XmlAttribute {
  /** Qualified name as written, e.g. `xsi:schemaLocation`. */
  readonly name: string;
  /** Prefix as written, `''` when none. */
  readonly prefix: string;
  /** Local name. */
  readonly local: string;
  /** Namespace URI, `''` for unqualified attributes. */
  readonly uri: string;
  /** Attribute value after entity and character reference expansion. */
  readonly value: string;
}

/** An element node. `line` and `column` (1-based) point at its `<`. */
export interface XmlElement {
  readonly type: 'element';
  /** Qualified name as written, e.g. `xdf3:datenfeld`. */
  readonly name: string;
  /** Prefix as written, `''` when none. */
  readonly prefix: string;
  /** Local name, e.g. `datenfeld`. */
  readonly local: string;
  /** Namespace URI, `''` when the element is in no namespace. */
  readonly uri: string;
  /** Attributes in source order, without namespace declarations. */
  readonly attributes: XmlAttribute[];
  /** Namespace declarations made on this element: prefix (`''` for the default) to URI. */
  readonly namespaces: Record<string, string>;
  /** Child nodes in source order. */
  readonly children: XmlNode[];
  /** 1-based line of the start tag. */
  readonly line: number;
  /** 1-based column of the start tag's `<`. */
  readonly column: number;
}

/** Character data (text or CDATA). */
export interface XmlText {
  readonly type: 'text';
  readonly value: string;
  /** True when it was written as a CDATA section. */
  readonly cdata?: true;
}

/** A comment. */
export interface XmlComment {
  readonly type: 'comment';
  readonly value: string;
}

/** A processing instruction. */
export interface XmlProcessingInstruction {
  readonly type: 'pi';
  readonly target: string;
  readonly body: string;
}

/** Any node below the root. */
export type XmlNode = XmlElement | XmlText | XmlComment | XmlProcessingInstruction;

/** The XML declaration, as written. */
export interface XmlDeclaration {
  readonly version?: string;
  readonly encoding?: string;
  readonly standalone?: string;
}

/** A whole document: the root element plus what stands before and after it. */
export interface XmlDocument {
  readonly root: XmlElement;
  readonly declaration?: XmlDeclaration;
  /** Comments and processing instructions before the root. */
  readonly prolog: readonly (XmlComment | XmlProcessingInstruction)[];
  /** Comments and processing instructions after the root. */
  readonly epilog: readonly (XmlComment | XmlProcessingInstruction)[];
  /** The encoding the bytes were decoded with (`utf-8`, `iso-8859-1`, ...). */
  readonly encoding: string;
}

/** Limits that protect against hostile input. Exceeding one yields a diagnostic and stops reading. */
export interface XmlLimits {
  /** Maximum element nesting depth. Default 512. */
  readonly maxDepth?: number;
  /** Maximum attributes on one element. Default 1024. */
  readonly maxAttributes?: number;
  /** Maximum length of one text node, in UTF-16 code units. Default 64 Mi. */
  readonly maxTextLength?: number;
  /** Maximum number of `xml/malformed` diagnostics before reading stops. Default 100. */
  readonly maxErrors?: number;
}

/** The limits used when none are given. */
export const defaultXmlLimits: Required<XmlLimits> = {
  maxDepth: 512,
  maxAttributes: 1024,
  maxTextLength: 64 * 1024 * 1024,
  maxErrors: 100,
};
