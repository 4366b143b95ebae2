/**
 * `fimkit/xprozess/v2`: XProzess 2.0 messages (Prozesskatalog, Prozessbibliothek and the request,
 * answer and export messages 0101 … 0303), their embedded files and the BPMN models inside them.
 *
 * @module
 */
export {
  type ArchiveLimits,
  type DateiLocation,
  decodeBase64,
  type EmbeddedFile,
  isZip,
  openDatei,
  safeEntryPath,
} from './archive.js';
export {
  BPMN_MODEL_NAMESPACE,
  type BpmnFlow,
  type BpmnLane,
  type BpmnModel,
  type BpmnNode,
  type BpmnParticipant,
  parseBpmn,
} from './bpmn.js';
export { activitiesInFlowOrder } from './bpmn-flow.js';
export { build, type XprozessBuildOptions } from './build.js';
export {
  DESTATIS_LIST_PREFIXES,
  isAcceptedListUri,
  NACHRICHT_CODES,
  PROZESSROLLE_CODES,
  REFERENZAKTIVITAETENGRUPPE_CODES,
  STATUS_CODES,
  XPROZESS_CODE_LISTS,
  XPROZESS_LIST_PREFIXES,
  type XprozessCodeList,
} from './codes.js';
export { withXsdListUris, XSD_FIXED_LIST_URIS } from './list-uris.js';
export type {
  Aktivitaetengruppe,
  AusloeserErgebnis,
  Datei,
  Daten,
  DatenBereitgestellt,
  DatenEmpfangen,
  Formularverweis,
  Gliederungsebene,
  Handlungsgrundlage,
  Herausgeber,
  Klassifikation,
  Merkmal,
  Modellierungsmethode,
  Prozess,
  Prozessbibliothek,
  Prozesskatalog,
  Prozessklasse,
  Prozessmodell,
  Prozesssteckbrief,
  Prozessteilnehmer,
  ReferenzProzessklasse,
  SpezifischeAttribute,
  Strukturbeschreibung,
  VerwaltungspolitischeKodierung,
  XprozessCode,
  Zeitraum,
  Zustandsangaben,
} from './model.js';
export type {
  Anfrage,
  Antwort,
  Basisnachricht,
  Export,
  Inhalte,
  Nachrichtenkopf,
  SuchprofilAlleInhalte,
  SuchprofilKlassifikation,
  SuchprofilMerkmal,
  SuchprofilProzess,
  SuchprofilProzessklasse,
  XprozessDocument,
  XprozessMessageModels,
} from './model-messages.js';
export {
  type DateiRole,
  embeddedFiles,
  type OpenedDatei,
  type ProcessModel,
  processModels,
  prozesseOf,
} from './models.js';
export { parse, type XprozessParseOptions, type XprozessParseResult } from './parse.js';
export {
  XPROZESS2_NAMESPACE,
  type XprozessMessageName,
  xprozessMessages,
  xprozessVocabulary,
} from './specs-messages.js';
export { createXprozessXsdValidator, type XprozessXsdOptions, type XprozessXsdValidator } from './xsd.js';
