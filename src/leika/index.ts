/**
 * `fimkit/leika`: LeiKa Leistungsschlüssel, Typisierung, the catalogue (CSV and JSON), release diffs and
 * key migrations.
 *
 * @module
 */

export { writeAtomic } from '../node/write-atomic.js';
export {
  type CatalogueCsvOptions,
  type CatalogueCsvResult,
  type CatalogueCsvWriteOptions,
  catalogueToCsv,
  formatLeikaDate,
  LEIKA_SPALTEN,
  type LeikaEintrag,
  type LeikaKatalog,
  type LeikaSpalten,
  parseCatalogueCsv,
  parseLeikaDate,
} from './catalogue.js';
export { catalogueToJson, katalogSchema, parseCatalogueJson } from './catalogue-json.js';
export { type CsvEncoding, decodeCsv, encodeCsv } from './csv.js';
export {
  diffCatalogues,
  diffToMarkdown,
  type LeikaAenderung,
  type LeikaDiff,
  type LeikaTextFeld,
} from './diff.js';
export { catalogueFromXzufi, leistungenOf } from './from-xzufi.js';
export {
  formatLeistungsschluessel,
  isLeistungsschluessel,
  LEIKA_URN_PREFIX,
  type Leistungsschluessel,
  type LeistungsschluesselTeile,
  type Leistungstyp,
  parseLeistungsschluessel,
} from './key.js';
export {
  checkMapping,
  invertMapping,
  type MappingCatalogues,
  type MappingKind,
  type MappingRow,
  type MigrationPlan,
  mappingToCsv,
  parseMapping,
} from './mapping.js';
export { type FileMigration, type MigrateOptions, migrateDirectory } from './migrate.js';
export { type DocumentMigration, type KeyReference, migrateDocument } from './references.js';
export {
  isTypisierungCode,
  parseTypisierung,
  splitTypisierung,
  TYPISIERUNG,
  type Typisierung,
  type TypisierungCode,
  type TypisierungTeil,
} from './typisierung.js';
