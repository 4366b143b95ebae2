/**
 * Binding specs of the XDatenfelder 3.0.0 messages (`xdatenfelder.xsd`), the header they share and the
 * translation types of message 0106.
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
  type Vocabulary,
} from '../../core/binding/index.js';
import { CodeDatenqualitaet, ElementIdentifikation } from './specs-allgemein.js';
import { Fehlermeldung } from './specs-regel.js';
import {
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  Stammdatenschema,
  Werteliste,
} from './specs-schema.js';

/**
 * The namespace of XDatenfelder 3.0.0.
 *
 * @example
 * ```ts
 * XDF3_NAMESPACE; // 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0'
 * ```
 */
export const XDF3_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';

/**
 * Namespace, prefix and diagnostic source of XDatenfelder 3.0.0, for the binding engine.
 *
 * @example
 * ```ts
 * bindDocument(xml, Object.values(xdf3Messages), xdf3Vocabulary);
 * ```
 */
export const xdf3Vocabulary: Vocabulary = { namespace: XDF3_NAMESPACE, prefix: 'xdf3', source: 'xdf3' };

/** `Header`: technical data of every message. */
export const Header = complexType('Header', () => [
  text('nachrichtID'),
  text('erstellungszeitpunkt'),
  text('referenzID', 0),
  text('produktbezeichnung', 0),
  text('produkthersteller', 0),
  text('produktversion', 0),
  one('datenqualitaet', CodeDatenqualitaet, 0),
]);

/** `Genericode`: `xs:any` from the genericode namespace; its content is kept verbatim. */
export const Genericode = complexType('Genericode', () => []);

/** `RegelUebersetzung`: translated error messages of one rule. */
export const RegelUebersetzung = complexType('RegelUebersetzung', () => [
  one('uebersetzt', ElementIdentifikation),
  many('fehler', Fehlermeldung, 1),
]);

/** `ElementUebersetzung`: the translation of one element. */
export const ElementUebersetzung = complexType('ElementUebersetzung', () => [
  one('uebersetzt', ElementIdentifikation),
  text('bezeichnungEingabe'),
  text('bezeichnungAusgabe'),
  text('hilfetextEingabe', 0),
  text('hilfetextAusgabe', 0),
  text('inhalt', 0),
  one('werte', Werteliste, 0),
  many('regel', RegelUebersetzung),
]);

/** `Sprache`: the translation of a schema into one language. */
export const Sprache = complexType('Sprache', () => [many('element', ElementUebersetzung, 1)], {
  attributes: [
    { name: 'lang', required: true },
    { name: 'region' },
    { name: 'variant' },
    { name: 'version', required: true },
  ],
});

function message(root: string, name: string, body: () => ReturnType<TypeSpec['elements']>): MessageSpec {
  return { root, type: complexType(name, () => [one('header', Header), ...body()]) };
}

/** `xdatenfelder.dokumentsteckbrief.0101`. */
export const Dokumentsteckbrief0101 = message(
  'xdatenfelder.dokumentsteckbrief.0101',
  'xdatenfelder.dokumentsteckbrief.0101',
  () => [one('dokumentsteckbrief', Dokumentsteckbrief)],
);
/** `xdatenfelder.stammdatenschema.0102`. */
export const Stammdatenschema0102 = message(
  'xdatenfelder.stammdatenschema.0102',
  'xdatenfelder.stammdatenschema.0102',
  () => [one('stammdatenschema', Stammdatenschema)],
);
/** `xdatenfelder.datenfeldgruppe.0103`. */
export const Datenfeldgruppe0103 = message(
  'xdatenfelder.datenfeldgruppe.0103',
  'xdatenfelder.datenfeldgruppe.0103',
  () => [one('datenfeldgruppe', Datenfeldgruppe)],
);
/** `xdatenfelder.datenfeld.0104`. */
export const Datenfeld0104 = message('xdatenfelder.datenfeld.0104', 'xdatenfelder.datenfeld.0104', () => [
  one('datenfeld', Datenfeld),
]);
/** `xdatenfelder.codeliste.0105`. */
export const Codeliste0105 = message('xdatenfelder.codeliste.0105', 'xdatenfelder.codeliste.0105', () => [
  one('genericode', Genericode),
]);
/** `xdatenfelder.uebersetzung.0106`. */
export const Uebersetzung0106 = message(
  'xdatenfelder.uebersetzung.0106',
  'xdatenfelder.uebersetzung.0106',
  () => [one('uebersetzt', ElementIdentifikation), many('sprache', Sprache, 1)],
);

/**
 * Every message of XDatenfelder 3.0.0 (`xdatenfelder.xsd`), keyed by root element name.
 *
 * @example
 * ```ts
 * const schema = zodFor(xdf3Messages['xdatenfelder.stammdatenschema.0102'].type);
 * ```
 */
export const xdf3Messages = {
  'xdatenfelder.dokumentsteckbrief.0101': Dokumentsteckbrief0101,
  'xdatenfelder.stammdatenschema.0102': Stammdatenschema0102,
  'xdatenfelder.datenfeldgruppe.0103': Datenfeldgruppe0103,
  'xdatenfelder.datenfeld.0104': Datenfeld0104,
  'xdatenfelder.codeliste.0105': Codeliste0105,
  'xdatenfelder.uebersetzung.0106': Uebersetzung0106,
} as const satisfies Record<string, MessageSpec>;

/**
 * Root element name of an XDatenfelder 3.0.0 message.
 *
 * @example
 * ```ts
 * const name: Xdf3MessageName = 'xdatenfelder.stammdatenschema.0102';
 * ```
 */
export type Xdf3MessageName = keyof typeof xdf3Messages;
