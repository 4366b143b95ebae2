/**
 * `fimkit/xzufi/v2_2`: XZuFi 2.2.0 (`http://xoev.de/schemata/xzufi/2_2_0`): parse and build transfer
 * messages and single objects (Leistung, Organisationseinheit, Zuständigkeit, Onlinedienst,
 * Spezialisierung), stream large transfer messages, the model, code lists and helpers. Which element
 * names are verified and which inferred: `docs/xzufi.md`.
 *
 * @example
 * ```ts
 * import { parse, streamTransfer, textOf } from 'fimkit/xzufi/v2_2';
 * for await (const item of streamTransfer(createReadStream('pvog.xml'))) {
 *   if (item.type === 'schreibe' && item.value.leistung) console.log(textOf(item.value.leistung, '02'));
 * }
 * ```
 *
 * @module
 */
export { build, type Xzufi22BuildOptions } from './build.js';
export { checkEntries, checkLeistung, checkTransfer } from './check.js';
export {
  isXzufiCodeOf,
  type LeikaTextmodulCode,
  type LeistungsadressatCode,
  leikaTextmodul,
  leistungsadressat,
  onlinedienstlinktyp,
  type TypisierungCode,
  typisierung,
  type XzufiCodeList,
} from './codes.js';
export {
  htmlToText,
  inhaltIn,
  type LeikaKey,
  leikaKeysOf,
  leistungenByLeikaKey,
  type OeZustaendigkeit,
  parseLeikaKey,
  sameId,
  strukturVariante,
  type TextOfOptions,
  textmodulOf,
  textOf,
  zustaendigkeitenOf,
} from './helpers.js';
export { INFERRED_NAMES } from './inferred.js';
export { messageFor, XZUFI22_NAMESPACE, xzufi22Objects, xzufi22Vocabulary } from './messages.js';
export type {
  Gebiet,
  Gebietsklasse,
  Gebietstyp,
  Herausgeber,
  Kategorieklasse,
  Leistung,
  Leistungskategorie,
  Leistungsstruktur,
  Loesche,
  Onlinedienst,
  OnlinedienstLink,
  Organisationseinheit,
  Schreibe,
  Spezialisierung,
  Transfer,
  VerwaltungspolitischeKodierung,
  WirtschaftszweigSpezifizierbar,
  Xzufi22Document,
  XzufiObjectKind,
  ZustaendigkeitTransferObjekt,
} from './model.js';
export type {
  Amount,
  HyperlinkErweitert,
  Identifikator,
  Sprachversion,
  StringLocalized,
  Versionsinformation,
  XzufiCode,
  Zeitraum,
} from './model-common.js';
export type {
  Auskunftshinweismodul,
  Bearbeitungsdauermodul,
  BegriffImKontext,
  BegriffImKontextModul,
  Dokument,
  Dokumentmodul,
  Dokumenttyp,
  FachlicheFreigabeModul,
  FristDauer,
  FristMitTyp,
  Fristmodul,
  FristOhneTyp,
  FristStichtag,
  Kosten,
  KostenFix,
  KostenFrei,
  Kostenmodul,
  KostenVariabel,
  ModulKopf,
  Textmodul,
  TextmodulIndividuell,
  UrsprungsportalModul,
} from './model-module.js';
export { parse, versionProblem, type Xzufi22ParseOptions, type Xzufi22ParseResult } from './parse.js';
export { documentSchema } from './schema.js';
export {
  type StreamTransferOptions,
  streamTransfer,
  type TransferElementItem,
  type TransferErrorItem,
  type TransferItem,
  type TransferLoescheItem,
  type TransferRootItem,
  type TransferSchreibeItem,
} from './stream.js';
export {
  type SummarizeTransferOptions,
  summarizeEntry,
  summarizeTransfer,
  type TransferSummary,
} from './summary.js';
