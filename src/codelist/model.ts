/**
 * The typed model of a genericode 1.0 code list document (`gc:CodeList`).
 *
 * Field names are the XSD element and attribute names, verbatim (STYLE.md §3), so the model, the XML and
 * `genericode.xsd` (OASIS, 2023) stay traceable. Attributes from the `xml:` namespace are spelt `xmlLang`
 * and `xmlBase`. Content of `xsd:any` wildcards (annotations, complex values, for example the XÖV code list
 * annotations `xoev-cl:*`, `xoev-cl-3:*`, `xoev-cl-4:*`) is kept verbatim as self-contained XML strings:
 * each string is one element that declares every namespace prefix it uses.
 *
 * @module
 */

/**
 * Namespace URI of genericode 1.0 (the root `CodeList`; its local elements are unqualified).
 *
 * @example
 * ```ts
 * root.uri === GENERICODE_NAMESPACE; // 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/'
 * ```
 */
export const GENERICODE_NAMESPACE = 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/';

/**
 * `gc:ShortName`: a short name (an `xsd:token`) with an optional `xml:lang`.
 *
 * @example
 * ```ts
 * const name: ShortName = { value: 'sprache-eu' };
 * ```
 */
export interface ShortName {
  /** The text, as written. */
  readonly value: string;
  /** `xml:lang`. */
  readonly xmlLang?: string;
}

/**
 * `gc:LongName` (and `gc:GeneralIdentifier`, which has the same shape): a text with optional
 * `@Identifier` and `xml:lang`.
 *
 * @example
 * ```ts
 * const name: LongName = { value: 'DESTATIS Schluessel Staat', xmlLang: 'de-DE' };
 * ```
 */
export interface LongName {
  /** The text, as written. */
  readonly value: string;
  /** `@Identifier`. */
  readonly Identifier?: string;
  /** `xml:lang`. */
  readonly xmlLang?: string;
}

/**
 * `gc:GeneralIdentifier` (used by `Agency/Identifier`).
 *
 * @example
 * ```ts
 * const id: GeneralIdentifier = { value: '00', Identifier: 'destatis' };
 * ```
 */
export type GeneralIdentifier = LongName;

/**
 * `gc:MimeTypedUri` (`AlternateFormatLocationUri`): a URI with an optional `@MimeType`.
 *
 * @example
 * ```ts
 * const uri: MimeTypedUri = { value: 'https://example.org/list.csv', MimeType: 'text/csv' };
 * ```
 */
export interface MimeTypedUri {
  /** The URI, as written. */
  readonly value: string;
  /** `@MimeType`. */
  readonly MimeType?: string;
}

/**
 * `gc:AnyOtherContent` (`AppInfo`, `ComplexValue`): foreign-namespace elements, each kept as one
 * self-contained XML string (compact, namespace declarations on its top element), in document order.
 *
 * @example
 * ```ts
 * const appInfo: AnyOtherContent = {
 *   content: ['<xoev-cl-4:recommendedKeyColumn xmlns:xoev-cl-4="http://xoev.de/schemata/genericode/4"/>'],
 * };
 * ```
 */
export interface AnyOtherContent {
  /** One XML string per element, in document order. */
  readonly content: readonly string[];
}

/**
 * `gc:AnyOtherLanguageContent` (`Annotation/Description`): like {@link AnyOtherContent}, with `xml:lang`.
 *
 * @example
 * ```ts
 * const d: AnyOtherLanguageContent = { content: ['<x:note xmlns:x="urn:x">Hinweis</x:note>'], xmlLang: 'de' };
 * ```
 */
export interface AnyOtherLanguageContent extends AnyOtherContent {
  /** `xml:lang`. */
  readonly xmlLang?: string;
}

/**
 * `gc:Annotation`: human-readable descriptions and machine-readable application information.
 *
 * @example
 * ```ts
 * const a: Annotation = { Description: [{ content: ['<x:note xmlns:x="urn:x">Hinweis</x:note>'] }] };
 * ```
 */
export interface Annotation {
  /** `Description*`. */
  readonly Description: readonly AnyOtherLanguageContent[];
  /** `AppInfo?`. */
  readonly AppInfo?: AnyOtherContent;
}

/**
 * `gc:Agency`: who publishes or maintains the list.
 *
 * @example
 * ```ts
 * const agency: Agency = { LongName: [{ value: 'Statistisches Bundesamt, Wiesbaden' }], Identifier: [] };
 * ```
 */
export interface Agency {
  /** `ShortName?`. */
  readonly ShortName?: ShortName;
  /** `LongName*`. */
  readonly LongName: readonly LongName[];
  /** `Identifier*`. */
  readonly Identifier: readonly GeneralIdentifier[];
}

/**
 * `gc:Identification`: names, version and the identifying URIs of the list.
 *
 * @example
 * ```ts
 * const id: Identification = {
 *   ShortName: { value: 'sprache-eu' }, LongName: [], Version: '2',
 *   CanonicalUri: 'urn:xoev-de:xfahrtenschreiber:codeliste:sprache-eu',
 *   CanonicalVersionUri: 'urn:xoev-de:xfahrtenschreiber:codeliste:sprache-eu_2',
 *   LocationUri: [], AlternateFormatLocationUri: [],
 * };
 * ```
 */
export interface Identification {
  /** `ShortName`. */
  readonly ShortName: ShortName;
  /** `LongName*`. */
  readonly LongName: readonly LongName[];
  /** `Version` (an `xsd:token`: a date `YYYY-MM-DD` in FIM, a number in XÖV). */
  readonly Version: string;
  /** `CanonicalUri`: identifies all versions of the list together. */
  readonly CanonicalUri: string;
  /** `CanonicalVersionUri`: identifies this version. */
  readonly CanonicalVersionUri: string;
  /** `LocationUri*`. */
  readonly LocationUri: readonly string[];
  /** `AlternateFormatLocationUri*`. */
  readonly AlternateFormatLocationUri: readonly MimeTypedUri[];
  /** `Agency?`. */
  readonly Agency?: Agency;
}

/**
 * `gc:DatatypeFacet` (`Data/Parameter`).
 *
 * @example
 * ```ts
 * const p: DatatypeFacet = { ShortName: 'maxLength', value: '3' };
 * ```
 */
export interface DatatypeFacet {
  /** The facet value. */
  readonly value: string;
  /** `@ShortName` (required). */
  readonly ShortName: string;
  /** `@LongName`. */
  readonly LongName?: string;
}

/**
 * `gc:Data`: the datatype of a column.
 *
 * @example
 * ```ts
 * const data: Data = { Type: 'string', Parameter: [] };
 * ```
 */
export interface Data {
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `Parameter*`. */
  readonly Parameter: readonly DatatypeFacet[];
  /** `@Type` (required), e.g. `string`. */
  readonly Type: string;
  /** `@DatatypeLibrary`. */
  readonly DatatypeLibrary?: string;
  /** `@Lang`. */
  readonly Lang?: string;
}

/**
 * `gc:DataRestrictions` (`ColumnRef/Data`).
 *
 * @example
 * ```ts
 * const r: DataRestrictions = { Parameter: [{ ShortName: 'length', value: '2' }] };
 * ```
 */
export interface DataRestrictions {
  /** `Parameter*`. */
  readonly Parameter: readonly DatatypeFacet[];
  /** `@Lang`. */
  readonly Lang?: string;
}

/**
 * `gc:UseType`: whether a column must have a value in every row.
 *
 * @example
 * ```ts
 * const use: UseType = 'required';
 * ```
 */
export type UseType = 'optional' | 'required';

/**
 * `gc:Column`: a column definition. `kind` is absent on definitions (it tells them apart from
 * {@link ColumnRef} in `ColumnSet.Column`).
 *
 * @example
 * ```ts
 * const column: Column = { Id: 'code', Use: 'required', ShortName: { value: 'Code' }, LongName: [], Data: { Type: 'string', Parameter: [] } };
 * ```
 */
export interface Column {
  /** Absent: this is a definition. */
  readonly kind?: 'Column';
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `ShortName`. */
  readonly ShortName: ShortName;
  /** `LongName*`. */
  readonly LongName: readonly LongName[];
  /** `CanonicalUri` (with `CanonicalVersionUri`, optional as a group). */
  readonly CanonicalUri?: string;
  /** `CanonicalVersionUri?` (only together with `CanonicalUri`). */
  readonly CanonicalVersionUri?: string;
  /** `Data`. */
  readonly Data: Data;
  /** `@Id` (an `xsd:ID`). */
  readonly Id: string;
  /** `@Use`. */
  readonly Use: UseType;
}

/**
 * `gc:ColumnRef`: a column defined in another document.
 *
 * @example
 * ```ts
 * const ref: ColumnRef = { kind: 'ColumnRef', Id: 'code', ExternalRef: 'code', CanonicalVersionUri: 'urn:x:cols_1', LocationUri: [] };
 * ```
 */
export interface ColumnRef {
  /** Marks a reference. */
  readonly kind: 'ColumnRef';
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `CanonicalVersionUri`. */
  readonly CanonicalVersionUri: string;
  /** `LocationUri*`. */
  readonly LocationUri: readonly string[];
  /** `Data?`. */
  readonly Data?: DataRestrictions;
  /** `@Id`. */
  readonly Id: string;
  /** `@ExternalRef`. */
  readonly ExternalRef: string;
  /** `@Use`. */
  readonly Use?: UseType;
  /** `xml:base`. */
  readonly xmlBase?: string;
}

/**
 * `gc:KeyColumnRef` (`Key/ColumnRef`).
 *
 * @example
 * ```ts
 * const ref: KeyColumnRef = { Ref: 'code' };
 * ```
 */
export interface KeyColumnRef {
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `@Ref`: the `Id` of a column. */
  readonly Ref: string;
}

/**
 * `gc:Key`: columns whose values identify a row.
 *
 * @example
 * ```ts
 * const key: Key = { Id: 'codeKey', ShortName: { value: 'CodeKey' }, LongName: [], ColumnRef: [{ Ref: 'code' }] };
 * ```
 */
export interface Key {
  /** Absent: this is a definition. */
  readonly kind?: 'Key';
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `ShortName`. */
  readonly ShortName: ShortName;
  /** `LongName*`. */
  readonly LongName: readonly LongName[];
  /** `CanonicalUri` (with `CanonicalVersionUri`, optional as a group). */
  readonly CanonicalUri?: string;
  /** `CanonicalVersionUri?`. */
  readonly CanonicalVersionUri?: string;
  /** `ColumnRef+`. */
  readonly ColumnRef: readonly KeyColumnRef[];
  /** `@Id`. */
  readonly Id: string;
}

/**
 * `gc:KeyRef`: a key defined in another document.
 *
 * @example
 * ```ts
 * const ref: KeyRef = { kind: 'KeyRef', Id: 'k', ExternalRef: 'codeKey', CanonicalVersionUri: 'urn:x:cols_1', LocationUri: [] };
 * ```
 */
export interface KeyRef {
  /** Marks a reference. */
  readonly kind: 'KeyRef';
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `CanonicalVersionUri`. */
  readonly CanonicalVersionUri: string;
  /** `LocationUri*`. */
  readonly LocationUri: readonly string[];
  /** `@Id`. */
  readonly Id: string;
  /** `@ExternalRef`. */
  readonly ExternalRef: string;
  /** `xml:base`. */
  readonly xmlBase?: string;
}

/**
 * `gc:ColumnSet`: the columns (`ColumnChoice*`) and keys (`KeyChoice*`) of the list.
 *
 * @example
 * ```ts
 * const set: ColumnSet = { Column: [], Key: [] };
 * ```
 */
export interface ColumnSet {
  /** `(Column | ColumnRef)*`, in document order. */
  readonly Column: readonly (Column | ColumnRef)[];
  /** `(Key | KeyRef)*`, in document order. */
  readonly Key: readonly (Key | KeyRef)[];
  /** `@DatatypeLibrary`. */
  readonly DatatypeLibrary?: string;
  /** `xml:base`. */
  readonly xmlBase?: string;
}

/**
 * `gc:ColumnSetRef`: a column set defined in another document.
 *
 * @example
 * ```ts
 * const ref: ColumnSetRef = { CanonicalVersionUri: 'urn:x:cols_1', LocationUri: [] };
 * ```
 */
export interface ColumnSetRef {
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `CanonicalVersionUri`. */
  readonly CanonicalVersionUri: string;
  /** `LocationUri*`. */
  readonly LocationUri: readonly string[];
  /** `xml:base`. */
  readonly xmlBase?: string;
}

/**
 * `gc:Value`: one cell. Exactly one of `SimpleValue` and `ComplexValue`, or neither (an empty cell).
 *
 * @example
 * ```ts
 * const v: Value = { ColumnRef: 'code', SimpleValue: '01' };
 * ```
 */
export interface Value {
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `SimpleValue` (an `xsd:string`, kept verbatim). */
  readonly SimpleValue?: string;
  /** `ComplexValue`. */
  readonly ComplexValue?: AnyOtherContent;
  /** `@ColumnRef`: the `Id` of the column (positional when absent). */
  readonly ColumnRef?: string;
}

/**
 * `gc:Row`: one entry of the list.
 *
 * @example
 * ```ts
 * const row: Row = { Value: [{ ColumnRef: 'code', SimpleValue: '01' }, { ColumnRef: 'name', SimpleValue: 'ja' }] };
 * ```
 */
export interface Row {
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `Value+`. */
  readonly Value: readonly Value[];
}

/**
 * `gc:SimpleCodeList`: the rows.
 *
 * @example
 * ```ts
 * const rows: SimpleCodeList = { Row: [] };
 * ```
 */
export interface SimpleCodeList {
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `Row*`. */
  readonly Row: readonly Row[];
}

/**
 * `gc:CodeList` (type `gc:CodeListDocument`): one version of a code list. Exactly one of `ColumnSet` and
 * `ColumnSetRef` is present; `SimpleCodeList` is absent for metadata-only documents.
 *
 * @example
 * ```ts
 * const list: CodeList = {
 *   Identification: {
 *     ShortName: { value: 'ja-nein' }, LongName: [], Version: '1', CanonicalUri: 'urn:x:ja-nein',
 *     CanonicalVersionUri: 'urn:x:ja-nein_1', LocationUri: [], AlternateFormatLocationUri: [],
 *   },
 *   ColumnSet: { Column: [], Key: [] },
 *   SimpleCodeList: { Row: [] },
 * };
 * ```
 */
export interface CodeList {
  /** `Annotation?`. */
  readonly Annotation?: Annotation;
  /** `Identification`. */
  readonly Identification: Identification;
  /** `ColumnSet` (choice with `ColumnSetRef`). */
  readonly ColumnSet?: ColumnSet;
  /** `ColumnSetRef` (choice with `ColumnSet`). */
  readonly ColumnSetRef?: ColumnSetRef;
  /** `SimpleCodeList?`. */
  readonly SimpleCodeList?: SimpleCodeList;
  /** `xml:base`. */
  readonly xmlBase?: string;
  /** `xsi:schemaLocation` on the root, kept so that documents round-trip. */
  readonly xsiSchemaLocation?: string;
}
