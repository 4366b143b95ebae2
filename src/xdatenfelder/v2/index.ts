/**
 * `fimkit/xdatenfelder/v2`: XDatenfelder 2.0 (namespace `urn:xoev-de:fim:standard:xdatenfelder_2`):
 * parse, build, zod schema, code lists, `praezisierung` and String.Latin checks.
 *
 * @example
 * ```ts
 * import { build, parse } from 'fimkit/xdatenfelder/v2';
 * const { value, diagnostics } = parse(bytes);
 * const xml = value === undefined ? undefined : build(value, { indent: '    ' });
 * ```
 *
 * @module
 */
export { build, type Xdf2BuildOptions } from './build.js';
export {
  type AbleitungsmodifikationenRepraesentation,
  type AbleitungsmodifikationenStruktur,
  ableitungsmodifikationenRepraesentationCodes,
  ableitungsmodifikationenStrukturCodes,
  type Datentyp,
  datentypCodes,
  type ElementTyp,
  elementTypCodes,
  type Feldart,
  feldartCodes,
  isKnownCode,
  type Schemaelementart,
  type Status,
  type Suchfeld,
  schemaelementartCodes,
  statusCodes,
  suchfeldCodes,
  type Xdf2CodeList,
  xdf2CodeLists,
} from './codes.js';
export { checkStringLatin, type LatinViolation } from './latin.js';
export type {
  AllgemeineAngaben,
  Codeliste,
  Codeliste0105,
  CodelisteReferenz,
  Datenfeld,
  Datenfeld0104,
  Datenfeldgruppe,
  Datenfeldgruppe0103,
  Dokumentsteckbrief,
  Dokumentsteckbrief0101,
  ElementIdentifikation,
  Enthaelt,
  Genericode,
  GenericodeIdentification,
  Header,
  Regel,
  Schemaelementangaben,
  Stammdatenschema,
  Stammdatenschema0102,
  Struktur,
  Suchanfrage,
  Xdf2Code,
  Xdf2Document,
  Xdf2Message,
} from './model.js';
export { parse, type Xdf2ParseOptions, type Xdf2ParseResult } from './parse.js';
export { type Praezisierung, parsePraezisierung, stringifyPraezisierung } from './praezisierung.js';
export { documentSchema } from './schema.js';
export { XDF2_NAMESPACE, xdf2Messages, xdf2Vocabulary } from './specs.js';
