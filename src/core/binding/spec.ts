/**
 * Binding specs: a plain-data description of an XSD complex type (its attributes, simple content and
 * element sequence) that drives parsing, building and JSON validation alike. One spec per XSD type keeps
 * the model, the XML and the schema traceable, and makes XSD element order a table, not code.
 *
 * @module
 */

/** An XSD attribute of a type. The model key is the attribute's local name. */
export interface AttributeSpec {
  /** Local name (attributes in FIM schemas are unqualified). */
  readonly name: string;
  /** `use="required"`. */
  readonly required?: boolean;
}

/** An element in a type's sequence (or choice). The model key is the element's local name. */
export interface ElementSpec {
  /** Local name. */
  readonly name: string;
  /** `'text'` for simple-typed elements (model value: string), else the complex type's spec. */
  readonly type: 'text' | TypeSpec;
  /** minOccurs (0 or 1). */
  readonly min: 0 | 1;
  /** maxOccurs: 1, or `'unbounded'` (model value: an array, always present). Bounded >1 counts as unbounded. */
  readonly max: 1 | 'unbounded';
  /** `form="unqualified"`: written without namespace (the `code` child of XÖV code types). */
  readonly unqualified?: boolean;
}

/** An XSD complex type. */
export interface TypeSpec {
  /** The XSD type name, for messages and zod schema names. */
  readonly name: string;
  /** Attributes in XSD order. */
  readonly attributes: readonly AttributeSpec[];
  /** Simple content: the text is the model's `value` string. */
  readonly simpleContent?: boolean;
  /** The element sequence (or the alternatives of a choice) in XSD order. Resolved lazily for recursion. */
  readonly elements: () => readonly ElementSpec[];
  /** `xs:choice`: exactly one of the elements (the model has exactly one key set). */
  readonly choice?: boolean;
}

/** An element kept verbatim because the spec does not know it, with its position among its siblings. */
export interface UnknownElement {
  /** Index among the parent's element children in the source. */
  readonly index: number;
  /** Serialised XML of the element, namespace declarations included. */
  readonly xml: string;
}

/** An attribute kept verbatim because the spec does not know it (for example `xsi:schemaLocation`). */
export interface UnknownAttribute {
  /** Qualified name as written. */
  readonly name: string;
  /** Namespace URI, `''` for none. */
  readonly uri: string;
  readonly value: string;
}

/** Extra members any bound object may carry so that nothing is lost. */
export interface Extras {
  /** Child elements the XSD does not define here, kept verbatim. */
  readonly $unknownElements?: readonly UnknownElement[];
  /** Attributes the XSD does not define here, kept verbatim. */
  readonly $unknownAttributes?: readonly UnknownAttribute[];
}

/** Shorthand for a single required simple element. */
export function text(name: string, min: 0 | 1 = 1): ElementSpec {
  return { name, type: 'text', min, max: 1 };
}

/** Shorthand for a repeated simple element. */
export function texts(name: string, min: 0 | 1 = 0): ElementSpec {
  return { name, type: 'text', min, max: 'unbounded' };
}

/** Shorthand for a single complex element. */
export function one(name: string, type: TypeSpec, min: 0 | 1 = 1): ElementSpec {
  return { name, type, min, max: 1 };
}

/** Shorthand for a repeated complex element. */
export function many(name: string, type: TypeSpec, min: 0 | 1 = 0): ElementSpec {
  return { name, type, min, max: 'unbounded' };
}

/**
 * Declares a complex type.
 *
 * @example
 * ```ts
 * const Identifikation = complexType('ElementIdentifikation', () => [text('id'), text('version', 0)]);
 * ```
 */
export function complexType(
  name: string,
  elements: () => readonly ElementSpec[],
  options: { attributes?: readonly AttributeSpec[]; simpleContent?: boolean; choice?: boolean } = {},
): TypeSpec {
  let cached: readonly ElementSpec[] | undefined;
  const spec: TypeSpec = {
    name,
    attributes: options.attributes ?? [],
    elements: () => {
      cached ??= elements();
      return cached;
    },
    ...(options.simpleContent ? { simpleContent: true } : {}),
    ...(options.choice ? { choice: true } : {}),
  };
  return spec;
}

/**
 * Declares an XÖV code type (`Code.X`): an unqualified `code` child plus the optional `listURI` and
 * `listVersionID` attributes (`required` when the XSD says `use="required"`).
 *
 * @example
 * ```ts
 * const CodeFeldart = codeType('Code.Feldart');
 * ```
 */
export function codeType(name: string, listVersionIDRequired = false): TypeSpec {
  return complexType(name, () => [{ name: 'code', type: 'text', min: 1, max: 1, unqualified: true }], {
    attributes: [{ name: 'listURI' }, { name: 'listVersionID', required: listVersionIDRequired }],
  });
}

/** The model of an XÖV code element: the code plus the list it comes from. */
export interface Code {
  /** The code value. */
  readonly code: string;
  /** The code list's URI (`listURI` attribute), when written. */
  readonly listURI?: string;
  /** The code list's version (`listVersionID` attribute), when written. */
  readonly listVersionID?: string;
}

/** A message: its root element name and the namespace and prefix it is written with. */
export interface MessageSpec {
  /** Root element local name, e.g. `xdatenfelder.stammdatenschema.0102`. */
  readonly root: string;
  /** The root's type. */
  readonly type: TypeSpec;
}

/** A namespace and the prefix usual for it. */
export interface Vocabulary {
  /** Namespace URI of the standard. */
  readonly namespace: string;
  /** Prefix used when building (`xdf`, `xdf3`, ...). */
  readonly prefix: string;
  /** Source name in diagnostics and code prefix (`xdf2`, `xdf3`, ...). */
  readonly source: string;
}
