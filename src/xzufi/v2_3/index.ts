/**
 * `fimkit/xzufi/v2_3`: XZuFi 2.3.1 (`http://xoev.de/schemata/xzufi/2_3_1`, namespace **inf**) as far as
 * the known facts allow: parse and build transfer messages and single objects, stream large transfer
 * messages, the typed model. Every 2.3.1 element name is derived from the FIM Portal's model; which
 * choice rests on what: `docs/xzufi.md`. Types 2.3.1 keeps are those of `fimkit/xzufi/v2_2`.
 *
 * @example
 * ```ts
 * import { parse, leikaKeysOf } from 'fimkit/xzufi/v2_3';
 * const { value } = parse(readFileSync('leistung.xml'));
 * if (value?.kind === 'leistung') console.log(leikaKeysOf(value.model));
 * ```
 *
 * @module
 */
export {
  htmlToText,
  inhaltIn,
  parseLeikaKey,
  strukturVariante,
  textmodulOf,
  textOf,
} from '../v2_2/helpers.js';
export { leikaKeysOf, leistungenByLeikaKey } from './helpers.js';
export { INFERRED_NAMES_23 } from './inferred.js';
export { messageFor23, XZUFI23_NAMESPACE, xzufi23Objects, xzufi23Vocabulary } from './messages.js';
export type {
  Auskunftshinweismodul,
  Bearbeitungsdauermodul,
  BegriffImKontextModul,
  Dokument,
  DokumentEingehend,
  Dokumentmodul,
  DynamischerParameter,
  FachlicheFreigabeModul,
  Fristmodul,
  InformationsbereicheSDG,
  Kategorieklasse,
  Kosten,
  Kostenmodul,
  Leistung,
  Leistungskategorie,
  Leistungsstruktur,
  Loesche,
  MaschinelleUebersetzung,
  Onlinedienst,
  Organisationseinheit,
  Schreibe,
  Spezialisierung,
  Sprachversion,
  StaatsangehoerigkeitRelevanz,
  Textmodul,
  TextmodulIndividuell,
  Transfer,
  UrsprungsportalModul,
  Xzufi23Document,
  Xzufi23ObjectKind,
  Zugangskanal,
  ZustaendigkeitTransferObjekt,
} from './model.js';
export {
  build,
  parse,
  type Xzufi23BuildOptions,
  type Xzufi23ParseResult,
} from './parse.js';
export { documentSchema } from './schema.js';
export {
  streamTransfer,
  summarizeTransfer,
  type Transfer23Item,
  type Transfer23LoescheItem,
  type Transfer23SchreibeItem,
} from './stream.js';
