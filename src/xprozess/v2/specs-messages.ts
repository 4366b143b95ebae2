/**
 * Binding specs of the XProzess 2.0 messages (`*.anfrage|antwort|export.0101…0303`), their header
 * `Nachrichtenkopf` and the search profiles. Source: `../shared/spec/xprozess.md` §2–§3.
 *
 * @module
 */
import {
  complexType,
  type MessageSpec,
  many,
  one,
  type TypeSpec,
  text,
  texts,
  type Vocabulary,
} from '../../core/binding/index.js';
import {
  CodeDetaillierungsstufe,
  CodeHandlungsform,
  CodeNachricht,
  CodeOperativesZiel,
  CodeStatus,
  CodeVerfahrensart,
  CodeVersionen,
  Zeitraum,
} from './specs-common.js';
import { Prozessbibliothek, Prozesskatalog } from './specs-prozess.js';

/**
 * The namespace of XProzess 2.0.
 *
 * @example
 * ```ts
 * XPROZESS2_NAMESPACE; // 'http://www.regierung-mv.de/xprozess/2'
 * ```
 */
export const XPROZESS2_NAMESPACE = 'http://www.regierung-mv.de/xprozess/2';

/**
 * Namespace, prefix (`xprozess`) and diagnostic source (`xprozess`) of XProzess 2.0.
 *
 * @example
 * ```ts
 * bindDocument(xml, Object.values(xprozessMessages), xprozessVocabulary);
 * ```
 */
export const xprozessVocabulary: Vocabulary = {
  namespace: XPROZESS2_NAMESPACE,
  prefix: 'xprozess',
  source: 'xprozess',
};

/** `Nachrichtenkopf`: header of every message. */
export const Nachrichtenkopf = complexType('Nachrichtenkopf', () => [
  text('nachrichtUUID'),
  one('nachrichtentyp', CodeNachricht),
  text('erstellungszeitpunkt'),
  text('leser', 0),
  text('autor', 0),
]);

/** `Suchprofil.Merkmal`. */
export const SuchprofilMerkmal = complexType('Suchprofil.Merkmal', () => [
  text('ordnungsrahmenName'),
  text('ordnungsrahmenVersion', 0),
  text('merkmalName'),
  texts('merkmalWert'),
]);

/** `Suchprofil.Klassifikation`. */
export const SuchprofilKlassifikation = complexType('Suchprofil.Klassifikation', () => [
  text('ordnungsrahmenName'),
  text('ordnungsrahmenVersion', 0),
  text('klasseID', 0),
]);

/** `Suchprofil.SpezifischerProzess`. */
export const SuchprofilSpezifischerProzess = complexType('Suchprofil.SpezifischerProzess', () => [
  text('prozessID'),
  text('spezifischeVersion', 0),
]);

/** `Suchprofil.Prozessklasse`: search for process classes. */
export const SuchprofilProzessklasse = complexType('Suchprofil.Prozessklasse', () => [
  text('suchtext', 0),
  texts('sucheGliederungsebeneNummer'),
  text('sucheHandlungsgrundlage', 0),
  one('sucheZiel', CodeOperativesZiel, 0),
  one('sucheHandlungsform', CodeHandlungsform, 0),
  one('sucheVerfahrensart', CodeVerfahrensart, 0),
  texts('sucheVerwaltungspolitischeKodierung'),
  one('sucheMerkmal', SuchprofilMerkmal, 0),
  one('sucheKlassifikation', SuchprofilKlassifikation, 0),
  text('aenderungszeitpunkt', 0),
  many('sucheStatus', CodeStatus),
  one('sucheGueltigkeit', Zeitraum, 0),
  text('sucheFachlicherFreigabezeitpunkt', 0),
  text('sucheFormellerFreigabezeitpunkt', 0),
  text('sucheHatProzesse', 0),
]);

/** `Suchprofil.Prozess`: search for processes. */
export const SuchprofilProzess = complexType('Suchprofil.Prozess', () => [
  text('suchtext', 0),
  many('sucheProzessidentifikation', SuchprofilSpezifischerProzess),
  one('sucheKlassifikation', SuchprofilKlassifikation, 0),
  text('sucheHandlungsgrundlage', 0),
  many('sucheDetaillierungsstufe', CodeDetaillierungsstufe),
  texts('sucheVerwaltungspolitischeKodierung'),
  one('sucheMerkmal', SuchprofilMerkmal, 0),
  text('aenderungszeitpunkt', 0),
  many('sucheStatus', CodeStatus),
  one('sucheGueltigkeit', Zeitraum, 0),
  text('sucheFachlicherFreigabezeitpunkt', 0),
  text('sucheFormellerFreigabezeitpunkt', 0),
  text('sucheHatProzessmodelle', 0),
]);

/** `Suchprofil.AlleInhalte`: search for classes and processes. */
export const SuchprofilAlleInhalte = complexType('Suchprofil.AlleInhalte', () => [
  one('einschraenkungProzessklasse', SuchprofilProzessklasse, 0),
  one('einschraenkungProzesseVersionen', CodeVersionen),
]);

const BASIS_ATTRIBUTES = [
  { name: 'produkt', required: true },
  { name: 'produkthersteller', required: true },
  { name: 'produktversion' },
  { name: 'xprozessVersion', required: true },
] as const;

const message = (root: string, content: () => ReturnType<TypeSpec['elements']>): MessageSpec => ({
  root,
  type: complexType(root, () => [one('nachrichtenkopf', Nachrichtenkopf), ...content()], {
    attributes: BASIS_ATTRIBUTES,
  }),
});

/**
 * The nine XProzess 2.0 messages by root element name (message codes 0101 … 0303).
 *
 * @example
 * ```ts
 * xprozessMessages['alleInhalte.export.0303'].type.name; // 'alleInhalte.export.0303'
 * ```
 */
export const xprozessMessages = {
  'prozesskatalog.anfrage.0101': message('prozesskatalog.anfrage.0101', () => [
    one('suchprofil', SuchprofilProzessklasse, 0),
  ]),
  'prozesskatalog.antwort.0102': message('prozesskatalog.antwort.0102', () => [
    text('anfrageUUID'),
    one('suchprofilZitat', SuchprofilProzessklasse, 0),
    one('prozesskatalog', Prozesskatalog, 0),
  ]),
  'prozesskatalog.export.0103': message('prozesskatalog.export.0103', () => [
    one('exportprofil', SuchprofilProzessklasse, 0),
    one('prozesskatalog', Prozesskatalog, 0),
  ]),
  'prozessbibliothek.anfrage.0201': message('prozessbibliothek.anfrage.0201', () => [
    one('suchprofil', SuchprofilProzess, 0),
  ]),
  'prozessbibliothek.antwort.0202': message('prozessbibliothek.antwort.0202', () => [
    text('anfrageUUID'),
    one('suchprofilZitat', SuchprofilProzess, 0),
    one('prozessbibliothek', Prozessbibliothek, 0),
  ]),
  'prozessbibliothek.export.0203': message('prozessbibliothek.export.0203', () => [
    one('exportprofil', SuchprofilProzess, 0),
    one('prozessbibliothek', Prozessbibliothek, 0),
  ]),
  'alleInhalte.anfrage.0301': message('alleInhalte.anfrage.0301', () => [
    one('suchprofil', SuchprofilAlleInhalte, 0),
  ]),
  'alleInhalte.antwort.0302': message('alleInhalte.antwort.0302', () => [
    text('anfrageUUID'),
    one('suchprofilZitat', SuchprofilProzessklasse, 0),
    one('prozesskatalog', Prozesskatalog, 0),
    one('prozessbibliothek', Prozessbibliothek, 0),
  ]),
  'alleInhalte.export.0303': message('alleInhalte.export.0303', () => [
    one('exportprofil', SuchprofilAlleInhalte, 0),
    one('prozesskatalog', Prozesskatalog, 0),
    one('prozessbibliothek', Prozessbibliothek, 0),
  ]),
} as const satisfies Record<string, MessageSpec>;

/**
 * Root element name of an XProzess 2.0 message.
 *
 * @example
 * ```ts
 * const name: XprozessMessageName = 'alleInhalte.export.0303';
 * ```
 */
export type XprozessMessageName = keyof typeof xprozessMessages;
