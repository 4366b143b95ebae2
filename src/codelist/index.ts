/**
 * `fimkit/codelist`: genericode 1.0 code lists: tolerant reader, strict writer, offline registry.
 *
 * @module
 */
export { buildCodeList, type CodeListBuildOptions } from './build.js';
export {
  type CodeListEntriesOptions,
  type CodeListEntry,
  codeListEntries,
  columnIds,
  rowValues,
} from './entries.js';
export {
  type Agency,
  type Annotation,
  type AnyOtherContent,
  type AnyOtherLanguageContent,
  type CodeList,
  type Column,
  type ColumnRef,
  type ColumnSet,
  type ColumnSetRef,
  type Data,
  type DataRestrictions,
  type DatatypeFacet,
  GENERICODE_NAMESPACE,
  type GeneralIdentifier,
  type Identification,
  type Key,
  type KeyColumnRef,
  type KeyRef,
  type LongName,
  type MimeTypedUri,
  type Row,
  type ShortName,
  type SimpleCodeList,
  type UseType,
  type Value,
} from './model.js';
export { type CodeListParseOptions, type CodeListParseResult, parseCodeList } from './parse.js';
export type { ChildQualification, UnknownElement } from './read-support.js';
export {
  type CodeListReference,
  type CodeListRegistry,
  type CodeListRegistryEntry,
  type CodeListResolution,
  compareCodeListVersions,
  createCodeListRegistry,
  type LoadCodeListRegistryOptions,
  type LoadedCodeListRegistry,
  loadCodeListRegistry,
} from './registry.js';
