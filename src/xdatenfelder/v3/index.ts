/**
 * `fimkit/xdatenfelder/v3`: XDatenfelder 3.0.0 (`urn:xoev-de:fim:standard:xdatenfelder_3.0.0`): parse,
 * build, the model, the code lists and the JSON schema of every message (0101 … 0106).
 *
 * @example
 * ```ts
 * import { build, parse } from 'fimkit/xdatenfelder/v3';
 * const { value, diagnostics } = parse(readFileSync('schema.xdf.xml'));
 * if (value !== undefined) writeFileSync('copy.xml', build(value, { indent: '  ' }));
 * ```
 *
 * @module
 */
export { build, type Xdf3BuildOptions } from './build.js';
export {
  type AbleitungsmodifikationenRepraesentation,
  type AbleitungsmodifikationenStruktur,
  ableitungsmodifikationenRepraesentation,
  ableitungsmodifikationenStruktur,
  type CodeList,
  type Datenqualitaet,
  type Datentyp,
  datenqualitaet,
  datentyp,
  type Feldart,
  type Freigabestatus,
  feldart,
  freigabestatus,
  type Gruppenart,
  gruppenart,
  isCodeOf,
  type RegelParamTyp,
  type Regeltyp,
  type RelationCode,
  regelParamTyp,
  regeltyp,
  relation,
  type Schemaelementart,
  schemaelementart,
  type Vorbefuellung,
  vorbefuellung,
  xdf3CodeLists,
} from './codes.js';
export type {
  AllgemeineAngaben,
  Codeliste0105,
  CodeValue,
  Datenfeld,
  Datenfeld0104,
  Datenfeldgruppe,
  Datenfeldgruppe0103,
  Dokumentsteckbrief,
  Dokumentsteckbrief0101,
  ElementIdentifikation,
  ElementUebersetzung,
  Enthaelt,
  Fehlermeldung,
  Genericode,
  GenericodeIdentification,
  Header,
  Praezisierung,
  Rechtsbezug,
  Regel,
  RegelParameter,
  RegelUebersetzung,
  RegelZiel,
  Relation,
  Schemaelementangaben,
  Sprache,
  Stammdatenschema,
  Stammdatenschema0102,
  Stichwort,
  Struktur,
  Uebersetzung0106,
  Wert,
  Werteliste,
  Xdf3Code,
  Xdf3Document,
} from './model.js';
export { parse, type Xdf3ParseOptions, type Xdf3ParseResult } from './parse.js';
export { documentSchema } from './schema.js';
export { XDF3_NAMESPACE, type Xdf3MessageName, xdf3Messages, xdf3Vocabulary } from './specs-messages.js';
